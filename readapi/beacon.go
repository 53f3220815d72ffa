package readapi

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	eth2client "github.com/attestantio/go-eth2-client"
	eth2api "github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rs/zerolog"
)

// beaconService is what the API uses of go-eth2-client's HTTP service.
type beaconService interface {
	eth2client.SpecProvider
	eth2client.GenesisProvider
	eth2client.FinalityProvider
	eth2client.BeaconBlockHeadersProvider
}

// beaconSpec is the part of the chain's configuration the estimates use.
type beaconSpec struct {
	GenesisTime               uint64
	SecondsPerSlot            uint64
	SlotsPerEpoch             uint64
	MaxSeedLookahead          uint64
	MinWithdrawabilityDelay   uint64 // epochs
	MinPerEpochChurnLimit     uint64 // validators (pre-Electra)
	ChurnLimitQuotient        uint64
	MaxWithdrawalsPerPayload  uint64
	MaxValidatorsPerSweep     uint64
	MinPerEpochChurnElectra   uint64 // gwei (Electra's balance churn), 0 before Electra
	MaxPerEpochExitChurnGwei  uint64
	EffectiveBalanceIncrement uint64
}

// validator is one of the pool's validators as the beacon node shows it.
type validator struct {
	Index             uint64
	Pubkey            [48]byte
	Status            string // the Beacon API's status, e.g. active_ongoing
	BalanceGwei       uint64
	EffectiveGwei     uint64
	Slashed           bool
	ExitEpoch         uint64
	WithdrawableEpoch uint64
}

// beaconState is the consensus layer as last read.
type beaconState struct {
	Read           time.Time
	HeadSlot       uint64
	FinalizedEpoch uint64
	Spec           beaconSpec
	// Validators are the pool's (by the operators' deposited keys).
	Validators []validator
	// ActiveValidators and ActiveBalanceGwei are the whole chain's (for the churn).
	ActiveValidators  uint64
	ActiveBalanceGwei uint64
	// ExitQueueEpoch is the latest exit epoch of any validator (the queue's end).
	ExitQueueEpoch uint64
	Err            string
}

const farFuture = ^uint64(0)

// beaconReader reads the Beacon API.
type beaconReader struct {
	svc  beaconService
	spec beaconSpec
	url  string
	hc   *http.Client
}

func newBeaconReader(ctx context.Context, url string, timeout time.Duration) (*beaconReader, error) {
	svc, err := eth2http.New(context.WithoutCancel(ctx),
		eth2http.WithAddress(url),
		eth2http.WithTimeout(timeout),
		eth2http.WithEnforceJSON(true),
		eth2http.WithLogLevel(zerolog.Disabled),
	)
	if err != nil {
		return nil, fmt.Errorf("readapi: connecting to the beacon node %s: %w", url, err)
	}
	s, ok := svc.(beaconService)
	if !ok {
		return nil, fmt.Errorf("readapi: the beacon client lacks a provider")
	}
	b := &beaconReader{svc: s, url: strings.TrimRight(url, "/"), hc: &http.Client{Timeout: 10 * time.Minute}}
	if err := b.readSpec(ctx); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *beaconReader) readSpec(ctx context.Context) error {
	sp, err := b.svc.Spec(ctx, &eth2api.SpecOpts{})
	if err != nil {
		return fmt.Errorf("readapi: reading /eth/v1/config/spec: %w", err)
	}
	u := func(k string) uint64 {
		switch v := sp.Data[k].(type) {
		case uint64:
			return v
		case time.Duration:
			return uint64(v / time.Second)
		case phase0.Gwei:
			return uint64(v)
		}
		return 0
	}
	s := beaconSpec{
		SecondsPerSlot: u("SECONDS_PER_SLOT"), SlotsPerEpoch: u("SLOTS_PER_EPOCH"),
		MaxSeedLookahead: u("MAX_SEED_LOOKAHEAD"), MinWithdrawabilityDelay: u("MIN_VALIDATOR_WITHDRAWABILITY_DELAY"),
		MinPerEpochChurnLimit: u("MIN_PER_EPOCH_CHURN_LIMIT"), ChurnLimitQuotient: u("CHURN_LIMIT_QUOTIENT"),
		MaxWithdrawalsPerPayload: u("MAX_WITHDRAWALS_PER_PAYLOAD"), MaxValidatorsPerSweep: u("MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP"),
		MinPerEpochChurnElectra: u("MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA"), MaxPerEpochExitChurnGwei: u("MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT"),
		EffectiveBalanceIncrement: u("EFFECTIVE_BALANCE_INCREMENT"),
	}
	if s.SecondsPerSlot == 0 || s.SlotsPerEpoch == 0 {
		return fmt.Errorf("readapi: the beacon spec lacks SECONDS_PER_SLOT or SLOTS_PER_EPOCH")
	}
	g, err := b.svc.Genesis(ctx, &eth2api.GenesisOpts{})
	if err != nil {
		return fmt.Errorf("readapi: reading /eth/v1/beacon/genesis: %w", err)
	}
	s.GenesisTime = uint64(g.Data.GenesisTime.Unix())
	b.spec = s
	return nil
}

// read reads the head, finality, the chain's validators (for the churn
// and the exit queue) and the pool's among them: those with the pool's
// withdrawal credentials or one of its operators' keys.
func (b *beaconReader) read(ctx context.Context, creds [32]byte, pubkeys [][48]byte) (*beaconState, error) {
	st := &beaconState{Read: time.Now(), Spec: b.spec}
	h, err := b.svc.BeaconBlockHeader(ctx, &eth2api.BeaconBlockHeaderOpts{Block: "head"})
	if err != nil {
		return nil, fmt.Errorf("readapi: reading the head header: %w", err)
	}
	st.HeadSlot = uint64(h.Data.Header.Message.Slot)
	f, err := b.svc.Finality(ctx, &eth2api.FinalityOpts{State: "head"})
	if err != nil {
		return nil, fmt.Errorf("readapi: reading finality: %w", err)
	}
	st.FinalizedEpoch = uint64(f.Data.Finalized.Epoch)
	mine := map[[48]byte]bool{}
	for _, pk := range pubkeys {
		mine[pk] = true
	}
	err = b.eachValidator(ctx, func(v *apiValidator) {
		if strings.HasPrefix(v.Status, "active") {
			st.ActiveValidators++
			st.ActiveBalanceGwei += uint64(v.Validator.EffectiveBalance)
		}
		if e := uint64(v.Validator.ExitEpoch); e != farFuture && e > st.ExitQueueEpoch {
			st.ExitQueueEpoch = e
		}
		pk := [48]byte(v.Validator.Pubkey)
		if mine[pk] || [32]byte(v.Validator.Credentials) == creds {
			st.Validators = append(st.Validators, validator{
				Index: uint64(v.Index), Pubkey: pk, Status: v.Status, BalanceGwei: uint64(v.Balance),
				EffectiveGwei: uint64(v.Validator.EffectiveBalance), Slashed: v.Validator.Slashed,
				ExitEpoch: uint64(v.Validator.ExitEpoch), WithdrawableEpoch: uint64(v.Validator.WithdrawableEpoch),
			})
		}
	})
	if err != nil {
		return nil, err
	}
	return st, nil
}

// apiValidator is one element of the Beacon API's validators list.
type apiValidator struct {
	Index     quoted `json:"index"`
	Balance   quoted `json:"balance"`
	Status    string `json:"status"`
	Validator struct {
		Pubkey            hexutil.Bytes `json:"pubkey"`
		Credentials       hexutil.Bytes `json:"withdrawal_credentials"`
		EffectiveBalance  quoted        `json:"effective_balance"`
		Slashed           bool          `json:"slashed"`
		ExitEpoch         quoted        `json:"exit_epoch"`
		WithdrawableEpoch quoted        `json:"withdrawable_epoch"`
	} `json:"validator"`
}

// quoted is a uint64 the Beacon API writes as a decimal string.
type quoted uint64

func (q *quoted) UnmarshalJSON(b []byte) error {
	v, err := strconv.ParseUint(strings.Trim(string(b), `"`), 10, 64)
	*q = quoted(v)
	return err
}

// eachValidator streams GET /eth/v1/beacon/states/head/validators (the
// whole registry, one element at a time: memory stays flat on mainnet).
func (b *beaconReader) eachValidator(ctx context.Context, f func(*apiValidator)) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.url+"/eth/v1/beacon/states/head/validators", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := b.hc.Do(req)
	if err != nil {
		return fmt.Errorf("readapi: reading the validators: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("readapi: reading the validators: %s", resp.Status)
	}
	dec := json.NewDecoder(bufio.NewReaderSize(resp.Body, 64<<10))
	// {"data": [ … ], …}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fmt.Errorf("readapi: the validators answer is not an object")
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return fmt.Errorf("readapi: decoding the validators: %w", err)
		}
		if k != "data" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fmt.Errorf("readapi: decoding the validators: %w", err)
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return fmt.Errorf("readapi: the validators' data is not a list")
		}
		var v apiValidator
		for dec.More() {
			v = apiValidator{}
			if err := dec.Decode(&v); err != nil {
				return fmt.Errorf("readapi: decoding a validator: %w", err)
			}
			if len(v.Validator.Pubkey) != 48 || len(v.Validator.Credentials) != 32 {
				return fmt.Errorf("readapi: a validator with a %d-byte key or %d-byte credentials", len(v.Validator.Pubkey), len(v.Validator.Credentials))
			}
			f(&v)
		}
		if _, err := dec.Token(); err != nil {
			return fmt.Errorf("readapi: decoding the validators: %w", err)
		}
	}
	return nil
}

// statusGroup sorts a Beacon API status into the operator view's groups.
func statusGroup(s string) string {
	switch {
	case s == "pending_initialized" || s == "pending_queued":
		return "pending"
	case s == "active_ongoing":
		return "active"
	case s == "active_exiting" || s == "exited_unslashed" || s == "exited_slashed" || s == "active_slashed":
		return "exiting"
	case s == "withdrawal_possible" || s == "withdrawal_done":
		return "exited"
	}
	return "unknown"
}
