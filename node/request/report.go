package request

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// ReportJSON is the documented JSON form of a protocol.OracleReport (what
// `stakepool tx oracle-submit --report-file` reads): amounts as decimal
// strings (gwei for the beacon balance, wei for the vaults), counts as JSON
// numbers, lists ascending by operator. The request itself carries the
// report's canonical bytes (protocol.EncodeReport), not this form.
type ReportJSON struct {
	RefSlot            uint64          `json:"ref_slot"`
	Validators         uint64          `json:"validators"`
	BalanceGwei        string          `json:"balance_gwei"`
	WithdrawalVaultWei string          `json:"withdrawal_vault_wei"`
	ELRewardsVaultWei  string          `json:"el_rewards_vault_wei"`
	Exited             []OperatorCount `json:"exited"`
	SharesToBurn       string          `json:"shares_requested_to_burn"`
	Batches            []uint64        `json:"finalization_batches"`
	SimulatedShareRate string          `json:"simulated_share_rate"`
	Bunker             bool            `json:"bunker"`
	ExitRequests       []OperatorCount `json:"exit_requests"`
	Stats              []OperatorStats `json:"stats"`
}

// OperatorCount is protocol.OperatorCount in ReportJSON.
type OperatorCount struct {
	Operator uint32 `json:"operator"`
	Count    uint64 `json:"count"`
}

// OperatorStats is protocol.OperatorStats in ReportJSON.
type OperatorStats struct {
	Operator           uint32 `json:"operator"`
	MissedAttestations uint64 `json:"missed_attestations"`
	MissedProposals    uint64 `json:"missed_proposals"`
	Slashed            uint64 `json:"slashed"`
}

// ReportToJSON is the JSON form of r.
func ReportToJSON(r *protocol.OracleReport) *ReportJSON {
	j := &ReportJSON{RefSlot: r.RefSlot, Validators: r.Validators, BalanceGwei: strconv.FormatUint(uint64(r.Balance), 10),
		WithdrawalVaultWei: r.WithdrawalVault.Dec(), ELRewardsVaultWei: r.ELRewardsVault.Dec(),
		SharesToBurn: r.SharesRequestedToBurn.Dec(), Batches: append([]uint64{}, r.Batches...), SimulatedShareRate: r.SimulatedShareRate.Dec(), Bunker: r.Bunker,
		Exited: []OperatorCount{}, ExitRequests: []OperatorCount{}, Stats: []OperatorStats{}}
	for _, c := range r.Exited {
		j.Exited = append(j.Exited, OperatorCount{uint32(c.Operator), c.Count})
	}
	for _, c := range r.ExitRequests {
		j.ExitRequests = append(j.ExitRequests, OperatorCount{uint32(c.Operator), c.Count})
	}
	for _, s := range r.Stats {
		j.Stats = append(j.Stats, OperatorStats{uint32(s.Operator), s.MissedAttestations, s.MissedProposals, s.Slashed})
	}
	return j
}

// Report converts the JSON form back to a protocol report.
func (j *ReportJSON) Report() (*protocol.OracleReport, error) {
	r := &protocol.OracleReport{RefSlot: j.RefSlot, Validators: j.Validators, Bunker: j.Bunker}
	if len(j.Batches) > 0 {
		r.Batches = append([]uint64(nil), j.Batches...)
	}
	bal, err := parseUint(orZero(j.BalanceGwei), 64)
	if err != nil {
		return nil, fmt.Errorf("balance_gwei: %w", err)
	}
	r.Balance = units.Gwei(bal)
	for _, x := range []struct {
		name string
		s    string
		dst  *uint256.Int
	}{{"withdrawal_vault_wei", j.WithdrawalVaultWei, &r.WithdrawalVault}, {"el_rewards_vault_wei", j.ELRewardsVaultWei, &r.ELRewardsVault},
		{"shares_requested_to_burn", j.SharesToBurn, &r.SharesRequestedToBurn}, {"simulated_share_rate", j.SimulatedShareRate, &r.SimulatedShareRate}} {
		if err := parseU256(orZero(x.s), x.dst); err != nil {
			return nil, fmt.Errorf("%s: %w", x.name, err)
		}
	}
	for _, c := range j.Exited {
		r.Exited = append(r.Exited, protocol.OperatorCount{Operator: protocol.OperatorID(c.Operator), Count: c.Count})
	}
	for _, c := range j.ExitRequests {
		r.ExitRequests = append(r.ExitRequests, protocol.OperatorCount{Operator: protocol.OperatorID(c.Operator), Count: c.Count})
	}
	for _, s := range j.Stats {
		r.Stats = append(r.Stats, protocol.OperatorStats{Operator: protocol.OperatorID(s.Operator),
			MissedAttestations: s.MissedAttestations, MissedProposals: s.MissedProposals, Slashed: s.Slashed})
	}
	return r, nil
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// ParseReport reads a report either in its JSON form (an object) or as the
// 0x-hex of its canonical bytes.
func ParseReport(b []byte) (*protocol.OracleReport, error) {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var j ReportJSON
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return nil, fmt.Errorf("report JSON: %w", err)
		}
		return j.Report()
	}
	raw, err := parseHex(string(b))
	if err != nil {
		return nil, fmt.Errorf("report: want a JSON object or 0x-hex of the canonical encoding")
	}
	return parseReport(raw)
}
