package poolclient_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/simnode"
)

// TestTriggerExitTx: `tx trigger-exit` reads the EIP-7002 fee from the
// system contract and calls the pool's exit trigger; for a key operator 0
// does not have (it has none) the trigger refuses with UNKNOWN_KEY, and the
// refusal comes from the estimate: nothing is sent, the nonce stays; the
// same through --module 1 (triggerModuleExit), and --module 9 is
// UNKNOWN_MODULE.
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
	if !errors.As(err, &r) || r.Code != "UNKNOWN_KEY" {
		t.Fatalf("trigger-exit of a key operator 0 does not have: %v, want UNKNOWN_KEY", err)
	}
	if o.Value == nil || o.Value.Sign() <= 0 {
		t.Fatalf("sent with value %v: the fee was not read", o.Value)
	}
	if after, _ := c.EL.NonceAt(ctx, n.Addrs[simnode.KeyUser0], nil); after != nonce {
		t.Fatalf("nonce %d → %d: a refused trigger was sent", nonce, after)
	}
	// --module: the module-aware entry (triggerModuleExit); a module the
	// router does not have is UNKNOWN_MODULE, nothing sent.
	for _, c0 := range []struct{ module, want string }{{"1", "UNKNOWN_KEY"}, {"9", "UNKNOWN_MODULE"}} {
		v, err := tx.Parse(map[string]string{"operator": "0", "key": "0", "module": c0.module})
		if err != nil {
			t.Fatal(err)
		}
		sent, err := tx.Send(ctx, c, o, v)
		_, err = c.Wait(ctx, sent, err)
		if !errors.As(err, &r) || r.Code != c0.want {
			t.Fatalf("trigger-exit --module %s: %v, want %s", c0.module, err, c0.want)
		}
	}
	if after, _ := c.EL.NonceAt(ctx, n.Addrs[simnode.KeyUser0], nil); after != nonce {
		t.Fatalf("nonce %d → %d: a refused trigger was sent", nonce, after)
	}
}
