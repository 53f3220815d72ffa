package api_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/api/apitest"
)

func body(vs ...beacon.Validator) []byte {
	b := []byte(`{"execution_optimistic":false,"finalized":true,"data":[`)
	for i := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = apitest.AppendValidatorJSON(b, &vs[i])
	}
	return append(b, "]}"...)
}

func sampleValidators() []beacon.Validator {
	mk := func(i int, c beacon.Credentials, bal beacon.Gwei, act, exit, wd beacon.Epoch, slashed bool) beacon.Validator {
		v := beacon.Validator{Index: beacon.ValidatorIndex(i), WithdrawalCredentials: c, Balance: bal, EffectiveBalance: 32e9,
			Slashed: slashed, ActivationEligibilityEpoch: 0, ActivationEpoch: act, ExitEpoch: exit, WithdrawableEpoch: wd}
		v.Pubkey[0], v.Pubkey[47] = 0xa0, byte(i)
		v.Status = beacon.ComputeStatus(&v, 100)
		return v
	}
	far := beacon.FarFutureEpoch
	return []beacon.Validator{
		mk(0, creds(0), 32e9, 0, far, far, false),
		mk(1, creds(1), 32e9, 0, far, far, false),
		mk(2, creds(0), 31e9, 0, 120, 376, false),
		mk(3, creds(0), 20e9, 0, 90, 8000, true),
		mk(4, creds(0), 0, 0, 10, 50, false),
		mk(5, creds(0), 32e9, 200, far, far, false),
	}
}

func TestDecodeValidators(t *testing.T) {
	all := sampleValidators()
	got, err := api.DecodeValidators(bytes.NewReader(body(all[5], all[0], all[1], all[2], all[3], all[4])), creds(0), 100)
	if err != nil {
		t.Fatal(err)
	}
	want := []beacon.Validator{all[0], all[2], all[3], all[4], all[5]} // index order, operator 1's left out
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	wantStatus := []beacon.Status{beacon.StatusActiveOngoing, beacon.StatusActiveExiting, beacon.StatusExitedSlashed,
		beacon.StatusWithdrawalDone, beacon.StatusPendingQueued}
	for i, v := range got {
		if v.Status != wantStatus[i] {
			t.Fatalf("validator %d: status %s, want %s", v.Index, v.Status, wantStatus[i])
		}
	}
}

// The node's status string is validated but the status is recomputed at
// the state's epoch (beacon.ComputeStatus), as the simulator does.
func TestDecodeStatusRecomputed(t *testing.T) {
	v := sampleValidators()[4] // exited, withdrawn, balance 0
	b := bytes.Replace(body(v), []byte(`"withdrawal_done"`), []byte(`"withdrawal_possible"`), 1)
	got, err := api.DecodeValidators(bytes.NewReader(b), creds(0), 100)
	if err != nil || len(got) != 1 || got[0].Status != beacon.StatusWithdrawalDone {
		t.Fatalf("got %+v, %v", got, err)
	}
	b = bytes.Replace(body(v), []byte(`"withdrawal_done"`), []byte(`"active"`), 1)
	if _, err := api.DecodeValidators(bytes.NewReader(b), creds(0), 100); !errors.Is(err, api.ErrMalformed) || !strings.Contains(err.Error(), "status") {
		t.Fatalf("coarse status accepted: %v", err)
	}
}

func TestDecodeMalformed(t *testing.T) {
	good := string(body(sampleValidators()...))
	for name, b := range map[string]string{
		"empty":          ``,
		"list":           `[]`,
		"no data":        `{"finalized":true}`,
		"data object":    `{"data":{}}`,
		"cut":            good[:len(good)/2],
		"trailing":       good + `{}`,
		"twice":          `{"data":[],"data":[]}`,
		"short creds":    strings.Replace(good, hexCreds(creds(1)), "0x01", 1),
		"bad index":      strings.Replace(good, `"index":"2"`, `"index":"-2"`, 1),
		"bad balance":    strings.Replace(good, `"balance":"31000000000"`, `"balance":31000000000`, 1),
		"bad pubkey":     strings.Replace(good, `"pubkey":"0xa0`, `"pubkey":"0xzz`, 1),
		"slashed absent": strings.Replace(good, `"slashed":false,`, ``, 1),
		"duplicate":      string(body(sampleValidators()[0], sampleValidators()[0])),
	} {
		if _, err := api.DecodeValidators(strings.NewReader(b), creds(0), 100); !errors.Is(err, api.ErrMalformed) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzDecodeValidators: any input either fails with ErrMalformed or gives
// validators with the wanted credentials, in strictly increasing index
// order, that encode and decode back to themselves.
func FuzzDecodeValidators(f *testing.F) {
	all := sampleValidators()
	f.Add(body(all...))
	f.Add(body())
	f.Add(body(all[3]))
	f.Add([]byte(`{"data":[{"index":"1"}]}`))
	f.Add([]byte(`{"x":[1,2,{"data":3}],"data":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := api.DecodeValidators(bytes.NewReader(b), creds(0), 100)
		if err != nil {
			if !errors.Is(err, api.ErrMalformed) {
				t.Fatalf("error not ErrMalformed: %v", err)
			}
			return
		}
		for i, v := range got {
			if v.WithdrawalCredentials != creds(0) {
				t.Fatalf("validator %d with credentials %x", v.Index, v.WithdrawalCredentials)
			}
			if i > 0 && got[i-1].Index >= v.Index {
				t.Fatalf("indices out of order: %d then %d", got[i-1].Index, v.Index)
			}
			if v.Status != beacon.ComputeStatus(&v, 100) {
				t.Fatalf("status %s is not ComputeStatus's", v.Status)
			}
		}
		again, err := api.DecodeValidators(bytes.NewReader(body(got...)), creds(0), 100)
		if err != nil || !reflect.DeepEqual(again, got) && len(got) > 0 {
			t.Fatalf("round trip: %v\n%+v\n%+v", err, got, again)
		}
	})
}
