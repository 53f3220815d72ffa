package contracts_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	zcommon "github.com/protolambda/zrnt/eth2/beacon/common"
	"github.com/protolambda/ztyp/tree"

	"github.com/stakepool/stakepool/contracts"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
)

// depositData makes deterministic deposit data number i (the contract does
// not check signatures, so any 96 bytes do).
func depositData(i int, gwei uint64) zcommon.DepositData {
	var d zcommon.DepositData
	seed := []byte{byte(i), byte(i >> 8)}
	h := func(tag string) []byte { return crypto.Keccak256(append(seed, tag...)) }
	copy(d.Pubkey[:], append(h("p1"), h("p2")...))
	copy(d.WithdrawalCredentials[:], h("w"))
	copy(d.Signature[:], append(append(h("s1"), h("s2")...), h("s3")...))
	d.Amount = zcommon.Gwei(gwei)
	return d
}

// sszRoot is hash_tree_root(List[DepositData, 2**32]) of the deposits,
// computed by ztyp.
func sszRoot(ds []zcommon.DepositData) [32]byte {
	h := tree.GetHashFn()
	return h.ComplexListHTR(func(i uint64) tree.HTR { return &ds[i] }, uint64(len(ds)), 1<<32)
}

func TestDepositContractRootsMatchSSZ(t *testing.T) {
	c := contractstest.NewChain(t, 1)
	addr, tx, _, err := bindings.DeployDepositContract(c.Opts(0), c.Client)
	c.MustMine(t, tx, err)
	checkDeposits(t, c, addr, 40)
}

// TestDepositContractFromGenesisAlloc places the runtime code alone (no
// storage, no balance) in a genesis alloc, as the devnet does, and checks
// the same roots.
func TestDepositContractFromGenesisAlloc(t *testing.T) {
	at := common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa")
	c := contractstest.NewChainAlloc(t, 1, types.GenesisAlloc{at: {Code: contracts.DepositContractCode()}})
	checkDeposits(t, c, at, 20)
}

func checkDeposits(t *testing.T, c *contractstest.Chain, addr common.Address, n int) {
	t.Helper()
	dc, err := bindings.NewDepositContract(addr, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	var ds []zcommon.DepositData
	check := func() {
		t.Helper()
		root, err := dc.GetDepositRoot(nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := sszRoot(ds); root != want {
			t.Fatalf("after %d deposits: get_deposit_root %x, SSZ hash_tree_root %x", len(ds), root, want)
		}
		cnt, err := dc.GetDepositCount(nil)
		if err != nil {
			t.Fatal(err)
		}
		if binary.LittleEndian.Uint64(cnt) != uint64(len(ds)) {
			t.Fatalf("count %x after %d deposits", cnt, len(ds))
		}
	}
	check()
	h := tree.GetHashFn()
	for i := 0; i < n; i++ {
		gwei := uint64(32_000_000_000)
		if i%3 == 1 {
			gwei = 1_000_000_000 + uint64(i)*7 // any whole number of gwei ≥ 1 ETH
		}
		d := depositData(i, gwei)
		opts := c.Opts(0)
		opts.Value = new(big.Int).Mul(new(big.Int).SetUint64(gwei), big.NewInt(1e9))
		tx, err := dc.Deposit(opts, d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], d.HashTreeRoot(h))
		r := c.MustMine(t, tx, err)
		if len(r.Logs) != 1 {
			t.Fatalf("deposit %d: %d logs", i, len(r.Logs))
		}
		ev, err := dc.ParseDepositEvent(*r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ev.Pubkey, d.Pubkey[:]) || !bytes.Equal(ev.WithdrawalCredentials, d.WithdrawalCredentials[:]) ||
			!bytes.Equal(ev.Signature, d.Signature[:]) || len(ev.Amount) != 8 || binary.LittleEndian.Uint64(ev.Amount) != gwei ||
			len(ev.Index) != 8 || binary.LittleEndian.Uint64(ev.Index) != uint64(i) {
			t.Fatalf("deposit %d: event %+v", i, ev)
		}
		ds = append(ds, d)
		check()
	}
}

func TestDepositContractRefusals(t *testing.T) {
	c := contractstest.NewChain(t, 1)
	addr, tx, dc, err := bindings.DeployDepositContract(c.Opts(0), c.Client)
	c.MustMine(t, tx, err)
	_ = addr
	h := tree.GetHashFn()
	d := depositData(1, 32_000_000_000)
	root := d.HashTreeRoot(h)
	eth := func(gwei int64) *bind.TransactOpts {
		o := c.Opts(0)
		o.Value = new(big.Int).Mul(big.NewInt(gwei), big.NewInt(1e9))
		return o
	}
	cases := []struct {
		name    string
		opts    *bind.TransactOpts
		pk, wc  []byte
		sig     []byte
		root    [32]byte
		errName string
	}{
		{"short pubkey", eth(32e9), d.Pubkey[:47], d.WithdrawalCredentials[:], d.Signature[:], root, "Malformed"},
		{"long credentials", eth(32e9), d.Pubkey[:], append(d.WithdrawalCredentials[:], 0), d.Signature[:], root, "Malformed"},
		{"short signature", eth(32e9), d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:95], root, "Malformed"},
		{"below 1 ETH", eth(999_999_999), d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], root, "BelowDust"},
		{"wrong root", eth(32e9), d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], [32]byte{1}, "BadDepositDataRoot"},
		{"amount not the one in the root", eth(31e9), d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], root, "BadDepositDataRoot"},
	}
	for _, tc := range cases {
		_, err := dc.Deposit(tc.opts, tc.pk, tc.wc, tc.sig, tc.root)
		if got := contractstest.RevertName(err, bindings.DepositContractMetaData); got != tc.errName {
			t.Errorf("%s: reverted with %q (%v), want %s", tc.name, got, err, tc.errName)
		}
	}
	// Not a whole number of gwei.
	o := c.Opts(0)
	o.Value = new(big.Int).Add(new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18)), big.NewInt(1))
	if _, err := dc.Deposit(o, d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], root); contractstest.RevertName(err, bindings.DepositContractMetaData) != "BelowDust" {
		t.Errorf("a deposit of 32 ETH + 1 wei: %v", err)
	}
	ok, err := dc.SupportsInterface(nil, [4]byte{0x01, 0xff, 0xc9, 0xa7})
	if err != nil || !ok {
		t.Errorf("ERC-165 interface id not supported: %v %v", ok, err)
	}
	if ok, _ := dc.SupportsInterface(nil, [4]byte{0xff, 0xff, 0xff, 0xff}); ok {
		t.Error("0xffffffff must not be supported")
	}
	_ = errors.New
}
