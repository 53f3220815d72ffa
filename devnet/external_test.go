package devnet

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/beacon/sim"
)

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// buildGeth builds go-ethereum's cmd/geth, at the version this module
// requires, from the module cache.
func buildGeth(t *testing.T, dir string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ethereum/go-ethereum").Output()
	if err != nil {
		t.Fatalf("locate go-ethereum: %v", err)
	}
	bin := filepath.Join(dir, "geth")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/geth")
	cmd.Dir = strings.TrimSpace(string(out))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build cmd/geth: %v\n%s", err, b)
	}
	return bin
}

// TestExternalGeth drives a geth process built from the module cache, over
// its JWT-authenticated Engine API and its JSON-RPC, with the same
// consensus layer the devnet runs in process: withdrawals and builder
// payments arrive to the wei, as in process (long mode: it builds geth).
func TestExternalGeth(t *testing.T) {
	if os.Getenv("STAKEPOOL_LONG") == "" {
		t.Skip("long mode only (STAKEPOOL_LONG=1): builds cmd/geth")
	}
	dir := t.TempDir()
	geth := buildGeth(t, dir)
	sp, err := Spec(ChainID, DepositContractAddress)
	if err != nil {
		t.Fatal(err)
	}
	g := &Genesis{ChainID: ChainID, DepositContract: DepositContractAddress, BeaconTime: uint64(time.Now().Unix()) - 300*12*32}
	g.Fund(DevAddress("builder"), Ether(1_000_000))
	st := g.BeaconState(sp, 64, 7)
	gj, err := json.Marshal(g.Execution(st.Slot, sp))
	if err != nil {
		t.Fatal(err)
	}
	genesisFile := filepath.Join(dir, "genesis.json")
	secret := make([]byte, 32)
	rand.Read(secret)
	jwtFile := filepath.Join(dir, "jwt.hex")
	for f, b := range map[string][]byte{genesisFile: gj, jwtFile: []byte(hex.EncodeToString(secret))} {
		if err := os.WriteFile(f, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := exec.Command(geth, "init", "--datadir", data, genesisFile).CombinedOutput(); err != nil {
		t.Fatalf("geth init: %v\n%s", err, out)
	}
	rpcPort, authPort := freePort(t), freePort(t)
	var logs bytes.Buffer
	cmd := exec.Command(geth, "--datadir", data, "--networkid", fmt.Sprint(ChainID), "--nodiscover", "--maxpeers", "0", "--port", "0",
		"--ipcdisable", "--syncmode", "full", "--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(rpcPort),
		"--http.api", "eth,net,web3,txpool", "--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
		"--authrpc.jwtsecret", jwtFile, "--miner.recommit", "100ms", "--verbosity", "2")
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("geth's log:\n%s", logs.String())
		}
	})
	ctx := context.Background()
	el, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", rpcPort))
	if err != nil {
		t.Fatal(err)
	}
	var genHash common.Hash
	var genBase *big.Int
	for deadline := time.Now().Add(60 * time.Second); ; {
		h, err := el.HeaderByNumber(ctx, big.NewInt(0))
		if err == nil {
			genHash, genBase = h.Hash(), h.BaseFee
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth's JSON-RPC did not answer: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	eng, err := DialEngine(ctx, fmt.Sprintf("http://127.0.0.1:%d", authPort), hex.EncodeToString(secret), 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DialEngine(ctx, fmt.Sprintf("http://127.0.0.1:%d", authPort), "00", time.Second); err == nil {
		t.Error("a 1-byte JWT secret was accepted")
	}
	chain := sim.NewChain(st, sim.Behaviour{Seed: 3, ParticipationPerMille: 1000, MissedProposalPerMille: 100, ExecutionRewardGwei: 30_000_000})
	bl, err := NewBuilder(DevKey("builder"), ChainID, el)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewConsensus(ConsensusConfig{Chain: chain, Engine: eng, Builder: bl, Head: ExecutionHead{Hash: genHash, BaseFee: genBase},
		Anchors: []Anchor{{Slot: st.Slot, Hash: genHash}}})
	if err != nil {
		t.Fatal(err)
	}
	blocks := 0
	for range 24 {
		s, err := c.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Missed {
			blocks++
		}
	}
	num, err := el.BlockNumber(ctx)
	if err != nil || num != uint64(blocks) {
		t.Fatalf("geth's head %d (%v), want %d blocks", num, err, blocks)
	}
	var total uint64
	for k := range 16 {
		addr := sim.OperatorAddress(k)
		var w, f uint64
		chain.View(func(s *sim.State) { w, f = s.Credited(addr) })
		total += w + f
		bal, err := el.BalanceAt(ctx, common.Address(addr), nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := new(big.Int).Mul(new(big.Int).SetUint64(w+f), big.NewInt(1e9)); bal.Cmp(want) != 0 {
			t.Errorf("address %d: geth balance %s wei, simulator credited %d gwei", k, bal, w+f)
		}
	}
	if total == 0 {
		t.Fatal("nothing was credited")
	}
	// a wrong secret is refused
	bad, _ := DialEngine(ctx, fmt.Sprintf("http://127.0.0.1:%d", authPort), strings.Repeat("ab", 32), 0)
	if _, err := bad.PayloadBodies(ctx, []common.Hash{genHash}); err == nil {
		t.Error("the Engine API answered a client with the wrong JWT secret")
	}
}
