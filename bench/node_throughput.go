package bench

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/protocol"
)

// throughput sends the pre-signed transactions from o.clients concurrent
// clients in batches (POST /v1/txs) of o.batch, each batch holding the
// next transaction of o.batch accounts; every answer means the batch is
// durably in the log. Round r sends nonce r of every account, so the next
// round starts when the previous one is answered. It returns applied
// transactions and the time taken; transactions not applied are counted
// in f.
func (b *nodeBench) throughput(from, upto int, f *failures) (int, time.Duration, error) {
	cs, err := b.clients(b.o.clients)
	if err != nil {
		return 0, 0, err
	}
	defer closeAll(cs)
	var applied atomic.Int64
	deadline := time.Now().Add(b.o.maxTime)
	pool := make(chan *rawClient, len(cs))
	for _, c := range cs {
		pool <- c
	}
	start := time.Now()
	for r := from; r < upto && time.Now().Before(deadline); r++ {
		var wg sync.WaitGroup
		for a := 0; a < len(b.keys); a += b.o.batch {
			end := min(a+b.o.batch, len(b.keys))
			bodies := make([][]byte, 0, end-a)
			for i := a; i < end; i++ {
				bodies = append(bodies, b.signed[i].at(r))
			}
			c := <-pool
			wg.Add(1)
			go func() {
				defer wg.Done()
				applied.Add(int64(b.postBatch(c, bodies, f)))
				pool <- c
			}()
		}
		wg.Wait()
	}
	return int(applied.Load()), time.Since(start), nil
}

// logThroughput measures the sequencer and log alone: pre-authenticated
// transactions (no HTTP, no signature check) submitted in batches from
// o.clients goroutines, each answered once durable. It uses its own node.
func logThroughput(o benchNodeOpts, dir string) (float64, node.Stats, error) {
	g := genesis(o.accounts, 1_000_000)
	n, err := node.Open(node.Config{Dir: dir, Genesis: g, SlotTime: o.slot, MempoolSize: 1 << 20, CommitInterval: o.commitInterval})
	if err != nil {
		return 0, node.Stats{}, err
	}
	defer n.Close()
	rounds := max(1, o.txs/o.accounts)
	deadline := time.Now().Add(o.maxTime)
	start := time.Now()
	applied := 0
	for r := 0; r < rounds && time.Now().Before(deadline); r++ {
		var wg sync.WaitGroup
		var failed atomic.Value
		for a := 0; a < o.accounts; a += o.batch {
			var txs []*protocol.Tx
			for i := a; i < min(a+o.batch, o.accounts); i++ {
				txs = append(txs, &protocol.Tx{Sender: addr(kHolder, uint64(i+1)), Nonce: uint64(r), Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e15)}})
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				rs, err := n.SubmitMany(context.Background(), txs)
				if err != nil {
					failed.Store(err)
					return
				}
				for _, x := range rs {
					if x.Err != nil {
						failed.Store(x.Err)
						return
					}
				}
			}()
		}
		wg.Wait()
		if err, ok := failed.Load().(error); ok {
			return 0, node.Stats{}, err
		}
		applied += o.accounts
	}
	return float64(applied) / time.Since(start).Seconds(), n.Stats(), nil
}

// resync makes every account's pre-signed list start at the same nonce:
// accounts the latency phase used less are brought level with one batch
// each, so that the throughput rounds (nonce r of every account) stay in
// order. It returns the first common nonce.
func (b *nodeBench) resync(f *failures) (int, error) {
	top := 0
	nonces := make([]int, len(b.keys))
	b.n.View(func(s *protocol.State) {
		for i, k := range b.keys {
			nonces[i] = int(s.Account(crypto.PubkeyToAddress(k.PublicKey)).Nonce)
			top = max(top, nonces[i])
		}
	})
	c := &rawClient{addr: b.host}
	defer c.close()
	var bodies [][]byte
	for i := range b.keys {
		for n := nonces[i]; n < top; n++ {
			bodies = append(bodies, b.signed[i].at(n))
			if len(bodies) == api.MaxBatchTxs {
				b.postBatch(c, bodies, f)
				bodies = bodies[:0]
			}
		}
	}
	if len(bodies) > 0 {
		b.postBatch(c, bodies, f)
	}
	return top, nil
}
