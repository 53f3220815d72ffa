package difftest

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// Accounts of the deposit security world: guardians 13, 14, 15 (quorum 2);
// 16 and 17 are strangers who sign and relay too.
const (
	dsGuardian0 = keyUser0
	dsStranger0 = keyUser0 + 3
	dsKeys      = keyUser0 + 5
)

// dsWorld is the suite with the deposit security module as the pool's
// depositor, next to protocol.DepositSecurity with the same settings.
type dsWorld struct {
	c     *contractstest.Chain
	a     *deploy.Addresses
	dsm   *bindings.DepositSecurityModule
	reg   *bindings.OperatorRegistry
	reg2  *bindings.OperatorRegistry // module 2: one operator (reward address operator 2)
	dc    *bindings.DepositContract
	gov   *bindings.Governance
	model *protocol.DepositSecurity
	abi   *abi.ABI
	errs  map[[4]byte]string
	stats map[string]int
}

// dsParams: short ages and distance, so that stale attestations, expired
// pauses and too-frequent deposits are all drawn.
func dsParams(c *contractstest.Chain) protocol.DepositSecurityParams {
	return protocol.DepositSecurityParams{Guardians: c.Addrs[dsGuardian0 : dsGuardian0+3], Quorum: 2, MaxBlockAge: 8, MinDepositDistance: 3, PauseMaxAge: 5}
}

func newDSWorld(t testing.TB) *dsWorld {
	t.Helper()
	c := contractstest.NewChain(t, dsKeys)
	p := params()
	ds := dsParams(c)
	cfg := deploy.Config{
		Deployer: c.Opts(keyDeployer), Mine: func() { c.Backend.Commit() },
		InitialStake: big.NewInt(1e18), Treasury: c.Addrs[keyTreasury], Insurance: c.Addrs[keyInsurance],
		GovernanceMembers: []common.Address{c.Addrs[keyMember]}, GovernanceThreshold: 1,
		OracleMembers: c.Addrs[keyOracle0 : keyOracle0+3], OracleQuorum: 2,
		Chain:           bindings.OracleChainConfig{GenesisTime: big.NewInt(contractstest.GenesisTime), SecondsPerSlot: big.NewInt(12), SlotsPerEpoch: big.NewInt(32)},
		Rules:           p,
		Operators:       []deploy.Operator{{Name: "a", RewardAddress: c.Addrs[keyOperator0], Limit: 20}, {Name: "b", RewardAddress: c.Addrs[keyOperator0+1], Limit: 20}},
		DepositSecurity: &ds,
	}
	a, err := deploy.Deploy(context.Background(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	w := &dsWorld{c: c, a: a, errs: map[[4]byte]string{}}
	if w.dsm, err = bindings.NewDepositSecurityModule(a.DepositSecurityModule, c.Client); err != nil {
		t.Fatal(err)
	}
	if w.reg, err = bindings.NewOperatorRegistry(a.Registry, c.Client); err != nil {
		t.Fatal(err)
	}
	if w.dc, err = bindings.NewDepositContract(a.DepositContract, c.Client); err != nil {
		t.Fatal(err)
	}
	if w.gov, err = bindings.NewGovernance(a.Governance, c.Client); err != nil {
		t.Fatal(err)
	}
	if w.abi, err = bindings.DepositSecurityModuleMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	for _, md := range []*bind.MetaData{bindings.DepositSecurityModuleMetaData, bindings.OperatorRegistryMetaData, bindings.PoolMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Errors {
			w.errs[[4]byte(e.ID[:4])] = e.Name
		}
	}
	if w.model, _ = protocol.NewDepositSecurity(a.Governance, ds); w.model == nil {
		t.Fatal("the model refuses the settings")
	}
	pool, err := bindings.NewPool(a.Pool, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	o := c.Opts(keyUser0 + 4)
	o.Value = new(big.Int).Mul(big.NewInt(300), big.NewInt(1e18))
	tx, err := pool.Submit(o, common.Address{})
	c.MustMine(t, tx, err)
	for op := 0; op < 2; op++ {
		var pks, sigs []byte
		for i := 0; i < 12; i++ {
			pk := crypto.Keccak256([]byte(fmt.Sprintf("ds pk %d %d", op, i)))
			pk = append(pk, crypto.Keccak256(pk)[:16]...)
			pks = append(pks, pk...)
			sigs = append(sigs, append(crypto.Keccak256(pk), append(crypto.Keccak256(pk, []byte{1}), crypto.Keccak256(pk, []byte{2})...)...)...)
		}
		tx, err := w.reg.AddSigningKeys(c.Opts(keyOperator0+op), big.NewInt(int64(op)), big.NewInt(12), pks, sigs)
		c.MustMine(t, tx, err)
	}
	// Module 2: a second curated registry with one operator (12 keys, cap
	// 20), added to the router at the full share: deposits alternate.
	reg2Addr, tx, reg2, err := bindings.DeployOperatorRegistry(c.Opts(keyDeployer), c.Client, a.StakingRouter, a.StakingRouter, a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "c", RewardAddress: c.Addrs[keyOperator0+2], Limit: 20}})
	c.MustMine(t, tx, err)
	w.reg2 = reg2
	var pks, sigs []byte
	for i := 0; i < 12; i++ {
		pk := crypto.Keccak256([]byte(fmt.Sprintf("ds pk 2 %d", i)))
		pk = append(pk, crypto.Keccak256(pk)[:16]...)
		pks = append(pks, pk...)
		sigs = append(sigs, append(crypto.Keccak256(pk), append(crypto.Keccak256(pk, []byte{1}), crypto.Keccak256(pk, []byte{2})...)...)...)
	}
	tx, err = reg2.AddSigningKeys(c.Opts(keyOperator0+2), big.NewInt(0), big.NewInt(12), pks, sigs)
	c.MustMine(t, tx, err)
	rabi, err := bindings.StakingRouterMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := rabi.Pack("addStakingModule", reg2Addr, "second", big.NewInt(10_000), big.NewInt(500), big.NewInt(500), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	w.govern(t, a.StakingRouter, data)
	w.model.SetModules(2)
	return w
}

// govern has governance call target with data (proposal, timelock, execution).
func (w *dsWorld) govern(t contractstest.TB, target common.Address, data []byte) {
	tx, err := w.gov.Propose(w.c.Opts(keyMember), target, data)
	r := w.c.MustMine(t, tx, err)
	ev, err := w.gov.ParseProposalCreated(*r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := w.c.AdjustTime(time.Duration(params().TimelockSeconds+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tx, err = w.gov.Execute(w.c.Opts(keyMember), ev.Id)
	w.c.MustMine(t, tx, err)
}

// registry is module m's registry (module 1 for an unknown m).
func (w *dsWorld) registry(m protocol.ModuleID) *bindings.OperatorRegistry {
	if m == 2 {
		return w.reg2
	}
	return w.reg
}

// head is the current block.
func (w *dsWorld) head(t contractstest.TB) *types.Header {
	h, err := w.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// hashOf is BLOCKHASH(n) in block `in`: the hash of one of the 256 blocks before, else zero.
func (w *dsWorld) hashOf(t contractstest.TB, n, in uint64) [32]byte {
	if n >= in || in-n > 256 {
		return [32]byte{}
	}
	h, err := w.c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h.Hash()
}

// sign is key i's EIP-2098 signature of digest.
func (w *dsWorld) sign(i int, digest [32]byte) bindings.DepositSecurityModuleSignature {
	sig, _ := crypto.Sign(digest[:], w.c.Keys[i])
	var out bindings.DepositSecurityModuleSignature
	copy(out.R[:], sig[:32])
	copy(out.Vs[:], sig[32:64])
	out.Vs[0] |= sig[64] << 7
	return out
}

// recover is what ECDSA.tryRecover gives for sig over digest (zero: malformed).
func recoverSigner(digest [32]byte, s bindings.DepositSecurityModuleSignature) common.Address {
	sig := make([]byte, 65)
	copy(sig, s.R[:])
	copy(sig[32:], s.Vs[:])
	sig[64] = sig[32] >> 7
	sig[32] &= 0x7f
	// tryRecover refuses s in the upper half of the order; crypto.Sign never makes one.
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(*pub)
}

// send mines one transaction with a fixed gas limit and returns the code it
// reverted with ("" when applied): a reverted call is replayed with
// eth_call at the block it was mined in, whose state it did not change.
func (w *dsWorld) send(t contractstest.TB, from int, data []byte) (protocol.Code, uint64) {
	ctx := context.Background()
	o := w.c.Opts(from)
	nonce, err := w.c.Client.PendingNonceAt(ctx, o.From)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	h := w.head(t)
	fee := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	to := w.a.DepositSecurityModule
	tx, err := o.Signer(o.From, types.NewTx(&types.DynamicFeeTx{ChainID: w.c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 3_000_000, To: &to, Data: data}))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r := w.c.Mine(t, tx)
	if r.Status == types.ReceiptStatusSuccessful {
		return "", r.BlockNumber.Uint64()
	}
	_, err = w.c.Client.CallContract(ctx, ethereum.CallMsg{From: o.From, To: &to, Data: data, Gas: 3_000_000}, r.BlockNumber)
	var de interface{ ErrorData() interface{} }
	if err == nil || !asDataError(err, &de) {
		t.Fatalf("a reverted transaction does not revert when replayed: %v", err)
	}
	var b []byte
	switch v := de.ErrorData().(type) {
	case string:
		b = common.FromHex(v)
	case []byte:
		b = v
	}
	if len(b) < 4 || w.errs[[4]byte(b[:4])] == "" {
		t.Fatalf("unknown revert %x", b)
	}
	return protocol.Code(upperSnake(w.errs[[4]byte(b[:4])])), r.BlockNumber.Uint64()
}

func (w *dsWorld) pack(t contractstest.TB, method string, args ...any) []byte {
	b, err := w.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// now is the chain state a call in the next block meets (no other
// transaction comes between): the block, the root, each module's nonce
// (index 0: module 1's).
func (w *dsWorld) now(t contractstest.TB) (block uint64, root [32]byte, nonces [2]uint64) {
	root, err := w.dc.GetDepositRoot(nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range []*bindings.OperatorRegistry{w.reg, w.reg2} {
		n, err := r.Nonce(nil)
		if err != nil {
			t.Fatal(err)
		}
		nonces[i] = n.Uint64()
	}
	return w.head(t).Number.Uint64() + 1, root, nonces
}

// nonceOf is module m's nonce among nonces (module 1's for an unknown m).
func nonceOf(nonces [2]uint64, m protocol.ModuleID) uint64 {
	if m == 2 {
		return nonces[1]
	}
	return nonces[0]
}

// drawModule: modules 1 and 2 mostly, now and then 0 or 3 (no such module).
func drawModule(rt *rapid.T, label string) protocol.ModuleID {
	if rapid.IntRange(0, 19).Draw(rt, label+"-unknown") == 0 {
		return protocol.ModuleID(rapid.SampledFrom([]uint64{0, 3}).Draw(rt, label+"-which-unknown"))
	}
	return protocol.ModuleID(rapid.IntRange(1, 2).Draw(rt, label))
}

// signerKey draws a signing key: a guardian mostly, a stranger sometimes.
func signerKey(rt *rapid.T, label string) int {
	if rapid.IntRange(0, 4).Draw(rt, label+"-stranger") == 0 {
		return dsStranger0 + rapid.IntRange(0, 1).Draw(rt, label+"-which-stranger")
	}
	return dsGuardian0 + rapid.IntRange(0, 2).Draw(rt, label)
}

func (w *dsWorld) check(t contractstest.TB, want protocol.Code, got protocol.Code, desc string) {
	if got != want {
		t.Fatalf("%s: contracts %q, model %q", desc, got, want)
	}
	if want == "" {
		w.stats[desc+" applied"]++
	} else {
		w.stats[desc+" refused "+string(want)]++
	}
}

// compare: each module's pause and last deposit block, and every
// operator's cap alike (limits: module 1's operators 0 and 1, then module
// 2's operator 0).
func (w *dsWorld) compare(t contractstest.TB, limits []uint64) {
	for m := protocol.ModuleID(1); m <= 2; m++ {
		id := big.NewInt(int64(m))
		p, err := w.dsm.Paused(nil, id)
		if err != nil || p != w.model.Paused(m) {
			t.Fatalf("module %d paused: contract %v, model %v (%v)", m, p, w.model.Paused(m), err)
		}
		l, err := w.dsm.LastDepositBlock(nil, id)
		if err != nil || l.Uint64() != w.model.LastDepositBlock(m) {
			t.Fatalf("module %d's last deposit block: contract %v, model %d (%v)", m, l, w.model.LastDepositBlock(m), err)
		}
	}
	for i, want := range limits {
		reg, op := w.reg, i
		if i == 2 {
			reg, op = w.reg2, 0
		}
		v, err := reg.GetVetting(nil, big.NewInt(int64(op)))
		if err != nil || v.Limit != want {
			t.Fatalf("limit %d's cap: contract %d, model %d (%v)", i, v.Limit, want, err)
		}
	}
}

// TestDepositSecurityDifferential draws, with the router's two modules
// (module 2 a second registry), attested deposits into either module
// (signers from guardians and strangers, in any order, repeated; attested
// blocks from the current one to 12 back; roots, hashes, nonces and
// modules right or wrong, module 1's nonce for module 2 and the reverse,
// signatures of the other module's message), pauses (by a call or a
// relayed signature of a block up to 8 back or ahead), unpauses (by
// anyone, or by governance's proposal), unvetting in either module (any
// sender or signer, any limit, any nonce), key uploads to either module
// and empty blocks, and checks that the contract and
// protocol.DepositSecurity accept and refuse alike, with the same code,
// and leave the same pauses, last deposit blocks and operators' caps.
func TestDepositSecurityDifferential(t *testing.T) {
	stats := map[string]int{}
	defer func() { t.Logf("outcomes: %v", stats) }()
	rapid.Check(t, func(rt *rapid.T) {
		w := newDSWorld(t)
		w.stats = stats
		limits := []uint64{20, 20, 20}
		w.compare(rt, limits)
		one := big.NewInt(1)
		steps := rapid.IntRange(10, 30).Draw(rt, "steps")
		for i := 0; i < steps; i++ {
			block, root, nonces := w.now(rt)
			switch rapid.IntRange(0, 9).Draw(rt, "kind") {
			case 0, 1, 2, 3, 4: // an attested deposit
				m := protocol.ModuleID(rapid.IntRange(1, 2).Draw(rt, "module"))
				a := protocol.DepositAttestation{Block: block - 1 - rapid.Uint64Range(0, 12).Draw(rt, "age"), DepositRoot: root, Nonce: nonceOf(nonces, m), Module: m}
				honest := rapid.Bool().Draw(rt, "honest") // what honest guardians and depositor send
				if honest {
					a.Block = block - 1 - rapid.Uint64Range(0, 6).Draw(rt, "recent-age")
				} else if rapid.IntRange(0, 9).Draw(rt, "current-block") == 0 {
					a.Block = block
				}
				a.BlockHash = w.hashOf(rt, a.Block, block)
				if !honest {
					if a.BlockHash == ([32]byte{}) || rapid.IntRange(0, 9).Draw(rt, "wrong-hash") == 0 {
						a.BlockHash[0] ^= 1
					}
					if rapid.IntRange(0, 9).Draw(rt, "wrong-root") == 0 {
						a.DepositRoot[31] ^= 1
					}
					if rapid.IntRange(0, 9).Draw(rt, "wrong-nonce") == 0 {
						a.Nonce++
					}
					if rapid.IntRange(0, 9).Draw(rt, "other-module-nonce") == 0 {
						a.Nonce = nonceOf(nonces, 3-a.Module) // the other module's nonce (equal now and then)
					}
					if rapid.IntRange(0, 19).Draw(rt, "unknown-module") == 0 {
						a.Module = protocol.ModuleID(rapid.SampledFrom([]uint64{0, 3}).Draw(rt, "which-unknown"))
					}
				}
				digestOf := func(m protocol.ModuleID) [32]byte {
					d, err := w.dsm.AttestDigest(nil, new(big.Int).SetUint64(a.Block), a.BlockHash, a.DepositRoot, big.NewInt(int64(m)), new(big.Int).SetUint64(a.Nonce))
					if err != nil {
						rt.Fatal(err)
					}
					return d
				}
				digest := digestOf(a.Module)
				replay := !honest && rapid.IntRange(0, 9).Draw(rt, "replay") == 0 // the other module's message signed
				var keys []int
				if honest { // 2 or 3 distinct guardians, ascending
					for j := 0; j < 3; j++ {
						if j < 2 || rapid.Bool().Draw(rt, "third") {
							keys = append(keys, dsGuardian0+j)
						}
					}
					sortKeys(keys, w.c.Addrs)
				} else {
					keys = make([]int, rapid.IntRange(0, 4).Draw(rt, "signatures"))
					for j := range keys {
						keys[j] = signerKey(rt, "signer")
					}
					if rapid.IntRange(0, 3).Draw(rt, "sorted") > 0 {
						sortKeys(keys, w.c.Addrs)
					}
				}
				n := len(keys)
				sigs := make([]bindings.DepositSecurityModuleSignature, n)
				signers := make([]common.Address, n)
				for j, k := range keys {
					sigs[j] = w.sign(k, digest)
					if replay {
						sigs[j] = w.sign(k, digestOf(3-m))
					}
					if !honest && rapid.IntRange(0, 19).Draw(rt, "other-message") == 0 { // a signature of another attestation
						sigs[j] = w.sign(k, crypto.Keccak256Hash(digest[:]))
					}
					signers[j] = recoverSigner(digest, sigs[j])
				}
				max := rapid.Int64Range(0, 3).Draw(rt, "max-deposits")
				got, mined := w.send(rt, signerKey(rt, "relayer"), w.pack(rt, "depositBufferedEther", new(big.Int).SetUint64(a.Block), a.BlockHash, a.DepositRoot,
					big.NewInt(int64(a.Module)), new(big.Int).SetUint64(a.Nonce), big.NewInt(max), sigs))
				chain := protocol.DepositChain{Block: mined, HashOf: w.hashOf(rt, a.Block, mined), DepositRoot: root, Nonce: nonceOf(nonces, a.Module)}
				w.check(rt, dsCode(w.model.Deposit(chain, a, signers)), got, fmt.Sprintf("deposit module %d", a.Module))
			case 5: // a pause: a call, or a relayed signature
				m := drawModule(rt, "pause-module")
				var sig bindings.DepositSecurityModuleSignature
				var intent *protocol.Intent
				sender := signerKey(rt, "sender")
				at := block
				if rapid.Bool().Draw(rt, "signed") {
					at = block - 8 + rapid.Uint64Range(0, 9).Draw(rt, "pause-block")
					d, err := w.dsm.PauseDigest(nil, new(big.Int).SetUint64(at), big.NewInt(int64(m)))
					if err != nil {
						rt.Fatal(err)
					}
					sig = w.sign(signerKey(rt, "signer"), d)
					intent = &protocol.Intent{Signer: recoverSigner(d, sig), Block: at}
				}
				got, mined := w.send(rt, sender, w.pack(rt, "pauseDeposits", new(big.Int).SetUint64(at), big.NewInt(int64(m)), sig))
				w.check(rt, dsCode(w.model.Pause(mined, w.c.Addrs[sender], m, intent)), got, "pause")
			case 6: // an unpause: by governance when paused (mostly), or by someone
				m := drawModule(rt, "unpause-module")
				id := big.NewInt(int64(m))
				if w.model.Paused(m) && rapid.IntRange(0, 3).Draw(rt, "by-governance") > 0 {
					tx, err := w.gov.Propose(w.c.Opts(keyMember), w.a.DepositSecurityModule, w.pack(rt, "unpauseDeposits", id))
					r := w.c.MustMine(rt, tx, err)
					ev, err := w.gov.ParseProposalCreated(*r.Logs[0])
					if err != nil {
						rt.Fatal(err)
					}
					if err := w.c.AdjustTime(time.Duration(params().TimelockSeconds+1) * time.Second); err != nil {
						rt.Fatal(err)
					}
					tx, err = w.gov.Execute(w.c.Opts(keyMember), ev.Id)
					w.c.MustMine(rt, tx, err)
					w.check(rt, dsCode(w.model.Unpause(w.a.Governance, m)), "", "unpause by governance")
					break
				}
				sender := signerKey(rt, "sender")
				got, _ := w.send(rt, sender, w.pack(rt, "unpauseDeposits", id))
				w.check(rt, dsCode(w.model.Unpause(w.c.Addrs[sender], m)), got, "unpause")
			case 7: // unvetting: a call or a relayed signature
				m := protocol.ModuleID(rapid.IntRange(1, 2).Draw(rt, "unvet-module"))
				op, slot := rapid.IntRange(0, 1).Draw(rt, "operator"), 0
				if m == 2 {
					op, slot = 0, 2 // module 2's one operator
				} else {
					slot = op
				}
				r := protocol.UnvetRequest{Block: block - 1 - rapid.Uint64Range(0, 10).Draw(rt, "age"), Module: m, Nonce: nonceOf(nonces, m),
					Operator: protocol.OperatorID(op), Limit: rapid.Uint64Range(0, 22).Draw(rt, "limit")}
				r.BlockHash = w.hashOf(rt, r.Block, block)
				if rapid.IntRange(0, 9).Draw(rt, "wrong-nonce") == 0 {
					r.Nonce--
				}
				var sig bindings.DepositSecurityModuleSignature
				var intent *protocol.Intent
				sender := signerKey(rt, "sender")
				if rapid.Bool().Draw(rt, "signed") {
					d, err := w.dsm.UnvetDigest(nil, new(big.Int).SetUint64(r.Block), r.BlockHash, big.NewInt(int64(m)), new(big.Int).SetUint64(r.Nonce), big.NewInt(int64(op)), new(big.Int).SetUint64(r.Limit))
					if err != nil {
						rt.Fatal(err)
					}
					sig = w.sign(signerKey(rt, "signer"), d)
					intent = &protocol.Intent{Signer: recoverSigner(d, sig), Block: r.Block}
				}
				v, err := w.registry(m).GetVetting(nil, big.NewInt(int64(op)))
				if err != nil {
					rt.Fatal(err)
				}
				got, mined := w.send(rt, sender, w.pack(rt, "unvetSigningKeys", new(big.Int).SetUint64(r.Block), r.BlockHash, big.NewInt(int64(m)),
					new(big.Int).SetUint64(r.Nonce), big.NewInt(int64(op)), r.Limit, sig))
				chain := protocol.DepositChain{Block: mined, HashOf: w.hashOf(rt, r.Block, mined), DepositRoot: root, Nonce: nonceOf(nonces, m)}
				after, merr := w.model.Unvet(chain, w.c.Addrs[sender], intent, r, v.Limit, v.Deposited)
				w.check(rt, dsCode(merr), got, fmt.Sprintf("unvet module %d", m))
				if merr == nil {
					limits[slot] = after
				}
			case 8: // a key upload: the module's nonce moves
				op := rapid.IntRange(0, 2).Draw(rt, "operator") // 2: module 2's operator
				pk := crypto.Keccak256([]byte(fmt.Sprintf("ds extra %d %d %d", op, i, block)))
				pk = append(pk, crypto.Keccak256(pk)[:16]...)
				sig := append(crypto.Keccak256(pk), append(crypto.Keccak256(pk, []byte{1}), crypto.Keccak256(pk, []byte{2})...)...)
				reg, id := w.reg, op
				if op == 2 {
					reg, id = w.reg2, 0
				}
				tx, err := reg.AddSigningKeys(w.c.Opts(keyOperator0+op), big.NewInt(int64(id)), one, pk, sig)
				w.c.MustMine(rt, tx, err)
				w.stats[fmt.Sprintf("key upload module %d", 1+op/2)]++
			default: // empty blocks
				for range rapid.IntRange(1, 4).Draw(rt, "blocks") {
					if err := w.c.AdjustTime(time.Second); err != nil {
						rt.Fatal(err)
					}
				}
				w.stats["empty blocks"]++
			}
			w.compare(rt, limits)
		}
	})
}

// dsCode is a model refusal's code ("" for none; a nil *Error is no error).
func dsCode(e *protocol.Error) protocol.Code {
	if e == nil {
		return ""
	}
	return e.Code
}

// sortKeys orders key indexes by their addresses, ascending (repeats stay).
func sortKeys(keys []int, addrs []common.Address) {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && addrs[keys[j]].Cmp(addrs[keys[j-1]]) < 0; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
}
