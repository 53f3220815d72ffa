package api

import (
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/protocol"
)

// The JSON documents of the API. Amounts are decimal strings of wei; field
// names are fixed by DESIGN.md ("Contracts other tools rely on").

// Status is GET /v1/status.
type Status struct {
	Slot           uint64 `json:"slot"`
	Epoch          uint64 `json:"epoch"`
	FinalizedEpoch uint64 `json:"finalized_epoch"`
	Block          uint64 `json:"block"`
	StateRoot      string `json:"state_root"`
	ChainID        uint64 `json:"chain_id"`
	PoolAddress    string `json:"pool_address"`
	Dev            bool   `json:"dev"`
	Version        string `json:"version"`
}

// Pool is GET /v1/pool.
type Pool struct {
	TotalPooledEther    string  `json:"total_pooled_ether_wei"`
	TotalShares         string  `json:"total_shares"`
	BufferedEther       string  `json:"buffered_ether_wei"`
	Reserve             string  `json:"reserve_wei"`
	ShareRate           string  `json:"share_rate"` // wei of stETH per 1e18 shares
	Validators          uint64  `json:"validators"`
	BeaconValidators    uint64  `json:"beacon_validators"`
	BeaconBalance       string  `json:"beacon_balance_wei"`
	APR                 float64 `json:"apr"`
	WstETHSupply        string  `json:"wsteth_supply_wei"`
	StEthPerWstETH      string  `json:"steth_per_wsteth_wei"`
	StakeLimitRemaining string  `json:"stake_limit_remaining_wei"`
	StakingPaused       bool    `json:"staking_paused"`
	WithdrawalCreds     string  `json:"withdrawal_credentials"`
	Vault               string  `json:"vault"`
	WstETHAddress       string  `json:"wsteth_address"`
	Block               uint64  `json:"block"`
	// The withdrawal queue.
	WithdrawalRequests uint64  `json:"withdrawal_requests"`
	LastFinalized      uint64  `json:"last_finalized_withdrawal"`
	UnfinalizedStETH   string  `json:"unfinalized_steth_wei"`
	LockedForClaims    string  `json:"locked_for_claims_wei"`
	InstantLiquidity   string  `json:"instant_liquidity_wei"`
	Bunker             bool    `json:"bunker"`
	APRWeek            float64 `json:"apr_week"`
	APRInception       float64 `json:"apr_inception"`
	Reports            uint64  `json:"reports"`
}

// Account is GET /v1/accounts/{address}.
type Account struct {
	Address string `json:"address"`
	ETH     string `json:"eth_balance_wei"`
	StETH   string `json:"steth_balance_wei"`
	Shares  string `json:"shares"`
	WstETH  string `json:"wsteth_balance_wei"`
	Nonce   uint64 `json:"nonce"`
}

// Operator is one element of GET /v1/operators.
type Operator struct {
	ID               uint32 `json:"id"`
	Name             string `json:"name"`
	RewardAddress    string `json:"reward_address"`
	Active           bool   `json:"active"`
	Limit            uint64 `json:"limit"`
	Keys             int    `json:"keys"`
	Deposited        uint64 `json:"deposited"`
	Exited           uint64 `json:"exited"`
	ActiveValidators uint64 `json:"active_validators"`
	// Scorecard, as oracle reports add to it.
	MissedAttestations uint64 `json:"missed_attestations"`
	MissedProposals    uint64 `json:"missed_proposals"`
	Slashed            uint64 `json:"slashed"`
}

// Operators is GET /v1/operators.
type Operators struct {
	Operators []Operator `json:"operators"`
}

// Withdrawal is GET /v1/withdrawals/{id}.
type Withdrawal struct {
	ID        uint64 `json:"id"`
	Owner     string `json:"owner"`
	StETH     string `json:"steth_wei"`
	Shares    string `json:"shares"`
	Slot      uint64 `json:"block"`
	Finalized bool   `json:"finalized"`
	Claimable string `json:"claimable_wei"`
	Claimed   bool   `json:"claimed"`
}

// Report is one applied oracle report.
type Report struct {
	RefSlot         uint64  `json:"ref_slot"`
	PrevRefSlot     uint64  `json:"prev_ref_slot"`
	Block           uint64  `json:"block"`
	Hash            string  `json:"hash"`
	PreTotalEther   string  `json:"pre_total_pooled_ether_wei"`
	PreTotalShares  string  `json:"pre_total_shares"`
	PostTotalEther  string  `json:"post_total_pooled_ether_wei"`
	PostTotalShares string  `json:"post_total_shares"`
	Rewards         string  `json:"rewards_wei"`
	FeeShares       string  `json:"fee_shares"`
	WithdrawalsPull string  `json:"withdrawals_pulled_wei"`
	ELRewardsPull   string  `json:"el_rewards_pulled_wei"`
	InsuranceCover  string  `json:"insurance_cover_wei"`
	FinalizedUpTo   uint64  `json:"finalized_up_to"`
	EtherLocked     string  `json:"ether_locked_wei"`
	Bunker          bool    `json:"bunker"`
	APR             float64 `json:"apr"`
}

// Reports is GET /v1/oracle/reports.
type Reports struct {
	Reports []Report `json:"reports"`
}

// Event is one protocol event; absent fields are zero.
type Event struct {
	Event    string `json:"event"`
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
	Amount   string `json:"amount_wei,omitempty"`
	Shares   string `json:"shares,omitempty"`
	Operator uint32 `json:"operator"`
	Index    uint64 `json:"index,omitempty"`
	Count    uint64 `json:"count,omitempty"`
	// Filled in server-sent events only.
	Block uint64 `json:"block,omitempty"`
	Tx    string `json:"tx,omitempty"`
}

// ErrorBody is the error object of every failure.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Receipt is the answer of POST /v1/tx and GET /v1/tx/{hash}.
type Receipt struct {
	Hash   string     `json:"hash"`
	Status string     `json:"status"` // "applied" or "rejected"
	Block  uint64     `json:"block"`
	Slot   uint64     `json:"slot"`
	Index  int        `json:"index"`
	From   string     `json:"from"`
	Nonce  uint64     `json:"nonce"`
	Type   string     `json:"type"`
	Events []Event    `json:"events"`
	Error  *ErrorBody `json:"error,omitempty"`
}

// Batch is the answer of POST /v1/txs.
type Batch struct {
	Results []Receipt `json:"results"`
}

func eventView(e *protocol.Event) Event {
	v := Event{Event: e.Kind.String(), Operator: uint32(e.Operator), Index: e.Index, Count: e.Count}
	if e.From != (protocol.Address{}) {
		v.From = addrHex(e.From)
	}
	if e.To != (protocol.Address{}) {
		v.To = addrHex(e.To)
	}
	if !e.Amount.IsZero() {
		v.Amount = e.Amount.Dec()
	}
	if !e.Shares.IsZero() {
		v.Shares = e.Shares.Dec()
	}
	return v
}

func receiptView(r *node.Receipt) Receipt {
	v := Receipt{Hash: r.Hash.Hex(), Status: "applied", Block: r.Block, Slot: r.Slot, Index: r.Index,
		From: addrHex(r.Sender), Nonce: r.Nonce, Type: r.Kind.String(), Events: make([]Event, 0, len(r.Events))}
	for i := range r.Events {
		v.Events = append(v.Events, eventView(&r.Events[i]))
	}
	if r.Err != nil {
		v.Status = "rejected"
		v.Error = &ErrorBody{Code: string(r.Err.Code), Message: r.Err.Message}
	}
	return v
}

func shareRate(s *protocol.State) string {
	return s.PooledEthByShares(uint256.NewInt(1e18)).Dec()
}

// addrHex is common.Address.Hex (EIP-55) with a bounded cache: every
// receipt and event names accounts, the same ones again and again, and
// the checksum costs a keccak each time.
func addrHex(a common.Address) string {
	if v, ok := hexCache.Load(a); ok {
		return v.(string)
	}
	h := a.Hex()
	if hexCacheLen.Add(1) > maxHexCache {
		hexCache.Clear()
		hexCacheLen.Store(1)
	}
	hexCache.Store(a, h)
	return h
}

const maxHexCache = 1 << 16

var (
	hexCache    sync.Map // common.Address → string
	hexCacheLen atomic.Int64
)
