package apiserver

import (
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"

	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/stakepool/stakepool/beacon/sim"
)

var (
	errBlockNotFound = errors.New("block not found")
	errBadBlockID    = errors.New("invalid block id")
)

// blockAt resolves a block id (head, finalized, justified, a slot, a root)
// and says whether the block is finalized.
func (s *Server) blockAt(id string) (*Block, bool, error) {
	s.mu.RLock()
	head, fin, spe := s.head, s.fin, s.sp.SlotsPerEpoch
	s.mu.RUnlock()
	finalized := func(b *Block) bool { return b.Slot <= fin.Epoch*spe }
	switch {
	case id == "head":
		if head == nil {
			return nil, false, errBlockNotFound
		}
		return head, finalized(head), nil
	case id == "genesis":
		return nil, false, errBlockNotFound
	case id == "finalized", id == "justified":
		slot := fin.Epoch * spe
		if id == "justified" {
			var cj sim.Checkpoint
			s.chain.View(func(st *sim.State) { cj = st.CurrentJustifiedCheckpoint })
			slot = cj.Epoch * spe
		}
		b, err := s.latestBlockAtOrBefore(slot)
		if err != nil || b == nil {
			return nil, false, errBlockNotFound
		}
		return b, finalized(b), nil
	case strings.HasPrefix(id, "0x"):
		raw, err := hex.DecodeString(id[2:])
		if err != nil || len(raw) != 32 {
			return nil, false, errBadBlockID
		}
		s.mu.RLock()
		slot, ok := s.byRoot[[32]byte(raw)]
		b := s.recent[slot]
		s.mu.RUnlock()
		if !ok || b == nil {
			return nil, false, errBlockNotFound
		}
		return b, finalized(b), nil
	}
	slot, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return nil, false, errBadBlockID
	}
	b, err := s.blockAtSlot(slot)
	if err != nil || b == nil {
		return nil, false, errBlockNotFound
	}
	return b, finalized(b), nil
}

// blockAtSlot is the block of slot (nil: none), kept or from the store.
func (s *Server) blockAtSlot(slot uint64) (*Block, error) {
	s.mu.RLock()
	b, ok := s.recent[slot]
	cur := s.slot
	s.mu.RUnlock()
	if ok {
		return b, nil
	}
	if slot > cur || s.cfg.Blocks == nil {
		return nil, nil
	}
	return s.cfg.Blocks.BlockAt(slot)
}

// latestBlockAtOrBefore walks back from slot to the latest block (at most
// a few epochs: a checkpoint's block is the last one before its slot).
func (s *Server) latestBlockAtOrBefore(slot uint64) (*Block, error) {
	for back := uint64(0); back <= 4*s.sp.SlotsPerEpoch && back <= slot; back++ {
		b, err := s.blockAtSlot(slot - back)
		if err != nil || b != nil {
			return b, err
		}
	}
	return nil, nil
}

func writeBlockError(w http.ResponseWriter, err error) {
	if errors.Is(err, errBadBlockID) {
		writeError(w, http.StatusBadRequest, "Invalid block ID")
		return
	}
	writeError(w, http.StatusNotFound, "Block not found")
}

// headerJSON is the header of b as the headers endpoints show it.
func headerJSON(b *Block) (map[string]any, error) {
	bodyRoot, err := b.Signed.BodyRoot()
	if err != nil {
		return nil, err
	}
	stateRoot, err := b.Signed.StateRoot()
	if err != nil {
		return nil, err
	}
	sig, err := signatureOf(b.Signed)
	if err != nil {
		return nil, err
	}
	parent := b.ParentRoot()
	return map[string]any{"root": hexRoot(b.Root), "canonical": true, "header": map[string]any{
		"message": map[string]string{"slot": u(b.Slot), "proposer_index": u(b.ProposerIndex()), "parent_root": hexRoot(parent),
			"state_root": hexRoot(stateRoot), "body_root": hexRoot(bodyRoot)},
		"signature": hx(sig[:]),
	}}, nil
}

func signatureOf(b *eth2spec.VersionedSignedBeaconBlock) (phase0.BLSSignature, error) {
	switch b.Version {
	case eth2spec.DataVersionDeneb:
		return b.Deneb.Signature, nil
	case eth2spec.DataVersionElectra:
		return b.Electra.Signature, nil
	}
	return phase0.BLSSignature{}, errors.New("unsupported block version " + b.Version.String())
}

func (s *Server) header(w http.ResponseWriter, r *http.Request) {
	b, fin, err := s.blockAt(r.PathValue("block_id"))
	if err != nil {
		writeBlockError(w, err)
		return
	}
	h, err := headerJSON(b)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "header: %v", err)
		return
	}
	writeMeta(w, fin, h)
}

// headers lists the head's header, or the header of ?slot= (and checks
// ?parent_root= against it).
func (s *Server) headers(w http.ResponseWriter, r *http.Request) {
	id := "head"
	if q := r.URL.Query().Get("slot"); q != "" {
		id = q
	}
	b, fin, err := s.blockAt(id)
	if errors.Is(err, errBadBlockID) {
		writeBlockError(w, err)
		return
	}
	out := []any{}
	if err == nil {
		if pr := r.URL.Query().Get("parent_root"); pr == "" || strings.EqualFold(pr, hexRoot(b.ParentRoot())) {
			h, err := headerJSON(b)
			if err != nil {
				writeError(w, http.StatusInternalServerError, "header: %v", err)
				return
			}
			out = append(out, h)
		}
	}
	writeMeta(w, fin && len(out) > 0, out)
}

func (s *Server) signedBlock(w http.ResponseWriter, r *http.Request) {
	b, fin, err := s.blockAt(r.PathValue("block_id"))
	if err != nil {
		writeBlockError(w, err)
		return
	}
	var data any
	switch b.Signed.Version {
	case eth2spec.DataVersionDeneb:
		data = b.Signed.Deneb
	case eth2spec.DataVersionElectra:
		data = b.Signed.Electra
	default:
		writeError(w, http.StatusInternalServerError, "unsupported block version %s", b.Signed.Version)
		return
	}
	w.Header().Set("Eth-Consensus-Version", b.Signed.Version.String())
	writeJSON(w, map[string]any{"version": b.Signed.Version.String(), "execution_optimistic": false, "finalized": fin, "data": data})
}

func (s *Server) blockRoot(w http.ResponseWriter, r *http.Request) {
	b, fin, err := s.blockAt(r.PathValue("block_id"))
	if err != nil {
		writeBlockError(w, err)
		return
	}
	writeMeta(w, fin, map[string]string{"root": hexRoot(b.Root)})
}
