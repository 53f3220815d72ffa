package api

// The dev endpoints of a development node (POST /v1/dev/faucet, advance,
// slash): they exist only when the node runs with dev enabled.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// Dev is what the dev endpoints need beyond the node (the devnet supplies
// it; nil selects advancing the node's slot clock only).
type Dev interface {
	// Advance moves the chain and the pool forward by whole epochs.
	Advance(ctx context.Context, epochs uint64) error
	// Slash slashes count validators of an operator on the simulated chain.
	Slash(ctx context.Context, operator uint32, count uint64) error
}

// ErrNotAvailable is returned by a Dev that cannot do what is asked.
var ErrNotAvailable = errors.New("not available on this node")

// decodeDev decodes a small dev request strictly.
func decodeDev(w http.ResponseWriter, r *http.Request, v any) bool {
	body, ok := readBody(w, r, maxDevBodyBytes)
	if !ok {
		return false
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil || dec.More() {
		writeError(w, http.StatusBadRequest, string(protocol.CodeMalformed), "invalid JSON body")
		return false
	}
	return true
}

type faucetRequest struct {
	Address string `json:"address"`
	Amount  string `json:"amount_wei"`
}

func (s *Server) faucet(w http.ResponseWriter, r *http.Request) {
	var req faucetRequest
	if !decodeDev(w, r, &req) {
		return
	}
	a, ok := parseAddress(w, "address", req.Address, string(protocol.CodeMalformed))
	if !ok {
		return
	}
	var amt uint256.Int
	if err := amt.SetFromDecimal(req.Amount); err != nil || req.Amount == "" || strings.HasPrefix(req.Amount, "+") {
		writeError(w, http.StatusBadRequest, string(protocol.CodeMalformed), "amount_wei: want a decimal string of wei")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), TxTimeout)
	defer cancel()
	rc, err := s.n.SubmitSystem(ctx, protocol.Command{Kind: protocol.CmdFaucet, To: a, Amount: amt})
	s.writeReceipt(w, rc, err)
}

type advanceRequest struct {
	Epochs uint64 `json:"epochs"`
}

func (s *Server) advance(w http.ResponseWriter, r *http.Request) {
	var req advanceRequest
	if !decodeDev(w, r, &req) {
		return
	}
	if req.Epochs == 0 || req.Epochs > MaxAdvance {
		writeError(w, http.StatusBadRequest, string(protocol.CodeMalformed), fmt.Sprintf("epochs must be 1..%d", MaxAdvance))
		return
	}
	var err error
	if s.cfg.Dev != nil {
		err = s.cfg.Dev.Advance(r.Context(), req.Epochs)
	} else {
		err = s.n.Advance(req.Epochs * s.slotsPerEpoch)
	}
	if err != nil {
		s.submitError(w, err)
		return
	}
	s.status(w, r)
}

type slashRequest struct {
	Operator uint32 `json:"operator"`
	Count    uint64 `json:"count"`
}

func (s *Server) slash(w http.ResponseWriter, r *http.Request) {
	var req slashRequest
	if !decodeDev(w, r, &req) {
		return
	}
	if req.Count == 0 || req.Count > 1000 {
		writeError(w, http.StatusBadRequest, string(protocol.CodeMalformed), "count must be 1..1000")
		return
	}
	if s.cfg.Dev == nil {
		writeError(w, http.StatusNotImplemented, "NOT_AVAILABLE", "slashing needs the simulated beacon chain, which this node does not run")
		return
	}
	if err := s.cfg.Dev.Slash(r.Context(), req.Operator, req.Count); err != nil {
		if errors.Is(err, ErrNotAvailable) {
			writeError(w, http.StatusNotImplemented, "NOT_AVAILABLE", err.Error())
			return
		}
		writeError(w, http.StatusUnprocessableEntity, "SLASH_REFUSED", err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"slashed": req.Count, "operator": req.Operator})
}
