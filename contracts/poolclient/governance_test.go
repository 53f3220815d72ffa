package poolclient_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/simnode"
)

// TestGovernanceCalls: a proposal of each kind, executed after the
// timelock, does what it says on the contracts.
func TestGovernanceCalls(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	o, err := c.Transactor(ctx, n.Keys[simnode.KeyMember])
	if err != nil {
		t.Fatal(err)
	}
	view := &bind.CallOpts{Context: ctx}
	timelock, err := c.Governance.TimelockSeconds(view)
	if err != nil {
		t.Fatal(err)
	}
	enact := func(what string, cl poolclient.Call, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		tx, err := c.Governance.Propose(o, cl.Target, cl.Data)
		rc, err := c.Wait(ctx, tx, err)
		if err != nil {
			t.Fatalf("propose %s: %v", what, err)
		}
		var id *big.Int
		for _, e := range c.Events(rc) {
			if e.Name == "ProposalCreated" {
				id, _ = e.Args["id"].(*big.Int)
			}
		}
		if id == nil {
			t.Fatalf("propose %s: no ProposalCreated among %+v", what, c.Events(rc))
		}
		if err := n.AdjustTime(time.Duration(timelock+1) * time.Second); err != nil {
			t.Fatal(err)
		}
		tx, err = c.Governance.Execute(o, id)
		if _, err := c.Wait(ctx, tx, err); err != nil {
			t.Fatalf("execute %s: %v", what, err)
		}
	}
	ops, err := c.Operators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reward := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	cl, err := c.AddOperator("new operator", reward)
	enact("add-operator", cl, err)
	cl, err = c.SetOperatorLimit(uint64(len(ops)), 7)
	enact("set-operator-limit", cl, err)
	cl, err = c.SetOperatorActive(0, false)
	enact("set-operator-active", cl, err)
	after, err := c.Operators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(ops)+1 || after[len(ops)].Name != "new operator" || after[len(ops)].RewardAddress != reward ||
		after[len(ops)].Limit != 7 || after[0].Active {
		t.Fatalf("operators after the proposals: %+v", after)
	}
	cl, err = c.PauseStaking()
	enact("pause-staking", cl, err)
	if paused, err := c.Pool.IsStakingPaused(view); err != nil || !paused {
		t.Fatalf("paused: %v %v", paused, err)
	}
	cl, err = c.ResumeStaking()
	enact("resume-staking", cl, err)
	if paused, err := c.Pool.IsStakingPaused(view); err != nil || paused {
		t.Fatalf("resumed: paused %v %v", paused, err)
	}
	cl, err = c.SetStakingLimit(ether(1000), ether(1))
	enact("set-staking-limit", cl, err)
	members := []common.Address{n.Addrs[simnode.KeyMember], n.Addrs[simnode.KeyUser0]}
	cl, err = c.SetCommittee(members, 2)
	enact("set-committee", cl, err)
	if th, err := c.Governance.Threshold(view); err != nil || th != 2 {
		t.Fatalf("threshold %d %v, want 2", th, err)
	}
}
