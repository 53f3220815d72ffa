package indexer

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/stakepool/stakepool/contracts"
)

// TestEventsMatchArtifacts: every event the indexer decodes is in its
// contract's compiled ABI with the same name, types, indexed parameters
// and parameter names; an event marked pending (its contract has not
// landed) may be missing, but once present it must match and the mark go.
func TestEventsMatchArtifacts(t *testing.T) {
	artifacts := [numContracts]string{"Pool", "WstETH", "WithdrawalQueue", "OperatorRegistry", "Governance", "Oracle", "WithdrawalVault", "ELRewardsVault", "VetoEscrow", "GateSeal", "BondedModule"}
	abis := map[Contract]*abi.ABI{}
	for c, name := range artifacts {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			continue // not compiled yet: its events must all be pending
		}
		parsed, err := abi.JSON(bytes.NewReader(a.ABI))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		abis[Contract(c)] = &parsed
	}
	for _, d := range events {
		mine, err := parseEvent(d.sig)
		if err != nil {
			t.Fatal(err)
		}
		theirs, ok := (*abi.Event)(nil), false
		if a := abis[d.contract]; a != nil {
			var e abi.Event
			e, ok = a.Events[mine.Name]
			theirs = &e
		}
		if !ok {
			if !d.pending {
				t.Errorf("%s.%s: not in the contract's ABI", d.contract, mine.Name)
			}
			continue
		}
		if d.pending {
			t.Errorf("%s.%s: in the ABI now; drop its pending mark", d.contract, mine.Name)
		}
		if theirs.ID != mine.ID || len(theirs.Inputs) != len(mine.Inputs) {
			t.Errorf("%s.%s: signature %s, ABI has %s", d.contract, mine.Name, mine.Sig, theirs.Sig)
			continue
		}
		for i := range mine.Inputs {
			if mine.Inputs[i].Name != theirs.Inputs[i].Name || mine.Inputs[i].Indexed != theirs.Inputs[i].Indexed {
				t.Errorf("%s.%s parameter %d: ours %s indexed=%v, ABI %s indexed=%v", d.contract, mine.Name, i,
					mine.Inputs[i].Name, mine.Inputs[i].Indexed, theirs.Inputs[i].Name, theirs.Inputs[i].Indexed)
			}
		}
	}
	// Every event of the pool's contracts is either decoded or listed as ignored on purpose.
	decoded := map[string]bool{}
	for _, d := range events {
		e, _ := parseEvent(d.sig)
		decoded[d.contract.String()+"."+e.Name] = true
	}
	for c, a := range abis {
		for name := range a.Events {
			if !decoded[c.String()+"."+name] && !ignoredEvents[c.String()+"."+name] {
				t.Errorf("%s.%s: emitted by the contract but neither decoded nor listed in ignoredEvents", c, name)
			}
		}
	}
}

// ignoredEvents are events the indexer leaves raw on purpose.
var ignoredEvents = map[string]bool{
	"Pool.EIP712DomainChanged":   true,
	"WstETH.EIP712DomainChanged": true,
	// The bonded module's keys, queue, counts and parameters: the read API
	// reads them live from the module; the index keeps its bonds only.
	"BondedModule.BatchDropped":        true,
	"BondedModule.ExitDelayPenaltySet": true,
	"BondedModule.StuckChanged":        true,
	"BondedModule.BatchEnqueued":       true,
	"BondedModule.DepositableChanged":  true,
	"BondedModule.ExitRequested":       true,
	"BondedModule.ExitedChanged":       true,
	"BondedModule.KeysDeposited":       true,
	"BondedModule.NonceChanged":        true,
	"BondedModule.ParamsSet":           true,
	"BondedModule.RewardsMinted":       true,
	"BondedModule.ScorecardUpdated":    true,
	"BondedModule.SigningKeysAdded":    true,
	"BondedModule.VettedDecreased":     true,
}
