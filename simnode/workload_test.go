package simnode

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// TestWorkloadGovernanceReadsTheChain: a governance proposal the workload
// did not send (as when a reorganization brings back an abandoned block's
// proposal, or drops one of the workload's) is on the chain before the
// workload's next governance action: the workload still proposes the
// opposite of the chain's staking state and executes its own proposal by
// the id the chain gave it. It kept a count of its proposals and of the
// pause before: it then executed proposal 1 a second time
// ("executing proposal 1: execution reverted") — the indexer's
// TestReorgsRollBack failed that way when a fork dropped a proposal.
func TestWorkloadGovernanceReadsTheChain(t *testing.T) {
	ctx := context.Background()
	n, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	c, err := n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	w := &Workload{N: n, C: c, Rand: rand.New(rand.NewPCG(1, 2))}
	paused := func() bool {
		t.Helper()
		p, err := c.Pool.IsStakingPaused(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	// proposal 1, not the workload's: pause staking
	abi, _ := bindings.PoolMetaData.GetAbi()
	data, _ := abi.Pack("pauseStaking")
	o := n.Opts(KeyMember)
	if _, err := c.Governance.Propose(o, n.Addresses.Pool, data); err != nil {
		t.Fatal(err)
	}
	n.Commit()
	if err := n.AdjustTime(3601 * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Governance.Execute(n.Opts(KeyMember), big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	n.Commit()
	if !paused() {
		t.Fatal("proposal 1 did not pause staking")
	}
	// the workload's: proposal 2 resumes, proposal 3 pauses again
	for i, want := range []bool{false, true} {
		ok, err := w.governance(ctx)
		if err != nil || !ok {
			t.Fatalf("the workload's proposal %d: sent %v, %v", i+2, ok, err)
		}
		if got := paused(); got != want {
			t.Fatalf("after the workload's proposal %d staking paused %v, want %v", i+2, got, want)
		}
		p, err := c.Governance.GetProposal(&bind.CallOpts{Context: ctx}, big.NewInt(int64(i+2)))
		if err != nil {
			t.Fatal(err)
		}
		if !p.P.Executed {
			t.Fatalf("proposal %d not executed", i+2)
		}
	}
}
