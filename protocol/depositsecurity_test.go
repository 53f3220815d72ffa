package protocol_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// The guardians of these tests: g1 < g2 < g3 as addresses (pt.Addr(n) ends
// in n), a quorum of 2, attestations up to 10 blocks old, 5 blocks between
// deposits, signed pauses up to 20 blocks old.
var (
	dsmGov   = pt.Addr(90)
	g1, g2   = pt.Addr(91), pt.Addr(92)
	g3       = pt.Addr(93)
	outsider = pt.Addr(94)
)

func dsmParams() protocol.DepositSecurityParams {
	return protocol.DepositSecurityParams{Guardians: []protocol.Address{g1, g2, g3}, Quorum: 2, MaxBlockAge: 10, MinDepositDistance: 5, PauseMaxAge: 20}
}

func newDSM(t *testing.T) *protocol.DepositSecurity {
	t.Helper()
	d, err := protocol.NewDepositSecurity(dsmGov, dsmParams())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func h32(b byte) [32]byte { return [32]byte{b} }

// chainAt is block 100: the attested block 95 has hash 0x95…, the root is
// 0xr1…, the nonce 7.
func chainAt(block uint64) protocol.DepositChain {
	return protocol.DepositChain{Block: block, HashOf: h32(0x95), DepositRoot: h32(0xa1), Nonce: 7}
}

func goodAttestation() protocol.DepositAttestation {
	return protocol.DepositAttestation{Block: 95, BlockHash: h32(0x95), DepositRoot: h32(0xa1), Module: protocol.CuratedModule, Nonce: 7}
}

func codeOf(err *protocol.Error) protocol.Code {
	if err == nil {
		return ""
	}
	return err.Code
}

func TestDepositSecurityDeposit(t *testing.T) {
	type tc struct {
		name    string
		mut     func(c *protocol.DepositChain, a *protocol.DepositAttestation)
		signers []protocol.Address
		want    protocol.Code
	}
	cases := []tc{
		{"quorum of two", nil, []protocol.Address{g1, g2}, ""},
		{"all three", nil, []protocol.Address{g1, g2, g3}, ""},
		{"the other two", nil, []protocol.Address{g2, g3}, ""},
		{"one signature", nil, []protocol.Address{g3}, protocol.CodeDepositNoQuorum},
		{"none", nil, nil, protocol.CodeDepositNoQuorum},
		{"the same guardian twice", nil, []protocol.Address{g1, g1}, protocol.CodeSignaturesNotSorted},
		{"descending", nil, []protocol.Address{g2, g1}, protocol.CodeSignaturesNotSorted},
		{"an outsider makes the count", nil, []protocol.Address{g1, outsider}, protocol.CodeNotAGuardian},
		{"a malformed signature (zero signer)", nil, []protocol.Address{{}, g1}, protocol.CodeNotAGuardian},
		// A front-run deposit to the beacon deposit contract changes its root.
		{"root changed since", func(c *protocol.DepositChain, _ *protocol.DepositAttestation) { c.DepositRoot = h32(0xa2) }, []protocol.Address{g1, g2}, protocol.CodeDepositRootChanged},
		{"nonce changed since", func(c *protocol.DepositChain, _ *protocol.DepositAttestation) { c.Nonce = 8 }, []protocol.Address{g1, g2}, protocol.CodeDepositNonceChanged},
		// Block 100 − 90 = 10 blocks: the oldest accepted; 89 is 11.
		{"10 blocks old", func(c *protocol.DepositChain, a *protocol.DepositAttestation) { a.Block = 90 }, []protocol.Address{g1, g2}, ""},
		{"11 blocks old", func(c *protocol.DepositChain, a *protocol.DepositAttestation) { a.Block = 89 }, []protocol.Address{g1, g2}, protocol.CodeDepositStaleBlock},
		{"the current block", func(c *protocol.DepositChain, a *protocol.DepositAttestation) { a.Block = 100 }, []protocol.Address{g1, g2}, protocol.CodeDepositStaleBlock},
		{"a future block", func(c *protocol.DepositChain, a *protocol.DepositAttestation) { a.Block = 101 }, []protocol.Address{g1, g2}, protocol.CodeDepositStaleBlock},
		{"a hash of another chain", func(c *protocol.DepositChain, _ *protocol.DepositAttestation) { c.HashOf = h32(0x96) }, []protocol.Address{g1, g2}, protocol.CodeDepositBlockHash},
		{"a zero hash", func(c *protocol.DepositChain, a *protocol.DepositAttestation) {
			a.BlockHash, c.HashOf = [32]byte{}, [32]byte{}
		}, []protocol.Address{g1, g2}, protocol.CodeDepositBlockHash},
		{"another module", func(_ *protocol.DepositChain, a *protocol.DepositAttestation) { a.Module = 2 }, []protocol.Address{g1, g2}, protocol.CodeUnknownModule},
		{"module 0", func(_ *protocol.DepositChain, a *protocol.DepositAttestation) { a.Module = 0 }, []protocol.Address{g1, g2}, protocol.CodeUnknownModule},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDSM(t)
			ch, a := chainAt(100), goodAttestation()
			if c.mut != nil {
				c.mut(&ch, &a)
			}
			err := d.Deposit(ch, a, c.signers)
			if codeOf(err) != c.want {
				t.Fatalf("got %v, want %q", err, c.want)
			}
			want := uint64(0)
			if c.want == "" {
				want = 100
			}
			if got := d.LastDepositBlock(protocol.CuratedModule); got != want {
				t.Fatalf("last deposit block %d, want %d", got, want)
			}
		})
	}
}

// TestDepositSecurityDistance: after a deposit in block 100, the next may
// come in block 105 (5 blocks later), not 104.
func TestDepositSecurityDistance(t *testing.T) {
	d := newDSM(t)
	if err := d.Deposit(chainAt(100), goodAttestation(), []protocol.Address{g1, g2}); err != nil {
		t.Fatal(err)
	}
	a := goodAttestation()
	a.Block = 103
	ch := chainAt(104)
	if err := d.Deposit(ch, a, []protocol.Address{g1, g2}); codeOf(err) != protocol.CodeDepositTooFrequent {
		t.Fatalf("block 104: %v", err)
	}
	ch.Block = 105
	if err := d.Deposit(ch, a, []protocol.Address{g1, g2}); err != nil {
		t.Fatalf("block 105: %v", err)
	}
}

func TestDepositSecurityPause(t *testing.T) {
	d := newDSM(t)
	sig := func(who protocol.Address, block uint64) *protocol.Intent {
		return &protocol.Intent{Signer: who, Block: block}
	}
	steps := []struct {
		name   string
		do     func() *protocol.Error
		want   protocol.Code
		paused bool
	}{
		{"an outsider cannot pause", func() *protocol.Error { return d.Pause(100, outsider, 1, nil) }, protocol.CodeNotAGuardian, false},
		{"an outsider's signed pause", func() *protocol.Error { return d.Pause(100, g1, 1, sig(outsider, 100)) }, protocol.CodeNotAGuardian, false},
		// Block 100 − 79 = 21 > 20.
		{"a guardian's pause of block 79 relayed in 100", func() *protocol.Error { return d.Pause(100, outsider, 1, sig(g2, 79)) }, protocol.CodeIntentExpired, false},
		{"a pause naming a future block", func() *protocol.Error { return d.Pause(100, outsider, 1, sig(g2, 101)) }, protocol.CodeIntentExpired, false},
		{"another module", func() *protocol.Error { return d.Pause(100, g1, 2, nil) }, protocol.CodeUnknownModule, false},
		{"a deposit before", func() *protocol.Error { return d.Deposit(chainAt(100), goodAttestation(), []protocol.Address{g1, g2}) }, "", false},
		{"one guardian's pause of block 80 relayed by anyone in 100", func() *protocol.Error { return d.Pause(100, outsider, 1, sig(g2, 80)) }, "", true},
		{"a deposit with every signature", func() *protocol.Error {
			return d.Deposit(chainAt(110), goodAttestation2(110), []protocol.Address{g1, g2, g3})
		}, protocol.CodeDepositsPaused, true},
		{"a second pause", func() *protocol.Error { return d.Pause(101, g3, 1, nil) }, protocol.CodeDepositsPaused, true},
		{"a guardian cannot unpause", func() *protocol.Error { return d.Unpause(g1, 1) }, protocol.CodeNotAuthorized, true},
		{"governance unpauses", func() *protocol.Error { return d.Unpause(dsmGov, 1) }, "", false},
		{"unpausing twice", func() *protocol.Error { return d.Unpause(dsmGov, 1) }, protocol.CodeDepositsNotPaused, false},
		{"deposits resume", func() *protocol.Error {
			return d.Deposit(chainAt(110), goodAttestation2(110), []protocol.Address{g1, g3})
		}, "", false},
		{"a guardian pauses directly", func() *protocol.Error { return d.Pause(111, g1, 1, nil) }, "", true},
	}
	for _, s := range steps {
		if err := s.do(); codeOf(err) != s.want {
			t.Fatalf("%s: got %v, want %q", s.name, err, s.want)
		}
		if d.Paused(1) != s.paused {
			t.Fatalf("%s: paused %v", s.name, d.Paused(1))
		}
	}
}

// goodAttestation2 attests block−5 of the chain chainAt(block).
func goodAttestation2(block uint64) protocol.DepositAttestation {
	a := goodAttestation()
	a.Block = block - 5
	return a
}

func TestDepositSecurityUnvet(t *testing.T) {
	req := protocol.UnvetRequest{Block: 95, BlockHash: h32(0x95), Module: 1, Nonce: 7, Operator: 3, Limit: 12}
	cases := []struct {
		name             string
		sender           protocol.Address
		signed           *protocol.Intent
		mut              func(r *protocol.UnvetRequest)
		limit, deposited uint64
		want             uint64
		code             protocol.Code
	}{
		// Limit 20, 10 deposited: the front-run key is number 12.
		{"lowers to the front-run key", g1, nil, nil, 20, 10, 12, ""},
		{"relayed signature", outsider, &protocol.Intent{Signer: g3, Block: 95}, nil, 20, 10, 12, ""},
		{"never below deposited", g1, nil, func(r *protocol.UnvetRequest) { r.Limit = 4 }, 20, 10, 10, ""},
		{"equal: nothing changes", g1, nil, nil, 12, 10, 12, ""},
		{"cannot raise", g1, nil, nil, 11, 10, 0, protocol.CodeVettedKeysIncreased},
		{"an outsider", outsider, nil, nil, 20, 10, 0, protocol.CodeNotAGuardian},
		{"stale nonce", g1, nil, func(r *protocol.UnvetRequest) { r.Nonce = 6 }, 20, 10, 0, protocol.CodeDepositNonceChanged},
		{"wrong hash", g1, nil, func(r *protocol.UnvetRequest) { r.BlockHash = h32(1) }, 20, 10, 0, protocol.CodeDepositBlockHash},
		{"old block", g1, nil, func(r *protocol.UnvetRequest) { r.Block = 80 }, 20, 10, 0, protocol.CodeDepositStaleBlock},
		{"unknown module", g1, nil, func(r *protocol.UnvetRequest) { r.Module = 9 }, 20, 10, 0, protocol.CodeUnknownModule},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDSM(t)
			if err := d.Pause(100, g2, 1, nil); err != nil { // unvetting works while paused
				t.Fatal(err)
			}
			r := req
			if c.mut != nil {
				c.mut(&r)
			}
			got, err := d.Unvet(chainAt(100), c.sender, c.signed, r, c.limit, c.deposited)
			if codeOf(err) != c.code || got != c.want {
				t.Fatalf("got %d, %v; want %d, %q", got, err, c.want, c.code)
			}
		})
	}
}

func TestDepositSecurityParams(t *testing.T) {
	cases := []struct {
		name string
		mut  func(p *protocol.DepositSecurityParams)
		ok   bool
	}{
		{"defaults", nil, true},
		{"quorum 0 (deposits stop)", func(p *protocol.DepositSecurityParams) { p.Quorum = 0 }, true},
		{"quorum above the guardians", func(p *protocol.DepositSecurityParams) { p.Quorum = 4 }, false},
		{"a repeated guardian", func(p *protocol.DepositSecurityParams) { p.Guardians = []protocol.Address{g1, g1} }, false},
		{"a zero guardian", func(p *protocol.DepositSecurityParams) { p.Guardians[1] = protocol.Address{} }, false},
		{"age 0", func(p *protocol.DepositSecurityParams) { p.MaxBlockAge = 0 }, false},
		{"age 256", func(p *protocol.DepositSecurityParams) { p.MaxBlockAge = 256 }, true},
		{"age 257", func(p *protocol.DepositSecurityParams) { p.MaxBlockAge = 257 }, false},
		{"pause validity 0", func(p *protocol.DepositSecurityParams) { p.PauseMaxAge = 0 }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDSM(t)
			p := dsmParams()
			if c.mut != nil {
				c.mut(&p)
			}
			if err := d.SetParams(g1, p); codeOf(err) != protocol.CodeNotAuthorized {
				t.Fatalf("a guardian set the parameters: %v", err)
			}
			err := d.SetParams(dsmGov, p)
			if (err == nil) != c.ok {
				t.Fatalf("got %v", err)
			}
			if err != nil && !errors.Is(err, protocol.ErrCode(protocol.CodeInvalidParameter)) {
				t.Fatalf("code %v", err)
			}
		})
	}
	d := newDSM(t)
	p := dsmParams()
	p.Quorum = 0
	if err := d.SetParams(dsmGov, p); err != nil {
		t.Fatal(err)
	}
	if err := d.Deposit(chainAt(100), goodAttestation(), []protocol.Address{g1, g2, g3}); codeOf(err) != protocol.CodeDepositNoQuorum {
		t.Fatalf("quorum 0 deposited: %v", err)
	}
}

// TestPropertyNoDepositWithoutQuorum: on random sequences of chain changes
// (front-runs moving the root, key changes moving the nonce, new blocks),
// attestations signed by random guardians and outsiders over the current
// or an earlier state, pauses and unpauses, every deposit the module lets
// through had a quorum of distinct guardians' signatures over exactly the
// current root and nonce of a recent block of this chain, no pause in
// force, and the minimum distance kept.
func TestPropertyNoDepositWithoutQuorum(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		people := []protocol.Address{g1, g2, g3, outsider, {}}
		quorum := rapid.Uint64Range(0, 3).Draw(rt, "quorum")
		p := dsmParams()
		p.Quorum = quorum
		p.MinDepositDistance = rapid.Uint64Range(0, 4).Draw(rt, "distance")
		p.MaxBlockAge = rapid.Uint64Range(1, 6).Draw(rt, "age")
		d, err := protocol.NewDepositSecurity(dsmGov, p)
		if err != nil {
			rt.Fatal(err)
		}
		block, root, nonce := uint64(10), byte(1), uint64(0)
		hashOf := func(n uint64) [32]byte { return [32]byte{0xbb, byte(n), byte(n >> 8)} }
		paused := false
		var last uint64
		for range rapid.IntRange(1, 60).Draw(rt, "steps") {
			switch rapid.IntRange(0, 6).Draw(rt, "op") {
			case 0:
				block += rapid.Uint64Range(1, 4).Draw(rt, "blocks")
			case 1:
				root++ // a deposit straight to the deposit contract (a front-run)
			case 2:
				nonce++ // a key upload, removal or limit change
			case 3:
				who := rapid.SampledFrom(people).Draw(rt, "pauser")
				if d.Pause(block, who, 1, nil) == nil {
					paused = true
				}
			case 4:
				if d.Unpause(dsmGov, 1) == nil {
					paused = false
				}
			default:
				a := protocol.DepositAttestation{
					Block:       block - rapid.Uint64Range(0, 8).Draw(rt, "age"),
					DepositRoot: [32]byte{root - byte(rapid.IntRange(0, 1).Draw(rt, "oldRoot"))},
					Module:      protocol.ModuleID(rapid.Uint64Range(0, 2).Draw(rt, "module")),
					Nonce:       nonce - min(nonce, rapid.Uint64Range(0, 1).Draw(rt, "oldNonce")),
				}
				a.BlockHash = hashOf(a.Block)
				if rapid.IntRange(0, 5).Draw(rt, "forged") == 0 {
					a.BlockHash[31] = 1 // another chain's block
				}
				signers := rapid.SliceOfN(rapid.SampledFrom(people), 0, 5).Draw(rt, "signers")
				if rapid.Bool().Draw(rt, "sort") {
					slices.SortFunc(signers, func(x, y protocol.Address) int { return bytes.Compare(x[:], y[:]) })
				}
				ch := protocol.DepositChain{Block: block, HashOf: hashOf(a.Block), DepositRoot: [32]byte{root}, Nonce: nonce}
				if a.Block >= block || block-a.Block > 256 {
					ch.HashOf = [32]byte{} // BLOCKHASH knows only past blocks
				}
				if d.Deposit(ch, a, signers) != nil {
					continue
				}
				// Accepted: check everything independently of the model.
				distinct := map[protocol.Address]bool{}
				for _, s := range signers {
					if s != g1 && s != g2 && s != g3 {
						rt.Fatalf("a non-guardian %s signed an accepted deposit", s)
					}
					distinct[s] = true
				}
				if len(distinct) != len(signers) || uint64(len(distinct)) < quorum || quorum == 0 {
					rt.Fatalf("accepted with %d distinct of %d signers, quorum %d", len(distinct), len(signers), quorum)
				}
				if a.DepositRoot != ch.DepositRoot || a.Nonce != nonce || a.Module != 1 {
					rt.Fatalf("accepted over root %x nonce %d module %d; now root %x nonce %d", a.DepositRoot[0], a.Nonce, a.Module, root, nonce)
				}
				if a.Block >= block || block-a.Block > p.MaxBlockAge || a.BlockHash != hashOf(a.Block) {
					rt.Fatalf("accepted a block %d (hash ok %v) in block %d", a.Block, a.BlockHash == hashOf(a.Block), block)
				}
				if paused {
					rt.Fatal("accepted while paused")
				}
				if last != 0 && block-last < p.MinDepositDistance {
					rt.Fatalf("deposit in %d, last in %d, distance %d", block, last, p.MinDepositDistance)
				}
				last = block
				nonce++ // the deposit itself moves the registry's nonce
			}
		}
	})
}

// TestDepositSecurityPerModule: with the router's two modules, each module
// is attested, paused and spaced on its own. Module 2 (nonce 3) deposits
// in block 100 with an attestation of its own nonce; module 1 (nonce 7)
// deposits in the same block (the distance is per module); module 2's
// attestation naming module 1's nonce is refused; a guardian's pause of
// module 2 leaves module 1 depositable; module 3 does not exist.
func TestDepositSecurityPerModule(t *testing.T) {
	d := newDSM(t)
	d.SetModules(2)
	two := goodAttestation()
	two.Module, two.Nonce = 2, 3
	ch2 := chainAt(100)
	ch2.Nonce = 3 // module 2's nonce now
	if err := d.Deposit(ch2, two, []protocol.Address{g1, g2}); err != nil {
		t.Fatalf("module 2's deposit: %v", err)
	}
	if err := d.Deposit(chainAt(100), goodAttestation(), []protocol.Address{g1, g3}); err != nil {
		t.Fatalf("module 1's deposit in the same block: %v", err)
	}
	if d.LastDepositBlock(1) != 100 || d.LastDepositBlock(2) != 100 {
		t.Fatalf("last deposit blocks %d, %d", d.LastDepositBlock(1), d.LastDepositBlock(2))
	}
	stale := two
	stale.Nonce = 7 // module 1's nonce, attested for module 2
	ch := chainAt(105)
	ch.Nonce = 3
	if err := d.Deposit(ch, stale, []protocol.Address{g1, g2}); codeOf(err) != protocol.CodeDepositNonceChanged {
		t.Fatalf("module 2 with module 1's nonce: %v", err)
	}
	if err := d.Pause(105, g3, 2, nil); err != nil {
		t.Fatal(err)
	}
	if codeOf(d.CanDeposit(2, 105)) != protocol.CodeDepositsPaused || d.CanDeposit(1, 105) != nil {
		t.Fatalf("after pausing module 2: module 2 %v, module 1 %v", d.CanDeposit(2, 105), d.CanDeposit(1, 105))
	}
	three := goodAttestation()
	three.Module = 3
	if err := d.Deposit(chainAt(110), three, []protocol.Address{g1, g2}); codeOf(err) != protocol.CodeUnknownModule {
		t.Fatalf("module 3: %v", err)
	}
	if err := d.Pause(105, g3, 3, nil); codeOf(err) != protocol.CodeUnknownModule {
		t.Fatalf("pausing module 3: %v", err)
	}
}
