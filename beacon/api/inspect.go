package api

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/units"
)

// InspectedValidator is one validator of an Inspection; epochs that are
// FAR_FUTURE_EPOCH are null in JSON.
type InspectedValidator struct {
	Index                      uint64  `json:"index"`
	Pubkey                     string  `json:"pubkey"`
	Status                     string  `json:"status"`
	BalanceGwei                uint64  `json:"balance_gwei"`
	EffectiveBalanceGwei       uint64  `json:"effective_balance_gwei"`
	Slashed                    bool    `json:"slashed"`
	ActivationEligibilityEpoch *uint64 `json:"activation_eligibility_epoch"`
	ActivationEpoch            *uint64 `json:"activation_epoch"`
	ExitEpoch                  *uint64 `json:"exit_epoch"`
	WithdrawableEpoch          *uint64 `json:"withdrawable_epoch"`
}

// Inspection is the validators with given withdrawal credentials on a
// beacon node at its head (`stakepool chain inspect`; its JSON is the
// command's --json).
type Inspection struct {
	BeaconURL         string               `json:"beacon_url"`
	HeadSlot          uint64               `json:"head_slot"`
	HeadEpoch         uint64               `json:"head_epoch"`
	FinalizedEpoch    uint64               `json:"finalized_epoch"`
	Credentials       string               `json:"credentials"`
	WithdrawalAddress string               `json:"withdrawal_address"`
	Count             int                  `json:"count"`
	ByStatus          map[string]int       `json:"by_status"`
	TotalBalanceGwei  uint64               `json:"total_balance_gwei"`
	Validators        []InspectedValidator `json:"validators"`
}

// Inspect reads the head slot, the finalized epoch and, in the head's
// state, the validators whose withdrawal credentials are creds (the whole
// registry is streamed and filtered here: the Beacon API cannot filter by
// credentials).
func (c *Client) Inspect(ctx context.Context, creds beacon.Credentials) (*Inspection, error) {
	head, err := c.HeadSlot(ctx)
	if err != nil {
		return nil, err
	}
	fin, err := c.FinalizedEpoch(ctx)
	if err != nil {
		return nil, err
	}
	vs, err := c.ValidatorsAt(ctx, head, creds)
	if err != nil {
		return nil, err
	}
	r := Inspection{BeaconURL: c.URL(), HeadSlot: uint64(head), HeadEpoch: uint64(head) / c.SlotsPerEpoch(),
		FinalizedEpoch: uint64(fin), Credentials: "0x" + hex.EncodeToString(creds[:]),
		WithdrawalAddress: common.Address(creds.Address()).Hex(), Count: len(vs), ByStatus: map[string]int{},
		Validators: make([]InspectedValidator, 0, len(vs))}
	for _, v := range vs {
		r.ByStatus[string(v.Status)]++
		r.TotalBalanceGwei += uint64(v.Balance)
		r.Validators = append(r.Validators, InspectedValidator{Index: uint64(v.Index), Pubkey: "0x" + hex.EncodeToString(v.Pubkey[:]),
			Status: string(v.Status), BalanceGwei: uint64(v.Balance), EffectiveBalanceGwei: uint64(v.EffectiveBalance), Slashed: v.Slashed,
			ActivationEligibilityEpoch: farNull(v.ActivationEligibilityEpoch), ActivationEpoch: farNull(v.ActivationEpoch),
			ExitEpoch: farNull(v.ExitEpoch), WithdrawableEpoch: farNull(v.WithdrawableEpoch)})
	}
	return &r, nil
}

func farNull(e beacon.Epoch) *uint64 {
	if e == beacon.FarFutureEpoch {
		return nil
	}
	x := uint64(e)
	return &x
}

func epochText(e *uint64) string {
	if e == nil {
		return "-"
	}
	return fmt.Sprint(*e)
}

// WriteText writes the inspection for people: the head, finality, the
// validators by status and their balances, a table of them.
func (r *Inspection) WriteText(w io.Writer) {
	fmt.Fprintf(w, "beacon node:        %s\n", r.BeaconURL)
	fmt.Fprintf(w, "head:               slot %d (epoch %d)\n", r.HeadSlot, r.HeadEpoch)
	fmt.Fprintf(w, "finalized:          epoch %d\n", r.FinalizedEpoch)
	fmt.Fprintf(w, "credentials:        %s (withdrawal address %s)\n", r.Credentials, r.WithdrawalAddress)
	statuses := make([]string, 0, len(r.ByStatus))
	for s, n := range r.ByStatus {
		statuses = append(statuses, fmt.Sprintf("%s %d", s, n))
	}
	sort.Strings(statuses)
	fmt.Fprintf(w, "validators:         %d", r.Count)
	if len(statuses) > 0 {
		fmt.Fprintf(w, " (%s)", strings.Join(statuses, ", "))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "total balance:      %s ETH\n", units.FormatGwei(units.Gwei(r.TotalBalanceGwei)))
	if r.Count == 0 {
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "index\tpubkey\tstatus\tbalance ETH\teffective ETH\tslashed\tactivation\texit\twithdrawable\t")
	for _, v := range r.Validators {
		fmt.Fprintf(tw, "%d\t%s…\t%s\t%s\t%s\t%v\t%s\t%s\t%s\t\n", v.Index, v.Pubkey[:14], v.Status,
			units.FormatGwei(units.Gwei(v.BalanceGwei)), units.FormatGwei(units.Gwei(v.EffectiveBalanceGwei)), v.Slashed,
			epochText(v.ActivationEpoch), epochText(v.ExitEpoch), epochText(v.WithdrawableEpoch))
	}
	_ = tw.Flush()
}
