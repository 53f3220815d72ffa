package services

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/keys"
)

// Deposits: guardians watch the keys the next deposits would use and sign
// an attestation of the state they checked — the block, the deposit
// contract's root and a digest of the registry's key counts — while every
// such key has a valid deposit signature over the pool's credentials and no
// deposit was ever made to its pubkey (a front-run fixes a validator's
// credentials with its first deposit). The depositor deposits only with a
// quorum of attestations of the state it sees. (The quorum is checked by the
// depositor, off chain: the contracts have no deposit security module yet.)

// Attestation is a guardian's signature of the state it checked.
type Attestation struct {
	Guardian    common.Address
	Block       uint64
	BlockHash   common.Hash
	DepositRoot [32]byte
	KeysDigest  common.Hash
	Signature   []byte
}

// attestationDigest is what a guardian signs.
func attestationDigest(chainID *big.Int, pool common.Address, a *Attestation) common.Hash {
	var b []byte
	b = append(b, "stakepool.deposit-attestation"...)
	b = append(b, common.BigToHash(chainID).Bytes()...)
	b = append(b, pool.Bytes()...)
	b = binary.BigEndian.AppendUint64(b, a.Block)
	b = append(b, a.BlockHash.Bytes()...)
	b = append(b, a.DepositRoot[:]...)
	b = append(b, a.KeysDigest.Bytes()...)
	return crypto.Keccak256Hash(b)
}

// depositState is what a deposit depends on, read at one block.
type depositState struct {
	block  uint64
	hash   common.Hash
	root   [32]byte
	digest common.Hash
	counts []countsView
}

type countsView struct {
	limit                   uint64
	keys, deposited, exited uint64
	active                  bool
}

func readDepositState(ctx context.Context, c *Conn) (*depositState, error) {
	h, err := c.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the head: %w", err)
	}
	o := at(ctx, h.Number)
	root, err := c.Deposits.GetDepositRoot(o)
	if err != nil {
		return nil, fmt.Errorf("read the deposit root: %w", err)
	}
	counts, err := c.Registry.GetAllCounts(o)
	if err != nil {
		return nil, fmt.Errorf("read the registry: %w", err)
	}
	st := &depositState{block: h.Number.Uint64(), hash: h.Hash(), root: root}
	var b []byte
	for _, k := range counts {
		v := countsView{limit: k.Limit, keys: uint64(k.Keys), deposited: uint64(k.Deposited), exited: uint64(k.Exited), active: k.Active}
		st.counts = append(st.counts, v)
		b = binary.BigEndian.AppendUint64(b, v.limit)
		b = binary.BigEndian.AppendUint64(b, v.keys)
		b = binary.BigEndian.AppendUint64(b, v.deposited)
		if v.active {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	st.digest = crypto.Keccak256Hash(b)
	return st, nil
}

// Guardian is a deposit guardian.
type Guardian struct {
	name     string
	c        *Conn
	key      *ecdsa.PrivateKey
	addr     common.Address
	verifier keys.DepositVerifier
	log      *slog.Logger

	mu        sync.Mutex
	latest    *Attestation
	checked   map[[48 + 96]byte]bool // (pubkey, signature) verified
	deposited map[[48]byte][32]byte  // pubkeys seen in the deposit contract's log → credentials
	scanned   uint64                 // deposit log read up to this block
	keyCache  map[[2]uint64]signingKey
	frontRun  bool
}

type signingKey struct {
	pubkey [48]byte
	sig    [96]byte
}

// NewGuardian is a guardian signing with key; deposit signatures are
// checked under genesisForkVersion.
func NewGuardian(c *Conn, name string, key *ecdsa.PrivateKey, genesisForkVersion [4]byte, log *slog.Logger) (*Guardian, error) {
	if c == nil || key == nil {
		return nil, errors.New("services: a guardian needs a connection and a key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Guardian{name: name, c: c, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), log: log.With("service", name),
		verifier: keys.NewDepositVerifier(keys.Network{Name: "chain", GenesisForkVersion: genesisForkVersion}),
		checked:  map[[48 + 96]byte]bool{}, deposited: map[[48]byte][32]byte{}, keyCache: map[[2]uint64]signingKey{}}, nil
}

// Name implements Service.
func (g *Guardian) Name() string { return g.name }

// Address is the guardian's signing address.
func (g *Guardian) Address() common.Address { return g.addr }

// Latest is the guardian's latest attestation (nil: none, or it refuses).
func (g *Guardian) Latest() *Attestation {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.latest
}

// Poll checks the keys the next deposits would use and attests the state.
func (g *Guardian) Poll(ctx context.Context) error {
	st, err := readDepositState(ctx, g.c)
	if err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	if err := g.scanDeposits(ctx, st.block); err != nil {
		return fmt.Errorf("services: %s: %w", g.name, err)
	}
	creds, err := g.c.Pool.WithdrawalCredentials(at(ctx, new(big.Int).SetUint64(st.block)))
	if err != nil {
		return fmt.Errorf("services: %s: read the withdrawal credentials: %w", g.name, err)
	}
	for op, k := range st.counts {
		if !k.active {
			continue
		}
		for i := k.deposited; i < min(k.keys, k.limit); i++ {
			sk, err := g.signingKey(ctx, uint64(op), i, k.keys, st.block)
			if err != nil {
				return fmt.Errorf("services: %s: %w", g.name, err)
			}
			if prior, ok := g.deposited[sk.pubkey]; ok {
				g.refuse(fmt.Sprintf("front-run: operator %d's key %d (%x…) already has a deposit with credentials %x", op, i, sk.pubkey[:6], prior[:]))
				return nil
			}
			id := [48 + 96]byte{}
			copy(id[:48], sk.pubkey[:])
			copy(id[48:], sk.sig[:])
			if !g.checked[id] {
				if err := g.verifier.VerifyDeposit(sk.pubkey, creds, 32_000_000_000, sk.sig); err != nil {
					g.refuse(fmt.Sprintf("operator %d's key %d has an invalid deposit signature: %v", op, i, err))
					return nil
				}
				g.checked[id] = true
			}
		}
	}
	a := &Attestation{Guardian: g.addr, Block: st.block, BlockHash: st.hash, DepositRoot: st.root, KeysDigest: st.digest}
	sig, err := crypto.Sign(attestationDigest(g.c.ChainID, g.c.Addr.Pool, a).Bytes(), g.key)
	if err != nil {
		return err
	}
	a.Signature = sig
	g.mu.Lock()
	g.latest, g.frontRun = a, false
	g.mu.Unlock()
	return nil
}

func (g *Guardian) refuse(why string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.frontRun {
		g.log.Error("refusing to attest deposits", "reason", why)
	}
	g.latest, g.frontRun = nil, true
}

// signingKey reads a registry key (cached per operator's key count: an
// upload or removal changes it).
func (g *Guardian) signingKey(ctx context.Context, op, i, count, block uint64) (signingKey, error) {
	ck := [2]uint64{op<<32 | count, i}
	if k, ok := g.keyCache[ck]; ok {
		return k, nil
	}
	r, err := g.c.Registry.GetSigningKey(at(ctx, new(big.Int).SetUint64(block)), new(big.Int).SetUint64(op), new(big.Int).SetUint64(i))
	if err != nil {
		return signingKey{}, fmt.Errorf("read operator %d's key %d: %w", op, i, err)
	}
	if len(r.Pubkey) != 48 || len(r.Signature) != 96 {
		return signingKey{}, fmt.Errorf("operator %d's key %d: %d-byte pubkey, %d-byte signature", op, i, len(r.Pubkey), len(r.Signature))
	}
	k := signingKey{pubkey: [48]byte(r.Pubkey), sig: [96]byte(r.Signature)}
	g.keyCache[ck] = k
	return k, nil
}

// scanDeposits reads the deposit contract's log up to block.
func (g *Guardian) scanDeposits(ctx context.Context, block uint64) error {
	if block <= g.scanned && g.scanned != 0 {
		return nil
	}
	from := g.scanned + 1
	if g.scanned == 0 {
		from = 0
	}
	end := block
	it, err := g.c.Deposits.FilterDepositEvent(&bind.FilterOpts{Context: ctx, Start: from, End: &end})
	if err != nil {
		return fmt.Errorf("read the deposit log: %w", err)
	}
	defer it.Close()
	for it.Next() {
		if len(it.Event.Pubkey) == 48 && len(it.Event.WithdrawalCredentials) == 32 {
			pk := [48]byte(it.Event.Pubkey)
			if _, ok := g.deposited[pk]; !ok {
				g.deposited[pk] = [32]byte(it.Event.WithdrawalCredentials)
			}
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("read the deposit log: %w", err)
	}
	g.scanned = block
	return nil
}

// AttestationSource gives the guardians' latest attestations.
type AttestationSource interface {
	Latest() *Attestation
}

// Depositor deposits the buffer's whole 32-ETH chunks once a quorum of
// guardians attested the state it sees.
type Depositor struct {
	c         *Conn
	s         *sender
	guardians []AttestationSource
	allowed   map[common.Address]bool
	quorum    int
	// MaxAge is how many blocks old an attestation may be.
	MaxAge uint64
	log    *slog.Logger
}

// NewDepositor deposits with key (the pool's depositor) given quorum
// attestations from guardians whose addresses are allowed.
func NewDepositor(c *Conn, key *ecdsa.PrivateKey, guardians []AttestationSource, allowed []common.Address, quorum int, log *slog.Logger) (*Depositor, error) {
	if c == nil || key == nil || quorum <= 0 || quorum > len(allowed) {
		return nil, fmt.Errorf("services: depositor: a connection, a key and a quorum of 1..%d guardians are required", len(allowed))
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Depositor{c: c, guardians: guardians, allowed: map[common.Address]bool{}, quorum: quorum, MaxAge: 64, log: log.With("service", "depositor")}
	d.s = newSender(c, key, d.log)
	for _, a := range allowed {
		d.allowed[a] = true
	}
	return d, nil
}

// Name implements Service.
func (d *Depositor) Name() string { return "depositor" }

// Poll deposits when the buffer holds a chunk and the guardians agree.
func (d *Depositor) Poll(ctx context.Context) error {
	if err := d.s.settle(ctx); err != nil {
		return ignoreBusy(err)
	}
	depositable, err := d.c.Pool.GetDepositableEther(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: depositor: read the buffer: %w", err)
	}
	n := new(big.Int).Div(depositable, depositSize)
	if n.Sign() == 0 {
		return nil
	}
	st, err := readDepositState(ctx, d.c)
	if err != nil {
		return fmt.Errorf("services: depositor: %w", err)
	}
	if !d.anyKey(st) {
		return nil
	}
	if got := d.attested(st); got < d.quorum {
		d.log.Info("waiting for guardians", "attestations", got, "quorum", d.quorum)
		return nil
	}
	opts, err := d.s.opts(ctx)
	if err != nil {
		return err
	}
	tx, err := d.c.Pool.Deposit(opts, n)
	if err != nil {
		return fmt.Errorf("services: depositor: deposit %s chunks: %w", n, err)
	}
	d.s.sent(tx, fmt.Sprintf("deposit of up to %s validators", n))
	return nil
}

// anyKey says whether some operator has a key to deposit.
func (d *Depositor) anyKey(st *depositState) bool {
	for _, k := range st.counts {
		if k.active && min(k.keys, k.limit) > k.deposited {
			return true
		}
	}
	return false
}

// attested counts the allowed guardians whose recent attestation signs the
// deposit root and keys digest the depositor sees now.
func (d *Depositor) attested(st *depositState) int {
	seen := map[common.Address]bool{}
	for _, g := range d.guardians {
		a := g.Latest()
		if a == nil || !d.allowed[a.Guardian] || seen[a.Guardian] || a.Block > st.block || st.block-a.Block > d.MaxAge ||
			a.DepositRoot != st.root || a.KeysDigest != st.digest {
			continue
		}
		pub, err := crypto.SigToPub(attestationDigest(d.c.ChainID, d.c.Addr.Pool, a).Bytes(), a.Signature)
		if err != nil || crypto.PubkeyToAddress(*pub) != a.Guardian {
			continue
		}
		seen[a.Guardian] = true
	}
	return len(seen)
}
