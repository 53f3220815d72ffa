package protocol

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// The binary encoding of commands and transactions: canonical (one encoding
// per value; decoding rejects anything else, including trailing bytes), used
// by the node's transaction log and hashed for transaction ids.
//
//	tx      = version(1)=1 sender(20) nonce(u64) command
//	command = kind(1) fields of that kind, in the order of the Command type
//	u256    = 32 bytes big-endian; u64/u32/u16 big-endian; bool = 0 or 1
//	string  = u16 length, bytes;  keys = u32 count, count × (pubkey 48, signature 96)
//	action  = kind(1) fields of that kind

const codecVersion = 1

type encoder struct{ b []byte }

func (e *encoder) u8(v uint8)     { e.b = append(e.b, v) }
func (e *encoder) u16(v uint16)   { e.b = binary.BigEndian.AppendUint16(e.b, v) }
func (e *encoder) u32(v uint32)   { e.b = binary.BigEndian.AppendUint32(e.b, v) }
func (e *encoder) u64(v uint64)   { e.b = binary.BigEndian.AppendUint64(e.b, v) }
func (e *encoder) addr(a Address) { e.b = append(e.b, a[:]...) }
func (e *encoder) u256(v *uint256.Int) {
	w := v.Bytes32()
	e.b = append(e.b, w[:]...)
}
func (e *encoder) str(s string) { e.u16(uint16(len(s))); e.b = append(e.b, s...) }
func (e *encoder) boolean(v bool) {
	if v {
		e.u8(1)
	} else {
		e.u8(0)
	}
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.b) < n {
		d.err = fmt.Errorf("truncated: need %d more bytes, have %d", n, len(d.b))
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}
func (d *decoder) u8() uint8 {
	if b := d.take(1); b != nil {
		return b[0]
	}
	return 0
}
func (d *decoder) u16() uint16 {
	if b := d.take(2); b != nil {
		return binary.BigEndian.Uint16(b)
	}
	return 0
}
func (d *decoder) u32() uint32 {
	if b := d.take(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}
func (d *decoder) u64() uint64 {
	if b := d.take(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}
func (d *decoder) addr() (a Address) {
	if b := d.take(20); b != nil {
		copy(a[:], b)
	}
	return
}
func (d *decoder) u256(dst *uint256.Int) {
	if b := d.take(32); b != nil {
		dst.SetBytes32(b)
	}
}
func (d *decoder) str() string {
	n := d.u16()
	if b := d.take(int(n)); b != nil {
		return string(b)
	}
	return ""
}
func (d *decoder) boolean() bool {
	switch v := d.u8(); v {
	case 0:
		return false
	case 1:
		return true
	default:
		if d.err == nil {
			d.err = fmt.Errorf("boolean byte %d is not 0 or 1", v)
		}
		return false
	}
}

// EncodeTx returns the canonical encoding of a transaction.
func EncodeTx(tx *Tx) []byte {
	e := &encoder{b: make([]byte, 0, 128)}
	e.u8(codecVersion)
	e.addr(tx.Sender)
	e.u64(tx.Nonce)
	encodeCommand(e, &tx.Cmd)
	return e.b
}

// Hash identifies a transaction: keccak-256 of its canonical encoding
// (sender, nonce, command), so two senders signing the same message get
// different hashes.
func (tx *Tx) Hash() common.Hash { return crypto.Keccak256Hash(EncodeTx(tx)) }

// Hash is keccak-256 of the report's canonical encoding: what oracle
// members vote on.
func (r *OracleReport) Hash() common.Hash {
	e := &encoder{}
	encodeReport(e, r)
	return crypto.Keccak256Hash(e.b)
}

// EncodeCommand returns the canonical encoding of a command alone.
func EncodeCommand(c *Command) []byte {
	e := &encoder{b: make([]byte, 0, 96)}
	encodeCommand(e, c)
	return e.b
}

func encodeCommand(e *encoder, c *Command) {
	e.u8(uint8(c.Kind))
	switch c.Kind {
	case CmdSubmit, CmdTransfer, CmdTransferShares, CmdApprove, CmdIncreaseAllowance,
		CmdDecreaseAllowance, CmdTransferWstETH, CmdSendETH, CmdFaucet, CmdChainCredit:
		e.addr(c.To)
		e.u256(&c.Amount)
	case CmdInstantWithdrawal, CmdLockStETH, CmdLockWstETH:
		e.u256(&c.Amount)
	case CmdUnlock:
	case CmdEmergencyPause:
		e.u64(c.Count)
	case CmdLockWithdrawals:
		e.u16(uint16(len(c.IDs)))
		for _, id := range c.IDs {
			e.u64(id)
		}
	case CmdRageQuitWithdraw:
		e.u16(uint16(len(c.Amounts)))
		for i := range c.Amounts {
			e.u256(&c.Amounts[i])
		}
	case CmdTransferWithdrawal:
		e.addr(c.To)
		e.u64(c.Index)
	case CmdSecondOpinion:
		e.u64(c.RefSlot)
		e.u64(c.Count)
		e.u256(&c.Amount)
	case CmdOracleVote:
		e.u64(c.RefSlot)
		e.b = append(e.b, c.Hash[:]...)
	case CmdOracleSubmit:
		encodeReport(e, c.Report)
	case CmdRequestWithdrawals, CmdRequestWithdrawalsWstETH:
		e.addr(c.To)
		e.u16(uint16(len(c.Amounts)))
		for i := range c.Amounts {
			e.u256(&c.Amounts[i])
		}
	case CmdClaimWithdrawals:
		e.addr(c.To)
		e.u16(uint16(len(c.IDs)))
		for _, id := range c.IDs {
			e.u64(id)
		}
	case CmdTransferFrom, CmdTransferSharesFrom:
		e.addr(c.Owner)
		e.addr(c.To)
		e.u256(&c.Amount)
	case CmdWrap, CmdUnwrap:
		e.u256(&c.Amount)
	case CmdAddSigningKeys:
		e.u32(uint32(c.Operator))
		e.u32(uint32(len(c.Keys)))
		for i := range c.Keys {
			e.b = append(e.b, c.Keys[i].Pubkey[:]...)
			e.b = append(e.b, c.Keys[i].Signature[:]...)
		}
	case CmdRemoveSigningKeys, CmdBondedRemoveKeys:
		e.u32(uint32(c.Operator))
		e.u64(c.Index)
		e.u64(c.Count)
	case CmdTriggerExit, CmdUnvet: // Operator, Index, Amount, Count (unvet: module, operator, 0, limit)
		e.u32(uint32(c.Operator))
		e.u64(c.Index)
		e.u256(&c.Amount)
		e.u64(c.Count)
	case CmdPropose:
		encodeAction(e, &c.Action)
	case CmdApproveProposal, CmdExecuteProposal:
		e.u64(uint64(c.Proposal))
	case CmdDeposit:
		e.u64(c.Count)
	case CmdDepositModule:
		e.u64(c.Count)
		e.u64(c.Index)
	case CmdBondedCreate, CmdBondedAddKeys, CmdBondedTopUp, CmdBondedClaim, CmdBondedNormalize, CmdBondedCleanQueue:
		encodeBondedCommand(e, c)
	}
}

func encodeAction(e *encoder, a *Action) {
	e.u8(uint8(a.Kind))
	switch a.Kind {
	case ActSetParameter:
		e.u8(uint8(a.Param))
		e.u256(&a.Value)
	case ActAddOperator:
		e.str(a.Name)
		e.addr(a.Address)
	case ActSetOperatorLimit:
		e.u32(uint32(a.Operator))
		e.u64(a.Limit)
	case ActSetOperatorActive:
		e.u32(uint32(a.Operator))
		e.boolean(a.Active)
	case ActSetStakingLimit:
		e.u256(&a.Value)
		e.u256(&a.Value2)
	case ActSetTargetLimit:
		e.u32(uint32(a.Operator))
		e.u8(a.Mode)
		e.u64(a.Limit)
	case ActSetSecondOpinion:
		e.addr(a.Address)
	case ActRequestCover:
		e.u256(&a.Value)
	case ActSetPauseCommittee:
		e.addr(a.Address)
		e.u256(&a.Value)
		e.u256(&a.Value2)
	case ActExtendPause:
		e.u8(a.Mode)
		e.u256(&a.Value)
	case ActResumePaused:
		e.u8(a.Mode)
	case ActAddModule, ActSetModule, ActAddModuleOperator:
		encodeModuleAction(e, a)
	case ActSetCommittee, ActSetOracleCommittee:
		e.u16(uint16(len(a.Members)))
		for _, m := range a.Members {
			e.addr(m)
		}
		e.u32(a.Threshold)
	}
}

// DecodeTx reads a transaction encoded by EncodeTx. It rejects unknown
// versions and kinds, truncated input, trailing bytes and any input that
// would not re-encode to the same bytes.
func DecodeTx(b []byte) (*Tx, error) {
	d := &decoder{b: b}
	if v := d.u8(); d.err == nil && v != codecVersion {
		return nil, fmt.Errorf("decode tx: unknown encoding version %d", v)
	}
	tx := &Tx{Sender: d.addr(), Nonce: d.u64()}
	if err := decodeCommand(d, &tx.Cmd); err != nil {
		return nil, fmt.Errorf("decode tx: %w", err)
	}
	return tx, nil
}

// DecodeCommand reads a command encoded by EncodeCommand.
func DecodeCommand(b []byte) (*Command, error) {
	c := &Command{}
	if err := decodeCommand(&decoder{b: b}, c); err != nil {
		return nil, fmt.Errorf("decode command: %w", err)
	}
	return c, nil
}

func decodeCommand(d *decoder, c *Command) error {
	c.Kind = CommandKind(d.u8())
	if d.err == nil && (c.Kind < 1 || c.Kind > cmdLast) {
		return fmt.Errorf("unknown command kind %d", c.Kind)
	}
	switch c.Kind {
	case CmdSubmit, CmdTransfer, CmdTransferShares, CmdApprove, CmdIncreaseAllowance,
		CmdDecreaseAllowance, CmdTransferWstETH, CmdSendETH, CmdFaucet, CmdChainCredit:
		c.To = d.addr()
		d.u256(&c.Amount)
	case CmdInstantWithdrawal, CmdLockStETH, CmdLockWstETH:
		d.u256(&c.Amount)
	case CmdUnlock:
	case CmdEmergencyPause:
		c.Count = d.u64()
	case CmdLockWithdrawals:
		n := int(d.u16())
		if d.err == nil && (n == 0 || n > MaxPerCall) {
			return fmt.Errorf("request count %d is not in 1..%d", n, MaxPerCall)
		}
		if d.err == nil {
			c.IDs = make([]uint64, n)
			for i := range c.IDs {
				c.IDs[i] = d.u64()
			}
		}
	case CmdRageQuitWithdraw:
		n := int(d.u16())
		if d.err == nil && n > MaxPerCall {
			return fmt.Errorf("request count %d is above %d", n, MaxPerCall)
		}
		if d.err == nil && n > 0 {
			c.Amounts = make([]uint256.Int, n)
			for i := range c.Amounts {
				d.u256(&c.Amounts[i])
			}
		}
	case CmdTransferWithdrawal:
		c.To = d.addr()
		c.Index = d.u64()
	case CmdSecondOpinion:
		c.RefSlot = d.u64()
		c.Count = d.u64()
		d.u256(&c.Amount)
	case CmdOracleVote:
		c.RefSlot = d.u64()
		if b := d.take(32); b != nil {
			copy(c.Hash[:], b)
		}
	case CmdOracleSubmit:
		c.Report = &OracleReport{}
		decodeReport(d, c.Report)
	case CmdRequestWithdrawals, CmdRequestWithdrawalsWstETH:
		c.To = d.addr()
		n := int(d.u16())
		if d.err == nil && (n == 0 || n > MaxPerCall) {
			return fmt.Errorf("request count %d is not in 1..%d", n, MaxPerCall)
		}
		if d.err == nil {
			c.Amounts = make([]uint256.Int, n)
			for i := range c.Amounts {
				d.u256(&c.Amounts[i])
			}
		}
	case CmdClaimWithdrawals:
		c.To = d.addr()
		n := int(d.u16())
		if d.err == nil && (n == 0 || n > MaxPerCall) {
			return fmt.Errorf("claim count %d is not in 1..%d", n, MaxPerCall)
		}
		if d.err == nil {
			c.IDs = make([]uint64, n)
			for i := range c.IDs {
				c.IDs[i] = d.u64()
			}
		}
	case CmdTransferFrom, CmdTransferSharesFrom:
		c.Owner = d.addr()
		c.To = d.addr()
		d.u256(&c.Amount)
	case CmdWrap, CmdUnwrap:
		d.u256(&c.Amount)
	case CmdAddSigningKeys:
		c.Operator = OperatorID(d.u32())
		n := d.u32()
		if d.err == nil && (n == 0 || n > MaxKeysPerTx) {
			return fmt.Errorf("key count %d is not in 1..%d", n, MaxKeysPerTx)
		}
		if d.err == nil && uint64(len(d.b)) < uint64(n)*144 {
			return fmt.Errorf("truncated: %d keys need %d bytes, have %d", n, uint64(n)*144, len(d.b))
		}
		if d.err == nil {
			c.Keys = make([]SigningKey, n)
			for i := range c.Keys {
				copy(c.Keys[i].Pubkey[:], d.take(48))
				copy(c.Keys[i].Signature[:], d.take(96))
			}
		}
	case CmdRemoveSigningKeys, CmdBondedRemoveKeys:
		c.Operator = OperatorID(d.u32())
		c.Index = d.u64()
		c.Count = d.u64()
	case CmdTriggerExit, CmdUnvet: // Operator, Index, Amount, Count (unvet: module, operator, 0, limit)
		c.Operator = OperatorID(d.u32())
		c.Index = d.u64()
		d.u256(&c.Amount)
		c.Count = d.u64()
	case CmdPropose:
		if err := decodeAction(d, &c.Action); err != nil {
			return err
		}
	case CmdApproveProposal, CmdExecuteProposal:
		c.Proposal = ProposalID(d.u64())
	case CmdDeposit:
		c.Count = d.u64()
	case CmdDepositModule:
		c.Count = d.u64()
		c.Index = d.u64()
	case CmdBondedCreate, CmdBondedAddKeys, CmdBondedTopUp, CmdBondedClaim, CmdBondedNormalize, CmdBondedCleanQueue:
		decodeBondedCommand(d, c)
	}
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%d trailing bytes after a %s command", len(d.b), c.Kind)
	}
	return nil
}

func decodeAction(d *decoder, a *Action) error {
	a.Kind = ActionKind(d.u8())
	switch a.Kind {
	case ActSetParameter:
		a.Param = ParamID(d.u8())
		d.u256(&a.Value)
	case ActAddOperator:
		a.Name = d.str()
		a.Address = d.addr()
	case ActSetOperatorLimit:
		a.Operator = OperatorID(d.u32())
		a.Limit = d.u64()
	case ActSetOperatorActive:
		a.Operator = OperatorID(d.u32())
		a.Active = d.boolean()
	case ActSetStakingLimit:
		d.u256(&a.Value)
		d.u256(&a.Value2)
	case ActPauseStaking, ActResumeStaking:
	case ActSetTargetLimit:
		a.Operator = OperatorID(d.u32())
		a.Mode = d.u8()
		a.Limit = d.u64()
	case ActSetSecondOpinion:
		a.Address = d.addr()
	case ActRequestCover:
		d.u256(&a.Value)
	case ActSetPauseCommittee:
		a.Address = d.addr()
		d.u256(&a.Value)
		d.u256(&a.Value2)
	case ActExtendPause:
		a.Mode = d.u8()
		d.u256(&a.Value)
	case ActResumePaused:
		a.Mode = d.u8()
	case ActAddModule, ActSetModule, ActAddModuleOperator:
		decodeModuleAction(d, a)
	case ActSetCommittee, ActSetOracleCommittee:
		n := d.u16()
		if d.err == nil && (n == 0 || n > MaxCommittee) {
			return fmt.Errorf("committee size %d is not in 1..%d", n, MaxCommittee)
		}
		if d.err == nil {
			a.Members = make([]Address, n)
			for i := range a.Members {
				a.Members[i] = d.addr()
			}
		}
		a.Threshold = d.u32()
	default:
		if d.err == nil {
			return fmt.Errorf("unknown governance action %d", a.Kind)
		}
	}
	return d.err
}

// Reports: refSlot, validators, balance, two vault balances, exited counts,
// finalize-up-to, bunker, exit requests, stats, execution-reward
// charges, withdrawals; lists are u32-counted.
func encodeReport(e *encoder, r *OracleReport) {
	e.u64(r.RefSlot)
	e.u64(r.Validators)
	e.u64(uint64(r.Balance))
	e.u256(&r.WithdrawalVault)
	e.u256(&r.ELRewardsVault)
	encodeCounts(e, r.Exited)
	e.u256(&r.SharesRequestedToBurn)
	e.u16(uint16(len(r.Batches)))
	for _, b := range r.Batches {
		e.u64(b)
	}
	e.u256(&r.SimulatedShareRate)
	e.boolean(r.Bunker)
	encodeCounts(e, r.ExitRequests)
	e.u32(uint32(len(r.Stats)))
	for _, st := range r.Stats {
		e.u32(uint32(st.Operator))
		e.u64(st.MissedAttestations)
		e.u64(st.MissedProposals)
		e.u64(st.Slashed)
	}
	encodeCharges(e, r.ELRewardsCharges)
	encodeWithdrawn(e, r.Withdrawn)
}

func encodeCounts(e *encoder, cs []OperatorCount) {
	e.u32(uint32(len(cs)))
	for _, c := range cs {
		e.u32(uint32(c.Operator))
		e.u64(c.Count)
	}
}

func decodeCounts(d *decoder) []OperatorCount {
	n := d.u32()
	if d.err == nil && uint64(n)*12 > uint64(len(d.b)) {
		d.err = fmt.Errorf("truncated: %d operator counts", n)
	}
	if d.err != nil || n == 0 {
		return nil
	}
	out := make([]OperatorCount, n)
	for i := range out {
		out[i] = OperatorCount{Operator: OperatorID(d.u32()), Count: d.u64()}
	}
	return out
}

func decodeReport(d *decoder, r *OracleReport) {
	r.RefSlot = d.u64()
	r.Validators = d.u64()
	r.Balance = units.Gwei(d.u64())
	d.u256(&r.WithdrawalVault)
	d.u256(&r.ELRewardsVault)
	r.Exited = decodeCounts(d)
	d.u256(&r.SharesRequestedToBurn)
	if n := int(d.u16()); d.err == nil && n > 0 {
		if n > MaxFinalizationBatches {
			d.err = fmt.Errorf("%d finalization batches, at most %d", n, MaxFinalizationBatches)
			return
		}
		r.Batches = make([]uint64, n)
		for i := range r.Batches {
			r.Batches[i] = d.u64()
		}
	}
	d.u256(&r.SimulatedShareRate)
	r.Bunker = d.boolean()
	r.ExitRequests = decodeCounts(d)
	n := d.u32()
	if d.err == nil && uint64(n)*28 > uint64(len(d.b)) {
		d.err = fmt.Errorf("truncated: %d operator stats", n)
	}
	if d.err == nil && n > 0 {
		r.Stats = make([]OperatorStats, n)
		for i := range r.Stats {
			r.Stats[i] = OperatorStats{Operator: OperatorID(d.u32()), MissedAttestations: d.u64(), MissedProposals: d.u64(), Slashed: d.u64()}
		}
	}
	r.ELRewardsCharges = decodeCharges(d)
	r.Withdrawn = decodeWithdrawn(d)
}

// EncodeReport returns the canonical encoding of a report: the bytes its
// Hash is taken over, and what a member signs to submit it.
func EncodeReport(r *OracleReport) []byte {
	e := &encoder{b: make([]byte, 0, 128)}
	encodeReport(e, r)
	return e.b
}

// DecodeReport reads a report encoded by EncodeReport, rejecting truncated
// input and trailing bytes.
func DecodeReport(b []byte) (*OracleReport, error) {
	d := &decoder{b: b}
	r := &OracleReport{}
	decodeReport(d, r)
	if d.err != nil {
		return nil, fmt.Errorf("decode report: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("decode report: %d trailing bytes", len(d.b))
	}
	return r, nil
}
