package api_test

import (
	"bytes"
	"encoding/json"
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

// Layout does not matter: indentation, keys before and after the list,
// escapes, braces inside strings, a repeated credentials key.
func TestDecodeLayouts(t *testing.T) {
	all := sampleValidators()
	want, err := api.DecodeValidators(bytes.NewReader(body(all...)), creds(0), 100)
	if err != nil || len(want) != 5 {
		t.Fatal(len(want), err)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, body(all...), "", " \t"); err != nil {
		t.Fatal(err)
	}
	list := string(body(all...))
	list = list[strings.Index(list, "[") : strings.LastIndex(list, "]")+1]
	odd := strings.Replace(list, `"status":"active_ongoing"`, `"status":"active_ongoing","x":"}]{\"withdrawal_credentials\":\"0x01\"","y":[{}]`, 1)
	twice := strings.Replace(list, `"status":"active_ongoing"`, `"withdrawal_credentials":"`+hexCreds(creds(1))+`","status":"active_ongoing"`, 1)
	for name, b := range map[string]string{
		"indented":    pretty.String(),
		"keys around": `{"execution_optimistic":false,"data":` + list + `,"finalized":true,"extra":{"data":1}}`,
		"odd strings": `{"data":` + odd + "}",
		"spaces":      "\n{ \"data\" :\n " + strings.ReplaceAll(list, ",", " ,\n ") + " \n}\n",
		"key twice":   `{"data":` + twice + "}",
	} {
		got, err := api.DecodeValidators(strings.NewReader(b), creds(0), 100)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v\n%+v", name, err, got)
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
		"empty":           ``,
		"list":            `[]`,
		"no data":         `{"finalized":true}`,
		"data object":     `{"data":{}}`,
		"cut":             good[:len(good)/2],
		"trailing":        good + `{}`,
		"twice":           `{"data":[],"data":[]}`,
		"short creds":     strings.Replace(good, hexCreds(creds(1)), "0x01", 1),
		"bad index":       strings.Replace(good, `"index":"2"`, `"index":"-2"`, 1),
		"bad balance":     strings.Replace(good, `"balance":"31000000000"`, `"balance":31000000000`, 1),
		"bad pubkey":      strings.Replace(good, `"pubkey":"0xa0`, `"pubkey":"0xzz`, 1),
		"slashed absent":  strings.Replace(good, `"slashed":false,`, ``, 1),
		"duplicate":       string(body(sampleValidators()[0], sampleValidators()[0])),
		"comma then end":  `{"data":[],}`,
		"list not closed": `{"data":[{"a":1}`,
		"no comma":        `{"data":[{"a":1} {"a":2}]}`,
		"leading comma":   `{"data":[,{"a":1}]}`,
		"unbalanced":      `{"data":[{"a":]}]}`,
		"raw control":     "{\"data\":[{\"a\":\"\x01\"}]}",
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
		// differential: where encoding/json reads the whole body, the
		// validators kept are exactly those it sees with the credentials
		var ref struct {
			Data []struct {
				Index     string `json:"index"`
				Validator struct {
					WithdrawalCredentials string `json:"withdrawal_credentials"`
				} `json:"validator"`
			} `json:"data"`
		}
		if json.Unmarshal(b, &ref) == nil {
			var idx []string
			for _, e := range ref.Data {
				if strings.EqualFold(e.Validator.WithdrawalCredentials, hexCreds(creds(0))) {
					idx = append(idx, e.Index)
				}
			}
			if len(idx) != len(got) {
				t.Fatalf("encoding/json sees %d matching validators %v, DecodeValidators %d", len(idx), idx, len(got))
			}
		}
		again, err := api.DecodeValidators(bytes.NewReader(body(got...)), creds(0), 100)
		if err != nil || !reflect.DeepEqual(again, got) && len(got) > 0 {
			t.Fatalf("round trip: %v\n%+v\n%+v", err, got, again)
		}
	})
}

// BenchmarkDecodeValidators decodes a 100 000-validator response in which
// one validator in 100 has the wanted credentials (ns/op is per response;
// the custom metric is per validator).
func BenchmarkDecodeValidators(b *testing.B) {
	const n = 100_000
	vs := make([]beacon.Validator, n)
	for i := range vs {
		c := creds(1)
		if i%100 == 0 {
			c = creds(0)
		}
		vs[i] = beacon.Validator{Index: beacon.ValidatorIndex(i), WithdrawalCredentials: c, Balance: 32e9, EffectiveBalance: 32e9,
			ExitEpoch: beacon.FarFutureEpoch, WithdrawableEpoch: beacon.FarFutureEpoch, Status: beacon.StatusActiveOngoing}
	}
	data := body(vs...)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		got, err := api.DecodeValidators(bytes.NewReader(data), creds(0), 100)
		if err != nil || len(got) != n/100 {
			b.Fatal(len(got), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/validator")
}
