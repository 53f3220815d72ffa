// Long file: the EIP-712 encoding and the decoding of every command kind
// are one table-driven codec, kept together so that a kind's fields are
// encoded and parsed side by side; node/request is retired with node/ by
// the geth devnet (issue 12).

package request

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Codes of requests refused before they reach the state machine (in
// addition to protocol.CodeMalformed and protocol.CodeUnknownCommand).
const (
	CodeBadSignature protocol.Code = "BAD_SIGNATURE"
	CodeWrongChain   protocol.Code = "WRONG_CHAIN"
)

// MaxRequestBytes bounds one encoded request (a key upload of
// protocol.MaxKeysPerTx keys is about 300 KB of hex).
const MaxRequestBytes = 512 << 10

// MaxListLen bounds the amounts of a withdrawal request and the ids of a
// claim.
const MaxListLen = 256

// Domain is the EIP-712 domain of one pool: name "stakepool", version "1".
type Domain struct {
	ChainID uint64
	Pool    common.Address // verifyingContract
}

type sepCache struct {
	d   Domain
	sep common.Hash
}

var lastSep atomic.Pointer[sepCache]

// Separator is the EIP-712 domain separator (the last one is cached).
func (d Domain) Separator() common.Hash {
	if c := lastSep.Load(); c != nil && c.d == d {
		return c.sep
	}
	sep := d.separator()
	lastSep.Store(&sepCache{d: d, sep: sep})
	return sep
}

func (d Domain) separator() common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], crypto.Keccak256([]byte("stakepool")))
	copy(buf[64:], crypto.Keccak256([]byte("1")))
	binary.BigEndian.PutUint64(buf[120:], d.ChainID)
	copy(buf[140:], d.Pool[:])
	return common.BytesToHash(crypto.Keccak256(buf[:]))
}

var domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// Request is the JSON body of POST /v1/tx.
type Request struct {
	Type      string                     `json:"type"`     // EIP-712 primary type, e.g. "Submit"
	ChainID   string                     `json:"chain_id"` // decimal
	From      string                     `json:"from"`     // the signer's address
	Message   map[string]json.RawMessage `json:"message"`  // the typed struct's members, nonce included
	Signature string                     `json:"signature"`
}

func reject(c protocol.Code, format string, a ...any) *protocol.Error {
	return &protocol.Error{Code: c, Message: fmt.Sprintf(format, a...)}
}

// typeString and typeHash are computed once per kind.
func (k *Kind) prepare() {
	var b strings.Builder
	b.WriteString(k.Type)
	b.WriteByte('(')
	for i, f := range k.Fields {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.Type + " " + f.Name)
	}
	b.WriteByte(')')
	ts := b.String()
	meta[k.Type] = kindMeta{typeString: ts, typeHash: crypto.Keccak256Hash([]byte(ts))}
}

type kindMeta struct {
	typeString string
	typeHash   common.Hash
}

var meta = map[string]kindMeta{}

// TypeString is the kind's EIP-712 encodeType.
func (k *Kind) TypeString() string { return meta[k.Type].typeString }

func word(v uint64) [32]byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

func addrWord(a common.Address) [32]byte {
	var w [32]byte
	copy(w[12:], a[:])
	return w
}

// encodeField is EIP-712 encodeData of one member taken from tx.
func encodeField(f Field, tx *protocol.Tx) [32]byte {
	c, a := &tx.Cmd, &tx.Cmd.Action
	switch f.bind {
	case bNonce:
		return word(tx.Nonce)
	case bAmount:
		return c.Amount.Bytes32()
	case bTo:
		return addrWord(c.To)
	case bOwner:
		return addrWord(c.Owner)
	case bOperator:
		return word(uint64(c.Operator))
	case bIndex:
		return word(c.Index)
	case bCount:
		return word(c.Count)
	case bProposal:
		return word(uint64(c.Proposal))
	case bPubkeys, bSignatures:
		return crypto.Keccak256Hash(keyBytes(c.Keys, f.bind == bPubkeys))
	case bActKind:
		return word(uint64(a.Kind))
	case bActParam:
		return word(uint64(a.Param))
	case bActValue:
		return a.Value.Bytes32()
	case bActValue2:
		return a.Value2.Bytes32()
	case bActOperator:
		return word(uint64(a.Operator))
	case bActName:
		return crypto.Keccak256Hash([]byte(a.Name))
	case bActAddress:
		return addrWord(a.Address)
	case bActLimit:
		return word(a.Limit)
	case bActActive:
		if a.Active {
			return word(1)
		}
		return word(0)
	case bActMembers:
		buf := make([]byte, 0, 32*len(a.Members))
		for _, m := range a.Members {
			w := addrWord(m)
			buf = append(buf, w[:]...)
		}
		return crypto.Keccak256Hash(buf)
	case bActThreshold:
		return word(uint64(a.Threshold))
	case bAmounts:
		buf := make([]byte, 0, 32*len(c.Amounts))
		for i := range c.Amounts {
			w := c.Amounts[i].Bytes32()
			buf = append(buf, w[:]...)
		}
		return crypto.Keccak256Hash(buf)
	case bIDs:
		buf := make([]byte, 0, 32*len(c.IDs))
		for _, id := range c.IDs {
			w := word(id)
			buf = append(buf, w[:]...)
		}
		return crypto.Keccak256Hash(buf)
	case bRefSlot:
		return word(c.RefSlot)
	case bHash:
		return c.Hash
	case bReport:
		return crypto.Keccak256Hash(reportBytes(c.Report))
	}
	panic("request: unknown binding")
}

func keyBytes(ks []protocol.SigningKey, pub bool) []byte {
	var out []byte
	for _, k := range ks {
		if pub {
			out = append(out, k.Pubkey[:]...)
		} else {
			out = append(out, k.Signature[:]...)
		}
	}
	return out
}

// reportBytes is the canonical encoding of a report (none for nil).
func reportBytes(r *protocol.OracleReport) []byte {
	if r == nil {
		return nil
	}
	return protocol.EncodeReport(r)
}

// parseReport decodes a report's canonical bytes, refusing any encoding
// that does not re-encode to the same bytes (so the signed bytes are the
// ones the state machine hashes).
func parseReport(b []byte) (*protocol.OracleReport, error) {
	r, err := protocol.DecodeReport(b)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(protocol.EncodeReport(r), b) {
		return nil, fmt.Errorf("report is not canonically encoded")
	}
	return r, nil
}

// Digest is the EIP-712 hash a sender signs for tx under domain d:
// keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message)).
func Digest(d Domain, tx *protocol.Tx) (common.Hash, error) {
	k, ok := byCommand[tx.Cmd.Kind]
	if !ok {
		return common.Hash{}, reject(protocol.CodeUnknownCommand, "command %s cannot be signed", tx.Cmd.Kind)
	}
	return digest(d.Separator(), k, tx), nil
}

func digest(sep common.Hash, k *Kind, tx *protocol.Tx) common.Hash {
	buf := make([]byte, 0, 32*(len(k.Fields)+1))
	th := meta[k.Type].typeHash
	buf = append(buf, th[:]...)
	for _, f := range k.Fields {
		w := encodeField(f, tx)
		buf = append(buf, w[:]...)
	}
	h := crypto.Keccak256(buf)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], h)
}

// Sign builds the signed request for tx (whose Sender must be the key's
// address) under domain d.
func Sign(d Domain, tx *protocol.Tx, key *ecdsa.PrivateKey) (*Request, error) {
	k, ok := byCommand[tx.Cmd.Kind]
	if !ok {
		return nil, reject(protocol.CodeUnknownCommand, "command %s cannot be signed", tx.Cmd.Kind)
	}
	if addr := crypto.PubkeyToAddress(key.PublicKey); addr != tx.Sender {
		return nil, fmt.Errorf("sign: key is %s, sender is %s", addr, tx.Sender)
	}
	h := digest(d.Separator(), k, tx)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig[64] += 27
	r := &Request{Type: k.Type, ChainID: strconv.FormatUint(d.ChainID, 10), From: tx.Sender.Hex(),
		Message: map[string]json.RawMessage{}, Signature: "0x" + hex.EncodeToString(sig)}
	for _, f := range k.Fields {
		v, err := json.Marshal(jsonValue(f, tx))
		if err != nil {
			return nil, err
		}
		r.Message[f.Name] = v
	}
	return r, nil
}

// jsonValue is a member's value as the request (and apitypes) carries it:
// decimal strings for integers, 0x-hex for addresses and bytes.
func jsonValue(f Field, tx *protocol.Tx) any {
	c, a := &tx.Cmd, &tx.Cmd.Action
	switch f.bind {
	case bNonce:
		return strconv.FormatUint(tx.Nonce, 10)
	case bAmount:
		return c.Amount.Dec()
	case bTo:
		return c.To.Hex()
	case bOwner:
		return c.Owner.Hex()
	case bOperator:
		return strconv.FormatUint(uint64(c.Operator), 10)
	case bIndex:
		return strconv.FormatUint(c.Index, 10)
	case bCount:
		return strconv.FormatUint(c.Count, 10)
	case bProposal:
		return strconv.FormatUint(uint64(c.Proposal), 10)
	case bPubkeys, bSignatures:
		return "0x" + hex.EncodeToString(keyBytes(c.Keys, f.bind == bPubkeys))
	case bActKind:
		return strconv.FormatUint(uint64(a.Kind), 10)
	case bActParam:
		return strconv.FormatUint(uint64(a.Param), 10)
	case bActValue:
		return a.Value.Dec()
	case bActValue2:
		return a.Value2.Dec()
	case bActOperator:
		return strconv.FormatUint(uint64(a.Operator), 10)
	case bActName:
		return a.Name
	case bActAddress:
		return a.Address.Hex()
	case bActLimit:
		return strconv.FormatUint(a.Limit, 10)
	case bActActive:
		return a.Active
	case bActMembers:
		out := make([]string, len(a.Members))
		for i, m := range a.Members {
			out[i] = m.Hex()
		}
		return out
	case bActThreshold:
		return strconv.FormatUint(uint64(a.Threshold), 10)
	case bAmounts:
		out := make([]string, len(c.Amounts))
		for i := range c.Amounts {
			out[i] = c.Amounts[i].Dec()
		}
		return out
	case bIDs:
		out := make([]string, len(c.IDs))
		for i, id := range c.IDs {
			out[i] = strconv.FormatUint(id, 10)
		}
		return out
	case bRefSlot:
		return strconv.FormatUint(c.RefSlot, 10)
	case bHash:
		return c.Hash.Hex()
	case bReport:
		return "0x" + hex.EncodeToString(reportBytes(c.Report))
	}
	panic("request: unknown binding")
}

// Decode parses a JSON request, checks it against the domain and recovers
// its sender. Every failure is a *protocol.Error with code MALFORMED,
// UNKNOWN_COMMAND, WRONG_CHAIN or BAD_SIGNATURE. The nonce is checked by the
// state machine when the transaction is applied (BAD_NONCE).
func Decode(body []byte, d Domain) (*protocol.Tx, *protocol.Error) {
	if len(body) > MaxRequestBytes {
		return nil, reject(protocol.CodeMalformed, "request of %d bytes exceeds %d", len(body), MaxRequestBytes)
	}
	if r, ok := fastParse(body); ok {
		return Check(r, d)
	}
	var r Request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, reject(protocol.CodeMalformed, "request is not valid JSON: %v", err)
	}
	if dec.More() {
		return nil, reject(protocol.CodeMalformed, "trailing data after the request")
	}
	return Check(&r, d)
}

// Check is Decode on an already parsed request.
func Check(r *Request, d Domain) (*protocol.Tx, *protocol.Error) {
	if r.Type == "" {
		return nil, reject(protocol.CodeMalformed, "missing type")
	}
	k, ok := byType[r.Type]
	if !ok {
		return nil, reject(protocol.CodeUnknownCommand, "unknown request type %q", r.Type)
	}
	chain, err := parseUint(r.ChainID, 64)
	if err != nil {
		return nil, reject(protocol.CodeMalformed, "chain_id: %v", err)
	}
	if chain != d.ChainID {
		return nil, reject(CodeWrongChain, "signed for chain %d, this pool is on chain %d", chain, d.ChainID)
	}
	if r.Signature == "" {
		return nil, reject(CodeBadSignature, "unsigned request")
	}
	from, err := parseAddress(r.From)
	if err != nil {
		return nil, reject(protocol.CodeMalformed, "from: %v", err)
	}
	if len(r.Message) != len(k.Fields) {
		for name := range r.Message {
			if !k.HasField(name) {
				return nil, reject(protocol.CodeMalformed, "%s has no member %q", k.Type, name)
			}
		}
	}
	tx := &protocol.Tx{Sender: from, Cmd: protocol.Command{Kind: k.Command}}
	var pubkeys, sigs []byte
	for _, f := range k.Fields {
		raw, ok := r.Message[f.Name]
		if !ok {
			return nil, reject(protocol.CodeMalformed, "%s: missing member %q", k.Type, f.Name)
		}
		if err := setField(f, raw, tx, &pubkeys, &sigs); err != nil {
			return nil, reject(protocol.CodeMalformed, "%s.%s: %v", k.Type, f.Name, err)
		}
	}
	if pubkeys != nil || sigs != nil {
		if len(pubkeys)%48 != 0 || len(sigs)%96 != 0 || len(pubkeys)/48 != len(sigs)/96 {
			return nil, reject(protocol.CodeMalformed, "pubkeys must be 48 bytes each and signatures 96 bytes each, as many of both")
		}
		n := len(pubkeys) / 48
		if n == 0 || n > protocol.MaxKeysPerTx {
			return nil, reject(protocol.CodeMalformed, "%d keys: must be 1..%d", n, protocol.MaxKeysPerTx)
		}
		tx.Cmd.Keys = make([]protocol.SigningKey, n)
		for i := range tx.Cmd.Keys {
			copy(tx.Cmd.Keys[i].Pubkey[:], pubkeys[48*i:])
			copy(tx.Cmd.Keys[i].Signature[:], sigs[96*i:])
		}
	}
	sig, err := parseHex(r.Signature)
	if err != nil || len(sig) != 65 {
		return nil, reject(CodeBadSignature, "signature must be 65 bytes of 0x-hex")
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 || !crypto.ValidateSignatureValues(v, new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), true) {
		return nil, reject(CodeBadSignature, "signature values out of range (v, r or a high s)")
	}
	h := digest(d.Separator(), k, tx)
	rs := [65]byte(sig)
	rs[64] = v
	pub, err := crypto.Ecrecover(h[:], rs[:])
	if err != nil || len(pub) != 65 {
		return nil, reject(CodeBadSignature, "cannot recover a key from the signature")
	}
	if got := common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]); got != from {
		return nil, reject(CodeBadSignature, "signed by %s, not by from %s (wrong key, chain, pool or message)", got, from)
	}
	return tx, nil
}

func setField(f Field, raw json.RawMessage, tx *protocol.Tx, pubkeys, sigs *[]byte) error {
	c, a := &tx.Cmd, &tx.Cmd.Action
	str := func() (string, error) {
		if s, ok := plainValue(raw); ok {
			return s, nil
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("want a JSON string")
		}
		return s, nil
	}
	uintN := func(bits int) (uint64, error) {
		s, err := str()
		if err != nil {
			return 0, err
		}
		return parseUint(s, bits)
	}
	u256 := func(dst *uint256.Int) error {
		s, err := str()
		if err != nil {
			return err
		}
		return parseU256(s, dst)
	}
	addr := func(dst *common.Address) error {
		s, err := str()
		if err != nil {
			return err
		}
		*dst, err = parseAddress(s)
		return err
	}
	var err error
	var v uint64
	switch f.bind {
	case bNonce:
		tx.Nonce, err = uintN(64)
	case bAmount:
		err = u256(&c.Amount)
	case bTo:
		err = addr(&c.To)
	case bOwner:
		err = addr(&c.Owner)
	case bOperator:
		v, err = uintN(32)
		c.Operator = protocol.OperatorID(v)
	case bIndex:
		c.Index, err = uintN(64)
	case bCount:
		c.Count, err = uintN(64)
	case bProposal:
		v, err = uintN(64)
		c.Proposal = protocol.ProposalID(v)
	case bPubkeys, bSignatures:
		var s string
		if s, err = str(); err == nil {
			var b []byte
			if b, err = parseHex(s); err == nil {
				if b == nil {
					b = []byte{}
				}
				if f.bind == bPubkeys {
					*pubkeys = b
				} else {
					*sigs = b
				}
			}
		}
	case bActKind:
		v, err = uintN(8)
		a.Kind = protocol.ActionKind(v)
	case bActParam:
		v, err = uintN(8)
		a.Param = protocol.ParamID(v)
	case bActValue:
		err = u256(&a.Value)
	case bActValue2:
		err = u256(&a.Value2)
	case bActOperator:
		v, err = uintN(32)
		a.Operator = protocol.OperatorID(v)
	case bActName:
		a.Name, err = str()
		if err == nil && len(a.Name) > protocol.MaxOperatorNameLen {
			err = fmt.Errorf("longer than %d bytes", protocol.MaxOperatorNameLen)
		}
	case bActAddress:
		err = addr(&a.Address)
	case bActLimit:
		a.Limit, err = uintN(64)
	case bActActive:
		if e := json.Unmarshal(raw, &a.Active); e != nil {
			err = fmt.Errorf("want a JSON boolean")
		}
	case bActMembers:
		var ms []string
		if e := json.Unmarshal(raw, &ms); e != nil {
			return fmt.Errorf("want a JSON list of addresses")
		}
		if len(ms) > protocol.MaxCommittee {
			return fmt.Errorf("%d members exceed %d", len(ms), protocol.MaxCommittee)
		}
		for _, m := range ms {
			x, e := parseAddress(m)
			if e != nil {
				return e
			}
			a.Members = append(a.Members, x)
		}
	case bActThreshold:
		v, err = uintN(32)
		a.Threshold = uint32(v)
	case bAmounts, bIDs:
		var ss []string
		if e := json.Unmarshal(raw, &ss); e != nil {
			return fmt.Errorf("want a JSON list of decimal strings")
		}
		if len(ss) == 0 || len(ss) > MaxListLen {
			return fmt.Errorf("%d items: want 1..%d", len(ss), MaxListLen)
		}
		for _, x := range ss {
			if f.bind == bIDs {
				id, e := parseUint(x, 64)
				if e != nil {
					return e
				}
				c.IDs = append(c.IDs, id)
				continue
			}
			var u uint256.Int
			if e := parseU256(x, &u); e != nil {
				return e
			}
			c.Amounts = append(c.Amounts, u)
		}
	case bRefSlot:
		c.RefSlot, err = uintN(64)
	case bHash:
		var s string
		if s, err = str(); err == nil {
			var b []byte
			if b, err = parseHex(s); err == nil && len(b) != 32 {
				err = fmt.Errorf("want 32 bytes of 0x-hex")
			}
			c.Hash = common.BytesToHash(b)
		}
	case bReport:
		var s string
		if s, err = str(); err == nil {
			var b []byte
			if b, err = parseHex(s); err == nil {
				c.Report, err = parseReport(b)
			}
		}
	default:
		err = fmt.Errorf("unknown member")
	}
	return err
}

// parseUint reads a canonical decimal (no sign, no leading zeros) of at
// most bits bits.
func parseUint(s string, bits int) (uint64, error) {
	if s == "" || len(s) > 20 || (len(s) > 1 && s[0] == '0') {
		return 0, fmt.Errorf("want a decimal string, got %q", clip(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("want a decimal string, got %q", clip(s))
		}
	}
	v, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%q out of range for %d bits", clip(s), bits)
	}
	return v, nil
}

func parseU256(s string, dst *uint256.Int) error {
	if s == "" || len(s) > 78 || (len(s) > 1 && s[0] == '0') {
		return fmt.Errorf("want a decimal string of wei, got %q", clip(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return fmt.Errorf("want a decimal string of wei, got %q", clip(s))
		}
	}
	if err := dst.SetFromDecimal(s); err != nil {
		return fmt.Errorf("%q out of range for uint256", clip(s))
	}
	return nil
}

// parseAddress reads an address; a mixed-case one must carry its EIP-55
// checksum (units.ParseAddress).
func parseAddress(s string) (common.Address, error) {
	a, err := units.ParseAddress(s)
	if err != nil && !errors.Is(err, units.ErrAddressChecksum) {
		return a, fmt.Errorf("want a 0x-prefixed 20-byte address, got %q", clip(s))
	}
	return a, err
}

func parseHex(s string) ([]byte, error) {
	if len(s) < 2 || (s[:2] != "0x" && s[:2] != "0X") {
		return nil, fmt.Errorf("want 0x-hex")
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, fmt.Errorf("want 0x-hex")
	}
	return b, nil
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// FromMessage builds the transaction of kind typ from a message (the
// members as a request carries them, nonce included) without a signature:
// what a client does before signing.
func FromMessage(typ string, from common.Address, msg map[string]json.RawMessage) (*protocol.Tx, *protocol.Error) {
	k, ok := byType[typ]
	if !ok {
		return nil, reject(protocol.CodeUnknownCommand, "unknown request type %q", typ)
	}
	r := &Request{Type: typ, ChainID: "0", From: from.Hex(), Message: msg, Signature: "0x" + strings.Repeat("00", 65)}
	// Check parses every member before it looks at the signature; a
	// MALFORMED or UNKNOWN_COMMAND error is about the message.
	_, err := Check(r, Domain{})
	if err != nil && err.Code != CodeBadSignature {
		return nil, err
	}
	tx := &protocol.Tx{Sender: from, Cmd: protocol.Command{Kind: k.Command}}
	var pubkeys, sigs []byte
	for _, f := range k.Fields {
		if e := setField(f, msg[f.Name], tx, &pubkeys, &sigs); e != nil {
			return nil, reject(protocol.CodeMalformed, "%s.%s: %v", k.Type, f.Name, e)
		}
	}
	if pubkeys != nil {
		n := len(pubkeys) / 48
		tx.Cmd.Keys = make([]protocol.SigningKey, n)
		for i := range tx.Cmd.Keys {
			copy(tx.Cmd.Keys[i].Pubkey[:], pubkeys[48*i:])
			copy(tx.Cmd.Keys[i].Signature[:], sigs[96*i:])
		}
	}
	return tx, nil
}
