package bench

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"time"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

func init() {
	Register(Bench{
		Name:  "ledger",
		Short: "Benchmark the stETH ledger: transfers and submits between random holders on one core",
		Long: "Builds a pool of --holders stETH holders (each funded and staked through ApplyTx) and\n" +
			"applies stETH transfers of 1 gwei between a random sender and a random recipient, and\n" +
			"submits of 0.01 ETH from a random holder, through protocol.ApplyTx (nonce check, share\n" +
			"conversion, balance updates, events) on one goroutine. The transactions are drawn in\n" +
			"batches of 4,096 before each batch is timed (the ledger is measured, not the random\n" +
			"generator). Figures, each named with its scale:\n" +
			"  ledger/transfer/random/holders=N   transfers per second (wall) and per CPU-second,\n" +
			"                                     ns/op and allocs/op\n" +
			"  ledger/submit/random/holders=N     the same for submits\n" +
			"  ledger/{transfer,submit}/random-block/holders=N  the same batches applied as one\n" +
			"                                     block through ApplyTxs (accounts prefetched ahead)\n" +
			"  ledger/memory/holders=N            live heap bytes per holder after a GC (the state\n" +
			"                                     built minus the heap before, divided by N)\n" +
			"  ledger/transfer/in-cache/holders=1024  the old workload: 1,024 accounts in turn, which\n" +
			"                                     stay in the CPU's caches (not the goal's case)\n" +
			"Targets (issue 19): ≥ 5M random transfers/s on one core at 1M holders, 0 allocs/op;\n" +
			"≤ 150 heap bytes per holder at --holders 10000000. The machine's 1-minute load average\n" +
			"before and after is printed (ledger/load-average-1m-*).",
		Flags: func(fs *pflag.FlagSet) Run {
			holders := fs.Int("holders", 1_000_000, "stETH holders of the pool")
			seconds := fs.Float64("seconds", 2, "timed seconds per figure (at least)")
			inCache := fs.Bool("in-cache", true, "also time the in-cache workload (1,024 accounts in turn)")
			return func(_ context.Context, log io.Writer) ([]Figure, error) {
				if *holders < 2 || *seconds <= 0 {
					return nil, fmt.Errorf("--holders must be at least 2 and --seconds positive")
				}
				return runLedger(log, *holders, *seconds, *inCache)
			}
		},
	})
}

func runLedger(log io.Writer, holders int, seconds float64, inCache bool) ([]Figure, error) {
	load0 := loadAverage()
	h0 := heapAlloc()
	t0 := time.Now()
	l, err := NewLedger(holders, 1000)
	if err != nil {
		return nil, err
	}
	h1 := heapAlloc()
	fmt.Fprintf(log, "ledger: %d holders built in %.1f s\n", holders, time.Since(t0).Seconds())
	perHolder := float64(h1-min(h0, h1)) / float64(holders)
	l.Random(1)
	figs := []Figure{{Name: fmt.Sprintf("ledger/memory/holders=%d", holders), Unit: "heap-bytes/holder", Value: round(perHolder), LowerIsBetter: true}}
	for _, op := range []struct {
		name  string
		kind  protocol.CommandKind
		block bool
	}{
		{"ledger/transfer/random-block/", protocol.CmdTransfer, true},
		{"ledger/transfer/random/", protocol.CmdTransfer, false},
		{"ledger/submit/random-block/", protocol.CmdSubmit, true},
		{"ledger/submit/random/", protocol.CmdSubmit, false},
	} {
		r, err := l.Time(op.kind, seconds, op.block)
		if err != nil {
			return nil, err
		}
		figs = append(figs, r.figures(fmt.Sprintf("%sholders=%d", op.name, holders))...)
	}
	if inCache {
		l = nil
		runtime.GC()
		c, err := NewLedger(InCacheAccounts, 1_000_000)
		if err != nil {
			return nil, err
		}
		r, err := c.Time(protocol.CmdTransfer, seconds, false)
		if err != nil {
			return nil, err
		}
		figs = append(figs, r.figures(fmt.Sprintf("ledger/transfer/in-cache/holders=%d", InCacheAccounts))...)
	}
	return append(figs,
		Figure{Name: "ledger/load-average-1m-start", Unit: "load", Value: load0, LowerIsBetter: true},
		Figure{Name: "ledger/load-average-1m-end", Unit: "load", Value: loadAverage(), LowerIsBetter: true}), nil
}

// ledgerResult is a timed run of one operation.
type ledgerResult struct {
	ops         int
	wall, cpu   time.Duration
	allocations uint64
}

func (r ledgerResult) figures(name string) []Figure {
	n := float64(r.ops)
	return []Figure{
		{Name: name, Unit: "ops/s", Value: round(n / r.wall.Seconds())},
		{Name: name + "/cpu", Unit: "ops/cpu-s", Value: round(n / r.cpu.Seconds())},
		{Name: name + "/ns", Unit: "ns/op", Value: round(float64(r.wall.Nanoseconds()) / n), LowerIsBetter: true},
		{Name: name + "/allocs", Unit: "allocs/op", Value: round(float64(r.allocations) / n), LowerIsBetter: true},
	}
}

// InCacheAccounts is the number of accounts of the in-cache workload
// (Ledger.InTurn): few enough that every one stays in the CPU's caches.
const InCacheAccounts = 1024

// LedgerBatch is how many transactions a Ledger draws before they are
// applied (and timed).
const LedgerBatch = 4096

// Ledger is a pool of holders stETH holders, addr(kHolder, 1..holders),
// each funded through the faucet and staked through ApplyTx, with no
// staking limit: the workload of `bench ledger` and of the ledger's
// `go test -bench`. Its transactions are drawn in batches of LedgerBatch
// ready-made protocol.Tx (draw): a random sender and recipient (Random),
// or the holders in turn.
type Ledger struct {
	st      *protocol.State
	holders int
	nonces  []uint32 // by holder number, 1-based
	rng     *rand.Rand
	batch   []protocol.Tx
	next    int
	turn    uint64 // holders in turn: the next one's offset
	err     error  // the first rejection in a timed batch, at errAt
	errAt   int
}

// NewLedger builds the pool: every holder gets eth ETH from the faucet and
// stakes 1 ETH. The holders are drawn in turn until Random is called.
func NewLedger(holders int, eth uint64) (*Ledger, error) {
	g := genesis(0, 0)
	s, err := protocol.NewState(g)
	if err != nil {
		return nil, err
	}
	if err := s.BeginBlock(1, g.Chain.SlotTime(1)); err != nil {
		return nil, err
	}
	l := &Ledger{st: s, holders: holders}
	faucet := protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdFaucet, Amount: *units.Ether(eth)}}
	stake := protocol.Tx{Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(1)}}
	for i := 1; i <= holders; i++ {
		faucet.Cmd.To = addr(kHolder, uint64(i))
		if _, err := s.ApplyTx(&faucet); err != nil {
			return nil, err
		}
		stake.Sender = faucet.Cmd.To
		if _, err := s.ApplyTx(&stake); err != nil {
			return nil, err
		}
	}
	l.nonces = make([]uint32, holders+1)
	for i := range l.nonces[1:] {
		l.nonces[1+i] = 1
	}
	l.batch = make([]protocol.Tx, 0, LedgerBatch)
	return l, nil
}

// State is the pool.
func (l *Ledger) State() *protocol.State { return l.st }

// Random makes the ledger draw senders and recipients uniformly at random
// (recipient ≠ sender), from seed.
func (l *Ledger) Random(seed uint64) { l.rng = rand.New(rand.NewPCG(seed, 19)) }

// draw fills the next batch with commands of kind k (CmdTransfer: 1 gwei
// of stETH to the drawn recipient; CmdSubmit: 0.01 ETH) from random
// holders, or in turn (holder i+1 to i+2).
func (l *Ledger) draw(k protocol.CommandKind) {
	l.batch, l.next = l.batch[:LedgerBatch], 0
	n := uint32(l.holders)
	for i := range l.batch {
		var from, to uint32
		if l.rng != nil {
			from = 1 + l.rng.Uint32N(n)
			to = 1 + l.rng.Uint32N(n-1)
			if to >= from {
				to++
			}
		} else {
			from = 1 + uint32(l.turn%uint64(n))
			to = 1 + from%n
			l.turn++
		}
		tx := &l.batch[i]
		tx.Sender, tx.Nonce = addr(kHolder, uint64(from)), uint64(l.nonces[from])
		l.nonces[from]++
		tx.Cmd.Kind = k
		if k == protocol.CmdTransfer {
			tx.Cmd.To = addr(kHolder, uint64(to))
			tx.Cmd.Amount.SetUint64(1e9)
		} else {
			tx.Cmd.To = protocol.Address{}
			tx.Cmd.Amount.SetUint64(1e16)
		}
	}
}

// Draw draws a batch of LedgerBatch transactions of kind k and returns
// it (valid until the next draw).
func (l *Ledger) Draw(k protocol.CommandKind) []protocol.Tx {
	l.draw(k)
	l.next = len(l.batch)
	return l.batch
}

// Do applies the next transaction of kind k (CmdTransfer or CmdSubmit),
// drawing a batch when the last one is used up.
func (l *Ledger) Do(k protocol.CommandKind) error {
	if l.next == len(l.batch) || l.batch[l.next].Cmd.Kind != k {
		l.draw(k)
	}
	_, err := l.st.ApplyTx(&l.batch[l.next])
	l.next++
	return err
}

// Time applies transactions of kind k batch after batch until at least
// seconds of them were timed; drawing is not timed. With block, each batch
// goes through ApplyTxs as one block (its accounts fetched ahead); else
// through ApplyTx one by one.
func (l *Ledger) Time(k protocol.CommandKind, seconds float64, block bool) (ledgerResult, error) {
	var r ledgerResult
	want := time.Duration(seconds * float64(time.Second))
	// one untimed batch first (code and the sender's lines warm)
	l.draw(k)
	for i := range l.batch {
		if _, err := l.st.ApplyTx(&l.batch[i]); err != nil {
			return r, err
		}
	}
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for r.wall < want {
		l.draw(k)
		c0, t0 := processCPU(), time.Now()
		if block {
			l.st.ApplyTxs(l.batch, l.check)
		} else {
			for i := range l.batch {
				_, err := l.st.ApplyTx(&l.batch[i])
				l.check(i, nil, err)
			}
		}
		r.wall += time.Since(t0)
		if l.err != nil {
			return r, fmt.Errorf("bench ledger: %v op %d: %w", k, r.ops+l.errAt, l.err)
		}
		r.cpu += processCPU() - c0
		r.ops += len(l.batch)
	}
	runtime.ReadMemStats(&m1)
	r.allocations = m1.Mallocs - m0.Mallocs
	return r, nil
}

// check keeps the first rejection of a batch.
func (l *Ledger) check(i int, _ []protocol.Event, err error) {
	if err != nil && l.err == nil {
		l.err, l.errAt = err, i
	}
}
