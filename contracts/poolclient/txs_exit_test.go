package poolclient_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/simnode"
)

// TestTriggerExitTx: `tx trigger-exit` reads the EIP-7002 fee from the
// system contract and calls the pool's exit trigger; for a key the oracle
// never asked to exit the trigger refuses with EXIT_NOT_REQUESTED, and the
// refusal comes from the estimate: nothing is sent, the nonce stays.
func TestTriggerExitTx(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	var tx *poolclient.Tx
	for i := range poolclient.Txs {
		if poolclient.Txs[i].Name == "trigger-exit" {
			tx = &poolclient.Txs[i]
		}
	}
	if tx == nil {
		t.Fatal("no trigger-exit transaction")
	}
	v, err := tx.Parse(map[string]string{"operator": "0", "key": "0"})
	if err != nil {
		t.Fatal(err)
	}
	user := n.Keys[simnode.KeyUser0]
	nonce, err := c.EL.NonceAt(ctx, n.Addrs[simnode.KeyUser0], nil)
	if err != nil {
		t.Fatal(err)
	}
	o, err := c.Transactor(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	sent, err := tx.Send(ctx, c, o, v)
	_, err = c.Wait(ctx, sent, err)
	var r *poolclient.Refusal
	if !errors.As(err, &r) || r.Code != "EXIT_NOT_REQUESTED" {
		t.Fatalf("trigger-exit of a key never asked to exit: %v, want EXIT_NOT_REQUESTED", err)
	}
	if o.Value == nil || o.Value.Sign() <= 0 {
		t.Fatalf("sent with value %v: the fee was not read", o.Value)
	}
	if after, _ := c.EL.NonceAt(ctx, n.Addrs[simnode.KeyUser0], nil); after != nonce {
		t.Fatalf("nonce %d → %d: a refused trigger was sent", nonce, after)
	}
}
