package protocol

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// CommandKind names a transition of the pool.
type CommandKind uint8

// Command kinds. Their numbers are part of the encoding: never reuse one.
const (
	CmdSubmit                   CommandKind = 1  // Amount of ETH, To = referral (may be zero)
	CmdTransfer                 CommandKind = 2  // To, Amount of stETH
	CmdTransferShares           CommandKind = 3  // To, Amount of shares
	CmdApprove                  CommandKind = 4  // To = spender, Amount
	CmdIncreaseAllowance        CommandKind = 5  // To = spender, Amount
	CmdDecreaseAllowance        CommandKind = 6  // To = spender, Amount
	CmdTransferFrom             CommandKind = 7  // Owner, To, Amount of stETH
	CmdTransferSharesFrom       CommandKind = 8  // Owner, To, Amount of shares
	CmdWrap                     CommandKind = 9  // Amount of stETH
	CmdUnwrap                   CommandKind = 10 // Amount of wstETH
	CmdTransferWstETH           CommandKind = 11 // To, Amount of wstETH
	CmdSendETH                  CommandKind = 12 // To, Amount of ETH
	CmdAddSigningKeys           CommandKind = 13 // Operator, Keys
	CmdRemoveSigningKeys        CommandKind = 14 // Operator, Index = first, Count
	CmdPropose                  CommandKind = 15 // Action
	CmdApproveProposal          CommandKind = 16 // Proposal
	CmdExecuteProposal          CommandKind = 17 // Proposal
	CmdDeposit                  CommandKind = 18 // Count = at most this many deposits (system only)
	CmdFaucet                   CommandKind = 19 // To, Amount of ETH (system only, devnets only)
	CmdOracleVote               CommandKind = 20 // RefSlot, Hash (oracle members)
	CmdOracleSubmit             CommandKind = 21 // Report (oracle members; its hash must have reached quorum)
	CmdOracleAlert              CommandKind = 22 // (oracle members) raise bunker mode until the next report
	CmdRequestWithdrawals       CommandKind = 23 // Amounts of stETH, To = owner (zero: the sender)
	CmdClaimWithdrawals         CommandKind = 24 // IDs, To = recipient (zero: the sender)
	CmdInstantWithdrawal        CommandKind = 25 // Amount of stETH
	CmdChainCredit              CommandKind = 26 // To = a vault, Amount (system only: the beacon chain's credits)
	CmdTransferWithdrawal       CommandKind = 27 // Index = request id, To (the owner moves the request, an ERC-721 token)
	CmdSecondOpinion            CommandKind = 28 // RefSlot, Count = balance (gwei), Amount = withdrawal vault (the second-opinion oracle)
	CmdLockStETH                CommandKind = 29 // Amount of stETH into the veto escrow
	CmdLockWstETH               CommandKind = 30 // Amount of wstETH into the veto escrow
	CmdLockWithdrawals          CommandKind = 31 // IDs of unfinalized requests into the veto escrow (strictly ascending)
	CmdUnlock                   CommandKind = 32 // everything the sender locked in the current round back
	CmdRageQuitWithdraw         CommandKind = 33 // Amounts of stETH: committed assets out through the queue
	CmdEmergencyPause           CommandKind = 34 // Count = targets (1 staking, 2 deposits, 4 withdrawals): the committee's one pause
	CmdRequestWithdrawalsWstETH CommandKind = 35 // Amounts of wstETH, To = owner (zero: the sender)
	CmdTriggerExit              CommandKind = 36 // Operator = a global id (ModuleOperatorID; module 1: the registry's), Index = key index, Amount = ETH sent, Count = the EIP-7002 fee (wei) in effect
	CmdDepositModule            CommandKind = 37 // Count = at most this many deposits, Index = the module whose part is made (system only: the deposit security module's call)
	// The bonded module's (bondedrouter.go); Operator is the module's own
	// operator id; a bond is Amount = ETH sent, Amounts = [stETH shares
	// moved in on the sender's allowance to the module] (at most one).
	CmdBondedCreate     CommandKind = 38 // Keys, bond: a new operator managed by the sender
	CmdBondedAddKeys    CommandKind = 39 // Operator, Keys, bond (its manager)
	CmdBondedTopUp      CommandKind = 40 // Operator, bond (anyone)
	CmdBondedClaim      CommandKind = 41 // Operator, Amount = shares of its bond above the curve (its manager)
	CmdBondedNormalize  CommandKind = 42 // Operator (anyone): settle and queue newly bonded keys
	CmdBondedCleanQueue CommandKind = 43 // Count = the most dead batches to pop (anyone)
	// The router's unvetting (vetting.go; system only: the deposit security
	// module's call once a guardian asked and the module's nonce was checked).
	CmdUnvet CommandKind = 44 // Index = module, Operator = the module's own operator id, Count = the new limit
	// The bonded module's key removal (bondedremoval.go; its manager).
	CmdBondedRemoveKeys CommandKind = 45 // Operator, Index = first key, Count
	cmdLast                         = CmdBondedRemoveKeys
)

var commandNames = [...]string{
	CmdSubmit: "submit", CmdTransfer: "transfer", CmdTransferShares: "transfer-shares",
	CmdApprove: "approve", CmdIncreaseAllowance: "increase-allowance", CmdDecreaseAllowance: "decrease-allowance",
	CmdTransferFrom: "transfer-from", CmdTransferSharesFrom: "transfer-shares-from", CmdWrap: "wrap",
	CmdUnwrap: "unwrap", CmdTransferWstETH: "transfer-wsteth", CmdSendETH: "send-eth",
	CmdAddSigningKeys: "add-signing-keys", CmdRemoveSigningKeys: "remove-signing-keys",
	CmdPropose: "propose", CmdApproveProposal: "approve-proposal", CmdExecuteProposal: "execute-proposal",
	CmdDeposit: "deposit", CmdFaucet: "faucet", CmdOracleVote: "oracle-vote", CmdOracleSubmit: "oracle-submit",
	CmdOracleAlert: "oracle-alert", CmdRequestWithdrawals: "request-withdrawals", CmdClaimWithdrawals: "claim-withdrawals",
	CmdInstantWithdrawal: "instant-withdrawal", CmdChainCredit: "chain-credit", CmdTransferWithdrawal: "transfer-withdrawal",
	CmdSecondOpinion: "second-opinion", CmdLockStETH: "lock-steth", CmdLockWstETH: "lock-wsteth",
	CmdLockWithdrawals: "lock-withdrawals", CmdUnlock: "unlock", CmdRageQuitWithdraw: "rage-quit-withdraw",
	CmdEmergencyPause: "emergency-pause", CmdRequestWithdrawalsWstETH: "request-withdrawals-wsteth",
	CmdTriggerExit: "trigger-exit", CmdDepositModule: "deposit-module",
	CmdBondedCreate: "bonded-create", CmdBondedAddKeys: "bonded-add-keys", CmdBondedTopUp: "bonded-top-up",
	CmdBondedClaim: "bonded-claim", CmdBondedNormalize: "bonded-normalize", CmdBondedCleanQueue: "bonded-clean-queue",
	CmdUnvet: "unvet", CmdBondedRemoveKeys: "bonded-remove-keys",
}

func (k CommandKind) String() string {
	if k >= 1 && k <= cmdLast {
		return commandNames[k]
	}
	return "unknown"
}

// Command is one transition. Fields unused by its kind are zero.
type Command struct {
	Kind     CommandKind
	To       Address
	Owner    Address
	Amount   uint256.Int
	Operator OperatorID
	Index    uint64
	Count    uint64
	Proposal ProposalID
	Keys     []SigningKey
	Action   Action
	RefSlot  uint64
	Hash     common.Hash
	Report   *OracleReport
	Amounts  []uint256.Int
	IDs      []uint64
}

// Tx is a command with its (already authenticated) sender and nonce. The
// node checks signatures; the state machine checks the nonce.
type Tx struct {
	Sender Address
	Nonce  uint64
	Cmd    Command
}

func systemOnly(k CommandKind) bool {
	return k == CmdDeposit || k == CmdDepositModule || k == CmdFaucet || k == CmdChainCredit || k == CmdUnvet
}

// ApplyTx applies one transaction at the current block. On success it
// returns the events (valid until the next call) and increments the
// sender's nonce; on rejection it returns a *Error and the state is exactly
// as before.
func (s *State) ApplyTx(tx *Tx) ([]Event, error) {
	s.events = s.events[:0]
	c := &tx.Cmd
	if c.Kind < 1 || c.Kind > cmdLast {
		return nil, reject(CodeUnknownCommand, "unknown command %d", c.Kind)
	}
	system := isZeroAddr(&tx.Sender) // SystemSender
	if system != systemOnly(c.Kind) {
		if system {
			return nil, reject(CodeNotAuthorized, "the system sender cannot %s", c.Kind)
		}
		return nil, reject(CodeNotAuthorized, "%s is done by the sequencer only", c.Kind)
	}
	var acc *Account
	if !system {
		acc = s.lookup(tx.Sender)
		var have uint64
		if acc != nil {
			have = acc.Nonce
		}
		if tx.Nonce != have {
			return nil, reject(CodeBadNonce, "nonce %d, expected %d", tx.Nonce, have)
		}
	}
	if err := s.dispatch(tx.Sender, c); err != nil {
		s.events = s.events[:0]
		return nil, err
	}
	if !system {
		if acc == nil {
			acc = s.account(tx.Sender)
		}
		acc.Nonce++
	}
	return s.events, nil
}

// ApplyNext applies cmd from sender with the sender's next nonce (none for
// the system sender), as ApplyTx: for callers that sign nothing (tests,
// simulations, the pool's own members in process).
func (s *State) ApplyNext(sender Address, cmd Command) ([]Event, error) {
	tx := &Tx{Sender: sender, Cmd: cmd}
	if sender != SystemSender {
		if acc := s.lookup(sender); acc != nil {
			tx.Nonce = acc.Nonce
		}
	}
	return s.ApplyTx(tx)
}

func (s *State) dispatch(from Address, c *Command) *Error {
	switch c.Kind {
	case CmdSubmit:
		return s.submit(from, &c.Amount, c.To)
	case CmdTransfer:
		return s.transfer(from, c.To, &c.Amount)
	case CmdTransferShares:
		return s.transferShares(from, c.To, &c.Amount)
	case CmdApprove:
		if err := checkAmount(&c.Amount, "allowance"); err != nil && !c.Amount.Eq(infinite) {
			return err
		}
		return s.approve(from, c.To, &c.Amount)
	case CmdIncreaseAllowance:
		return s.changeAllowance(from, c.To, &c.Amount, true)
	case CmdDecreaseAllowance:
		return s.changeAllowance(from, c.To, &c.Amount, false)
	case CmdTransferFrom:
		return s.transferFrom(from, c.Owner, c.To, &c.Amount)
	case CmdTransferSharesFrom:
		return s.transferSharesFrom(from, c.Owner, c.To, &c.Amount)
	case CmdWrap:
		return s.wrap(from, &c.Amount)
	case CmdUnwrap:
		return s.unwrap(from, &c.Amount)
	case CmdTransferWstETH:
		return s.transferWstETH(from, c.To, &c.Amount)
	case CmdSendETH:
		return s.sendETH(from, c.To, &c.Amount)
	case CmdAddSigningKeys:
		return s.addSigningKeys(from, c.Operator, c.Keys)
	case CmdRemoveSigningKeys:
		return s.removeSigningKeys(from, c.Operator, c.Index, c.Count)
	case CmdPropose:
		return s.propose(from, &c.Action)
	case CmdApproveProposal:
		return s.approve2(from, c.Proposal)
	case CmdExecuteProposal:
		return s.execute(from, c.Proposal)
	case CmdDeposit:
		return s.deposit(c.Count, 0)
	case CmdDepositModule:
		if c.Index == 0 {
			return reject(CodeUnknownModule, "no staking module 0")
		}
		return s.deposit(c.Count, ModuleID(c.Index))
	case CmdFaucet:
		return s.faucet(c.To, &c.Amount)
	case CmdOracleVote:
		return s.vote(from, c.RefSlot, c.Hash)
	case CmdOracleSubmit:
		if c.Report == nil {
			return reject(CodeMalformed, "oracle-submit without a report")
		}
		return s.submitReport(from, c.Report)
	case CmdOracleAlert:
		return s.raiseAlert(from)
	case CmdRequestWithdrawals:
		return s.requestWithdrawals(from, c.To, c.Amounts)
	case CmdRequestWithdrawalsWstETH:
		return s.requestWithdrawalsWstETH(from, c.To, c.Amounts)
	case CmdClaimWithdrawals:
		return s.claimWithdrawals(from, c.To, c.IDs)
	case CmdInstantWithdrawal:
		return s.instantWithdraw(from, &c.Amount)
	case CmdChainCredit:
		return s.chainCredit(c.To, &c.Amount)
	case CmdTransferWithdrawal:
		return s.transferWithdrawal(from, c.To, c.Index)
	case CmdSecondOpinion:
		return s.submitSecondOpinion(from, c.RefSlot, c.Count, &c.Amount)
	case CmdLockStETH:
		return s.lockStETH(from, &c.Amount)
	case CmdLockWstETH:
		return s.lockWstETH(from, &c.Amount)
	case CmdLockWithdrawals:
		return s.lockRequests(from, c.IDs)
	case CmdUnlock:
		return s.unlock(from)
	case CmdRageQuitWithdraw:
		return s.rageQuitWithdraw(from, c.Amounts)
	case CmdEmergencyPause:
		if c.Count > 0xff {
			return reject(CodeMalformed, "pause targets %#x are not a non-empty set of staking (1), deposits (2), withdrawals (4)", c.Count)
		}
		return s.emergencyPause(from, uint8(c.Count))
	case CmdTriggerExit:
		return s.triggerExit(from, c.Operator, c.Index, &c.Amount, c.Count)
	case CmdUnvet:
		return s.unvet(ModuleID(c.Index), c.Operator, c.Count)
	case CmdBondedCreate, CmdBondedAddKeys, CmdBondedTopUp, CmdBondedClaim, CmdBondedNormalize, CmdBondedCleanQueue:
		return s.bondedCommand(from, c)
	case CmdBondedRemoveKeys:
		return s.bondedRemoveKeys(from, uint64(c.Operator), c.Index, c.Count)
	}
	return reject(CodeUnknownCommand, "unknown command %d", c.Kind)
}

// faucet credits ETH out of thin air: devnets only.
func (s *State) faucet(to Address, amount *uint256.Int) *Error {
	if !s.dev {
		return reject(CodeNotAuthorized, "the faucet exists only on devnets")
	}
	if to == (Address{}) {
		return reject(CodeInvalidRecipient, "recipient is the zero address")
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	acc := s.account(to)
	acc.ETH.Add(&acc.ETH, amount)
	s.emit(Event{Kind: EvFaucet, To: to, Amount: *amount})
	return nil
}
