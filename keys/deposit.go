package keys

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"

	ssz "github.com/ferranbt/fastssz"
)

// Consensus constants used by deposits (amounts in gwei).
const (
	GweiPerEth = 1_000_000_000
	// DefaultDepositAmount is 32 ETH, the only amount a 0x01 deposit may carry here.
	DefaultDepositAmount uint64 = 32 * GweiPerEth
	// MinDepositAmount is the deposit contract's 1 ETH minimum.
	MinDepositAmount uint64 = 1 * GweiPerEth
	// MaxEffectiveBalanceElectra is the 0x02 cap (2048 ETH); the deposit CLI
	// refuses larger single deposits, and so do we.
	MaxEffectiveBalanceElectra uint64 = 2048 * GweiPerEth

	// DepositCLIVersion is the deposit_cli_version written into deposit data:
	// the last release of ethereum/staking-deposit-cli.
	DepositCLIVersion = "2.7.0"
)

// Withdrawal credential prefixes.
const (
	BLSWithdrawalPrefix         byte = 0x00
	ExecutionWithdrawalPrefix   byte = 0x01
	CompoundingWithdrawalPrefix byte = 0x02
)

// DomainDeposit is DOMAIN_DEPOSIT.
var DomainDeposit = [4]byte{0x03, 0x00, 0x00, 0x00}

// DevnetGenesisForkVersionU32 is the GENESIS_FORK_VERSION of the pool's
// local devnet as a big-endian number: 0x10005a7e. The beacon simulator and
// the node use it (or DevnetGenesisForkVersion) so deposits signed by
// `stakepool keys deposit-data --network devnet` verify there. 0x10 is the
// first byte recent public testnets use; 0x5a7e ("stake") keeps it apart
// from Hoodi's 0x10000910.
const DevnetGenesisForkVersionU32 uint32 = 0x10005a7e

// DevnetGenesisForkVersion is DevnetGenesisForkVersionU32 as bytes.
var DevnetGenesisForkVersion = [4]byte{
	byte(DevnetGenesisForkVersionU32 >> 24), byte(DevnetGenesisForkVersionU32 >> 16 & 0xff),
	byte(DevnetGenesisForkVersionU32 >> 8 & 0xff), byte(DevnetGenesisForkVersionU32 & 0xff),
}

// Network is a chain deposits can be made on.
type Network struct {
	Name               string
	GenesisForkVersion [4]byte
}

// Known networks.
var (
	Mainnet = Network{"mainnet", [4]byte{0x00, 0x00, 0x00, 0x00}}
	Sepolia = Network{"sepolia", [4]byte{0x90, 0x00, 0x00, 0x69}}
	Holesky = Network{"holesky", [4]byte{0x01, 0x01, 0x70, 0x00}}
	Hoodi   = Network{"hoodi", [4]byte{0x10, 0x00, 0x09, 0x10}}
	Devnet  = Network{"devnet", DevnetGenesisForkVersion}
)

var networks = map[string]Network{
	Mainnet.Name: Mainnet, Sepolia.Name: Sepolia, Holesky.Name: Holesky, Hoodi.Name: Hoodi, Devnet.Name: Devnet,
}

// NetworkNames lists the known networks, sorted.
func NetworkNames() []string {
	out := make([]string, 0, len(networks))
	for n := range networks {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// ErrUnknownNetwork is returned by NetworkByName.
var ErrUnknownNetwork = errors.New("unknown network")

// NetworkByName finds a network ("mainnet", "sepolia", "holesky", "hoodi", "devnet").
func NetworkByName(name string) (Network, error) {
	n, ok := networks[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Network{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownNetwork, name, strings.Join(NetworkNames(), ", "))
	}
	return n, nil
}

// NetworkByForkVersion finds the network with that genesis fork version.
func NetworkByForkVersion(v [4]byte) (Network, bool) {
	for _, n := range networks {
		if n.GenesisForkVersion == v {
			return n, true
		}
	}
	return Network{}, false
}

// DepositMessage is the SSZ container signed by a deposit.
type DepositMessage struct {
	Pubkey                PublicKey
	WithdrawalCredentials [32]byte
	Amount                uint64 // gwei
}

// DepositData is DepositMessage plus its signature.
type DepositData struct {
	Pubkey                PublicKey
	WithdrawalCredentials [32]byte
	Amount                uint64 // gwei
	Signature             Signature
}

// Message returns the signed part.
func (d *DepositData) Message() DepositMessage {
	return DepositMessage{Pubkey: d.Pubkey, WithdrawalCredentials: d.WithdrawalCredentials, Amount: d.Amount}
}

func hashRoot(h *ssz.Hasher) [32]byte {
	r, err := h.HashRoot()
	if err != nil {
		panic(fmt.Sprintf("keys: ssz hasher: %v", err)) // fixed-size containers cannot fail
	}
	return r
}

// HashTreeRoot is hash_tree_root(DepositMessage).
func (m *DepositMessage) HashTreeRoot() [32]byte {
	h := ssz.NewHasher()
	idx := h.Index()
	h.PutBytes(m.Pubkey[:])
	h.PutBytes(m.WithdrawalCredentials[:])
	h.PutUint64(m.Amount)
	h.Merkleize(idx)
	return hashRoot(h)
}

// HashTreeRoot is hash_tree_root(DepositData), the deposit_data_root the
// deposit contract recomputes.
func (d *DepositData) HashTreeRoot() [32]byte {
	h := ssz.NewHasher()
	idx := h.Index()
	h.PutBytes(d.Pubkey[:])
	h.PutBytes(d.WithdrawalCredentials[:])
	h.PutUint64(d.Amount)
	h.PutBytes(d.Signature[:])
	h.Merkleize(idx)
	return hashRoot(h)
}

// ForkDataRoot is hash_tree_root(ForkData{current_version, genesis_validators_root}).
func ForkDataRoot(version [4]byte, genesisValidatorsRoot [32]byte) [32]byte {
	h := ssz.NewHasher()
	idx := h.Index()
	h.PutBytes(version[:])
	h.PutBytes(genesisValidatorsRoot[:])
	h.Merkleize(idx)
	return hashRoot(h)
}

// SigningRoot is hash_tree_root(SigningData{object_root, domain}).
func SigningRoot(objectRoot, domain [32]byte) [32]byte {
	h := ssz.NewHasher()
	idx := h.Index()
	h.PutBytes(objectRoot[:])
	h.PutBytes(domain[:])
	h.Merkleize(idx)
	return hashRoot(h)
}

// ComputeDomain is compute_domain(domain_type, fork_version, genesis_validators_root).
func ComputeDomain(domainType, forkVersion [4]byte, genesisValidatorsRoot [32]byte) [32]byte {
	var d [32]byte
	copy(d[:4], domainType[:])
	r := ForkDataRoot(forkVersion, genesisValidatorsRoot)
	copy(d[4:], r[:28])
	return d
}

// DepositDomain is the deposit domain of a chain: DOMAIN_DEPOSIT over its
// GENESIS_FORK_VERSION and a zero genesis_validators_root, on every fork.
func DepositDomain(genesisForkVersion [4]byte) [32]byte {
	return ComputeDomain(DomainDeposit, genesisForkVersion, [32]byte{})
}

// DepositSigningRoot is the message a deposit signature signs.
func DepositSigningRoot(m DepositMessage, genesisForkVersion [4]byte) [32]byte {
	return SigningRoot(m.HashTreeRoot(), DepositDomain(genesisForkVersion))
}

// ExecutionCredentials returns prefix ‖ 0^11 ‖ address (prefix 0x01 or 0x02).
func ExecutionCredentials(prefix byte, address [20]byte) ([32]byte, error) {
	var wc [32]byte
	if prefix != ExecutionWithdrawalPrefix && prefix != CompoundingWithdrawalPrefix {
		return wc, fmt.Errorf("withdrawal credentials: prefix 0x%02x, want 0x01 or 0x02", prefix)
	}
	wc[0] = prefix
	copy(wc[12:], address[:])
	return wc, nil
}

// CheckAmount enforces the deposit amount rules for a credential type: 0x01
// (and 0x00) deposits must be exactly 32 ETH, like the official CLI; 0x02
// deposits may carry any whole gwei amount from 1 ETH to 2048 ETH, as the
// ethstaker CLI allows.
func CheckAmount(prefix byte, amountGwei uint64) error {
	switch prefix {
	case CompoundingWithdrawalPrefix:
		if amountGwei < MinDepositAmount || amountGwei > MaxEffectiveBalanceElectra {
			return fmt.Errorf("amount %d gwei: 0x02 deposits must be between 1 and 2048 ETH", amountGwei)
		}
	default:
		if amountGwei != DefaultDepositAmount {
			return fmt.Errorf("amount %d gwei: 0x%02x deposits must be exactly 32 ETH (use 0x02 credentials for other amounts)", amountGwei, prefix)
		}
	}
	return nil
}

// SignDeposit builds and signs the deposit of sk for a network.
func SignDeposit(sk *SecretKey, wc [32]byte, amountGwei uint64, genesisForkVersion [4]byte) DepositData {
	m := DepositMessage{Pubkey: sk.PublicKey(), WithdrawalCredentials: wc, Amount: amountGwei}
	root := DepositSigningRoot(m, genesisForkVersion)
	return DepositData{Pubkey: m.Pubkey, WithdrawalCredentials: wc, Amount: amountGwei, Signature: sk.Sign(root[:])}
}

// DepositDataEntry is one object of a deposit_data-*.json file, with the
// fields in the order the deposit CLI writes them. Hex is lower case without
// the 0x prefix.
type DepositDataEntry struct {
	Pubkey                string `json:"pubkey"`
	WithdrawalCredentials string `json:"withdrawal_credentials"`
	Amount                uint64 `json:"amount"`
	Signature             string `json:"signature"`
	DepositMessageRoot    string `json:"deposit_message_root"`
	DepositDataRoot       string `json:"deposit_data_root"`
	ForkVersion           string `json:"fork_version"`
	NetworkName           string `json:"network_name"`
	DepositCLIVersion     string `json:"deposit_cli_version"`
}

// NewDepositDataEntry fills an entry from a signed deposit.
func NewDepositDataEntry(d DepositData, n Network, cliVersion string) DepositDataEntry {
	m := d.Message()
	mr := m.HashTreeRoot()
	dr := d.HashTreeRoot()
	return DepositDataEntry{
		Pubkey:                hex.EncodeToString(d.Pubkey[:]),
		WithdrawalCredentials: hex.EncodeToString(d.WithdrawalCredentials[:]),
		Amount:                d.Amount,
		Signature:             hex.EncodeToString(d.Signature[:]),
		DepositMessageRoot:    hex.EncodeToString(mr[:]),
		DepositDataRoot:       hex.EncodeToString(dr[:]),
		ForkVersion:           hex.EncodeToString(n.GenesisForkVersion[:]),
		NetworkName:           n.Name,
		DepositCLIVersion:     cliVersion,
	}
}

// EncodeDepositDataFile writes the entries exactly as the deposit CLI's
// json.dump does: one line, ", " and ": " separators, no trailing newline.
func EncodeDepositDataFile(entries []DepositDataEntry) []byte {
	var b bytes.Buffer
	b.WriteByte('[')
	for i, e := range entries {
		if i > 0 {
			b.WriteString(", ")
		}
		o := newPyObject().
			str("pubkey", e.Pubkey).
			str("withdrawal_credentials", e.WithdrawalCredentials).
			uint("amount", e.Amount).
			str("signature", e.Signature).
			str("deposit_message_root", e.DepositMessageRoot).
			str("deposit_data_root", e.DepositDataRoot).
			str("fork_version", e.ForkVersion).
			str("network_name", e.NetworkName).
			str("deposit_cli_version", e.DepositCLIVersion)
		b.WriteString(o.String())
	}
	b.WriteByte(']')
	return b.Bytes()
}

// DepositDataFileName is deposit_data-<unix timestamp>.json.
func DepositDataFileName(unixTime int64) string {
	return fmt.Sprintf("deposit_data-%d.json", unixTime)
}

// depositDataRootManual is the hand-rolled deposit_data_root of the research
// note, kept to cross-check the fastssz path in tests.
func depositDataRootManual(d *DepositData) [32]byte {
	sum := func(parts ...[]byte) []byte {
		h := sha256.New()
		for _, p := range parts {
			h.Write(p)
		}
		return h.Sum(nil)
	}
	zero := make([]byte, 32)
	pkRoot := sum(d.Pubkey[:], zero[:16])
	sigRoot := sum(sum(d.Signature[:64]), sum(d.Signature[64:], zero))
	var amt [32]byte
	for i := 0; i < 8; i++ {
		amt[i] = byte(d.Amount >> (8 * i))
	}
	var out [32]byte
	copy(out[:], sum(sum(pkRoot, d.WithdrawalCredentials[:]), sum(amt[:], sigRoot)))
	return out
}

// SigningKeys concatenates the entries' public keys (48 bytes each) and
// deposit signatures (96 bytes each), as an operator uploads them to the
// pool's operator registry (addSigningKeys).
func SigningKeys(entries []DepositDataEntry) (pubkeys, sigs []byte, err error) {
	for i, e := range entries {
		pk, err1 := hex.DecodeString(strings.TrimPrefix(e.Pubkey, "0x"))
		sig, err2 := hex.DecodeString(strings.TrimPrefix(e.Signature, "0x"))
		if err1 != nil || err2 != nil || len(pk) != 48 || len(sig) != 96 {
			return nil, nil, fmt.Errorf("deposit %d: want 48 bytes of pubkey and 96 of signature in hex", i)
		}
		pubkeys, sigs = append(pubkeys, pk...), append(sigs, sig...)
	}
	return pubkeys, sigs, nil
}
