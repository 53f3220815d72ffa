package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
)

// confirmed is a transaction whose receipt a client was given.
type confirmed struct {
	hash  common.Hash
	block common.Hash
}

// loadWorker stakes and moves stETH from one dev account through JSON-RPC,
// keeping every transaction whose receipt the node returned.
func loadWorker(ctx context.Context, rpc string, a *deploy.Addresses, key string, out chan<- confirmed) {
	el, err := ethclient.DialContext(ctx, "http://"+rpc)
	if err != nil {
		return
	}
	defer el.Close()
	pool, err := bindings.NewPool(a.Pool, el)
	if err != nil {
		return
	}
	k, _ := crypto.HexToECDSA(key[2:])
	o, _ := bind.NewKeyedTransactorWithChainID(k, big.NewInt(int64(devnet.ChainID)))
	o.Context = ctx
	to := devnet.DevAddress("someone")
	for i := 0; ctx.Err() == nil; i++ {
		var tx *types.Transaction
		if i%3 == 0 {
			o.Value = big.NewInt(1e17)
			tx, err = pool.Submit(o, common.Address{})
			o.Value = nil
		} else {
			tx, err = pool.Transfer(o, to, big.NewInt(1e9))
		}
		if err != nil {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		for ctx.Err() == nil {
			rc, err := el.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if rc.Status == types.ReceiptStatusSuccessful {
					select {
					case out <- confirmed{hash: tx.Hash(), block: rc.BlockHash}:
					case <-ctx.Done():
					}
				}
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// TestCrashKill9 kills the real devnet with SIGKILL at random moments while
// clients stake and transfer through JSON-RPC, 20 times, restarting it
// each time. After each restart every transaction whose receipt a client
// was given is in the chain, in the block the receipt named; at the end the
// execution chain and the beacon chain agree block by block (payload hash,
// withdrawals, deposit requests against the deposit contract's logs) and
// the pool's shares equal a recomputation from its TransferShares events.
func TestCrashKill9(t *testing.T) {
	kills := 20
	if s := os.Getenv("STAKEPOOL_CRASH_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	bin := buildStakepool(t)
	dir := filepath.Join(t.TempDir(), "devnet-data")
	p := startDevnet(t, bin, dir)
	accounts := p.accounts(t)
	a, err := deploy.ReadAddresses(filepath.Join(dir, "addresses.json"))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var all []confirmed
	for k := 0; k < kills; k++ {
		ctx, cancel := context.WithCancel(context.Background())
		got := make(chan confirmed, 1024)
		var wg sync.WaitGroup
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func(key string) { defer wg.Done(); loadWorker(ctx, p.rpc, a, key, got) }(accounts[w].PrivateKey)
		}
		var mu sync.Mutex
		var round []confirmed
		done := make(chan struct{})
		go func() {
			for c := range got {
				mu.Lock()
				round = append(round, c)
				mu.Unlock()
			}
			close(done)
		}()
		time.Sleep(time.Duration(300+rng.IntN(2500)) * time.Millisecond)
		p.cmd.Process.Kill() // SIGKILL, mid-load
		<-p.exited
		cancel()
		wg.Wait()
		close(got)
		<-done
		all = append(all, round...)
		p = startDevnet(t, bin, dir)
		checkConfirmed(t, p, all)
		t.Logf("kill %d: %d confirmed transactions so far; %s", k+1, len(all), lastLine(p.output(), "restarted from"))
	}
	if len(all) == 0 {
		t.Fatal("no transaction was confirmed under load")
	}
	checkLayersAgree(t, p, a)
	checkSharesFromEvents(t, p, a)
	p.stop(t)
}

func lastLine(out, prefix string) string {
	i := -1
	for j := 0; j+len(prefix) <= len(out); j++ {
		if out[j:j+len(prefix)] == prefix {
			i = j
		}
	}
	if i < 0 {
		return ""
	}
	end := i
	for end < len(out) && out[end] != '\n' {
		end++
	}
	return out[i:end]
}

// checkConfirmed: every receipt given out is still the chain's.
func checkConfirmed(t *testing.T, p *devnetProc, all []confirmed) {
	t.Helper()
	el, err := ethclient.Dial("http://" + p.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer el.Close()
	for _, c := range all {
		rc, err := el.TransactionReceipt(context.Background(), c.hash)
		if err != nil {
			t.Fatalf("transaction %s, confirmed in block %s before a kill -9, is gone: %v\n%s", c.hash, c.block, err, p.output())
		}
		if rc.BlockHash != c.block {
			t.Fatalf("transaction %s was confirmed in block %s, now in %s", c.hash, c.block, rc.BlockHash)
		}
	}
}

// checkLayersAgree compares every execution block with the beacon block
// of its slot: the payload's hash and withdrawals, and its deposit
// requests against the deposit contract's logs in the block.
func checkLayersAgree(t *testing.T, p *devnetProc, a *deploy.Addresses) {
	t.Helper()
	ctx := context.Background()
	el, err := ethclient.Dial("http://" + p.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer el.Close()
	head, err := el.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := el.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	deposits, requests := 0, 0
	for n := uint64(1); n <= head; n++ {
		blk, err := el.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		slot := (blk.Time()-gen.Time)/12 + devnet.GenesisEpoch*32 + 31
		resp, err := http.Get(fmt.Sprintf("http://%s/eth/v2/beacon/blocks/%d", p.http, slot))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Data struct {
				Message struct {
					Body struct {
						ExecutionPayload struct {
							BlockHash   string `json:"block_hash"`
							Withdrawals []struct {
								Index  string `json:"index"`
								Amount string `json:"amount"`
							} `json:"withdrawals"`
						} `json:"execution_payload"`
						ExecutionRequests struct {
							Deposits []json.RawMessage `json:"deposits"`
						} `json:"execution_requests"`
					} `json:"body"`
				} `json:"message"`
			} `json:"data"`
		}
		err = json.NewDecoder(resp.Body).Decode(&doc)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("beacon block of slot %d (execution block %d): status %d, %v", slot, n, resp.StatusCode, err)
		}
		pl := doc.Data.Message.Body.ExecutionPayload
		if common.HexToHash(pl.BlockHash) != blk.Hash() {
			t.Fatalf("slot %d: the beacon block's payload is %s, the execution block %d is %s", slot, pl.BlockHash, n, blk.Hash())
		}
		if len(pl.Withdrawals) != len(blk.Withdrawals()) {
			t.Fatalf("block %d: %d withdrawals, the beacon block has %d", n, len(blk.Withdrawals()), len(pl.Withdrawals))
		}
		for i, w := range blk.Withdrawals() {
			if pl.Withdrawals[i].Index != strconv.FormatUint(w.Index, 10) || pl.Withdrawals[i].Amount != strconv.FormatUint(w.Amount, 10) {
				t.Fatalf("block %d: withdrawal %d differs", n, i)
			}
		}
		requests += len(doc.Data.Message.Body.ExecutionRequests.Deposits)
	}
	dc, err := bindings.NewDepositContract(a.DepositContract, el)
	if err != nil {
		t.Fatal(err)
	}
	it, err := dc.FilterDepositEvent(&bind.FilterOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	for it.Next() {
		deposits++
	}
	if deposits == 0 || deposits != requests {
		t.Fatalf("%d deposits in the deposit contract's log, %d deposit requests in the beacon blocks", deposits, requests)
	}
	t.Logf("%d execution blocks agree with their beacon blocks; %d deposits", head, deposits)
}

// checkSharesFromEvents recomputes every account's shares from the pool's
// TransferShares events and compares them (and their total) with the
// contract.
func checkSharesFromEvents(t *testing.T, p *devnetProc, a *deploy.Addresses) {
	t.Helper()
	el, err := ethclient.Dial("http://" + p.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer el.Close()
	pool, err := bindings.NewPool(a.Pool, el)
	if err != nil {
		t.Fatal(err)
	}
	head, err := el.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	o := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(head)}
	it, err := pool.FilterTransferShares(&bind.FilterOpts{End: &head}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	shares := map[common.Address]*big.Int{}
	at := func(x common.Address) *big.Int {
		if shares[x] == nil {
			shares[x] = new(big.Int)
		}
		return shares[x]
	}
	for it.Next() {
		e := it.Event
		if e.From != (common.Address{}) {
			at(e.From).Sub(at(e.From), e.SharesValue)
		}
		if e.To != (common.Address{}) {
			at(e.To).Add(at(e.To), e.SharesValue)
		}
	}
	total := new(big.Int)
	for x, s := range shares {
		got, err := pool.SharesOf(o, x)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(s) != 0 {
			t.Fatalf("%s holds %s shares, the events say %s", x, got, s)
		}
		total.Add(total, s)
	}
	want, err := pool.GetTotalShares(o)
	if err != nil {
		t.Fatal(err)
	}
	if total.Cmp(want) != 0 {
		t.Fatalf("total shares %s, the events say %s", want, total)
	}
	t.Logf("%d accounts' shares and the total (%s) equal the events' recomputation", len(shares), total)
}
