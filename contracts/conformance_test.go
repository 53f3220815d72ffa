package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/testbindings"
)

// permitSig signs an EIP-2612 permit of owner with key i over the pool's domain.
func (f *fixture) permitSig(i int, owner, spender common.Address, value, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	nonce, err := f.pool.Nonces(nil, owner)
	if err != nil {
		f.t.Fatal(err)
	}
	domain, err := f.pool.DOMAINSEPARATOR(nil)
	if err != nil {
		f.t.Fatal(err)
	}
	word := func(b *big.Int) []byte { return common.LeftPadBytes(b.Bytes(), 32) }
	sh := crypto.Keccak256(crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")),
		common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32), word(value), word(nonce), word(deadline))
	sig, err := crypto.Sign(crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain[:]...), sh...)), f.c.Keys[i])
	if err != nil {
		f.t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

// TestPermit: EIP-2612 with a go-ethereum key's signature (the domain is
// {name, version "1", chainId, the pool}), from an EOA and from an EIP-1271
// contract wallet; replays, wrong signers and expired permits are refused.
func TestPermit(t *testing.T) {
	f := newFixture(t)
	// The domain separator is EIP-712's for {name: "Staked Ether", version: "1", chainId, verifyingContract}.
	name, _ := f.pool.Name(nil)
	th := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	want := crypto.Keccak256Hash(th, crypto.Keccak256([]byte(name)), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(f.c.ChainID.Bytes(), 32), common.LeftPadBytes(f.a.Pool[:], 32))
	if got, _ := f.pool.DOMAINSEPARATOR(nil); got != want {
		t.Fatalf("domain separator %x, want %x", got, want)
	}
	alice, bob := f.c.Addrs[kAlice], f.c.Addrs[kBob]
	deadline := big.NewInt(contractstestFar)
	v, r, s := f.permitSig(kAlice, alice, bob, eth(5), deadline)
	f.ok("permit")(f.pool.Permit(f.opts(kMallory), alice, bob, eth(5), deadline, v, r, s))
	if a, _ := f.pool.Allowance(nil, alice, bob); a.Cmp(eth(5)) != 0 {
		t.Fatalf("allowance after permit %s", a)
	}
	if _, err := f.pool.Permit(f.opts(kMallory), alice, bob, eth(5), deadline, v, r, s); f.revert(err) != "BadSignature" {
		t.Fatalf("replayed permit: %v (%s)", err, f.revert(err))
	}
	v, r, s = f.permitSig(kMallory, alice, f.c.Addrs[kMallory], eth(5), deadline)
	if _, err := f.pool.Permit(f.opts(kMallory), alice, f.c.Addrs[kMallory], eth(5), deadline, v, r, s); f.revert(err) != "BadSignature" {
		t.Fatalf("permit signed by another key: %v (%s)", err, f.revert(err))
	}
	v, r, s = f.permitSig(kAlice, alice, bob, eth(5), big.NewInt(1))
	if _, err := f.pool.Permit(f.opts(kMallory), alice, bob, eth(5), big.NewInt(1), v, r, s); f.revert(err) != "PermitExpired" {
		t.Fatalf("expired permit: %v (%s)", err, f.revert(err))
	}
	// A contract wallet whose owner key signs (EIP-1271).
	wallet, tx, _, err := testbindings.DeployWallet1271(f.opts(kAlice), f.c.Client, alice)
	f.c.MustMine(t, tx, err)
	v, r, s = f.permitSig(kAlice, wallet, bob, eth(7), deadline)
	f.ok("permit by a contract wallet")(f.pool.Permit(f.opts(kMallory), wallet, bob, eth(7), deadline, v, r, s))
	if a, _ := f.pool.Allowance(nil, wallet, bob); a.Cmp(eth(7)) != 0 {
		t.Fatalf("contract wallet allowance %s", a)
	}
	v, r, s = f.permitSig(kBob, wallet, bob, eth(7), deadline)
	if _, err := f.pool.Permit(f.opts(kMallory), wallet, bob, eth(7), deadline, v, r, s); f.revert(err) != "BadSignature" {
		t.Fatalf("contract wallet permit by a stranger's key: %v (%s)", err, f.revert(err))
	}
}

const contractstestFar = 1 << 40

// TestRequestNFTSafeTransfers: a withdrawal request is an ERC-721 token
// (ERC-165 ids of ERC-721 and its metadata); safe transfers reach a
// contract that accepts them and revert into one that refuses or lacks the
// hook; the new owner claims.
func TestRequestNFTSafeTransfers(t *testing.T) {
	f := newFixture(t)
	alice := f.c.Addrs[kAlice]
	f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(10)), common.Address{}))
	f.ok("request")(f.wq.RequestWithdrawals(f.opts(kAlice), []*big.Int{eth(1), eth(1)}, common.Address{}))
	for _, id := range [][4]byte{{0x80, 0xac, 0x58, 0xcd}, {0x5b, 0x5e, 0x13, 0x9f}, {0x01, 0xff, 0xc9, 0xa7}} {
		if ok, _ := f.wq.SupportsInterface(nil, id); !ok {
			t.Errorf("interface %x not supported", id)
		}
	}
	yes, tx, _, err := testbindings.DeployNFTReceiver(f.opts(kBob), f.c.Client, true)
	f.c.MustMine(t, tx, err)
	no, tx, _, err := testbindings.DeployNFTReceiver(f.opts(kBob), f.c.Client, false)
	f.c.MustMine(t, tx, err)
	if _, err := f.wq.SafeTransferFrom(f.opts(kAlice), alice, no, big.NewInt(1)); f.revert(err) != "ERC721InvalidReceiver" {
		t.Fatalf("safe transfer to a refusing contract: %v (%s)", err, f.revert(err))
	}
	if _, err := f.wq.SafeTransferFrom(f.opts(kAlice), alice, f.a.Pool, big.NewInt(1)); f.revert(err) == "" {
		t.Fatal("safe transfer to a contract without the hook went through")
	}
	f.ok("safe transfer")(f.wq.SafeTransferFrom(f.opts(kAlice), alice, yes, big.NewInt(1)))
	if owner, _ := f.wq.OwnerOf(nil, big.NewInt(1)); owner != yes {
		t.Fatalf("owner %s", owner)
	}
	f.ok("plain transfer")(f.wq.TransferFrom(f.opts(kAlice), alice, f.c.Addrs[kBob], big.NewInt(2)))
	ids, _ := f.wq.GetWithdrawalRequests(nil, f.c.Addrs[kBob])
	if len(ids) != 1 || ids[0].Uint64() != 2 {
		t.Fatalf("bob's requests %v", ids)
	}
	f.report(0, new(big.Int), true)
	if _, err := f.wq.ClaimWithdrawal(f.opts(kAlice), big.NewInt(2)); f.revert(err) != "NotAuthorized" {
		t.Fatalf("claim by the former owner: %v (%s)", err, f.revert(err))
	}
	before, _ := f.c.Client.BalanceAt(t.Context(), f.c.Addrs[kBob], nil)
	o := f.opts(kBob)
	tx2, err := f.wq.ClaimWithdrawal(o, big.NewInt(2))
	r := f.c.MustMine(t, tx2, err)
	after, _ := f.c.Client.BalanceAt(t.Context(), f.c.Addrs[kBob], nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(after, gas), before); got.Cmp(eth(1)) != 0 {
		t.Fatalf("the new owner received %s for a 1-ETH request", got)
	}
	if _, err := f.wq.ClaimWithdrawal(f.opts(kBob), big.NewInt(2)); f.revert(err) != "AlreadyClaimed" {
		t.Fatalf("second claim: %v (%s)", err, f.revert(err))
	}
}
