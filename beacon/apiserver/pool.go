package apiserver

import (
	"encoding/json"
	"net/http"
	"slices"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// voluntaryExit accepts a signed voluntary exit: the validator must exist,
// the epoch must not be in the future, the signature must verify with the
// EIP-7044 domain (Capella fork version, genesis validators root) and the
// chain must accept the exit now (process_voluntary_exit's conditions).
func (s *Server) voluntaryExit(w http.ResponseWriter, r *http.Request) {
	var sve phase0.SignedVoluntaryExit
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&sve); err != nil || sve.Message == nil {
		writeError(w, http.StatusBadRequest, "Invalid voluntary exit: %v", err)
		return
	}
	idx := uint64(sve.Message.ValidatorIndex)
	var pk [48]byte
	var cur uint64
	known := false
	s.chain.View(func(st *sim.State) {
		if idx < uint64(st.NumValidators()) {
			known, pk = true, st.Pubkeys[idx]
		}
		cur = st.CurrentEpoch()
	})
	if !known {
		writeError(w, http.StatusBadRequest, "Invalid voluntary exit: unknown validator %d", idx)
		return
	}
	if uint64(sve.Message.Epoch) > cur {
		writeError(w, http.StatusBadRequest, "Invalid voluntary exit: epoch %d is in the future (current %d)", sve.Message.Epoch, cur)
		return
	}
	msgRoot, err := sve.Message.HashTreeRoot()
	if err != nil {
		writeError(w, http.StatusBadRequest, "Invalid voluntary exit: %v", err)
		return
	}
	sr := keys.SigningRoot(msgRoot, keys.ComputeDomain(spec.DomainVoluntaryExit, s.sp.CapellaForkVersion, s.gvr)) // EIP-7044
	if err := keys.Verify(keys.PublicKey(pk), sr[:], keys.Signature(sve.Signature)); err != nil {
		writeError(w, http.StatusBadRequest, "Invalid voluntary exit: signature: %v", err)
		return
	}
	submit := s.cfg.Exits
	if submit == nil {
		submit = func(i uint64) error { return s.chain.RequestVoluntaryExit(r.Context(), beacon.ValidatorIndex(i)) }
	}
	if err := submit(idx); err != nil {
		writeError(w, http.StatusBadRequest, "Invalid voluntary exit: %v", err)
		return
	}
	s.mu.Lock()
	s.exits[idx] = &sve
	s.mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

// SignedExit returns the signed exit received for validator index.
func (s *Server) SignedExit(index uint64) (*phase0.SignedVoluntaryExit, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.exits[index]
	return e, ok
}

// exitPool lists the exits received whose validators are not exiting yet.
func (s *Server) exitPool(w http.ResponseWriter, _ *http.Request) {
	s.mu.RLock()
	idx := make([]uint64, 0, len(s.exits))
	exits := make(map[uint64]*phase0.SignedVoluntaryExit, len(s.exits))
	for i, e := range s.exits {
		idx = append(idx, i)
		exits[i] = e
	}
	s.mu.RUnlock()
	slices.Sort(idx)
	out := []*phase0.SignedVoluntaryExit{}
	s.chain.View(func(st *sim.State) {
		for _, i := range idx {
			if st.ExitEpoch[i] == ^uint32(0) {
				out = append(out, exits[i])
			}
		}
	})
	writeData(w, out)
}
