package services

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/keys"
)

// Deposits, module by module of the staking router (Lido's DSM since the
// router): guardians watch the keys the next deposits of each active module
// would use and sign an attestation of the state they checked — the block
// number and hash, the deposit contract's root, the module's id and the
// module's nonce — while every such
// key has a valid deposit signature over the pool's credentials and no
// deposit was ever made to its pubkey (a front-run fixes a validator's
// credentials with its first deposit). The depositor deposits only with a
// quorum of attestations of the state it sees. The message is the deposit
// security module's (contracts/src/DepositSecurityModule.sol, Lido's
// scheme): keccak256(prefix ‖ block ‖ block hash ‖ deposit root ‖ module ‖
// nonce), the prefix binding the chain and the module's address, the nonce
// the attested staking module's. Where the pool has the module the depositor relays the
// signatures to it, which checks them on chain; a pool deployed with a
// plain depositor address (tests) has the quorum checked here, off chain.
// Guardians attest blocks whose number is a multiple of Align, so that
// guardians polling at different times sign the same block (one
// transaction carries signatures of one block only).

// Attestation is a guardian's signature of the state it checked.
type Attestation struct {
	Guardian    common.Address `json:"guardian"`
	Block       uint64         `json:"block"`
	BlockHash   common.Hash    `json:"block_hash"`
	DepositRoot common.Hash    `json:"deposit_root"`
	Module      uint64         `json:"module"` // the staking module (1: the curated registry)
	Nonce       common.Hash    `json:"nonce"`  // that module's
	Signature   hexutil.Bytes  `json:"signature"`
}

// curatedModule is the router's module 1, the curated registry.
const curatedModule = 1

// attestVerifier is the address messages are bound to: the deposit
// security module, or the pool when it has none.
func attestVerifier(c *Conn) common.Address {
	if c.Addr.DepositSecurityModule != (common.Address{}) {
		return c.Addr.DepositSecurityModule
	}
	return c.Addr.Pool
}

// attestPrefix is the message prefix (the module's ATTEST_MESSAGE_PREFIX):
// the chain and the verifying contract (a signature for one pool or chain
// is worth nothing on another).
func attestPrefix(chainID *big.Int, verifier common.Address) common.Hash {
	return crypto.Keccak256Hash([]byte("stakepool.deposit-attestation"), common.BigToHash(chainID).Bytes(), verifier.Bytes())
}

// attestationDigest is what a guardian signs (the module's attestDigest):
// keccak256(prefix ‖ block ‖ block hash ‖ deposit root ‖ module ‖ nonce).
func attestationDigest(chainID *big.Int, verifier common.Address, a *Attestation) common.Hash {
	var b []byte
	b = append(b, attestPrefix(chainID, verifier).Bytes()...)
	b = append(b, common.BigToHash(new(big.Int).SetUint64(a.Block)).Bytes()...)
	b = append(b, a.BlockHash.Bytes()...)
	b = append(b, a.DepositRoot.Bytes()...)
	b = append(b, common.BigToHash(new(big.Int).SetUint64(a.Module)).Bytes()...)
	b = append(b, a.Nonce.Bytes()...)
	return crypto.Keccak256Hash(b)
}

// compact is a 65-byte [r ‖ s ‖ v] signature in EIP-2098 form (r, s | v<<255).
func compact(sig []byte) bindings.DepositSecurityModuleSignature {
	var out bindings.DepositSecurityModuleSignature
	copy(out.R[:], sig[:32])
	copy(out.Vs[:], sig[32:64])
	out.Vs[0] |= sig[64] << 7
	return out
}

// Signer of an attestation: the address it recovers to (zero when the
// signature is malformed).
func (a *Attestation) signer(chainID *big.Int, verifier common.Address) common.Address {
	if len(a.Signature) != 65 {
		return common.Address{}
	}
	pub, err := crypto.SigToPub(attestationDigest(chainID, verifier, a).Bytes(), a.Signature)
	if err != nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(*pub)
}

// depositState is what a module's deposit depends on, read at one block.
type depositState struct {
	block  uint64
	hash   common.Hash
	root   common.Hash
	module poolclient.Module
	nonce  common.Hash // the module's
	counts []poolclient.ModuleOperator
}

// depositHead is the head's block rounded down to a multiple of align (0
// or 1: the head), the block every module's state is read at in one poll.
func depositHead(ctx context.Context, c *Conn, align uint64) (*types.Header, error) {
	h, err := c.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, c.rpcErr("read the head", err)
	}
	if align > 1 && h.Number.Uint64()%align != 0 {
		n := h.Number.Uint64() - h.Number.Uint64()%align
		if h, err = c.EL.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); err != nil {
			return nil, c.rpcErr(fmt.Sprintf("read block %d", n), err)
		}
	}
	return h, nil
}

// readDepositState reads module m's state at block h: the deposit root,
// the module's operators and nonce.
func readDepositState(ctx context.Context, c *Conn, h *types.Header, m poolclient.Module) (*depositState, error) {
	o := at(ctx, h.Number)
	root, err := c.Deposits.GetDepositRoot(o)
	if err != nil {
		return nil, c.rpcErr("read the deposit root", err)
	}
	counts, err := c.ModuleOperators(o, m)
	if err != nil {
		return nil, err
	}
	nonce, err := c.ModuleNonce(o, m)
	if err != nil {
		return nil, err
	}
	return &depositState{block: h.Number.Uint64(), hash: h.Hash(), root: root, module: m, nonce: common.BigToHash(nonce), counts: counts}, nil
}

// activeModules are the router's modules that take deposits, read at block h.
func activeModules(ctx context.Context, c *Conn, h *types.Header) ([]poolclient.Module, error) {
	ms, err := c.Modules(at(ctx, h.Number))
	if err != nil {
		return nil, err
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Status == poolclient.ModuleActive {
			out = append(out, m)
		}
	}
	return out, nil
}

// guardianJournal is what a guardian must not forget (Store record
// "guardian"): its last attestation of each module, and the (module,
// nonce) pairs it refused. Last is module 1's (the record as it was before
// the router's modules: a journal written then is read the same).
type guardianJournal struct {
	Last    *Attestation            `json:"last,omitempty"`
	Modules map[uint64]*Attestation `json:"modules,omitempty"` // modules 2…
	Refused map[common.Hash]string  `json:"refused,omitempty"` // by refusalKey
}

// last is the journal's last attestation of module m (nil: none).
func (j *guardianJournal) last(m uint64) *Attestation {
	if m == curatedModule {
		return j.Last
	}
	return j.Modules[m]
}

// with is the journal with a as its module's last attestation (a copy:
// the journal in memory changes only once the store has the new one).
func (j guardianJournal) with(a *Attestation) guardianJournal {
	if a.Module == curatedModule {
		j.Last = a
		return j
	}
	ms := make(map[uint64]*Attestation, len(j.Modules)+1)
	for k, v := range j.Modules {
		ms[k] = v
	}
	ms[a.Module] = a
	j.Modules = ms
	return j
}

// refusalKey names a refused nonce of module m: module 1's is the nonce
// itself (as journals before the router's modules have it), another
// module's keccak256(module ‖ nonce).
func refusalKey(m uint64, nonce common.Hash) common.Hash {
	if m == curatedModule {
		return nonce
	}
	return crypto.Keccak256Hash(common.BigToHash(new(big.Int).SetUint64(m)).Bytes(), nonce.Bytes())
}

// Guardian is a deposit guardian of every active module of the router.
// Its rules, per module, kept across restarts (the journal is written
// before an attestation is given out):
//   - it never signs a block at or below one it signed (a restarted,
//     lagging or reorged node cannot get a second signature for the same
//     height, nor one for an older state);
//   - for an unchanged nonce and deposit root it gives out its last
//     attestation again until it is ResignAfter blocks old, and only then
//     signs a newer block (the depositor needs a recent block);
//   - once it refused a nonce (a front-run, an invalid key) it never
//     attests that nonce again, whatever a node shows later: the operator
//     must remove the key (a new nonce).
type Guardian struct {
	name     string
	c        *Conn
	key      *ecdsa.PrivateKey
	addr     common.Address
	verifier keys.DepositVerifier
	beacon   *api.Client // optional: validators already on the beacon chain
	store    *Store
	metrics  *Metrics
	log      *slog.Logger
	// ResignAfter is how many blocks the guardian's attestation of an
	// unchanged state is given out before it signs a newer block: it signs
	// again when the attested block crosses a multiple of ResignAfter, so
	// that every guardian re-signs the same block.
	ResignAfter uint64
	// Align: the guardian attests the latest block whose number is a
	// multiple of Align (0 or 1: the head).
	Align uint64
	// DepositLogFrom is the first block of the deposit contract's log the
	// guardian reads for earlier deposits to the keys it checks.
	DepositLogFrom uint64

	mu        sync.Mutex
	journal   guardianJournal
	refusing  map[uint64]bool        // by module: looked up, and counted
	checked   map[[48 + 96]byte]bool // (pubkey, signature) verified
	deposited map[[48]byte][32]byte  // pubkeys seen in the deposit contract's log → credentials
	scanned   uint64                 // deposit log read up to this block (0: not yet)
	keyCache  map[keyRef]signingKey
}

// keyRef names a module's key as of its operator's key count (an upload
// or removal changes the count, and the cache misses).
type keyRef struct {
	module, op, count, index uint64
}

type signingKey struct {
	pubkey [48]byte
	sig    [96]byte
}

// NewGuardian is a guardian signing attestations with key; deposit
// signatures are checked under genesisForkVersion. beaconAPI (optional)
// lets it refuse keys that already have a validator on the beacon chain.
func NewGuardian(c *Conn, name string, key *ecdsa.PrivateKey, genesisForkVersion [4]byte, beaconAPI *api.Client, store *Store, m *Metrics, log *slog.Logger) (*Guardian, error) {
	if c == nil || key == nil {
		return nil, errors.New("services: a guardian needs a connection and a key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if store == nil {
		store, _ = OpenStore("")
	}
	g := &Guardian{name: name, c: c, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), log: log.With("service", name),
		verifier: keys.NewDepositVerifier(keys.Network{Name: "chain", GenesisForkVersion: genesisForkVersion}),
		beacon:   beaconAPI, store: store, metrics: m.or(), ResignAfter: 32, Align: 4,
		checked: map[[48 + 96]byte]bool{}, deposited: map[[48]byte][32]byte{}, keyCache: map[keyRef]signingKey{}, refusing: map[uint64]bool{}}
	if _, err := store.Load("guardian", &g.journal); err != nil {
		return nil, err
	}
	if g.journal.Refused == nil {
		g.journal.Refused = map[common.Hash]string{}
	}
	return g, nil
}

// Name implements Service.
func (g *Guardian) Name() string { return g.name }

// Address is the guardian's signing address.
func (g *Guardian) Address() common.Address { return g.addr }

// Latest is the guardian's attestation of module 1's state it last
// checked (nil: none, or it refuses).
func (g *Guardian) Latest() *Attestation { return g.LatestOf(curatedModule) }

// LatestOf is the guardian's attestation of module m's state it last
// checked (nil: none, or it refuses that module).
func (g *Guardian) LatestOf(m uint64) *Attestation {
	g.mu.Lock()
	defer g.mu.Unlock()
	last := g.journal.last(m)
	if g.refusing[m] || last == nil {
		return nil
	}
	a := *last
	return &a
}

// Attestation implements AttestationSource.
func (g *Guardian) Attestation(_ context.Context, m uint64) (*Attestation, error) {
	return g.LatestOf(m), nil
}

// Poll checks, module by module of the router's active modules, the keys
// the next deposits would use and attests each module's state (all read
// at one block). A module it cannot read is skipped this time (the others
// are still attested); the error names it.
func (g *Guardian) Poll(ctx context.Context) error {
	h, err := depositHead(ctx, g.c, g.Align)
	if err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	ms, err := activeModules(ctx, g.c, h)
	if err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	if err := g.scanDeposits(ctx, h.Number.Uint64()); err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	var errs []error
	for _, m := range ms {
		if err := g.pollModule(ctx, h, m); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// pollModule checks module m's next keys and attests its state.
func (g *Guardian) pollModule(ctx context.Context, h *types.Header, m poolclient.Module) error {
	st, err := readDepositState(ctx, g.c, h, m)
	if err != nil {
		return fmt.Errorf("services: %s: module %d: %w", g.name, m.ID, err)
	}
	if why, ok := g.refusedNonce(m.ID, st.nonce); ok {
		g.setRefusing(m.ID, true, why)
		return nil
	}
	creds, err := g.c.Pool.WithdrawalCredentials(at(ctx, new(big.Int).SetUint64(st.block)))
	if err != nil {
		return fmt.Errorf("services: %s: %w", g.name, g.c.rpcErr("read the withdrawal credentials", err))
	}
	var next []signingKey
	var where [][2]uint64
	for op, k := range st.counts {
		if !k.Active {
			continue
		}
		for i := k.Deposited; i < min(k.Keys, k.Limit); i++ {
			sk, err := g.signingKey(ctx, m, uint64(op), i, k.Keys, st.block)
			if err != nil {
				return fmt.Errorf("services: %s: %w", g.name, err)
			}
			next = append(next, sk)
			where = append(where, [2]uint64{uint64(op), i})
		}
	}
	for j, sk := range next {
		op, i := where[j][0], where[j][1]
		if prior, ok := g.deposited[sk.pubkey]; ok {
			why := fmt.Sprintf("front-run: module %d's operator %d's key %d (%x…) already has a deposit with credentials %x", m.ID, op, i, sk.pubkey[:6], prior[:])
			if err := g.refuse(m.ID, st.nonce, why); err != nil {
				return err
			}
			return g.defend(ctx, st, op, i)
		}
		id := [48 + 96]byte{}
		copy(id[:48], sk.pubkey[:])
		copy(id[48:], sk.sig[:])
		if !g.checked[id] {
			if err := g.verifier.VerifyDeposit(sk.pubkey, creds, 32_000_000_000, sk.sig); err != nil {
				return g.refuse(m.ID, st.nonce, fmt.Sprintf("module %d's operator %d's key %d has an invalid deposit signature: %v", m.ID, op, i, err))
			}
			g.checked[id] = true
		}
	}
	if g.beacon != nil && len(next) > 0 {
		pks := make([][48]byte, len(next))
		for j := range next {
			pks[j] = next[j].pubkey
		}
		head, err := g.beacon.HeadSlot(ctx)
		if err != nil {
			return fmt.Errorf("services: %s: %w", g.name, err)
		}
		// the epoch's first slot: a state the node keeps for the epoch (the
		// head's may be gone by the time the request arrives)
		spe := g.beacon.SlotsPerEpoch()
		vs, err := g.beacon.ValidatorsByPubkeys(ctx, beacon.Slot(uint64(head)/spe*spe), pks)
		if err != nil {
			return fmt.Errorf("services: %s: %w", g.name, err)
		}
		if len(vs) > 0 {
			return g.refuse(m.ID, st.nonce, fmt.Sprintf("front-run: module %d's key %x… is already validator %d on the beacon chain (credentials %x)", m.ID, vs[0].Pubkey[:6], vs[0].Index, vs[0].WithdrawalCredentials[:]))
		}
	}
	return g.attest(st)
}

func (g *Guardian) refusedNonce(m uint64, nonce common.Hash) (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	why, ok := g.journal.Refused[refusalKey(m, nonce)]
	return why, ok
}

// setRefusing records whether the guardian refuses module m; the gauge
// says whether it refuses any module.
func (g *Guardian) setRefusing(m uint64, on bool, why string) {
	g.mu.Lock()
	was := g.refusing[m]
	g.refusing[m] = on
	anyOn := false
	for _, r := range g.refusing {
		anyOn = anyOn || r
	}
	g.mu.Unlock()
	if on && !was {
		g.log.Error("refusing to attest deposits", "module", m, "reason", why)
	}
	if !on && was {
		g.log.Info("attesting deposits again (the module's nonce changed)", "module", m)
	}
	v := 0.0
	if anyOn {
		v = 1
	}
	g.metrics.guardianRefusing.WithLabelValues(g.name).Set(v)
}

// refuse records module m's nonce as refused (durably) and stops attesting it.
func (g *Guardian) refuse(m uint64, nonce common.Hash, why string) error {
	g.mu.Lock()
	j := g.journal
	j.Refused = make(map[common.Hash]string, len(g.journal.Refused)+1)
	for k, v := range g.journal.Refused {
		j.Refused[k] = v
	}
	j.Refused[refusalKey(m, nonce)] = why
	g.mu.Unlock()
	if err := g.store.Save("guardian", &j); err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	g.mu.Lock()
	g.journal = j
	g.mu.Unlock()
	g.setRefusing(m, true, why)
	return nil
}

// attest signs st unless the rules above say otherwise.
func (g *Guardian) attest(st *depositState) error {
	m := st.module.ID
	g.mu.Lock()
	last := g.journal.last(m)
	g.mu.Unlock()
	g.setRefusing(m, false, "")
	if last != nil {
		if st.block <= last.Block {
			return nil // not above the last signed block: give out the last one
		}
		if last.Nonce == st.nonce && last.DepositRoot == st.root && st.block/max(g.ResignAfter, 1) == last.Block/max(g.ResignAfter, 1) {
			return nil // unchanged state, still recent
		}
	}
	a := &Attestation{Guardian: g.addr, Block: st.block, BlockHash: st.hash, DepositRoot: st.root, Module: m, Nonce: st.nonce}
	sig, err := crypto.Sign(attestationDigest(g.c.ChainID, attestVerifier(g.c), a).Bytes(), g.key)
	if err != nil {
		return err
	}
	a.Signature = sig
	g.mu.Lock()
	j := g.journal.with(a)
	g.mu.Unlock()
	if err := g.store.Save("guardian", &j); err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	g.mu.Lock()
	g.journal = j
	g.mu.Unlock()
	g.metrics.guardianAttestations.WithLabelValues(g.name).Inc()
	g.metrics.guardianBlock.WithLabelValues(g.name).Set(float64(a.Block))
	g.log.Debug("attested", "module", m, "block", a.Block, "nonce", a.Nonce, "deposit_root", a.DepositRoot)
	return nil
}

// defend answers a front-run where the pool has a deposit security
// module: the guardian pauses the staking module's deposits (unless
// paused) and unvets the operator's keys from the front-run one on (its
// cap — a bonded operator's vetted count — down to key, never below its
// deposited count; the router hands it to the module), each by its own
// transaction. Only governance resumes deposits. Failures are logged: the
// refusal to attest already stands.
func (g *Guardian) defend(ctx context.Context, st *depositState, op, key uint64) error {
	dsm := g.c.DSM
	if dsm == nil {
		return nil
	}
	opts, err := bind.NewKeyedTransactorWithChainID(g.key, g.c.ChainID)
	if err != nil {
		return err
	}
	opts.Context = ctx
	var none bindings.DepositSecurityModuleSignature
	module := new(big.Int).SetUint64(st.module.ID)
	if paused, err := dsm.Paused(at(ctx, nil), module); err == nil && !paused {
		if tx, err := dsm.PauseDeposits(opts, new(big.Int), module, none); err != nil {
			g.log.Error("could not pause deposits", "module", st.module.ID, "err", err)
		} else {
			g.log.Warn("paused deposits", "module", st.module.ID, "tx", tx.Hash())
		}
	}
	if op >= uint64(len(st.counts)) {
		return nil
	}
	k := st.counts[op]
	if k.Limit <= max(key, k.Deposited) {
		return nil // already at or below the key
	}
	tx, err := dsm.UnvetSigningKeys(opts, new(big.Int).SetUint64(st.block), st.hash, module, st.nonce.Big(), new(big.Int).SetUint64(op), key, none)
	if err != nil {
		g.log.Error("could not unvet the front-run key", "module", st.module.ID, "operator", op, "key", key, "err", err)
		return nil
	}
	g.log.Warn("unvetted the front-run key", "module", st.module.ID, "operator", op, "key", key, "tx", tx.Hash())
	return nil
}

// signingKey reads a module's key (cached per operator's key count: an
// upload or removal changes it).
func (g *Guardian) signingKey(ctx context.Context, m poolclient.Module, op, i, count, block uint64) (signingKey, error) {
	ck := keyRef{module: m.ID, op: op, count: count, index: i}
	if k, ok := g.keyCache[ck]; ok {
		return k, nil
	}
	pk, sig, err := g.c.ModuleSigningKey(at(ctx, new(big.Int).SetUint64(block)), m, op, i)
	if err != nil {
		return signingKey{}, err
	}
	if len(pk) != 48 || len(sig) != 96 {
		return signingKey{}, fmt.Errorf("module %d's operator %d's key %d: %d-byte pubkey, %d-byte signature", m.ID, op, i, len(pk), len(sig))
	}
	k := signingKey{pubkey: [48]byte(pk), sig: [96]byte(sig)}
	g.keyCache[ck] = k
	return k, nil
}

// scanDeposits reads the deposit contract's log up to block, in ranges of
// at most 10,000 blocks (nodes bound eth_getLogs).
func (g *Guardian) scanDeposits(ctx context.Context, block uint64) error {
	from := g.DepositLogFrom
	if g.scanned != 0 {
		from = g.scanned + 1
	}
	for from <= block {
		end := min(block, from+9_999)
		it, err := g.c.Deposits.FilterDepositEvent(&bind.FilterOpts{Context: ctx, Start: from, End: &end})
		if err != nil {
			return g.c.rpcErr(fmt.Sprintf("read the deposit log of blocks %d..%d", from, end), err)
		}
		for it.Next() {
			if len(it.Event.Pubkey) == 48 && len(it.Event.WithdrawalCredentials) == 32 {
				pk := [48]byte(it.Event.Pubkey)
				if _, ok := g.deposited[pk]; !ok {
					g.deposited[pk] = [32]byte(it.Event.WithdrawalCredentials)
				}
			}
		}
		err = it.Error()
		it.Close()
		if err != nil {
			return g.c.rpcErr(fmt.Sprintf("read the deposit log of blocks %d..%d", from, end), err)
		}
		g.scanned = end
		from = end + 1
	}
	return nil
}
