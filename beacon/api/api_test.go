package api_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/api/apitest"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// fault lets a test change the fake node's answers.
type fault struct {
	f atomic.Pointer[func(w http.ResponseWriter, r *http.Request) bool]
}

func (f *fault) set(fn func(w http.ResponseWriter, r *http.Request) bool) {
	if fn == nil {
		f.f.Store(nil)
		return
	}
	f.f.Store(&fn)
}

func (f *fault) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fn := f.f.Load(); fn != nil && (*fn)(w, r) {
			return
		}
		h.ServeHTTP(w, r)
	})
}

type fixture struct {
	sp     *spec.Spec
	chain  *sim.Chain
	srv    *apitest.Server
	beacon *httptest.Server
	el     *httptest.Server
	fault  *fault
}

const operators = 4

// newFixture: 256 mainnet validators with real keys (validator i's secret
// key is i+1), active since epoch 0, at epoch 300.
func newFixture(t *testing.T, fork spec.Fork, b sim.Behaviour) *fixture {
	t.Helper()
	sp := spec.MustLoad("mainnet", fork)
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 256, Epoch: 300, Seed: 3, ParticipationPerMille: 1000,
		Operators: operators, CurvePubkeys: true})
	chain := sim.NewChain(st, b)
	srv := apitest.New(chain)
	fx := &fixture{sp: sp, chain: chain, srv: srv, fault: &fault{}}
	fx.beacon = httptest.NewServer(fx.fault.wrap(srv.BeaconHandler()))
	fx.el = httptest.NewServer(srv.ExecutionHandler())
	t.Cleanup(func() { fx.beacon.Close(); fx.el.Close() })
	return fx
}

func (fx *fixture) client(t *testing.T, mod func(*api.Config)) *api.Client {
	t.Helper()
	cfg := api.Config{BeaconURL: fx.beacon.URL, ExecutionURL: fx.el.URL, Timeout: 5 * time.Second}
	fx.chain.With(func(s *sim.State) { cfg.CreditsFromSlot = beacon.Slot(s.Slot) })
	if mod != nil {
		mod(&cfg)
	}
	c, err := api.New(context.Background(), cfg)
	if err != nil {
		t.Fatalf("api.New: %v", err)
	}
	t.Cleanup(c.Close)
	return c
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

func creds(k int) beacon.Credentials {
	return beacon.ExecutionCredentials(spec.ETH1AddressWithdrawalPrefix, sim.OperatorAddress(k))
}

// compare checks that the client answers what the simulator answers.
func compare(t *testing.T, fx *fixture, c *api.Client) {
	t.Helper()
	ctx := context.Background()
	hs, err := c.HeadSlot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := fx.chain.HeadSlot(ctx)
	if hs != ws {
		t.Fatalf("head slot: client %d, sim %d", hs, ws)
	}
	fe, err := c.FinalizedEpoch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wf, _ := fx.chain.FinalizedEpoch(ctx)
	if fe != wf {
		t.Fatalf("finalized epoch: client %d, sim %d", fe, wf)
	}
	total := 0
	for k := 0; k < operators; k++ {
		got, err := c.ValidatorsByCredentials(ctx, creds(k))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := fx.chain.ValidatorsByCredentials(ctx, creds(k))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("operator %d validators differ:\nclient %+v\nsim    %+v", k, got, want)
		}
		total += len(got)
		gc, err := c.Credited(ctx, sim.OperatorAddress(k))
		if err != nil {
			t.Fatal(err)
		}
		wc, _ := fx.chain.Credited(ctx, sim.OperatorAddress(k))
		if gc != wc {
			t.Fatalf("operator %d credited: client %+v, sim %+v", k, gc, wc)
		}
	}
	if total != 256+len(fx.srv.Deposits()) && total < 256 {
		t.Fatalf("%d validators in all", total)
	}
}

func TestClientMatchesSimulator(t *testing.T) {
	for _, fork := range []spec.Fork{spec.Electra, spec.Deneb} {
		for _, builder := range []bool{false, true} {
			name := fork.String()
			if builder {
				name += "/builder-payments"
			}
			t.Run(name, func(t *testing.T) {
				fx := newFixture(t, fork, sim.Behaviour{Seed: 9, ParticipationPerMille: 1000, ExecutionRewardGwei: 20_000_000})
				fx.srv.BuilderPayments = builder
				c := fx.client(t, nil)
				compare(t, fx, c)
				fx.srv.Advance(70) // two epoch transitions, withdrawals and fees
				compare(t, fx, c)
				// the sums are not trivially zero
				var w, f beacon.Gwei
				for k := 0; k < operators; k++ {
					cr, _ := c.Credited(context.Background(), sim.OperatorAddress(k))
					w, f = w+cr.Withdrawals, f+cr.ProposerFees
				}
				if w == 0 || f == 0 {
					t.Fatalf("withdrawals %d, fees %d after 70 slots", w, f)
				}
				fx.srv.Advance(40) // incremental scan past the finalized checkpoint
				compare(t, fx, c)
			})
		}
	}
}

func TestVoluntaryExit(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	ctx := context.Background()
	noKey := fx.client(t, nil)
	if err := noKey.RequestVoluntaryExit(ctx, 5); !errors.Is(err, api.ErrNoExitKey) {
		t.Fatalf("without key: %v", err)
	}
	c := fx.client(t, func(cfg *api.Config) { cfg.ExitKeys = []*keys.SecretKey{secretKey(t, 5), secretKey(t, 6)} })
	if err := c.RequestVoluntaryExit(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if err := c.RequestVoluntaryExit(ctx, 1000); !errors.Is(err, beacon.ErrUnknownValidator) {
		t.Fatalf("unknown validator: %v", err)
	}
	fx.srv.Advance(1)
	vs, err := c.ValidatorsByCredentials(ctx, creds(5%operators))
	if err != nil {
		t.Fatal(err)
	}
	var v beacon.Validator
	for _, x := range vs {
		if x.Index == 5 {
			v = x
		}
	}
	if v.Status != beacon.StatusActiveExiting || v.ExitEpoch == beacon.FarFutureEpoch {
		t.Fatalf("validator 5 after the exit: %+v", v)
	}
	if err := c.RequestVoluntaryExit(ctx, 5); !errors.Is(err, beacon.ErrExitNotAllowed) {
		t.Fatalf("second exit: %v", err)
	}
	// only the validator's own key is used
	bad := fx.client(t, func(cfg *api.Config) { cfg.ExitKeys = []*keys.SecretKey{secretKey(t, 6)} })
	if err := bad.RequestVoluntaryExit(ctx, 7); !errors.Is(err, api.ErrNoExitKey) {
		t.Fatalf("validator 7 with validator 6's key: %v", err)
	}
	// the signature uses the Capella fork version (EIP-7044): a Deneb-domain signature is refused
	sk := secretKey(t, 9)
	var gvr [32]byte
	wrong, _ := api.SignVoluntaryExit(sk, 300, 9, keys.ComputeDomain(spec.DomainVoluntaryExit, fx.sp.DenebForkVersion, gvr))
	resp := postJSON(t, fx.beacon.URL+"/eth/v1/beacon/pool/voluntary_exits", wrong)
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("Deneb-domain exit accepted: %d", resp.StatusCode)
	}
}

func TestDeposit(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	ctx := context.Background()
	noKey := fx.client(t, nil)
	if err := noKey.SubmitDeposit(ctx, beacon.Deposit{Amount: 32e9}); !errors.Is(err, api.ErrNoDepositKey) {
		t.Fatalf("without key: %v", err)
	}
	ek, _ := crypto.GenerateKey()
	noEL := fx.client(t, func(cfg *api.Config) { cfg.DepositKey = ek; cfg.ExecutionURL = "" })
	if err := noEL.SubmitDeposit(ctx, beacon.Deposit{Amount: 32e9}); !errors.Is(err, api.ErrNoExecutionNode) {
		t.Fatalf("without execution node: %v", err)
	}
	c := fx.client(t, func(cfg *api.Config) { cfg.DepositKey = ek })
	pool := creds(99)
	for i := uint64(0); i < 2; i++ {
		sk := secretKey(t, 1000+i)
		dd := keys.SignDeposit(sk, pool, 32e9, fx.sp.GenesisForkVersion)
		if err := c.SubmitDeposit(ctx, beacon.Deposit{Pubkey: beacon.Pubkey(dd.Pubkey), WithdrawalCredentials: pool,
			Amount: 32e9, Signature: beacon.Signature(dd.Signature)}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(fx.srv.Deposits()); n != 2 {
		t.Fatalf("%d deposits reached the chain", n)
	}
	fx.srv.Advance(4 * 32) // Electra: pending deposits wait for their slot to be finalized
	vs, err := c.ValidatorsByCredentials(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := fx.chain.ValidatorsByCredentials(ctx, pool)
	if len(vs) != 2 || !reflect.DeepEqual(vs, want) {
		t.Fatalf("pool validators: client %+v, sim %+v", vs, want)
	}
	if err := c.SubmitDeposit(ctx, beacon.Deposit{Amount: 1}); !errors.Is(err, beacon.ErrBadDeposit) {
		t.Fatalf("tiny deposit: %v", err)
	}
}

func TestErrors(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	ctx := context.Background()

	t.Run("node down", func(t *testing.T) {
		down := httptest.NewServer(http.NotFoundHandler())
		url := down.URL
		down.Close()
		_, err := api.New(ctx, api.Config{BeaconURL: url, Timeout: time.Second})
		if !errors.Is(err, api.ErrUnavailable) {
			t.Fatalf("node down: %v", err)
		}
	})
	t.Run("bad url", func(t *testing.T) {
		if _, err := api.New(ctx, api.Config{BeaconURL: "ftp://x"}); !errors.Is(err, api.ErrConfig) {
			t.Fatalf("bad url: %v", err)
		}
	})

	c := fx.client(t, nil)
	t.Run("404", func(t *testing.T) {
		_, err := c.ValidatorsAt(ctx, 5, creds(0))
		var he *api.HTTPError
		if !errors.Is(err, api.ErrNotFound) || !errors.As(err, &he) || he.StatusCode != 404 || !strings.Contains(err.Error(), "not available") {
			t.Fatalf("404: %v", err)
		}
	})
	t.Run("500", func(t *testing.T) {
		fx.fault.set(func(w http.ResponseWriter, r *http.Request) bool {
			if strings.Contains(r.URL.Path, "/headers/") || strings.Contains(r.URL.Path, "finality") {
				http.Error(w, `{"code":500,"message":"internal error"}`, 500)
				return true
			}
			return false
		})
		defer fx.fault.set(nil)
		for name, call := range map[string]func() error{
			"head":      func() error { _, err := c.HeadSlot(ctx); return err },
			"finalized": func() error { _, err := c.FinalizedEpoch(ctx); return err },
		} {
			err := call()
			var he *api.HTTPError
			if !errors.As(err, &he) || he.StatusCode != 500 || errors.Is(err, api.ErrNotFound) {
				t.Fatalf("%s on 500: %v", name, err)
			}
		}
	})
	t.Run("malformed", func(t *testing.T) {
		for _, body := range []string{`{"data":[{"index":"1"`, `{"data":{}}`, `not json`, `{"data":[{"index":"x","balance":"1","status":"active_ongoing","validator":{"withdrawal_credentials":"` + hexCreds(creds(0)) + `"}}]}`} {
			fx.fault.set(func(w http.ResponseWriter, r *http.Request) bool {
				if strings.HasSuffix(r.URL.Path, "/validators") {
					w.Header().Set("Content-Type", "application/json")
					_, _ = w.Write([]byte(body))
					return true
				}
				return false
			})
			if _, err := c.ValidatorsByCredentials(ctx, creds(0)); !errors.Is(err, api.ErrMalformed) {
				t.Fatalf("validators body %q: %v", body, err)
			}
		}
		fx.fault.set(func(w http.ResponseWriter, r *http.Request) bool {
			if strings.Contains(r.URL.Path, "/headers/") {
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(`{"data":{"root":"0x12",`))
				return true
			}
			return false
		})
		defer fx.fault.set(nil)
		if _, err := c.HeadSlot(ctx); !errors.Is(err, api.ErrMalformed) {
			t.Fatalf("header malformed: %v", err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		release := make(chan struct{})
		defer close(release)
		fx.fault.set(func(w http.ResponseWriter, r *http.Request) bool {
			if strings.HasSuffix(r.URL.Path, "/validators") || strings.Contains(r.URL.Path, "finality") {
				select {
				case <-release:
				case <-r.Context().Done():
				}
				return true
			}
			return false
		})
		defer fx.fault.set(nil)
		tctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		if _, err := c.ValidatorsByCredentials(tctx, creds(0)); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("validators past the deadline: %v", err)
		}
		tctx2, cancel2 := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel2()
		if _, err := c.FinalizedEpoch(tctx2); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("finality past the deadline: %v", err)
		}
	})
	t.Run("execution node down", func(t *testing.T) {
		ek, _ := crypto.GenerateKey()
		down := httptest.NewServer(http.NotFoundHandler())
		url := down.URL
		down.Close()
		c := fx.client(t, func(cfg *api.Config) { cfg.DepositKey = ek; cfg.ExecutionURL = url })
		if err := c.SubmitDeposit(ctx, beacon.Deposit{Amount: 32e9}); !errors.Is(err, api.ErrUnavailable) {
			t.Fatalf("execution node down: %v", err)
		}
	})
}

func hexCreds(c beacon.Credentials) string { return "0x" + hex.EncodeToString(c[:]) }

func postJSON(t *testing.T, url string, v any) *http.Response {
	t.Helper()
	body, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

// Priority fees need the execution node's receipts: without one, Credited
// says so instead of answering a partial sum.
func TestCreditedNeedsExecutionNode(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 2, ParticipationPerMille: 1000, ExecutionRewardGwei: 1e6})
	c := fx.client(t, func(cfg *api.Config) { cfg.ExecutionURL = "" })
	fx.srv.Advance(8)
	failed := 0
	for k := 0; k < operators; k++ {
		if _, err := c.Credited(context.Background(), sim.OperatorAddress(k)); errors.Is(err, api.ErrNoExecutionNode) {
			failed++
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if failed == 0 {
		t.Fatal("no operator's fees needed the execution node")
	}
}

// BenchmarkValidatorsOverHTTP: ValidatorsByCredentials through the fake
// node over a mainnet-sized registry (1 048 576 validators, 1 in 64 the
// pool's), the whole path: HTTP, streaming decode, filter.
func BenchmarkValidatorsOverHTTP(b *testing.B) {
	const n = 1 << 20
	sp := spec.MustLoad("mainnet", spec.Electra)
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: n, Epoch: 300, Seed: 1, ParticipationPerMille: 1000, Operators: 64})
	srv := apitest.New(sim.NewChain(st, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000}))
	hs := httptest.NewServer(srv.BeaconHandler())
	defer hs.Close()
	c, err := api.New(context.Background(), api.Config{BeaconURL: hs.URL})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.ResetTimer()
	for b.Loop() {
		vs, err := c.ValidatorsByCredentials(context.Background(), creds(7))
		if err != nil || len(vs) != n/64 {
			b.Fatal(len(vs), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/validator")
}

// With missed proposals the empty slots are 404s that Credited skips; the
// head is the last block's slot, at most the simulator's slot.
func TestMissedSlots(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 4, ParticipationPerMille: 1000, MissedProposalPerMille: 250, ExecutionRewardGwei: 5e6})
	c := fx.client(t, nil)
	ctx := context.Background()
	before := fx.chain.Missed
	fx.srv.Advance(64)
	if fx.chain.Missed-before < 5 {
		t.Fatalf("only %d missed slots", fx.chain.Missed-before)
	}
	hs, err := c.HeadSlot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	simHead, _ := fx.chain.HeadSlot(ctx)
	if hs > simHead || hs+32 < simHead {
		t.Fatalf("head %d, simulator %d", hs, simHead)
	}
	fx.checkCredited(t, c, "")
}

// checkCredited compares the client's Credited with the simulator's for
// every operator address.
func (fx *fixture) checkCredited(t *testing.T, c *api.Client, when string) {
	t.Helper()
	ctx := context.Background()
	for k := 0; k < operators; k++ {
		got, err := c.Credited(ctx, sim.OperatorAddress(k))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := fx.chain.Credited(ctx, sim.OperatorAddress(k))
		if got != want {
			t.Fatalf("operator %d%s: client %+v, sim %+v", k, when, got, want)
		}
	}
}

// A block that cannot be read fails Credited (no partial sum) and leaves
// the remembered sums as they were: the next call answers right.
func TestCreditedBlockFailure(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 6, ParticipationPerMille: 1000, ExecutionRewardGwei: 5e6})
	c := fx.client(t, func(cfg *api.Config) { cfg.Concurrency = 3 })
	ctx := context.Background()
	var start beacon.Slot
	fx.chain.With(func(s *sim.State) { start = beacon.Slot(s.Slot) })
	fx.srv.Advance(100)
	bad := "/eth/v2/beacon/blocks/" + strconv.FormatUint(uint64(start)+10, 10)
	fx.fault.set(func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path == bad {
			http.Error(w, `{"code":500,"message":"block store corrupted"}`, 500)
			return true
		}
		return false
	})
	_, err := c.Credited(ctx, sim.OperatorAddress(0))
	var he *api.HTTPError
	if !errors.As(err, &he) || he.StatusCode != 500 || !strings.Contains(err.Error(), "block store corrupted") {
		t.Fatalf("Credited with a failing block: %v", err)
	}
	fx.fault.set(nil)
	fx.checkCredited(t, c, " after the failure")
}

// Exit keys can come as EIP-2335 keystores; a wrong password fails New.
func TestExitKeystore(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	ks, err := keys.Encrypt(secretKey(t, 11), "correct horse", keys.KeystoreOptions{KDF: "pbkdf2", PBKDF2C: 2})
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(ks)
	if err != nil {
		t.Fatal(err)
	}
	_, err = api.New(context.Background(), api.Config{BeaconURL: fx.beacon.URL, ExitKeystores: []api.ExitKeystore{{JSON: data, Password: "wrong"}}})
	if !errors.Is(err, api.ErrConfig) || !errors.Is(err, keys.ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	c := fx.client(t, func(cfg *api.Config) { cfg.ExitKeystores = []api.ExitKeystore{{JSON: data, Password: "correct horse"}} })
	if err := c.RequestVoluntaryExit(context.Background(), 11); err != nil {
		t.Fatal(err)
	}
	fx.srv.Advance(1)
	fx.chain.With(func(s *sim.State) {
		if _, _, exit, _ := s.Epochs(11); exit == spec.FarFutureEpoch {
			t.Fatal("validator 11 not exiting")
		}
	})
}

// TestValidatorsByPubkeys: reading validators by their keys answers what
// reading the registry by credentials does for those keys.
func TestValidatorsByPubkeys(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	c := fx.client(t, nil)
	ctx := context.Background()
	head, err := c.HeadSlot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := c.ValidatorsAt(ctx, head, creds(1))
	if err != nil || len(all) < 3 {
		t.Fatalf("%d validators: %v", len(all), err)
	}
	pks := [][48]byte{all[2].Pubkey, all[0].Pubkey, {0x99}}
	got, err := c.ValidatorsByPubkeys(ctx, head, pks)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !reflect.DeepEqual(got[0], all[0]) || !reflect.DeepEqual(got[1], all[2]) {
		t.Fatalf("by pubkeys %+v\nby credentials %+v", got, all[:3])
	}
}
