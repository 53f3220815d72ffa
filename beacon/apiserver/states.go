package apiserver

import (
	"bufio"
	"cmp"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
)

// view is the registry and checkpoints of the state at one slot. A live
// view (of the chain's current state) shares the state's arrays and is
// valid only while the chain is locked; clone makes a kept one.
type view struct {
	slot      uint64
	epoch     uint64
	pubkeys   [][48]byte // append-only in the state: shared by clones
	creds     [][32]byte
	balances  []uint64
	effInc    []uint16
	incr      uint64
	elig, act []uint32
	exit, wd  []uint32
	slashed   []bool
	pj, cj    sim.Checkpoint
	fin       sim.Checkpoint
}

func liveView(st *sim.State) *view {
	n := st.NumValidators()
	return &view{slot: st.Slot, epoch: st.CurrentEpoch(), pubkeys: st.Pubkeys[:n:n], creds: st.Credentials, balances: st.Balances,
		effInc: st.EffInc, incr: st.Spec.EffectiveBalanceIncrement, elig: st.EligibilityEpoch, act: st.ActivationEpoch,
		exit: st.ExitEpoch, wd: st.WithdrawableEpoch, slashed: st.Slashed, pj: st.PreviousJustifiedCheckpoint,
		cj: st.CurrentJustifiedCheckpoint, fin: st.FinalizedCheckpoint}
}

func (v *view) clone() *view {
	c := *v
	c.creds, c.balances, c.effInc = slices.Clone(v.creds), slices.Clone(v.balances), slices.Clone(v.effInc)
	c.elig, c.act, c.exit, c.wd = slices.Clone(v.elig), slices.Clone(v.act), slices.Clone(v.exit), slices.Clone(v.wd)
	c.slashed = slices.Clone(v.slashed)
	return &c
}

func (v *view) len() int { return len(v.pubkeys) }

func epoch64(e uint32) beacon.Epoch {
	if e == ^uint32(0) {
		return beacon.FarFutureEpoch
	}
	return beacon.Epoch(e)
}

// validator is validator i of the view as the pool's types hold it.
func (v *view) validator(i int) beacon.Validator {
	b := beacon.Validator{Index: beacon.ValidatorIndex(i), Balance: beacon.Gwei(v.balances[i]),
		EffectiveBalance: beacon.Gwei(uint64(v.effInc[i]) * v.incr), Slashed: v.slashed[i],
		ActivationEligibilityEpoch: epoch64(v.elig[i]), ActivationEpoch: epoch64(v.act[i]), ExitEpoch: epoch64(v.exit[i]),
		WithdrawableEpoch: epoch64(v.wd[i]), Pubkey: v.pubkeys[i], WithdrawalCredentials: v.creds[i]}
	b.Status = beacon.ComputeStatus(&b, beacon.Epoch(v.epoch))
	return b
}

var (
	errStateNotFound = errors.New("state not found")
	errBadStateID    = errors.New("invalid state id")
)

// stateAt resolves a state id to a view that stays valid after the call
// (head is copied) and says whether the state is finalized.
func (s *Server) stateAt(id string) (*view, bool, error) {
	if id == "head" {
		var v *view
		s.chain.View(func(st *sim.State) { v = liveView(st).clone() })
		return v, false, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	spe := s.sp.SlotsPerEpoch
	var slot uint64
	switch {
	case id == "finalized":
		slot = s.fin.Epoch * spe
	case id == "justified":
		var cj sim.Checkpoint
		s.chain.View(func(st *sim.State) { cj = st.CurrentJustifiedCheckpoint })
		slot = cj.Epoch * spe
	case id == "genesis" || strings.HasPrefix(id, "0x"):
		if strings.HasPrefix(id, "0x") && len(id) != 66 {
			return nil, false, errBadStateID
		}
		return nil, false, errStateNotFound
	default:
		n, err := strconv.ParseUint(id, 10, 64)
		if err != nil {
			return nil, false, errBadStateID
		}
		slot = n
	}
	if i, ok := slices.BinarySearchFunc(s.views, slot, func(v *view, slot uint64) int { return cmp.Compare(v.slot, slot) }); ok {
		return s.views[i], slot <= s.fin.Epoch*spe, nil
	}
	// From the head block's slot to the current slot, in the current
	// epoch, the state's registry does not change (no block, no epoch
	// processing): the current state serves with its slot set back.
	if slot <= s.slot && slot/spe == s.slot/spe && (s.head == nil || slot >= s.head.Slot) {
		var v *view
		s.chain.View(func(st *sim.State) {
			if st.Slot == s.slot {
				v = liveView(st).clone()
			}
		})
		if v != nil {
			v.slot = slot
			return v, false, nil
		}
	}
	return nil, false, errStateNotFound
}

func writeStateError(w http.ResponseWriter, err error) {
	if errors.Is(err, errBadStateID) {
		writeError(w, http.StatusBadRequest, "Invalid state ID")
		return
	}
	writeError(w, http.StatusNotFound, "State not found: not available (the simulator keeps the head and the recent epochs' first and last slots)")
}

func (s *Server) finality(w http.ResponseWriter, r *http.Request) {
	v, fin, err := s.stateAt(r.PathValue("state_id"))
	if err != nil {
		writeStateError(w, err)
		return
	}
	cp := func(c sim.Checkpoint) map[string]string {
		return map[string]string{"epoch": u(c.Epoch), "root": hexRoot(c.Root)}
	}
	writeMeta(w, fin, map[string]any{"previous_justified": cp(v.pj), "current_justified": cp(v.cj), "finalized": cp(v.fin)})
}

// parseIDs resolves validator ids (indices or 0x pubkeys) to indices in
// v, in the order given, skipping unknown ones; a malformed id is an error.
func (s *Server) parseIDs(v *view, ids []string) ([]int, error) {
	var out []int
	for _, x := range ids {
		x = strings.TrimSpace(x)
		if strings.HasPrefix(x, "0x") {
			b, err := hex.DecodeString(x[2:])
			if err != nil || len(b) != 48 {
				return nil, errors.New("invalid validator ID: " + x)
			}
			s.mu.RLock()
			i, ok := s.pubIndex[[48]byte(b)]
			s.mu.RUnlock()
			if ok && int(i) < v.len() {
				out = append(out, int(i))
			}
			continue
		}
		i, err := strconv.ParseUint(x, 10, 64)
		if err != nil {
			return nil, errors.New("invalid validator ID: " + x)
		}
		if i < uint64(v.len()) {
			out = append(out, int(i))
		}
	}
	return out, nil
}

func splitQuery(r *http.Request, key string) []string {
	var out []string
	for _, v := range r.URL.Query()[key] {
		for _, x := range strings.Split(v, ",") {
			if x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

var validStatuses = map[string]bool{"pending_initialized": true, "pending_queued": true, "active_ongoing": true,
	"active_exiting": true, "active_slashed": true, "exited_unslashed": true, "exited_slashed": true,
	"withdrawal_possible": true, "withdrawal_done": true, "pending": true, "active": true, "exited": true, "withdrawal": true}

// validators streams the validators of a state (filtered by ids and
// statuses when given), in index order when no ids are given.
func (s *Server) validators(w http.ResponseWriter, r *http.Request) {
	var ids, statuses []string
	if r.Method == http.MethodPost {
		var body struct {
			IDs      []string `json:"ids"`
			Statuses []string `json:"statuses"`
		}
		if r.ContentLength != 0 {
			if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<20)).Decode(&body); err != nil {
				writeError(w, http.StatusBadRequest, "Invalid request body: %v", err)
				return
			}
		}
		ids, statuses = body.IDs, body.Statuses
	} else {
		ids, statuses = splitQuery(r, "id"), splitQuery(r, "status")
	}
	want := map[string]bool{}
	for _, st := range statuses {
		if !validStatuses[st] {
			writeError(w, http.StatusBadRequest, "Invalid validator status: %s", st)
			return
		}
		want[st] = true
	}
	v, fin, err := s.stateAt(r.PathValue("state_id"))
	if err != nil {
		writeStateError(w, err)
		return
	}
	var sel []int
	if ids != nil {
		if sel, err = s.parseIDs(v, ids); err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	bw := bufio.NewWriterSize(w, 64<<10)
	_, _ = bw.WriteString(`{"execution_optimistic":false,"finalized":` + strconv.FormatBool(fin) + `,"data":[`)
	first := true
	var buf []byte
	emit := func(i int) {
		val := v.validator(i)
		if len(want) > 0 && !want[string(val.Status)] && !want[topStatus(val.Status)] {
			return
		}
		if !first {
			_ = bw.WriteByte(',')
		}
		first = false
		buf = AppendValidatorJSON(buf[:0], &val)
		_, _ = bw.Write(buf)
	}
	if ids == nil {
		for i := range v.len() {
			emit(i)
		}
	} else {
		for _, i := range sel {
			emit(i)
		}
	}
	_, _ = bw.WriteString("]}")
	_ = bw.Flush()
}

func (s *Server) validator(w http.ResponseWriter, r *http.Request) {
	v, fin, err := s.stateAt(r.PathValue("state_id"))
	if err != nil {
		writeStateError(w, err)
		return
	}
	sel, err := s.parseIDs(v, []string{r.PathValue("validator_id")})
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	if len(sel) == 0 {
		writeError(w, http.StatusNotFound, "Validator not found")
		return
	}
	val := v.validator(sel[0])
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(append(AppendValidatorJSON([]byte(`{"execution_optimistic":false,"finalized":`+strconv.FormatBool(fin)+`,"data":`), &val), '}'))
}

func (s *Server) balances(w http.ResponseWriter, r *http.Request) {
	var ids []string
	if r.Method == http.MethodPost {
		if r.ContentLength != 0 {
			if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<20)).Decode(&ids); err != nil {
				writeError(w, http.StatusBadRequest, "Invalid request body: %v", err)
				return
			}
		}
	} else {
		ids = splitQuery(r, "id")
	}
	v, fin, err := s.stateAt(r.PathValue("state_id"))
	if err != nil {
		writeStateError(w, err)
		return
	}
	var sel []int
	if ids != nil {
		if sel, err = s.parseIDs(v, ids); err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
	} else {
		sel = make([]int, v.len())
		for i := range sel {
			sel[i] = i
		}
	}
	w.Header().Set("Content-Type", "application/json")
	bw := bufio.NewWriterSize(w, 64<<10)
	_, _ = bw.WriteString(`{"execution_optimistic":false,"finalized":` + strconv.FormatBool(fin) + `,"data":[`)
	var buf []byte
	for k, i := range sel {
		buf = buf[:0]
		if k > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"index":"`...)
		buf = strconv.AppendUint(buf, uint64(i), 10)
		buf = append(buf, `","balance":"`...)
		buf = strconv.AppendUint(buf, v.balances[i], 10)
		buf = append(buf, `"}`...)
		_, _ = bw.Write(buf)
	}
	_, _ = bw.WriteString("]}")
	_ = bw.Flush()
}

// topStatus is the Beacon API's coarse status (pending, active, exited, withdrawal).
func topStatus(s beacon.Status) string { x, _, _ := strings.Cut(string(s), "_"); return x }

// AppendValidatorJSON appends one element of the validators response.
func AppendValidatorJSON(b []byte, v *beacon.Validator) []byte {
	num := func(b []byte, key string, n uint64) []byte {
		b = append(b, `"`...)
		b = append(b, key...)
		b = append(b, `":"`...)
		b = strconv.AppendUint(b, n, 10)
		return append(b, `"`...)
	}
	b = num(append(b, '{'), "index", uint64(v.Index))
	b = num(append(b, ','), "balance", uint64(v.Balance))
	b = append(b, `,"status":"`...)
	b = append(b, v.Status...)
	b = append(b, `","validator":{"pubkey":"0x`...)
	b = hex.AppendEncode(b, v.Pubkey[:])
	b = append(b, `","withdrawal_credentials":"0x`...)
	b = hex.AppendEncode(b, v.WithdrawalCredentials[:])
	b = num(append(b, `",`...), "effective_balance", uint64(v.EffectiveBalance))
	b = strconv.AppendBool(append(b, `,"slashed":`...), v.Slashed)
	b = num(append(b, ','), "activation_eligibility_epoch", uint64(v.ActivationEligibilityEpoch))
	b = num(append(b, ','), "activation_epoch", uint64(v.ActivationEpoch))
	b = num(append(b, ','), "exit_epoch", uint64(v.ExitEpoch))
	b = num(append(b, ','), "withdrawable_epoch", uint64(v.WithdrawableEpoch))
	return append(b, "}}"...)
}
