package apiserver_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/api/apitest"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// fixture: 256 validators with real keys (validator i's secret key is
// i+1), active since epoch 0, at epoch 300, served by apitest (whose
// Beacon API is this package's server), advanced two epochs and a bit.
type fixture struct {
	sp    *spec.Spec
	chain *sim.Chain
	srv   *apitest.Server
	http  *httptest.Server
}

func newFixture(t *testing.T) *fixture { return newFixtureOn(t, "mainnet") }

// newFixtureOn is the fixture on a preset ("minimal": 8-slot epochs and
// small vectors, for the tests the race detector runs).
func newFixtureOn(t *testing.T, preset string) *fixture {
	t.Helper()
	sp := spec.MustLoad(preset, spec.Electra)
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 256, Epoch: 300, Seed: 3, ParticipationPerMille: 1000,
		Operators: 4, CurvePubkeys: true})
	chain := sim.NewChain(st, sim.Behaviour{Seed: 5, ParticipationPerMille: 1000, MissedProposalPerMille: 100, ExecutionRewardGwei: 1e6})
	srv := apitest.New(chain)
	fx := &fixture{sp: sp, chain: chain, srv: srv, http: httptest.NewServer(srv.BeaconHandler())}
	t.Cleanup(fx.http.Close)
	fx.srv.Advance(int(2*sp.SlotsPerEpoch + 5))
	return fx
}

func (fx *fixture) get(t *testing.T, path string) (int, []byte) {
	t.Helper()
	return fx.do(t, http.MethodGet, path, "")
}

func (fx *fixture) do(t *testing.T, method, path, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, fx.http.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func secretKey(t *testing.T, i uint64) *keys.SecretKey {
	t.Helper()
	var b [32]byte
	for j, x := 31, i+1; x > 0; j, x = j-1, x>>8 {
		b[j] = byte(x)
	}
	sk, err := keys.SecretKeyFromBytes(b[:])
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

// signedExit is validator i's exit at epoch, signed with its key.
func (fx *fixture) signedExit(t *testing.T, i, epoch uint64) string {
	t.Helper()
	var gvr [32]byte
	fx.chain.View(func(s *sim.State) { gvr = s.GenesisValidatorsRoot })
	e, err := api.SignVoluntaryExit(secretKey(t, i), beacon.Epoch(epoch), beacon.ValidatorIndex(i), api.ExitDomain(fx.sp.CapellaForkVersion, gvr))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestResponsesFollowTheSchemas checks every endpoint's answers (success
// and errors) against the beacon-APIs response schemas.
func TestResponsesFollowTheSchemas(t *testing.T) {
	if testing.Short() {
		t.Skip("no goroutines of its own: not in the race detector's short run")
	}
	fx := newFixture(t)
	var cur uint64
	fx.chain.View(func(s *sim.State) { cur = s.CurrentEpoch() })
	if code, body := fx.do(t, http.MethodPost, "/eth/v1/beacon/pool/voluntary_exits", fx.signedExit(t, 9, cur)); code != 200 {
		t.Fatalf("exit: %d %s", code, body)
	}
	sc := newSchemas()
	var lastSlot uint64
	fx.chain.View(func(s *sim.State) { lastSlot = (s.CurrentEpoch()-1)*32 + 31 })
	cases := []struct {
		file, method, path, body string
		status                   int
	}{
		{"node/version.yaml", "get", "/eth/v1/node/version", "", 200},
		{"node/syncing.yaml", "get", "/eth/v1/node/syncing", "", 200},
		{"config/spec.yaml", "get", "/eth/v1/config/spec", "", 200},
		{"config/deposit_contract.yaml", "get", "/eth/v1/config/deposit_contract", "", 200},
		{"config/fork_schedule.yaml", "get", "/eth/v1/config/fork_schedule", "", 200},
		{"beacon/genesis.yaml", "get", "/eth/v1/beacon/genesis", "", 200},
		{"beacon/blocks/headers.yaml", "get", "/eth/v1/beacon/headers", "", 200},
		{"beacon/blocks/header.yaml", "get", "/eth/v1/beacon/headers/head", "", 200},
		{"beacon/blocks/header.yaml", "get", "/eth/v1/beacon/headers/finalized", "", 200},
		{"beacon/blocks/header.yaml", "get", "/eth/v1/beacon/headers/0x1234", "", 400},
		{"beacon/blocks/header.yaml", "get", "/eth/v1/beacon/headers/1", "", 404},
		{"beacon/blocks/block.v2.yaml", "get", "/eth/v2/beacon/blocks/head", "", 200},
		{"beacon/blocks/block.v2.yaml", "get", "/eth/v2/beacon/blocks/nonsense", "", 400},
		{"beacon/blocks/root.yaml", "get", "/eth/v1/beacon/blocks/head/root", "", 200},
		{"beacon/states/fork.yaml", "get", "/eth/v1/beacon/states/head/fork", "", 200},
		{"beacon/states/finality_checkpoints.yaml", "get", "/eth/v1/beacon/states/head/finality_checkpoints", "", 200},
		{"beacon/states/finality_checkpoints.yaml", "get", "/eth/v1/beacon/states/finalized/finality_checkpoints", "", 200},
		{"beacon/states/finality_checkpoints.yaml", "get", "/eth/v1/beacon/states/current/finality_checkpoints", "", 400},
		{"beacon/states/validators.yaml", "get", "/eth/v1/beacon/states/head/validators", "", 200},
		{"beacon/states/validators.yaml", "get", "/eth/v1/beacon/states/head/validators?id=1,2,9&status=active", "", 200},
		{"beacon/states/validators.yaml", "get", fmt.Sprintf("/eth/v1/beacon/states/%d/validators?status=active_exiting", lastSlot), "", 200},
		{"beacon/states/validators.yaml", "post", "/eth/v1/beacon/states/head/validators", `{"ids":["3","4"],"statuses":["active_ongoing"]}`, 200},
		{"beacon/states/validators.yaml", "get", "/eth/v1/beacon/states/7/validators", "", 404},
		{"beacon/states/validators.yaml", "get", "/eth/v1/beacon/states/head/validators?id=zz", "", 400},
		{"beacon/states/validator.yaml", "get", "/eth/v1/beacon/states/head/validators/3", "", 200},
		{"beacon/states/validator.yaml", "get", "/eth/v1/beacon/states/head/validators/100000", "", 404},
		{"beacon/states/validator_balances.yaml", "get", "/eth/v1/beacon/states/head/validator_balances?id=1,2", "", 200},
		{"beacon/states/validator_balances.yaml", "post", "/eth/v1/beacon/states/finalized/validator_balances", `["1","5"]`, 200},
		{"beacon/pool/voluntary_exits.yaml", "get", "/eth/v1/beacon/pool/voluntary_exits", "", 200},
	}
	for _, c := range cases {
		var code int
		var body []byte
		if c.method == "get" {
			code, body = fx.get(t, c.path)
		} else {
			code, body = fx.do(t, http.MethodPost, c.path, c.body)
		}
		what := strings.ToUpper(c.method) + " " + c.path
		if code != c.status {
			t.Errorf("%s: status %d, want %d: %.300s", what, code, c.status, body)
			continue
		}
		sc.check(t, what, sc.response(t, c.file, c.method, fmt.Sprint(c.status)), body)
	}
	// the anyOf of block.v2 would accept an older fork's block: check the Electra schema itself
	_, body := fx.get(t, "/eth/v2/beacon/blocks/head")
	var blk struct {
		Version string          `json:"version"`
		Data    json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &blk); err != nil || blk.Version != "electra" {
		t.Fatalf("block version %q: %v", blk.Version, err)
	}
	electra, err := sc.c.Compile("file://" + schemaDir + "/beacon-node-oapi.yaml#/components/schemas/Electra.SignedBeaconBlock")
	if err != nil {
		t.Fatal(err)
	}
	sc.check(t, "electra block", electra, blk.Data)
	if testing.Verbose() {
		t.Logf("schema files read:\n%s", strings.Join(sc.files(), "\n"))
	}
}

// TestEventsFollowTheExamples: the stream's head, block and
// finalized_checkpoint events carry the fields of beacon-APIs' examples
// (the event stream has examples, not schemas), as strings where the
// examples have strings.
func TestEventsFollowTheExamples(t *testing.T) {
	fx := newFixtureOn(t, "minimal")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fx.http.URL+"/eth/v1/events?topics=head,block,finalized_checkpoint", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	seen := map[string]map[string]any{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ev string
		buf := make([]byte, 0, 1<<16)
		r := bufioReader(resp.Body)
		for len(seen) < 3 {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			buf = buf[:0]
			line = strings.TrimRight(line, "\n")
			switch {
			case strings.HasPrefix(line, "event: "):
				ev = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				var m map[string]any
				if json.Unmarshal([]byte(line[len("data: "):]), &m) == nil {
					seen[ev] = m
				}
			}
		}
	}()
	// The stream is open (its subscription is made before the response's
	// headers); advance an epoch at a time until the reader has seen every
	// topic (a finalized checkpoint moves within three epochs), then close
	// it: cancelling right after a fast advance could drop events still in
	// the server's buffer.
advance:
	for i := 0; i < 12; i++ {
		fx.srv.Advance(int(fx.sp.SlotsPerEpoch))
		select {
		case <-done:
			break advance
		default:
		}
	}
	select {
	case <-done:
	case <-time.After(time.Minute): // a guard only: the loop above leaves the events in flight
	}
	cancel()
	<-done
	examples := map[string]string{
		"head":                 `{"slot":"10", "block":"0x9a2fefd2fdb57f74993c7780ea5b9030d2897b615b89f808011ca5aebed54eaf", "state":"0x600e852a08c1200654ddf11025f1ceacb3c2e74bdd5c630cde0838b2591b69f9", "epoch_transition":false, "previous_duty_dependent_root":"0x5e0043f107cb57913498fbf2f99ff55e730bf1e151f02f221e977c91a90a0e91", "current_duty_dependent_root":"0x5e0043f107cb57913498fbf2f99ff55e730bf1e151f02f221e977c91a90a0e91", "execution_optimistic": false}`,
		"block":                `{"slot":"10", "block":"0x9a2fefd2fdb57f74993c7780ea5b9030d2897b615b89f808011ca5aebed54eaf", "execution_optimistic": false}`,
		"finalized_checkpoint": `{"block":"0x9a2fefd2fdb57f74993c7780ea5b9030d2897b615b89f808011ca5aebed54eaf", "state":"0x600e852a08c1200654ddf11025f1ceacb3c2e74bdd5c630cde0838b2591b69f9", "epoch":"2", "execution_optimistic": false }`,
	}
	for topic, ex := range examples {
		var want map[string]any
		if err := json.Unmarshal([]byte(ex), &want); err != nil {
			t.Fatal(err)
		}
		got, ok := seen[topic]
		if !ok {
			t.Errorf("no %s event", topic)
			continue
		}
		for k, v := range want {
			if g, ok := got[k]; !ok || fmt.Sprintf("%T", g) != fmt.Sprintf("%T", v) {
				t.Errorf("%s event: field %s is %v (%T), the example has %v (%T)", topic, k, g, g, v, v)
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("%s event: field %s not in the example", topic, k)
			}
		}
	}
}

var _ = bytes.NewReader
var _ = phase0.Slot(0)

func bufioReader(r io.Reader) *bufio.Reader { return bufio.NewReaderSize(r, 1<<16) }
