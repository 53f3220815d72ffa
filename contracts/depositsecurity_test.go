package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// dsmParams: three guardians (kGuardian..+2), quorum 2, attestations up to
// 64 blocks old, 5 blocks between deposits, signed pauses up to 20 blocks old.
func dsmParams() *protocol.DepositSecurityParams {
	g := func(i int) common.Address { return crypto.PubkeyToAddress(contractstest.Key(i).PublicKey) }
	return &protocol.DepositSecurityParams{
		Guardians: []common.Address{g(kGuardian), g(kGuardian + 1), g(kGuardian + 2)},
		Quorum:    2, MaxBlockAge: 64, MinDepositDistance: 5, PauseMaxAge: 20,
	}
}

// newDSMFixture is the suite with the deposit security module as the pool's
// depositor, 400 ETH staked by Alice and 5 keys uploaded by each operator.
func newDSMFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixtureConf(t, nil, func(cfg *deploy.Config) {
		cfg.DepositSecurity = dsmParams()
	})
	f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(400)), common.Address{}))
	for op := 0; op < 2; op++ {
		pks, sigs := keys(op, 0, 5)
		f.ok("keys")(f.reg.AddSigningKeys(f.opts(kOperator+op), big.NewInt(int64(op)), big.NewInt(5), pks, sigs))
	}
	return f
}

// attestation is what the depositor sends: the attested state and the
// guardians' signatures, sorted by signer.
type attestation struct {
	block  *big.Int
	hash   [32]byte
	root   [32]byte
	module *big.Int
	nonce  *big.Int
	sigs   []bindings.DepositSecurityModuleSignature
}

// sign is guardian key i's EIP-2098 signature of digest.
func (f *fixture) sign(i int, digest [32]byte) bindings.DepositSecurityModuleSignature {
	f.t.Helper()
	sig, err := crypto.Sign(digest[:], f.c.Keys[i])
	if err != nil {
		f.t.Fatal(err)
	}
	var out bindings.DepositSecurityModuleSignature
	copy(out.R[:], sig[:32])
	copy(out.Vs[:], sig[32:64])
	out.Vs[0] |= sig[64] << 7 // vs = s | v<<255 (v is 0 or 1)
	return out
}

// attest has the keys `signers` sign the state at the block before the head
// (a past block both when estimating, at the head, and when mined).
func (f *fixture) attest(signers ...int) attestation {
	f.t.Helper()
	ctx := context.Background()
	head, err := f.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	h, err := f.c.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
	if err != nil {
		f.t.Fatal(err)
	}
	dc, err := bindings.NewDepositContract(f.a.DepositContract, f.c.Client)
	if err != nil {
		f.t.Fatal(err)
	}
	a := attestation{block: h.Number, hash: h.Hash(), module: big.NewInt(1)}
	if a.root, err = dc.GetDepositRoot(nil); err != nil {
		f.t.Fatal(err)
	}
	if a.nonce, err = f.reg.Nonce(nil); err != nil {
		f.t.Fatal(err)
	}
	a.sigs = f.signAttestation(a, signers...)
	return a
}

// signAttestation signs a's fields by each signer, sorted by address.
func (f *fixture) signAttestation(a attestation, signers ...int) []bindings.DepositSecurityModuleSignature {
	f.t.Helper()
	d, err := f.dsm.AttestDigest(nil, a.block, a.hash, a.root, a.module, a.nonce)
	if err != nil {
		f.t.Fatal(err)
	}
	s := slices.Clone(signers)
	slices.SortFunc(s, func(x, y int) int { return bytes.Compare(f.c.Addrs[x][:], f.c.Addrs[y][:]) })
	var out []bindings.DepositSecurityModuleSignature
	for _, i := range s {
		out = append(out, f.sign(i, d))
	}
	return out
}

func (f *fixture) depositWith(from int, a attestation, max int64) (interface{ Hash() common.Hash }, error) {
	return f.dsm.DepositBufferedEther(f.opts(from), a.block, a.hash, a.root, a.module, a.nonce, big.NewInt(max), a.sigs)
}

// mine seals n empty blocks.
func (f *fixture) mine(n int) {
	f.t.Helper()
	for i := 0; i < n; i++ {
		if err := f.c.AdjustTime(time.Second); err != nil {
			f.t.Fatal(err)
		}
	}
}

// govern has governance call target with data (propose, timelock, execute).
func (f *fixture) govern(target common.Address, data []byte) {
	f.t.Helper()
	tx, err := f.gov.Propose(f.opts(kMember), target, data)
	r := f.c.MustMine(f.t, tx, err)
	ev, err := f.gov.ParseProposalCreated(*r.Logs[0])
	if err != nil {
		f.t.Fatal(err)
	}
	if err := f.c.AdjustTime(25 * time.Second); err != nil {
		f.t.Fatal(err)
	}
	f.ok("execute")(f.gov.Execute(f.opts(kMember), ev.Id))
}

func (f *fixture) refused(what, want string, err error) {
	f.t.Helper()
	if got := f.revert(err); got != want {
		f.t.Fatalf("%s: %v (%s), want %s", what, err, got, want)
	}
}

func (f *fixture) depositedValidators() uint64 {
	f.t.Helper()
	st, err := f.reg.GetAllCounts(nil)
	if err != nil {
		f.t.Fatal(err)
	}
	var n uint64
	for _, c := range st {
		n += uint64(c.Deposited)
	}
	return n
}

// TestDepositSecurityDeposits: a deposit goes through only with a quorum of
// guardians' signatures, sorted, over the state of now; every refusal
// changes nothing; deposits keep the minimum distance.
func TestDepositSecurityDeposits(t *testing.T) {
	f := newDSMFixture(t)
	g0, g1, g2 := kGuardian, kGuardian+1, kGuardian+2
	f.mine(70)

	// The pool deposits only through the module; the registry unvets only for it.
	_, err := f.pool.Deposit(f.opts(kDepositor), big.NewInt(1))
	f.refused("the old depositor", "NotAuthorized", err)
	_, err = f.reg.UnvetSigningKeys(f.opts(kMallory), big.NewInt(0), 0)
	f.refused("unvet on the registry", "NotAuthorized", err)

	good := f.attest(g0, g1)
	bad := func(edit func(*attestation)) attestation {
		a := good
		edit(&a)
		return a
	}
	resigned := func(edit func(*attestation), signers ...int) attestation {
		a := bad(edit)
		a.sigs = f.signAttestation(a, signers...)
		return a
	}
	one := big.NewInt(1)
	cases := []struct {
		name string
		a    attestation
		want string
	}{
		{"module 2", resigned(func(a *attestation) { a.module = big.NewInt(2) }, g0, g1), "UnknownModule"},
		{"one signature of two", resigned(func(*attestation) {}, g0), "DepositNoQuorum"},
		{"no signatures", bad(func(a *attestation) { a.sigs = nil }), "DepositNoQuorum"},
		{"the current block", resigned(func(a *attestation) { a.block = new(big.Int).Add(good.block, one) }, g0, g1), "DepositStaleBlock"},
		{"a block 65 blocks old", resigned(func(a *attestation) { a.block = new(big.Int).Sub(good.block, big.NewInt(64)) }, g0, g1), "DepositStaleBlock"},
		{"another hash", resigned(func(a *attestation) { a.hash[0] ^= 1 }, g0, g1), "DepositUnexpectedBlockHash"},
		{"another root", resigned(func(a *attestation) { a.root[0] ^= 1 }, g0, g1), "DepositRootChanged"},
		{"another nonce", resigned(func(a *attestation) { a.nonce = new(big.Int).Add(good.nonce, one) }, g0, g1), "DepositNonceChanged"},
		{"signers descending", bad(func(a *attestation) { a.sigs = []bindings.DepositSecurityModuleSignature{good.sigs[1], good.sigs[0]} }), "SignaturesNotSorted"},
		{"one guardian twice", bad(func(a *attestation) { a.sigs = []bindings.DepositSecurityModuleSignature{good.sigs[0], good.sigs[0]} }), "SignaturesNotSorted"},
		{"a signer who is not a guardian", resigned(func(*attestation) {}, g0, kMallory), "NotAGuardian"},
		{"signatures of another nonce", bad(func(a *attestation) {
			b := good
			b.nonce = new(big.Int).Add(good.nonce, one)
			a.sigs = f.signAttestation(b, g0, g1)
		}), "NotAGuardian"},
		{"a malformed signature", bad(func(a *attestation) {
			a.sigs = []bindings.DepositSecurityModuleSignature{{R: [32]byte{1}, Vs: [32]byte{2}}, good.sigs[1]}
		}), "NotAGuardian"},
	}
	for _, c := range cases {
		_, err := f.depositWith(kBob, c.a, 3)
		f.refused(c.name, c.want, err)
	}
	if n := f.depositedValidators(); n != 0 {
		t.Fatalf("refusals deposited %d validators", n)
	}

	// Three of three, relayed by anyone: 3 deposits of 32 ETH.
	nonce := good.nonce
	all := f.attest(g0, g1, g2)
	f.ok("deposit")(f.depositWith(kBob, all, 3))
	if n := f.depositedValidators(); n != 3 {
		t.Fatalf("deposited %d validators, want 3", n)
	}
	after, _ := f.reg.Nonce(nil)
	if after.Cmp(new(big.Int).Add(nonce, one)) != 0 {
		t.Fatalf("nonce %s after a deposit from %s", after, nonce)
	}
	head, _ := f.c.Client.BlockNumber(context.Background())
	last, _ := f.dsm.LastDepositBlock(nil, one)
	if last.Uint64() != head {
		t.Fatalf("last deposit block %s, want %d", last, head)
	}
	// At once, and 4 blocks later (the estimate runs at the head): too soon.
	_, err = f.depositWith(kBob, all, 3)
	f.refused("the same attestation at once", "DepositTooFrequent", err)
	f.mine(4)
	_, err = f.depositWith(kBob, f.attest(g1, g2), 3)
	f.refused("4 blocks later", "DepositTooFrequent", err)
	f.mine(1)
	// 5 blocks later: the old attestation is worthless (the deposit moved the root), a new one works.
	_, err = f.depositWith(kBob, all, 3)
	f.refused("5 blocks later, the old attestation", "DepositRootChanged", err)
	f.ok("5 blocks later")(f.depositWith(kBob, f.attest(g1, g2), 2))
	if n := f.depositedValidators(); n != 5 {
		t.Fatalf("deposited %d validators, want 5", n)
	}
}

// TestDepositSecurityPause: one guardian pauses (by a call or a relayed
// signature of a recent block); only governance unpauses.
func TestDepositSecurityPause(t *testing.T) {
	f := newDSMFixture(t)
	f.mine(30)
	one := big.NewInt(1)
	head, _ := f.c.Client.BlockNumber(context.Background())
	at := func(b uint64) *big.Int { return new(big.Int).SetUint64(b) }
	pauseSig := func(i int, block uint64) bindings.DepositSecurityModuleSignature {
		d, err := f.dsm.PauseDigest(nil, at(block), one)
		if err != nil {
			t.Fatal(err)
		}
		return f.sign(i, d)
	}
	var none bindings.DepositSecurityModuleSignature
	cases := []struct {
		name  string
		from  int
		block uint64
		sig   bindings.DepositSecurityModuleSignature
		mod   int64
		want  string
	}{
		{"module 2", kGuardian, head, none, 2, "UnknownModule"},
		{"a call by a non-guardian", kMallory, head, none, 1, "NotAGuardian"},
		{"signed for 21 blocks ago", kBob, head - 21, pauseSig(kGuardian, head-21), 1, "IntentExpired"},
		{"signed for the next block", kBob, head + 1, pauseSig(kGuardian, head+1), 1, "IntentExpired"},
		{"signed by a non-guardian", kBob, head, pauseSig(kMallory, head), 1, "NotAGuardian"},
	}
	for _, c := range cases {
		_, err := f.dsm.PauseDeposits(f.opts(c.from), at(c.block), big.NewInt(c.mod), c.sig)
		f.refused(c.name, c.want, err)
	}
	// Signed 19 blocks before the head, relayed by Bob: 20 blocks old when mined.
	f.ok("relayed pause")(f.dsm.PauseDeposits(f.opts(kBob), at(head-19), one, pauseSig(kGuardian+2, head-19)))
	if p, _ := f.dsm.Paused(nil, one); !p {
		t.Fatal("not paused")
	}
	_, err := f.depositWith(kBob, f.attest(kGuardian, kGuardian+1), 1)
	f.refused("deposit while paused", "DepositsPaused", err)
	_, err = f.dsm.PauseDeposits(f.opts(kGuardian), at(0), one, none)
	f.refused("pause again", "DepositsPaused", err)
	_, err = f.dsm.UnpauseDeposits(f.opts(kGuardian), one)
	f.refused("a guardian unpauses", "NotAuthorized", err)

	abi, _ := bindings.DepositSecurityModuleMetaData.GetAbi()
	data, _ := abi.Pack("unpauseDeposits", one)
	f.govern(f.a.DepositSecurityModule, data)
	if p, _ := f.dsm.Paused(nil, one); p {
		t.Fatal("still paused after governance unpaused")
	}
	_, err = f.dsm.UnpauseDeposits(f.opts(kGuardian), one)
	f.refused("a guardian unpauses", "NotAuthorized", err)
	f.mine(1)
	f.ok("deposit after the unpause")(f.depositWith(kBob, f.attest(kGuardian, kGuardian+1), 1))
	// A guardian's own call: no block, no signature.
	f.ok("pause by a call")(f.dsm.PauseDeposits(f.opts(kGuardian+1), at(0), one, none))
}

// TestDepositSecurityUnvet: one guardian lowers an operator's cap to
// max(deposited, asked), never raises it, and only over the state of now.
func TestDepositSecurityUnvet(t *testing.T) {
	f := newDSMFixture(t)
	f.mine(2)
	f.ok("deposit")(f.depositWith(kBob, f.attest(kGuardian, kGuardian+1), 4)) // 2 each
	f.mine(1)
	a := f.attest()
	var none bindings.DepositSecurityModuleSignature
	unvet := func(from int, a attestation, op int64, limit uint64, sig bindings.DepositSecurityModuleSignature) error {
		_, err := f.dsm.UnvetSigningKeys(f.opts(from), a.block, a.hash, a.module, a.nonce, big.NewInt(op), limit, sig)
		return err
	}
	limitOf := func(op int64) uint64 {
		v, err := f.reg.GetVetting(nil, big.NewInt(op))
		if err != nil {
			t.Fatal(err)
		}
		return v.Limit
	}
	f.refused("by a non-guardian", "NotAGuardian", unvet(kMallory, a, 0, 3, none))
	f.refused("raising 10 to 11", "VettedKeysIncreased", unvet(kGuardian, a, 0, 11, none))
	stale := a
	stale.nonce = new(big.Int).Sub(a.nonce, big.NewInt(1))
	f.refused("an old nonce", "DepositNonceChanged", unvet(kGuardian, stale, 0, 3, none))
	wrongHash := a
	wrongHash.hash[31] ^= 1
	f.refused("another hash", "DepositUnexpectedBlockHash", unvet(kGuardian, wrongHash, 0, 3, none))
	f.refused("operator 7", "UnknownOperator", unvet(kGuardian, a, 7, 3, none))

	// Relayed signature: operator 0 down to 3 (it has 2 deposited).
	d, _ := f.dsm.UnvetDigest(nil, a.block, a.hash, a.module, a.nonce, big.NewInt(0), big.NewInt(3))
	f.ok("relayed unvet to 3")(f.dsm.UnvetSigningKeys(f.opts(kBob), a.block, a.hash, a.module, a.nonce, big.NewInt(0), 3, f.sign(kGuardian+2, d)))
	if l := limitOf(0); l != 3 {
		t.Fatalf("limit %d, want 3", l)
	}
	// Asked 0, it has 2 deposited: the cap stops at 2.
	f.mine(1)
	a = f.attest()
	f.ok("unvet to 0")(f.dsm.UnvetSigningKeys(f.opts(kGuardian), a.block, a.hash, a.module, a.nonce, big.NewInt(1), 0, none))
	if l := limitOf(1); l != 2 {
		t.Fatalf("limit %d, want 2 (the deposited)", l)
	}
	// The signature binds the limit: one for 3 does not lower to 2.
	f.mine(1)
	a = f.attest()
	d, _ = f.dsm.UnvetDigest(nil, a.block, a.hash, a.module, a.nonce, big.NewInt(0), big.NewInt(3))
	f.refused("a signature for another limit", "NotAGuardian", unvet(kBob, a, 0, 2, f.sign(kGuardian, d)))
}

// TestDepositSecurityParams: the contract refuses exactly the settings the
// model refuses, and only governance sets them.
func TestDepositSecurityParams(t *testing.T) {
	f := newDSMFixture(t)
	g := []common.Address{f.c.Addrs[kGuardian], f.c.Addrs[kGuardian+1]}
	ok := protocol.DepositSecurityParams{Guardians: g, Quorum: 2, MaxBlockAge: 256, MinDepositDistance: 0, PauseMaxAge: 1}
	cases := []struct {
		name string
		edit func(*protocol.DepositSecurityParams)
	}{
		{"valid", func(*protocol.DepositSecurityParams) {}},
		{"quorum 0 (deposits stop)", func(p *protocol.DepositSecurityParams) { p.Quorum = 0 }},
		{"no guardians, quorum 0", func(p *protocol.DepositSecurityParams) { p.Guardians, p.Quorum = nil, 0 }},
		{"quorum 3 of 2", func(p *protocol.DepositSecurityParams) { p.Quorum = 3 }},
		{"a zero guardian", func(p *protocol.DepositSecurityParams) { p.Guardians = []common.Address{g[0], {}} }},
		{"a guardian twice", func(p *protocol.DepositSecurityParams) { p.Guardians = []common.Address{g[0], g[0]} }},
		{"max age 0", func(p *protocol.DepositSecurityParams) { p.MaxBlockAge = 0 }},
		{"max age 257", func(p *protocol.DepositSecurityParams) { p.MaxBlockAge = 257 }},
		{"pause validity 0", func(p *protocol.DepositSecurityParams) { p.PauseMaxAge = 0 }},
	}
	for _, c := range cases {
		p := ok
		p.Guardians = slices.Clone(ok.Guardians)
		c.edit(&p)
		want := ""
		if e := p.Validate(); e != nil {
			want = "InvalidParameter"
		}
		_, _, _, err := bindings.DeployDepositSecurityModule(f.opts(kBob), f.c.Client, f.a.Governance, f.a.Pool, f.a.StakingRouter, f.a.DepositContract, deploy.DepositSecurityParams(&p))
		got := ""
		if err != nil {
			got = f.revert(err)
		}
		f.c.Backend.Commit()
		if got != want {
			t.Fatalf("%s: deploy refused with %q (%v), the model with %q", c.name, got, err, want)
		}
	}
	_, err := f.dsm.SetParams(f.opts(kGuardian), deploy.DepositSecurityParams(&ok))
	f.refused("a guardian sets the parameters", "NotAuthorized", err)
	abi, _ := bindings.DepositSecurityModuleMetaData.GetAbi()
	data, err := abi.Pack("setParams", deploy.DepositSecurityParams(&ok))
	if err != nil {
		t.Fatal(err)
	}
	f.govern(f.a.DepositSecurityModule, data)
	got, _ := f.dsm.GetParams(nil)
	if len(got.Guardians) != 2 || got.MaxBlockAge != 256 || got.PauseMaxAge != 1 || got.MinDepositDistance != 0 {
		t.Fatalf("params after governance: %+v", got)
	}
	if is, _ := f.dsm.IsGuardian(nil, f.c.Addrs[kGuardian+2]); is {
		t.Fatal("a removed guardian is still one")
	}
}
