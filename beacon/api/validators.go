package api

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/stakepool/stakepool/beacon"
)

// ValidatorsByCredentials implements beacon.Chain: the validators of the
// head state whose withdrawal credentials are creds, in index order.
//
// The Beacon API cannot filter by credentials, so the whole registry of the
// state is read (GET /eth/v1/beacon/states/{slot}/validators, about 300 MB
// of JSON for 1M validators) and decoded as a stream, one element at a
// time, keeping only the matches: memory stays constant in the registry
// size. The state is pinned to the head block's slot (read first), and the
// status of each validator is recomputed with beacon.ComputeStatus at that
// slot's epoch, so it is the simulator's definition whatever client serves
// it (clients have differed at the withdrawal_possible/withdrawal_done
// boundary); the node's own status string must still be one of the nine.
func (c *Client) ValidatorsByCredentials(ctx context.Context, creds beacon.Credentials) ([]beacon.Validator, error) {
	slot, err := c.HeadSlot(ctx)
	if err != nil {
		return nil, err
	}
	return c.ValidatorsAt(ctx, slot, creds)
}

// ValidatorsAt is ValidatorsByCredentials at the state of a given slot
// (e.g. an oracle's reference slot; the node must still have that state).
func (c *Client) ValidatorsAt(ctx context.Context, slot beacon.Slot, creds beacon.Credentials) ([]beacon.Validator, error) {
	endpoint := fmt.Sprintf("/eth/v1/beacon/states/%d/validators", uint64(slot))
	ctx, cancel := context.WithTimeout(ctx, c.cfg.ValidatorsTimeout)
	defer cancel()
	u := *c.base
	u.Path = strings.TrimSuffix(u.Path, "/") + endpoint
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, endpoint, err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.wrap("GET "+endpoint, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, fmt.Errorf("beacon/api: read validators: %w", newHTTPError(http.MethodGet, endpoint, resp.StatusCode, body))
	}
	epoch := beacon.Epoch(uint64(slot) / c.slotsPerEpoch)
	vs, err := DecodeValidators(resp.Body, creds, epoch)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
			err = fmt.Errorf("%w (%w)", ctxErr, err)
		}
		return nil, c.wrap("read validators of slot "+strconv.FormatUint(uint64(slot), 10), err)
	}
	return vs, nil
}

// apiValidator is one element of the validators response's data list.
type apiValidator struct {
	Index     string `json:"index"`
	Balance   string `json:"balance"`
	Status    string `json:"status"`
	Validator struct {
		Pubkey                     string `json:"pubkey"`
		WithdrawalCredentials      string `json:"withdrawal_credentials"`
		EffectiveBalance           string `json:"effective_balance"`
		Slashed                    *bool  `json:"slashed"`
		ActivationEligibilityEpoch string `json:"activation_eligibility_epoch"`
		ActivationEpoch            string `json:"activation_epoch"`
		ExitEpoch                  string `json:"exit_epoch"`
		WithdrawableEpoch          string `json:"withdrawable_epoch"`
	} `json:"validator"`
}

var knownStatus = map[string]beacon.Status{}

func init() {
	for _, s := range []beacon.Status{beacon.StatusPendingInitialized, beacon.StatusPendingQueued, beacon.StatusActiveOngoing,
		beacon.StatusActiveExiting, beacon.StatusActiveSlashed, beacon.StatusExitedUnslashed, beacon.StatusExitedSlashed,
		beacon.StatusWithdrawalPossible, beacon.StatusWithdrawalDone} {
		knownStatus[string(s)] = s
	}
}

// DecodeError is a malformed validators response: which element, which
// field. It matches ErrMalformed.
type DecodeError struct {
	Element int // index in the data list, -1 outside it
	Field   string
	Err     error
}

func (e *DecodeError) Error() string {
	if e.Element < 0 {
		return fmt.Sprintf("validators response: %s: %v", e.Field, e.Err)
	}
	return fmt.Sprintf("validators response: data[%d].%s: %v", e.Element, e.Field, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

// Is makes a DecodeError match ErrMalformed.
func (e *DecodeError) Is(target error) bool { return target == ErrMalformed }

// DecodeValidators reads a /eth/v1/beacon/states/{id}/validators response
// body as a stream and returns the validators whose withdrawal credentials
// are creds, in index order, with Status = beacon.ComputeStatus at epoch.
// Elements with other credentials are checked for the credentials' shape
// only. Errors are *DecodeError (ErrMalformed), or the reader's error.
func DecodeValidators(r io.Reader, creds beacon.Credentials, epoch beacon.Epoch) ([]beacon.Validator, error) {
	want := "0x" + hex.EncodeToString(creds[:])
	dec := json.NewDecoder(r)
	top := func(field string, err error) error {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		if errors.As(err, &se) || errors.As(err, &te) || err == io.ErrUnexpectedEOF || err == errNotObject || err == errNotList {
			return &DecodeError{Element: -1, Field: field, Err: err}
		}
		return err // the transport's (timeout, reset)
	}
	if err := expectDelim(dec, '{', errNotObject); err != nil {
		return nil, top("body", err)
	}
	var out []beacon.Validator
	sawData := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, top("body", err)
		}
		key, _ := t.(string)
		if key != "data" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, top(key, err)
			}
			continue
		}
		if sawData {
			return nil, &DecodeError{Element: -1, Field: "data", Err: errors.New("repeated")}
		}
		sawData = true
		if err := expectDelim(dec, '[', errNotList); err != nil {
			return nil, top("data", err)
		}
		for i := 0; dec.More(); i++ {
			var av apiValidator
			if err := dec.Decode(&av); err != nil {
				var se *json.SyntaxError
				var te *json.UnmarshalTypeError
				if errors.As(err, &se) || errors.As(err, &te) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
					return nil, &DecodeError{Element: i, Field: "", Err: err}
				}
				return nil, err
			}
			wc := av.Validator.WithdrawalCredentials
			if len(wc) != len(want) || !strings.HasPrefix(wc, "0x") {
				return nil, &DecodeError{Element: i, Field: "validator.withdrawal_credentials", Err: fmt.Errorf("%q is not 32 bytes of 0x-hex", clip(wc))}
			}
			if !strings.EqualFold(wc, want) {
				continue
			}
			v, err := av.toValidator(epoch)
			if err != nil {
				var de *DecodeError
				if errors.As(err, &de) {
					de.Element = i
				}
				return nil, err
			}
			out = append(out, v)
		}
		if err := expectDelim(dec, ']', errNotList); err != nil {
			return nil, top("data", err)
		}
	}
	if err := expectDelim(dec, '}', errNotObject); err != nil {
		return nil, top("body", err)
	}
	if !sawData {
		return nil, &DecodeError{Element: -1, Field: "data", Err: errors.New("missing")}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &DecodeError{Element: -1, Field: "body", Err: errors.New("data after the JSON object")}
	}
	slices.SortFunc(out, func(a, b beacon.Validator) int { return cmpIndex(a.Index, b.Index) })
	for i := 1; i < len(out); i++ {
		if out[i].Index == out[i-1].Index {
			return nil, &DecodeError{Element: -1, Field: "data", Err: fmt.Errorf("validator %d listed twice", out[i].Index)}
		}
	}
	return out, nil
}

func cmpIndex(a, b beacon.ValidatorIndex) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

var (
	errNotObject = errors.New("not a JSON object")
	errNotList   = errors.New("not a JSON list")
)

func expectDelim(dec *json.Decoder, d json.Delim, mismatch error) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if got, ok := t.(json.Delim); !ok || got != d {
		return mismatch
	}
	return nil
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

func (av *apiValidator) toValidator(epoch beacon.Epoch) (beacon.Validator, error) {
	var v beacon.Validator
	bad := func(field string, err error) error { return &DecodeError{Field: field, Err: err} }
	u64 := func(field, s string) (uint64, error) {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0, bad(field, fmt.Errorf("%q is not a decimal uint64", clip(s)))
		}
		return n, nil
	}
	var err error
	var n uint64
	if n, err = u64("index", av.Index); err != nil {
		return v, err
	}
	v.Index = beacon.ValidatorIndex(n)
	if n, err = u64("balance", av.Balance); err != nil {
		return v, err
	}
	v.Balance = beacon.Gwei(n)
	x := &av.Validator
	if n, err = u64("validator.effective_balance", x.EffectiveBalance); err != nil {
		return v, err
	}
	v.EffectiveBalance = beacon.Gwei(n)
	for _, f := range []struct {
		name string
		s    string
		dst  *beacon.Epoch
	}{
		{"validator.activation_eligibility_epoch", x.ActivationEligibilityEpoch, &v.ActivationEligibilityEpoch},
		{"validator.activation_epoch", x.ActivationEpoch, &v.ActivationEpoch},
		{"validator.exit_epoch", x.ExitEpoch, &v.ExitEpoch},
		{"validator.withdrawable_epoch", x.WithdrawableEpoch, &v.WithdrawableEpoch},
	} {
		if n, err = u64(f.name, f.s); err != nil {
			return v, err
		}
		*f.dst = beacon.Epoch(n)
	}
	if x.Slashed == nil {
		return v, bad("validator.slashed", errors.New("missing"))
	}
	v.Slashed = *x.Slashed
	if err := decodeHex(x.Pubkey, v.Pubkey[:]); err != nil {
		return v, bad("validator.pubkey", err)
	}
	if err := decodeHex(x.WithdrawalCredentials, v.WithdrawalCredentials[:]); err != nil {
		return v, bad("validator.withdrawal_credentials", err)
	}
	if _, ok := knownStatus[av.Status]; !ok {
		return v, bad("status", fmt.Errorf("%q is not a Beacon API validator status", clip(av.Status)))
	}
	v.Status = beacon.ComputeStatus(&v, epoch)
	return v, nil
}

func decodeHex(s string, dst []byte) error {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok || len(h) != 2*len(dst) {
		return fmt.Errorf("%q is not %d bytes of 0x-hex", clip(s), len(dst))
	}
	if _, err := hex.Decode(dst, []byte(h)); err != nil {
		return fmt.Errorf("%q: %w", clip(s), err)
	}
	return nil
}
