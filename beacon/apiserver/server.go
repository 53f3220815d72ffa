// Package apiserver serves a simulated beacon chain (beacon/sim) over the
// standard Beacon API (ethereum/beacon-APIs), so that any consumer — our
// services, go-eth2-client, curl — reads it as it would read a beacon
// node.
//
// Whoever drives the chain tells the server about each slot (Observe):
// the block it produced, if any. The server keeps the recent blocks in
// memory (older ones come from a BlockStore when one is given) and views of
// the registry at each epoch's first and last slot for the last
// Config.EpochsKept epochs; "head" is always the chain's current state.
// State ids: head, finalized, justified, or a slot whose view is kept
// ("genesis" and state roots are not served: the simulator neither keeps
// slot 0 nor merkleizes its state). Block ids: head, finalized,
// justified, a slot, a block root.
//
// Endpoints: GET /eth/v1/node/{version,syncing,health},
// /eth/v1/config/{spec,deposit_contract,fork_schedule},
// /eth/v1/beacon/genesis, /eth/v1/beacon/headers, /eth/v1/beacon/headers/{id},
// /eth/v2/beacon/blocks/{id}, /eth/v1/beacon/blocks/{id}/root,
// /eth/v1/beacon/states/{id}/{fork,finality_checkpoints},
// /eth/v1/beacon/states/{id}/validators (GET ?id=&status=, POST
// {"ids","statuses"}), /eth/v1/beacon/states/{id}/validators/{validator_id},
// /eth/v1/beacon/states/{id}/validator_balances (GET ?id=, POST [ids]),
// /eth/v1/events?topics=head,block,finalized_checkpoint (server-sent
// events), GET and POST /eth/v1/beacon/pool/voluntary_exits (signature
// checked with the EIP-7044 domain; the exit goes to the chain's next
// block). Responses carry execution_optimistic: false and finalized as the
// finalized checkpoint says.
package apiserver

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"sync"

	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// Block is a block of the chain as the server shows it.
type Block struct {
	Slot uint64
	// Root is the block's root (the simulator's stand-in for
	// hash_tree_root(block), the parent root of the next block).
	Root   [32]byte
	Signed *eth2spec.VersionedSignedBeaconBlock
}

// ProposerIndex is the block's proposer.
func (b *Block) ProposerIndex() uint64 {
	i, err := b.Signed.ProposerIndex()
	if err != nil {
		return 0
	}
	return uint64(i)
}

// ParentRoot is the block's parent root.
func (b *Block) ParentRoot() [32]byte {
	r, err := b.Signed.ParentRoot()
	if err != nil {
		return [32]byte{}
	}
	return r
}

// BlockStore finds blocks older than those the server keeps.
type BlockStore interface {
	// BlockAt returns the block of slot, or nil when the slot has none.
	BlockAt(slot uint64) (*Block, error)
}

// Config configures a Server.
type Config struct {
	// Chain is the chain served (its current state is "head").
	Chain *sim.Chain
	// Blocks holds the blocks the server no longer keeps (nil: none).
	Blocks BlockStore
	// Head is the chain's latest block when the server starts on a chain
	// that already has blocks (nil: none until the first Observe).
	Head *Block
	// EpochsKept is how many epochs of state views and blocks are kept in
	// memory (0: 8).
	EpochsKept int
	// Version is /eth/v1/node/version's answer.
	Version string
	// Exits receives valid voluntary exits (nil: the chain's
	// RequestVoluntaryExit).
	Exits  func(index uint64) error
	Logger *slog.Logger
}

// Server serves one chain. Create it with New.
type Server struct {
	cfg   Config
	chain *sim.Chain
	sp    *spec.Spec
	log   *slog.Logger

	genesisTime uint64
	gvr         [32]byte

	mu       sync.RWMutex
	head     *Block
	slot     uint64            // the chain's slot as last observed
	recent   map[uint64]*Block // slot → block, for the kept epochs
	byRoot   map[[32]byte]uint64
	views    []*view // ascending slots
	pubIndex map[[48]byte]uint64
	fin      sim.Checkpoint
	exits    map[uint64]*phase0.SignedVoluntaryExit

	events *broker
}

// New checks cfg and returns a server for its chain.
func New(cfg Config) (*Server, error) {
	if cfg.Chain == nil {
		return nil, errors.New("apiserver: no chain to serve")
	}
	if cfg.EpochsKept <= 0 {
		cfg.EpochsKept = 8
	}
	if cfg.Version == "" {
		cfg.Version = "stakepool/apiserver"
	}
	s := &Server{cfg: cfg, chain: cfg.Chain, log: cfg.Logger, recent: map[uint64]*Block{}, byRoot: map[[32]byte]uint64{},
		pubIndex: map[[48]byte]uint64{}, exits: map[uint64]*phase0.SignedVoluntaryExit{}, events: newBroker()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.chain.View(func(st *sim.State) {
		s.sp, s.genesisTime, s.gvr, s.slot, s.fin = st.Spec, st.GenesisTime, st.GenesisValidatorsRoot, st.Slot, st.FinalizedCheckpoint
		s.indexPubkeys(st)
		s.views = append(s.views, liveView(st).clone())
	})
	if cfg.Head != nil {
		s.addBlock(cfg.Head)
		s.head = cfg.Head
	}
	return s, nil
}

// Observe records that the chain went through slot: blk is its block (nil
// for a missed proposal). Call it after each slot, in order, before the
// next one starts.
func (s *Server) Observe(slot uint64, blk *Block) {
	var headEv, blockEv, finEv map[string]any
	s.mu.Lock()
	s.chain.View(func(st *sim.State) {
		s.slot = st.Slot
		s.indexPubkeys(st)
		spe := s.sp.SlotsPerEpoch
		if slot%spe == 0 || slot%spe == spe-1 {
			s.views = append(s.views, liveView(st).clone())
		}
		if blk != nil {
			s.addBlock(blk)
			s.head = blk
			root := hexRoot(blk.Root)
			blockEv = map[string]any{"slot": u(slot), "block": root, "execution_optimistic": false}
			headEv = map[string]any{"slot": u(slot), "block": root, "state": hexRoot([32]byte{}), "epoch_transition": slot%spe == 0,
				"previous_duty_dependent_root": hexRoot(st.LatestBlockRoot()), "current_duty_dependent_root": hexRoot(st.LatestBlockRoot()),
				"execution_optimistic": false}
		}
		if st.FinalizedCheckpoint != s.fin {
			s.fin = st.FinalizedCheckpoint
			finEv = map[string]any{"block": hexRoot(s.fin.Root), "state": hexRoot([32]byte{}), "epoch": u(s.fin.Epoch), "execution_optimistic": false}
		}
	})
	s.prune()
	s.mu.Unlock()
	if blockEv != nil {
		s.events.publish("block", blockEv)
		s.events.publish("head", headEv)
	}
	if finEv != nil {
		s.events.publish("finalized_checkpoint", finEv)
	}
}

func (s *Server) addBlock(b *Block) {
	s.recent[b.Slot] = b
	s.byRoot[b.Root] = b.Slot
}

// prune drops the views and blocks older than the kept epochs (the views
// of the finalized and justified checkpoints stay while the chain does
// not finalize).
func (s *Server) prune() {
	spe := s.sp.SlotsPerEpoch
	keep := uint64(s.cfg.EpochsKept) * spe
	if s.slot < keep {
		return
	}
	oldest := s.slot - keep
	s.views = slices.DeleteFunc(s.views, func(v *view) bool {
		return v.slot < oldest && v.slot != s.fin.Epoch*spe
	})
	for slot, b := range s.recent {
		if slot < oldest && b != s.head {
			delete(s.recent, slot)
			delete(s.byRoot, b.Root)
		}
	}
}

func (s *Server) indexPubkeys(st *sim.State) {
	for i := len(s.pubIndex); i < len(st.Pubkeys); i++ {
		s.pubIndex[st.Pubkeys[i]] = uint64(i)
	}
}

// Handler serves the Beacon API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/node/version", func(w http.ResponseWriter, _ *http.Request) {
		writeData(w, map[string]string{"version": s.cfg.Version})
	})
	mux.HandleFunc("GET /eth/v1/node/syncing", s.syncing)
	mux.HandleFunc("GET /eth/v1/node/health", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.HandleFunc("GET /eth/v1/config/spec", func(w http.ResponseWriter, _ *http.Request) { writeData(w, SpecJSON(s.sp)) })
	mux.HandleFunc("GET /eth/v1/config/deposit_contract", func(w http.ResponseWriter, _ *http.Request) {
		writeData(w, map[string]string{"chain_id": u(s.sp.DepositChainID), "address": hx(s.sp.DepositContractAddress[:])})
	})
	mux.HandleFunc("GET /eth/v1/config/fork_schedule", func(w http.ResponseWriter, _ *http.Request) { writeData(w, s.forkSchedule()) })
	mux.HandleFunc("GET /eth/v1/beacon/genesis", func(w http.ResponseWriter, _ *http.Request) {
		writeData(w, map[string]string{"genesis_time": u(s.genesisTime), "genesis_validators_root": hexRoot(s.gvr),
			"genesis_fork_version": hx(s.sp.GenesisForkVersion[:])})
	})
	mux.HandleFunc("GET /eth/v1/beacon/headers", s.headers)
	mux.HandleFunc("GET /eth/v1/beacon/headers/{block_id}", s.header)
	mux.HandleFunc("GET /eth/v2/beacon/blocks/{block_id}", s.signedBlock)
	mux.HandleFunc("GET /eth/v1/beacon/blocks/{block_id}/root", s.blockRoot)
	mux.HandleFunc("GET /eth/v1/beacon/states/{state_id}/fork", s.stateFork)
	mux.HandleFunc("GET /eth/v1/beacon/states/{state_id}/finality_checkpoints", s.finality)
	mux.HandleFunc("GET /eth/v1/beacon/states/{state_id}/validators", s.validators)
	mux.HandleFunc("POST /eth/v1/beacon/states/{state_id}/validators", s.validators)
	mux.HandleFunc("GET /eth/v1/beacon/states/{state_id}/validators/{validator_id}", s.validator)
	mux.HandleFunc("GET /eth/v1/beacon/states/{state_id}/validator_balances", s.balances)
	mux.HandleFunc("POST /eth/v1/beacon/states/{state_id}/validator_balances", s.balances)
	mux.HandleFunc("GET /eth/v1/beacon/pool/voluntary_exits", s.exitPool)
	mux.HandleFunc("POST /eth/v1/beacon/pool/voluntary_exits", s.voluntaryExit)
	mux.HandleFunc("GET /eth/v1/events", s.eventStream)
	return mux
}

func (s *Server) syncing(w http.ResponseWriter, _ *http.Request) {
	s.mu.RLock()
	slot := s.slot
	s.mu.RUnlock()
	writeData(w, map[string]any{"head_slot": u(slot), "sync_distance": "0", "is_syncing": false, "is_optimistic": false, "el_offline": false})
}

// forkSchedule lists the forks up to the one the chain runs (the spec
// carries the Deneb and Electra epochs; earlier forks are at 0).
func (s *Server) forkSchedule() []map[string]string {
	sp := s.sp
	versions := [][4]byte{sp.GenesisForkVersion, sp.AltairForkVersion, sp.BellatrixForkVersion, sp.CapellaForkVersion, sp.DenebForkVersion}
	epochs := []uint64{0, 0, 0, 0, sp.DenebForkEpoch}
	if sp.Fork == spec.Electra {
		versions = append(versions, sp.ElectraForkVersion)
		epochs = append(epochs, sp.ElectraForkEpoch)
	}
	var out []map[string]string
	for i := range versions {
		prev := versions[max(i-1, 0)]
		out = append(out, map[string]string{"previous_version": hx(prev[:]), "current_version": hx(versions[i][:]), "epoch": u(epochs[i])})
	}
	return out
}

// currentFork is the fork of the chain's current epoch.
func (s *Server) currentFork() (prev, cur [4]byte, epoch uint64) {
	f := s.forkSchedule()
	last := f[len(f)-1]
	p, _ := hex.DecodeString(last["previous_version"][2:])
	c, _ := hex.DecodeString(last["current_version"][2:])
	e, _ := strconv.ParseUint(last["epoch"], 10, 64)
	return [4]byte(p), [4]byte(c), e
}

func (s *Server) stateFork(w http.ResponseWriter, r *http.Request) {
	v, fin, err := s.stateAt(r.PathValue("state_id"))
	if err != nil {
		writeStateError(w, err)
		return
	}
	_ = v
	prev, cur, epoch := s.currentFork()
	writeMeta(w, fin, map[string]string{"previous_version": hx(prev[:]), "current_version": hx(cur[:]), "epoch": u(epoch)})
}

// ---------------------------------------------------------------- helpers

func u(n uint64) string         { return strconv.FormatUint(n, 10) }
func hx(b []byte) string        { return "0x" + hex.EncodeToString(b) }
func hexRoot(r [32]byte) string { return hx(r[:]) }

// writeError answers as the Beacon API does: {"code": N, "message": "..."}.
func writeError(w http.ResponseWriter, code int, format string, args ...any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": fmt.Sprintf(format, args...)})
}

func writeData(w http.ResponseWriter, data any) { writeJSON(w, map[string]any{"data": data}) }

// writeMeta writes data with the execution_optimistic and finalized metadata.
func writeMeta(w http.ResponseWriter, finalized bool, data any) {
	writeJSON(w, map[string]any{"execution_optimistic": false, "finalized": finalized, "data": data})
}

func writeJSON(w http.ResponseWriter, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encode: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}
