package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/units"
)

func init() { chainCmd.AddCommand(chainInspectCmd()) }

// inspectValidator is one validator in `chain inspect --json`; epochs that
// are FAR_FUTURE_EPOCH are null.
type inspectValidator struct {
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

// inspectReport is `chain inspect --json`.
type inspectReport struct {
	BeaconURL         string             `json:"beacon_url"`
	HeadSlot          uint64             `json:"head_slot"`
	HeadEpoch         uint64             `json:"head_epoch"`
	FinalizedEpoch    uint64             `json:"finalized_epoch"`
	Credentials       string             `json:"credentials"`
	WithdrawalAddress string             `json:"withdrawal_address"`
	Count             int                `json:"count"`
	ByStatus          map[string]int     `json:"by_status"`
	TotalBalanceGwei  uint64             `json:"total_balance_gwei"`
	Validators        []inspectValidator `json:"validators"`
}

func parseCredentials(s string) (beacon.Credentials, error) {
	var c beacon.Credentials
	h, ok := strings.CutPrefix(strings.ToLower(s), "0x")
	if !ok || len(h) != 64 {
		return c, fmt.Errorf("--credentials must be 32 bytes of 0x-hex (0x01 or 0x02 ‖ 11 zero bytes ‖ address), got %q", s)
	}
	if _, err := hex.Decode(c[:], []byte(h)); err != nil {
		return c, fmt.Errorf("--credentials: %w", err)
	}
	return c, nil
}

func farNull(e beacon.Epoch) *uint64 {
	if e == beacon.FarFutureEpoch {
		return nil
	}
	x := uint64(e)
	return &x
}

func chainInspectCmd() *cobra.Command {
	var url, credStr string
	var asJSON bool
	var timeout, validatorsTimeout time.Duration
	c := &cobra.Command{
		Use:   "inspect",
		Short: "Show the validators with given withdrawal credentials on a real beacon node (read-only)",
		Long: "Read, through the standard Beacon API (package beacon/api), the head slot, the\n" +
			"finalized epoch and the validators whose withdrawal credentials are --credentials\n" +
			"(the pool's), with their status, balances and epochs. The node's whole registry is\n" +
			"streamed and filtered here (the Beacon API cannot filter by credentials): about\n" +
			"300 MB of JSON on mainnet. Nothing is sent to the chain.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" {
				return fmt.Errorf("--beacon-url is required")
			}
			creds, err := parseCredentials(credStr)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			cl, err := api.New(ctx, api.Config{BeaconURL: url, Timeout: timeout, ValidatorsTimeout: validatorsTimeout})
			if err != nil {
				return err
			}
			defer cl.Close()
			head, err := cl.HeadSlot(ctx)
			if err != nil {
				return err
			}
			fin, err := cl.FinalizedEpoch(ctx)
			if err != nil {
				return err
			}
			vs, err := cl.ValidatorsAt(ctx, head, creds)
			if err != nil {
				return err
			}
			r := inspectReport{BeaconURL: url, HeadSlot: uint64(head), HeadEpoch: uint64(head) / cl.SlotsPerEpoch(),
				FinalizedEpoch: uint64(fin), Credentials: "0x" + hex.EncodeToString(creds[:]),
				WithdrawalAddress: common.Address(creds.Address()).Hex(), Count: len(vs), ByStatus: map[string]int{},
				Validators: make([]inspectValidator, 0, len(vs))}
			for _, v := range vs {
				r.ByStatus[string(v.Status)]++
				r.TotalBalanceGwei += uint64(v.Balance)
				r.Validators = append(r.Validators, inspectValidator{Index: uint64(v.Index), Pubkey: "0x" + hex.EncodeToString(v.Pubkey[:]),
					Status: string(v.Status), BalanceGwei: uint64(v.Balance), EffectiveBalanceGwei: uint64(v.EffectiveBalance), Slashed: v.Slashed,
					ActivationEligibilityEpoch: farNull(v.ActivationEligibilityEpoch), ActivationEpoch: farNull(v.ActivationEpoch),
					ExitEpoch: farNull(v.ExitEpoch), WithdrawableEpoch: farNull(v.WithdrawableEpoch)})
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			printInspect(cmd.OutOrStdout(), &r)
			return nil
		},
	}
	c.Flags().StringVar(&url, "beacon-url", "", "Beacon API base URL of the consensus node (e.g. http://127.0.0.1:5052)")
	c.Flags().StringVar(&credStr, "credentials", "", "withdrawal credentials to look for, 0x01… or 0x02… (32 bytes)")
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	c.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "timeout of each ordinary request")
	c.Flags().DurationVar(&validatorsTimeout, "validators-timeout", 10*time.Minute, "timeout of the registry download")
	return c
}

func epochText(e *uint64) string {
	if e == nil {
		return "-"
	}
	return fmt.Sprint(*e)
}

func printInspect(w io.Writer, r *inspectReport) {
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
