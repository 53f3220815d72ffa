package api

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	eth2api "github.com/attestantio/go-eth2-client/api"
	"github.com/attestantio/go-eth2-client/spec/phase0"
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
// it (clients differ at the withdrawal_possible/withdrawal_done boundary:
// Lighthouse tests the effective balance, the definition the balance); the
// node's own status string must still be one of the nine.
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
//
// The data list is cut into elements by a byte scanner (strings, escapes
// and nesting tracked; about ten times faster than encoding/json's
// Decoder); an element whose credentials (found by quickCredentials) are
// someone else's is dropped after that structural check, every other one
// is decoded and checked in full. Errors are *DecodeError (ErrMalformed),
// or the reader's own error (a timeout, a reset connection).
func DecodeValidators(r io.Reader, creds beacon.Credentials, epoch beacon.Epoch) ([]beacon.Validator, error) {
	want := "0x" + hex.EncodeToString(creds[:])
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{', errNotObject); err != nil {
		return nil, topErr("body", err)
	}
	var out []beacon.Validator
	sawData := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, topErr("body", err)
		}
		key, _ := t.(string)
		if key != "data" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, topErr(key, err)
			}
			continue
		}
		if sawData {
			return nil, &DecodeError{Element: -1, Field: "data", Err: errors.New("repeated")}
		}
		sawData = true
		sc := &elemScanner{r: io.MultiReader(dec.Buffered(), r), buf: make([]byte, 0, 256<<10)}
		if out, err = sc.list(want, epoch); err != nil {
			return nil, err
		}
		// the rest of the object: "}" or ", more keys }"
		c, err := sc.skipSpace()
		if err != nil {
			return nil, err
		}
		switch c {
		case '}':
			sc.pos++
			dec = json.NewDecoder(io.MultiReader(bytes.NewReader(sc.buf[sc.pos:]), sc.r))
			if _, err := dec.Token(); err != io.EOF {
				return nil, &DecodeError{Element: -1, Field: "body", Err: errors.New("data after the JSON object")}
			}
			return sortedUnique(out)
		case ',':
			sc.pos++
			dec = json.NewDecoder(io.MultiReader(strings.NewReader("{"), bytes.NewReader(sc.buf[sc.pos:]), sc.r))
			if err := expectDelim(dec, '{', errNotObject); err != nil {
				return nil, topErr("body", err)
			}
			if !dec.More() {
				return nil, &DecodeError{Element: -1, Field: "body", Err: errors.New("',' before '}'")}
			}
		default:
			return nil, &DecodeError{Element: -1, Field: "body", Err: fmt.Errorf("%q after the data list", c)}
		}
	}
	if err := expectDelim(dec, '}', errNotObject); err != nil {
		return nil, topErr("body", err)
	}
	if !sawData {
		return nil, &DecodeError{Element: -1, Field: "data", Err: errors.New("missing")}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &DecodeError{Element: -1, Field: "body", Err: errors.New("data after the JSON object")}
	}
	return sortedUnique(out)
}

func topErr(field string, err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	if errors.As(err, &se) || errors.As(err, &te) || err == io.ErrUnexpectedEOF || err == errNotObject || err == errNotList {
		return &DecodeError{Element: -1, Field: field, Err: err}
	}
	return err // the transport's (timeout, reset)
}

func sortedUnique(out []beacon.Validator) ([]beacon.Validator, error) {
	slices.SortFunc(out, func(a, b beacon.Validator) int { return cmp.Compare(a.Index, b.Index) })
	for i := 1; i < len(out); i++ {
		if out[i].Index == out[i-1].Index {
			return nil, &DecodeError{Element: -1, Field: "data", Err: fmt.Errorf("validator %d listed twice", out[i].Index)}
		}
	}
	return out, nil
}

// elemScanner cuts a JSON list of objects into elements.
type elemScanner struct {
	r   io.Reader
	buf []byte // buf[pos:] is unread
	pos int
	eof bool
}

// fill reads more input, keeping buf[keep:] (keep <= pos); it returns
// false at the end of the input.
func (sc *elemScanner) fill(keep int) (bool, error) {
	if sc.eof {
		return false, nil
	}
	n := copy(sc.buf, sc.buf[keep:])
	sc.pos -= keep
	sc.buf = sc.buf[:n]
	if cap(sc.buf)-n < 4096 {
		sc.buf = slices.Grow(sc.buf, cap(sc.buf))
	}
	m, err := sc.r.Read(sc.buf[n:cap(sc.buf)])
	sc.buf = sc.buf[:n+m]
	if err == io.EOF {
		sc.eof = true
		return m > 0, nil
	}
	if err != nil {
		return false, err
	}
	return true, nil
}

// skipSpace skips blanks and returns the next byte (not consumed).
func (sc *elemScanner) skipSpace() (byte, error) {
	for {
		for sc.pos < len(sc.buf) {
			switch c := sc.buf[sc.pos]; c {
			case ' ', '\t', '\r', '\n':
				sc.pos++
			default:
				return c, nil
			}
		}
		more, err := sc.fill(sc.pos)
		if err != nil {
			return 0, err
		}
		if !more {
			return 0, &DecodeError{Element: -1, Field: "data", Err: io.ErrUnexpectedEOF}
		}
	}
}

// object returns the next object's bytes (valid until the next call).
func (sc *elemScanner) object(i int) ([]byte, error) {
	start := sc.pos
	depth, inStr, esc := 0, false, false
	for j := sc.pos; ; j++ {
		if j == len(sc.buf) {
			off := j - start
			more, err := sc.fill(start)
			if err != nil {
				return nil, err
			}
			if !more {
				return nil, &DecodeError{Element: i, Err: io.ErrUnexpectedEOF}
			}
			start, j = 0, off
		}
		c := sc.buf[j]
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				return nil, &DecodeError{Element: i, Err: errors.New("control character in a string")}
			}
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth < 0 {
				return nil, &DecodeError{Element: i, Err: fmt.Errorf("unbalanced %q", c)}
			}
			if depth == 0 {
				sc.pos = j + 1
				return sc.buf[start : j+1], nil
			}
		}
	}
}

// list reads "[ {…}, {…} ]" and keeps the validators with credentials want.
func (sc *elemScanner) list(want string, epoch beacon.Epoch) ([]beacon.Validator, error) {
	c, err := sc.skipSpace()
	if err != nil {
		return nil, err
	}
	if c == ':' { // json.Decoder leaves the key's colon unread
		sc.pos++
		if c, err = sc.skipSpace(); err != nil {
			return nil, err
		}
	}
	if c != '[' {
		return nil, &DecodeError{Element: -1, Field: "data", Err: errNotList}
	}
	sc.pos++
	var out []beacon.Validator
	for i := 0; ; i++ {
		c, err := sc.skipSpace()
		if err != nil {
			return nil, err
		}
		if c == ']' && i == 0 {
			sc.pos++
			return out, nil
		}
		if c != '{' {
			return nil, &DecodeError{Element: i, Err: fmt.Errorf("%q where an object should start", c)}
		}
		raw, err := sc.object(i)
		if err != nil {
			return nil, err
		}
		if v, keep, err := decodeElement(raw, want, epoch); err != nil {
			var de *DecodeError
			if errors.As(err, &de) {
				de.Element = i
			}
			return nil, err
		} else if keep {
			out = append(out, v)
		}
		if c, err = sc.skipSpace(); err != nil {
			return nil, err
		}
		sc.pos++
		switch c {
		case ',':
		case ']':
			return out, nil
		default:
			return nil, &DecodeError{Element: i, Err: fmt.Errorf("%q after an element", c)}
		}
	}
}

// decodeElement: the validator in raw when its credentials are want.
func decodeElement(raw []byte, want string, epoch beacon.Epoch) (beacon.Validator, bool, error) {
	// Most elements are someone else's: look at the credentials alone
	// when the element has them once, in the usual shape.
	if wc, ok := quickCredentials(raw); ok && !bytes.EqualFold(wc, []byte(want)) {
		return beacon.Validator{}, false, nil
	}
	var av apiValidator
	if err := json.Unmarshal(raw, &av); err != nil {
		return beacon.Validator{}, false, &DecodeError{Err: err}
	}
	wc := av.Validator.WithdrawalCredentials
	if len(wc) != len(want) || !strings.HasPrefix(wc, "0x") {
		return beacon.Validator{}, false, &DecodeError{Field: "validator.withdrawal_credentials", Err: fmt.Errorf("%q is not 32 bytes of 0x-hex", clip(wc))}
	}
	if !strings.EqualFold(wc, want) {
		return beacon.Validator{}, false, nil
	}
	v, err := av.toValidator(epoch)
	return v, err == nil, err
}

var credKey = []byte(`"withdrawal_credentials"`)

// quickCredentials finds the withdrawal credentials' value in one element
// without decoding it: only when the key occurs exactly once, in any case
// (encoding/json matches keys case-insensitively; a key inside a string
// would have its quotes escaped, so this is the validator's field), is
// written in lower case, and is followed by optional blanks, ':', optional
// blanks and a 66-character string "0x…" of hex digits. Otherwise ok is
// false and the caller decodes the element in full.
func quickCredentials(raw []byte) ([]byte, bool) {
	k, n := -1, 0
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '"')
		if j < 0 {
			break
		}
		i += j + 1
		if i+len(credKey)-1 <= len(raw) && (raw[i] == 'w' || raw[i] == 'W') && bytes.EqualFold(raw[i:i+len(credKey)-1], credKey[1:]) {
			k, n = i-1, n+1
		}
	}
	if n != 1 || !bytes.Equal(raw[k:k+len(credKey)], credKey) {
		return nil, false
	}
	p := raw[k+len(credKey):]
	p = bytes.TrimLeft(p, " \t\r\n")
	if len(p) == 0 || p[0] != ':' {
		return nil, false
	}
	p = bytes.TrimLeft(p[1:], " \t\r\n")
	if len(p) < 68 || p[0] != '"' || p[1] != '0' || p[2] != 'x' || p[67] != '"' {
		return nil, false
	}
	for _, c := range p[3:67] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return nil, false
		}
	}
	return p[1:67], true
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

// ValidatorsByPubkeys returns the validators of the state at slot whose
// pubkeys are given (unknown ones are left out), in index order: a
// request per 64 keys or so (go-eth2-client pages them), for a service that
// knows its validators' keys and need not read the whole registry.
func (c *Client) ValidatorsByPubkeys(ctx context.Context, slot beacon.Slot, pubkeys [][48]byte) ([]beacon.Validator, error) {
	if len(pubkeys) == 0 {
		return nil, nil
	}
	pks := make([]phase0.BLSPubKey, len(pubkeys))
	for i := range pubkeys {
		pks[i] = phase0.BLSPubKey(pubkeys[i])
	}
	resp, err := c.svc.Validators(ctx, &eth2api.ValidatorsOpts{State: fmt.Sprint(uint64(slot)), PubKeys: pks})
	if err != nil {
		return nil, c.wrap(fmt.Sprintf("read %d validators at slot %d", len(pubkeys), slot), err)
	}
	epoch := beacon.Epoch(uint64(slot) / c.slotsPerEpoch)
	out := make([]beacon.Validator, 0, len(resp.Data))
	for idx, v := range resp.Data {
		if v == nil || v.Validator == nil {
			continue
		}
		bv := beacon.Validator{Index: beacon.ValidatorIndex(idx), Balance: beacon.Gwei(v.Balance),
			EffectiveBalance: beacon.Gwei(v.Validator.EffectiveBalance), Slashed: v.Validator.Slashed,
			ActivationEligibilityEpoch: beacon.Epoch(v.Validator.ActivationEligibilityEpoch), ActivationEpoch: beacon.Epoch(v.Validator.ActivationEpoch),
			ExitEpoch: beacon.Epoch(v.Validator.ExitEpoch), WithdrawableEpoch: beacon.Epoch(v.Validator.WithdrawableEpoch),
			Pubkey: beacon.Pubkey(v.Validator.PublicKey), WithdrawalCredentials: beacon.Credentials(v.Validator.WithdrawalCredentials)}
		bv.Status = beacon.ComputeStatus(&bv, epoch)
		out = append(out, bv)
	}
	slices.SortFunc(out, func(a, b beacon.Validator) int { return cmp.Compare(a.Index, b.Index) })
	return out, nil
}
