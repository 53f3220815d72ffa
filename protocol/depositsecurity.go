package protocol

import (
	"bytes"
	"slices"
)

// Deposit security: the front-running defence (Lido's deposit security
// module, DSM). A node operator who controls a key the pool is about to
// deposit to can deposit first — 1 ETH with its own withdrawal
// credentials, straight to the beacon deposit contract — and the beacon
// chain then keeps the first deposit's credentials: the pool's 32 ETH
// would land on a validator the operator withdraws to itself. Guardians
// watch the keys the next deposits would use and sign an attestation of
// the state they checked: a recent block (number and hash), the deposit
// contract's root and the registry's nonce. A deposit goes through only
// with a quorum of distinct guardians' signatures over exactly the state
// of now: any deposit to the contract since (a front-run) changes the
// root, any key or limit change changes the nonce, and either makes the
// attestation worthless. One guardian alone pauses a module's deposits
// (by a call or a signed message anyone may relay), and only governance
// unpauses; one guardian alone lowers an operator's limit to just below a
// key that was front-run (Lido's unvetSigningKeys), so that the key is
// never used.
//
// The model holds the module's own state (guardians, quorum, parameters,
// pauses, the last deposit's block); the chain's state it checks against
// comes in as a DepositChain, and signatures come in already recovered to
// their signers (contracts/src/DepositSecurityModule.sol recovers them
// with ECDSA over the same messages).

// ModuleID names a staking module of the router (1..its module count).
// The module id is in every message and every pause, and the nonce an
// attestation names is that module's: guardians attest, pause and unvet
// module by module (Lido's DSM since the staking router), and an
// attestation of one module is worth nothing for another.
type ModuleID uint64

// CuratedModule is the governance-approved operators' registry.
const CuratedModule ModuleID = 1

// The deposit security rejections.
const (
	CodeUnknownModule       Code = "UNKNOWN_MODULE"                // no staking module with this id
	CodeDepositsPaused      Code = "DEPOSITS_PAUSED"               // a guardian paused the module's deposits
	CodeDepositsNotPaused   Code = "DEPOSITS_NOT_PAUSED"           // unpausing a module that is not paused
	CodeDepositNoQuorum     Code = "DEPOSIT_NO_QUORUM"             // fewer signatures than the quorum (or a quorum of 0)
	CodeDepositStaleBlock   Code = "DEPOSIT_STALE_BLOCK"           // the attested block is not a recent past block
	CodeDepositBlockHash    Code = "DEPOSIT_UNEXPECTED_BLOCK_HASH" // the attested hash is not the chain's hash of that block
	CodeDepositRootChanged  Code = "DEPOSIT_ROOT_CHANGED"          // a deposit happened since the attestation
	CodeDepositNonceChanged Code = "DEPOSIT_NONCE_CHANGED"         // keys or limits changed since the attestation
	CodeDepositTooFrequent  Code = "DEPOSIT_TOO_FREQUENT"          // closer than the minimum distance to the last deposit
	CodeSignaturesNotSorted Code = "SIGNATURES_NOT_SORTED"         // signers not strictly ascending (a repeat included)
	CodeNotAGuardian        Code = "NOT_A_GUARDIAN"                // a signer or caller who is not a guardian
	CodeIntentExpired       Code = "INTENT_EXPIRED"                // a signed pause for a block too old or in the future
	CodeVettedKeysIncreased Code = "VETTED_KEYS_INCREASED"         // unvetting may only lower a limit
)

// DepositSecurityParams are governance's settings of the module.
type DepositSecurityParams struct {
	// Guardians sign attestations and may pause and unvet; distinct, non-zero.
	Guardians []Address
	// Quorum is the number of distinct guardians' signatures a deposit
	// needs, at most len(Guardians); 0 stops deposits (as Lido's).
	Quorum uint64
	// MaxBlockAge: the attested block is at most this many blocks before
	// the deposit's block (1..256: the EVM knows the last 256 hashes).
	MaxBlockAge uint64
	// MinDepositDistance: blocks between two deposits (Lido's
	// minDepositBlockDistance).
	MinDepositDistance uint64
	// PauseMaxAge: a signed pause names a block at most this many blocks
	// before the one it is relayed in (Lido's pauseIntentValidityPeriodBlocks).
	PauseMaxAge uint64
}

// MaxAttestationAge is the EVM's limit: BLOCKHASH knows the last 256 blocks.
const MaxAttestationAge = 256

// Validate checks the settings.
func (p *DepositSecurityParams) Validate() *Error {
	for i, g := range p.Guardians {
		if g == (Address{}) {
			return reject(CodeInvalidParameter, "guardian %d is the zero address", i)
		}
		for _, h := range p.Guardians[:i] {
			if h == g {
				return reject(CodeInvalidParameter, "guardian %s is listed twice", g)
			}
		}
	}
	if p.Quorum > uint64(len(p.Guardians)) {
		return reject(CodeInvalidParameter, "quorum %d exceeds the %d guardians", p.Quorum, len(p.Guardians))
	}
	if p.MaxBlockAge == 0 || p.MaxBlockAge > MaxAttestationAge {
		return reject(CodeInvalidParameter, "max block age %d is not in 1..%d", p.MaxBlockAge, MaxAttestationAge)
	}
	if p.PauseMaxAge == 0 {
		return reject(CodeInvalidParameter, "the pause intent's validity must be at least 1 block")
	}
	return nil
}

// DepositAttestation is what guardians sign before a deposit (Lido's
// attest message without its prefix; the prefix binds chain and contract).
type DepositAttestation struct {
	Block       uint64
	BlockHash   [32]byte
	DepositRoot [32]byte
	Module      ModuleID
	Nonce       uint64
}

// DepositChain is the chain as the module sees it in the block of a call.
type DepositChain struct {
	Block uint64 // the current block's number
	// HashOf is the chain's hash of the attested block as BLOCKHASH gives it
	// (zero for the current block, future blocks and blocks older than 256).
	HashOf      [32]byte
	DepositRoot [32]byte // the deposit contract's root now
	Nonce       uint64   // the attested module's nonce now (its registry's)
}

// Intent is a signed message a guardian may hand to anyone to relay: its
// recovered signer and the block it names.
type Intent struct {
	Signer Address
	Block  uint64
}

// DepositSecurity is the deposit security module's state.
type DepositSecurity struct {
	governance Address
	params     DepositSecurityParams
	modules    uint64              // module ids 1..modules exist (the router's count)
	paused     map[ModuleID]bool   // looked up only, never iterated
	last       map[ModuleID]uint64 // the block of the module's last deposit (0: none)
}

// NewDepositSecurity is the module with its governance and settings.
func NewDepositSecurity(governance Address, p DepositSecurityParams) (*DepositSecurity, *Error) {
	if governance == (Address{}) {
		return nil, reject(CodeInvalidParameter, "governance is the zero address")
	}
	p.Guardians = slices.Clone(p.Guardians)
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &DepositSecurity{governance: governance, params: p, modules: 1, paused: map[ModuleID]bool{}, last: map[ModuleID]uint64{}}, nil
}

// Params are the current settings (a copy).
func (d *DepositSecurity) Params() DepositSecurityParams {
	p := d.params
	p.Guardians = slices.Clone(p.Guardians)
	return p
}

// IsGuardian reports whether a is a guardian.
func (d *DepositSecurity) IsGuardian(a Address) bool {
	return a != (Address{}) && slices.Contains(d.params.Guardians, a)
}

// SetModules is the staking router's module count as the chain has it
// now (the contract reads it from the router at every call): ids
// 1..n exist. A new pool has module 1 only.
func (d *DepositSecurity) SetModules(n uint64) { d.modules = n }

// Paused reports whether the module's deposits are paused.
func (d *DepositSecurity) Paused(m ModuleID) bool { return d.paused[m] }

// LastDepositBlock is the block of the module's last deposit (0: none).
func (d *DepositSecurity) LastDepositBlock(m ModuleID) uint64 { return d.last[m] }

func (d *DepositSecurity) module(m ModuleID) *Error {
	if m == 0 || uint64(m) > d.modules {
		return reject(CodeUnknownModule, "no staking module %d", m)
	}
	return nil
}

// SetParams replaces the settings. Governance only.
func (d *DepositSecurity) SetParams(sender Address, p DepositSecurityParams) *Error {
	if sender != d.governance {
		return reject(CodeNotAuthorized, "%s is not governance", sender)
	}
	p.Guardians = slices.Clone(p.Guardians)
	if err := p.Validate(); err != nil {
		return err
	}
	d.params = p
	return nil
}

// checkBlock: the attested block is a past block at most MaxBlockAge old
// and its hash is the chain's.
func (d *DepositSecurity) checkBlock(c *DepositChain, block uint64, hash [32]byte) *Error {
	if block >= c.Block || c.Block-block > d.params.MaxBlockAge {
		return reject(CodeDepositStaleBlock, "block %d is not among the %d blocks before %d", block, d.params.MaxBlockAge, c.Block)
	}
	if hash == ([32]byte{}) || hash != c.HashOf {
		return reject(CodeDepositBlockHash, "block %d's hash is not %x", block, hash[:4])
	}
	return nil
}

// CanDeposit reports whether a deposit into module m may happen in the
// chain's current block, signatures aside (Lido's canDeposit).
func (d *DepositSecurity) CanDeposit(m ModuleID, block uint64) *Error {
	if err := d.module(m); err != nil {
		return err
	}
	if d.paused[m] {
		return reject(CodeDepositsPaused, "module %d's deposits are paused", m)
	}
	if d.params.Quorum == 0 {
		return reject(CodeDepositNoQuorum, "the guardian quorum is 0")
	}
	if last := d.last[m]; last != 0 && block-last < d.params.MinDepositDistance {
		return reject(CodeDepositTooFrequent, "block %d is %d blocks after the last deposit, fewer than %d", block, block-last, d.params.MinDepositDistance)
	}
	return nil
}

// Deposit checks an attested deposit: signers are the recovered signers of
// the signatures in their order (the zero address for a malformed one).
// On success the module records the deposit's block; the caller then
// deposits (Pool.deposit), which also advances the nonce.
func (d *DepositSecurity) Deposit(c DepositChain, a DepositAttestation, signers []Address) *Error {
	if err := d.CanDeposit(a.Module, c.Block); err != nil {
		return err
	}
	if uint64(len(signers)) < d.params.Quorum {
		return reject(CodeDepositNoQuorum, "%d signatures, the quorum is %d", len(signers), d.params.Quorum)
	}
	if err := d.checkBlock(&c, a.Block, a.BlockHash); err != nil {
		return err
	}
	if a.DepositRoot != c.DepositRoot {
		return reject(CodeDepositRootChanged, "the deposit root is %x, not the attested %x", c.DepositRoot[:4], a.DepositRoot[:4])
	}
	if a.Nonce != c.Nonce {
		return reject(CodeDepositNonceChanged, "the nonce is %d, not the attested %d", c.Nonce, a.Nonce)
	}
	if err := d.checkSigners(signers); err != nil {
		return err
	}
	d.last[a.Module] = c.Block
	return nil
}

// checkSigners: strictly ascending (so distinct), every one a guardian.
func (d *DepositSecurity) checkSigners(signers []Address) *Error {
	for i, s := range signers {
		if i > 0 && bytes.Compare(signers[i-1][:], s[:]) >= 0 {
			return reject(CodeSignaturesNotSorted, "signer %d (%s) does not follow %s", i, s, signers[i-1])
		}
		if !d.IsGuardian(s) {
			return reject(CodeNotAGuardian, "signer %d (%s) is not a guardian", i, s)
		}
	}
	return nil
}

// guardianOf is who acts: the sender itself, or the signer of a relayed intent.
func (d *DepositSecurity) guardianOf(sender Address, signed *Intent) (Address, *Error) {
	who := sender
	if signed != nil {
		who = signed.Signer
	}
	if !d.IsGuardian(who) {
		return Address{}, reject(CodeNotAGuardian, "%s is not a guardian", who)
	}
	return who, nil
}

// Pause pauses module m's deposits in the chain's block: the sender is a
// guardian, or it relays a guardian's signed pause naming a block at most
// PauseMaxAge old.
func (d *DepositSecurity) Pause(block uint64, sender Address, m ModuleID, signed *Intent) *Error {
	if err := d.module(m); err != nil {
		return err
	}
	if signed != nil && (signed.Block > block || block-signed.Block > d.params.PauseMaxAge) {
		return reject(CodeIntentExpired, "the pause names block %d, %d blocks at most before %d", signed.Block, d.params.PauseMaxAge, block)
	}
	if _, err := d.guardianOf(sender, signed); err != nil {
		return err
	}
	if d.paused[m] {
		return reject(CodeDepositsPaused, "module %d's deposits are already paused", m)
	}
	d.paused[m] = true
	return nil
}

// Unpause resumes module m's deposits. Governance only.
func (d *DepositSecurity) Unpause(sender Address, m ModuleID) *Error {
	if sender != d.governance {
		return reject(CodeNotAuthorized, "%s is not governance", sender)
	}
	if err := d.module(m); err != nil {
		return err
	}
	if !d.paused[m] {
		return reject(CodeDepositsNotPaused, "module %d's deposits are not paused", m)
	}
	d.paused[m] = false
	return nil
}

// UnvetRequest is a guardian's request to lower an operator's limit: the
// block, hash and nonce it saw (so it cannot be replayed on a later state),
// and the limit it asks for.
type UnvetRequest struct {
	Block     uint64
	BlockHash [32]byte
	Module    ModuleID
	Nonce     uint64
	Operator  OperatorID
	Limit     uint64
}

// Unvet checks a guardian's unvetting (Lido's unvetSigningKeys) and
// returns the operator's new limit: max(deposited, requested), never above
// the current one (equal: nothing changes). It works while paused too.
func (d *DepositSecurity) Unvet(c DepositChain, sender Address, signed *Intent, r UnvetRequest, limit, deposited uint64) (uint64, *Error) {
	if err := d.module(r.Module); err != nil {
		return 0, err
	}
	if _, err := d.guardianOf(sender, signed); err != nil {
		return 0, err
	}
	if err := d.checkBlock(&c, r.Block, r.BlockHash); err != nil {
		return 0, err
	}
	if r.Nonce != c.Nonce {
		return 0, reject(CodeDepositNonceChanged, "the nonce is %d, not the requested %d", c.Nonce, r.Nonce)
	}
	after := max(deposited, r.Limit) // deposited keys stay vetted: they hold ETH
	if after > limit {
		return 0, reject(CodeVettedKeysIncreased, "operator %d's limit is %d; unvetting cannot raise it to %d", r.Operator, limit, after)
	}
	return after, nil
}
