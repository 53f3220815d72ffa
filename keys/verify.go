package keys

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// DepositVerifier checks deposit signatures by the consensus rule: BLS
// Verify with the domain DOMAIN_DEPOSIT over the chain's GENESIS_FORK_VERSION
// and a zero genesis_validators_root (the same on every fork). It does not
// apply any pool policy on credentials or amounts; the chain does not either.
// The zero value verifies mainnet deposits. It is safe for concurrent use.
type DepositVerifier struct {
	ForkVersion [4]byte // GENESIS_FORK_VERSION of the chain
}

// DepositCheck is one deposit to verify.
type DepositCheck struct {
	Pubkey                [48]byte
	WithdrawalCredentials [32]byte
	Amount                uint64 // gwei
	Signature             [96]byte
}

// NewDepositVerifier returns a verifier for a network.
func NewDepositVerifier(n Network) DepositVerifier {
	return DepositVerifier{ForkVersion: n.GenesisForkVersion}
}

// VerifyDeposit returns nil when sig is a valid deposit signature of
// (pubkey, wc, amountGwei) on the verifier's chain. Errors wrap
// ErrInvalidPublicKey (infinity, not on the curve, off-subgroup),
// ErrInvalidSignature (bad encoding, off-subgroup) or ErrBadSignature.
func (v DepositVerifier) VerifyDeposit(pubkey [48]byte, wc [32]byte, amountGwei uint64, sig [96]byte) error {
	m := DepositMessage{Pubkey: pubkey, WithdrawalCredentials: wc, Amount: amountGwei}
	root := DepositSigningRoot(m, v.ForkVersion)
	if err := Verify(pubkey, root[:], sig); err != nil {
		return fmt.Errorf("verify deposit of %x: %w", pubkey[:6], err)
	}
	return nil
}

// VerifyDeposits checks many deposits with the batch verifier and returns
// the indexes (ascending) of the invalid ones; nil means all are valid.
func (v DepositVerifier) VerifyDeposits(items []DepositCheck) (bad []int) {
	err := v.verifyDeposits(items)
	if err == nil {
		return nil
	}
	var be *BatchError
	if errors.As(err, &be) {
		return be.Indexes()
	}
	// Fail closed: an error that names no entry rejects them all.
	bad = make([]int, len(items))
	for i := range bad {
		bad[i] = i
	}
	return bad
}

// VerifyDepositsErr is VerifyDeposits with the reason of each failure: nil
// or a *BatchError.
func (v DepositVerifier) VerifyDepositsErr(items []DepositCheck) error {
	return v.verifyDeposits(items)
}

func (v DepositVerifier) verifyDeposits(items []DepositCheck) error {
	if len(items) == 0 {
		return nil
	}
	domain := DepositDomain(v.ForkVersion)
	batch := make([]BatchItem, len(items))
	roots := make([][32]byte, len(items))
	for i, it := range items {
		m := DepositMessage{Pubkey: it.Pubkey, WithdrawalCredentials: it.WithdrawalCredentials, Amount: it.Amount}
		roots[i] = SigningRoot(m.HashTreeRoot(), domain)
		batch[i] = BatchItem{PublicKey: it.Pubkey, Message: roots[i][:], Signature: it.Signature}
	}
	return VerifyBatch(batch)
}

// ErrDepositDataFormat is matched by file-level decoding errors.
var ErrDepositDataFormat = errors.New("malformed deposit data file")

// EntryProblem is one failed check of one deposit data entry. Index is the
// entry's position in the file (0-based); -1 for the file as a whole.
type EntryProblem struct {
	Index  int    `json:"index"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
}

func (p EntryProblem) String() string {
	if p.Index < 0 {
		return fmt.Sprintf("file: %s: %s", p.Field, p.Reason)
	}
	return fmt.Sprintf("entry %d: %s: %s", p.Index, p.Field, p.Reason)
}

// DepositDataError collects the problems of a deposit data file.
type DepositDataError struct {
	Problems []EntryProblem
}

func (e *DepositDataError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return fmt.Sprintf("deposit data: %d problem(s): %s", len(e.Problems), strings.Join(parts, "; "))
}

// Is makes errors.Is(err, ErrDepositDataFormat) true when a problem concerns
// the file as a whole.
func (e *DepositDataError) Is(target error) bool {
	if target != ErrDepositDataFormat {
		return false
	}
	for _, p := range e.Problems {
		if p.Index < 0 {
			return true
		}
	}
	return false
}

var depositFields = []string{"pubkey", "withdrawal_credentials", "amount", "signature",
	"deposit_message_root", "deposit_data_root", "fork_version", "network_name", "deposit_cli_version"}

// DecodeDepositDataFile parses a deposit_data-*.json file. It checks the JSON
// shape only (a list of objects with the nine fields, strings and an integer
// amount); problems name the entry. Use VerifyDepositData for the content.
func DecodeDepositDataFile(data []byte) ([]DepositDataEntry, error) {
	fileErr := func(format string, args ...any) error {
		return &DepositDataError{Problems: []EntryProblem{{Index: -1, Field: "json", Reason: fmt.Sprintf(format, args...)}}}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw []json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, fileErr("truncated: %v", err)
		}
		return nil, fileErr("not a JSON list of deposits: %v", err)
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); err != io.EOF {
		return nil, fileErr("trailing data after the JSON list")
	}
	if len(raw) == 0 {
		return nil, fileErr("empty list")
	}
	var problems []EntryProblem
	entries := make([]DepositDataEntry, len(raw))
	for i, r := range raw {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(r, &obj); err != nil {
			problems = append(problems, EntryProblem{i, "json", "not a JSON object"})
			continue
		}
		for k := range obj {
			known := false
			for _, f := range depositFields {
				if k == f {
					known = true
				}
			}
			if !known {
				problems = append(problems, EntryProblem{i, k, "unknown field"})
			}
		}
		e := &entries[i]
		strField := func(name string, dst *string) {
			v, ok := obj[name]
			if !ok {
				if name == "deposit_cli_version" {
					return // other tools may not write it: only informative
				}
				problems = append(problems, EntryProblem{i, name, "missing"})
				return
			}
			if err := json.Unmarshal(v, dst); err != nil {
				problems = append(problems, EntryProblem{i, name, "not a string"})
			}
		}
		strField("pubkey", &e.Pubkey)
		strField("withdrawal_credentials", &e.WithdrawalCredentials)
		strField("signature", &e.Signature)
		strField("deposit_message_root", &e.DepositMessageRoot)
		strField("deposit_data_root", &e.DepositDataRoot)
		strField("fork_version", &e.ForkVersion)
		strField("network_name", &e.NetworkName)
		strField("deposit_cli_version", &e.DepositCLIVersion)
		if v, ok := obj["amount"]; !ok {
			problems = append(problems, EntryProblem{i, "amount", "missing"})
		} else {
			s := string(v)
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || (len(s) > 1 && s[0] == '0') {
				problems = append(problems, EntryProblem{i, "amount", fmt.Sprintf("%s is not a gwei integer", s)})
			} else {
				e.Amount = n
			}
		}
	}
	if len(problems) > 0 {
		return entries, &DepositDataError{Problems: problems}
	}
	return entries, nil
}

// VerifyOptions say what a deposit data file must contain.
type VerifyOptions struct {
	Network Network
	// WithdrawalAddress, when set, is the only execution address the
	// credentials may point to.
	WithdrawalAddress *[20]byte
	// CLIVersions, when non-empty, restricts deposit_cli_version to these
	// values. By default the version is only reported (ToolVersions): a
	// file is valid by its content — signatures, roots, fork version,
	// credentials, amounts — whichever tool made it (staking-deposit-cli,
	// ethstaker-deposit-cli, eth-staking-smith, …).
	CLIVersions []string
}

// ToolVersions lists the distinct deposit_cli_version values of a file's
// entries, in order of first appearance ("" for entries without one): what
// `keys verify` reports about the tools that made the file.
func ToolVersions(entries []DepositDataEntry) []string {
	var out []string
	for _, e := range entries {
		if !slices.Contains(out, e.DepositCLIVersion) {
			out = append(out, e.DepositCLIVersion)
		}
	}
	return out
}

func decodeFixedHex(s string, n int) ([]byte, string) {
	if strings.HasPrefix(s, "0x") {
		return nil, "has a 0x prefix (the deposit CLI writes bare hex)"
	}
	if len(s) != 2*n {
		return nil, fmt.Sprintf("%d hex characters, want %d", len(s), 2*n)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, "not hex"
	}
	if strings.ToLower(s) != s {
		return nil, "upper-case hex (the deposit CLI writes lower case)"
	}
	return b, ""
}

// VerifyDepositData checks every entry: encodings, credentials prefix and
// address, amount, both roots, fork version and network name, duplicate
// pubkeys, and the signatures (batch-verified). It returns the problems in
// entry order; none means the file is acceptable.
func VerifyDepositData(entries []DepositDataEntry, opt VerifyOptions) []EntryProblem {
	var problems []EntryProblem
	add := func(i int, field, format string, args ...any) {
		problems = append(problems, EntryProblem{i, field, fmt.Sprintf(format, args...)})
	}
	wantFork := hex.EncodeToString(opt.Network.GenesisForkVersion[:])
	seen := make(map[string]int)
	var checks []DepositCheck
	var checkIdx []int
	for i, e := range entries {
		var d DepositData
		pkHex, pkValid, wcHex, sigHex := false, false, false, false
		if b, why := decodeFixedHex(e.Pubkey, PublicKeySize); why != "" {
			add(i, "pubkey", "%s", why)
		} else {
			pkHex = true
			copy(d.Pubkey[:], b)
			if err := ValidatePublicKey(d.Pubkey); err != nil {
				add(i, "pubkey", "%v", err)
			} else {
				pkValid = true
			}
			if j, dup := seen[e.Pubkey]; dup {
				add(i, "pubkey", "duplicate of entry %d", j)
			} else {
				seen[e.Pubkey] = i
			}
		}
		if b, why := decodeFixedHex(e.WithdrawalCredentials, 32); why != "" {
			add(i, "withdrawal_credentials", "%s", why)
		} else {
			wcHex = true
			copy(d.WithdrawalCredentials[:], b)
			wc := d.WithdrawalCredentials
			switch wc[0] {
			case ExecutionWithdrawalPrefix, CompoundingWithdrawalPrefix:
				if !bytes.Equal(wc[1:12], make([]byte, 11)) {
					add(i, "withdrawal_credentials", "bytes 1..11 must be zero after the 0x%02x prefix", wc[0])
				}
				if opt.WithdrawalAddress != nil && !bytes.Equal(wc[12:], opt.WithdrawalAddress[:]) {
					add(i, "withdrawal_credentials", "address %s is not the expected withdrawal address %s",
						common.BytesToAddress(wc[12:]).Hex(), common.Address(*opt.WithdrawalAddress).Hex())
				}
				if err := CheckAmount(wc[0], e.Amount); err != nil {
					add(i, "amount", "%v", err)
				}
			default:
				add(i, "withdrawal_credentials", "prefix 0x%02x: only 0x01 (execution) and 0x02 (compounding) credentials are accepted", wc[0])
			}
		}
		d.Amount = e.Amount
		if b, why := decodeFixedHex(e.Signature, SignatureSize); why != "" {
			add(i, "signature", "%s", why)
		} else {
			sigHex = true
			copy(d.Signature[:], b)
		}
		if e.ForkVersion != wantFork {
			add(i, "fork_version", "%q, want %q (%s)", e.ForkVersion, wantFork, opt.Network.Name)
		}
		if e.NetworkName != opt.Network.Name {
			add(i, "network_name", "%q, want %q", e.NetworkName, opt.Network.Name)
		}
		if len(opt.CLIVersions) > 0 && !slices.Contains(opt.CLIVersions, e.DepositCLIVersion) {
			add(i, "deposit_cli_version", "%q, want one of %s", e.DepositCLIVersion, strings.Join(opt.CLIVersions, ", "))
		}
		// Roots and signature are only checked over fields that decoded.
		if mr, why := decodeFixedHex(e.DepositMessageRoot, 32); why != "" {
			add(i, "deposit_message_root", "%s", why)
		} else if pkHex && wcHex {
			msg := d.Message()
			if r := msg.HashTreeRoot(); !bytes.Equal(mr, r[:]) {
				add(i, "deposit_message_root", "does not match the entry's fields (computed %x)", r[:])
			}
		}
		if dr, why := decodeFixedHex(e.DepositDataRoot, 32); why != "" {
			add(i, "deposit_data_root", "%s", why)
		} else if pkHex && wcHex && sigHex {
			if r := d.HashTreeRoot(); !bytes.Equal(dr, r[:]) {
				add(i, "deposit_data_root", "does not match the entry's fields (computed %x)", r[:])
			}
		}
		if pkValid && wcHex && sigHex {
			checks = append(checks, DepositCheck{Pubkey: d.Pubkey, WithdrawalCredentials: d.WithdrawalCredentials, Amount: d.Amount, Signature: d.Signature})
			checkIdx = append(checkIdx, i)
		}
	}
	v := NewDepositVerifier(opt.Network)
	if err := v.VerifyDepositsErr(checks); err != nil {
		var be *BatchError
		if errors.As(err, &be) {
			for _, f := range be.Failures {
				if f.Index < 0 {
					add(-1, "signature", "%v", f.Err)
					continue
				}
				add(checkIdx[f.Index], "signature", "%v (domain DOMAIN_DEPOSIT, fork version %s)", f.Err, wantFork)
			}
		}
	}
	sort.SliceStable(problems, func(a, b int) bool { return problems[a].Index < problems[b].Index })
	return problems
}
