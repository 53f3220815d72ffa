package services

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// AttestationHandler serves a guardian's latest attestation of a staking
// module: GET /v1/attestation?module=N (N: 1 when absent) answers 200 with
// the Attestation as JSON, 404 {"code": "NO_ATTESTATION"} while it has
// none or refuses, 400 {"code": "INVALID_MODULE"} for a module that is
// not a positive integer.
func AttestationHandler(g *Guardian) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		m := uint64(curatedModule)
		if q := r.URL.Query().Get("module"); q != "" {
			v, err := strconv.ParseUint(q, 10, 64)
			if err != nil || v == 0 {
				w.WriteHeader(http.StatusBadRequest)
				json.NewEncoder(w).Encode(map[string]string{"code": "INVALID_MODULE", "message": fmt.Sprintf("module %q is not a staking module id (1, 2, …)", q)})
				return
			}
			m = v
		}
		a := g.LatestOf(m)
		if a == nil {
			w.WriteHeader(http.StatusNotFound)
			json.NewEncoder(w).Encode(map[string]string{"code": "NO_ATTESTATION", "message": "the guardian has no attestation of the current state (starting, or refusing: see its log)"})
			return
		}
		json.NewEncoder(w).Encode(a)
	})
}

// HTTPAttestations reads a guardian's attestation from its endpoint
// (URL: the guardian's --http address; /v1/attestation is added).
type HTTPAttestations struct {
	URL    string
	Client *http.Client
}

// Attestation implements AttestationSource: nil when the guardian has none.
func (h *HTTPAttestations) Attestation(ctx context.Context, module uint64) (*Attestation, error) {
	c := h.Client
	if c == nil {
		c = &http.Client{Timeout: 10 * time.Second}
	}
	u := strings.TrimSuffix(h.URL, "/") + "/v1/attestation?module=" + strconv.FormatUint(module, 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("services: guardian endpoint %s: %w", u, err)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("services: read the attestation from %s: %w", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("services: read the attestation from %s: %w", u, err)
	}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotFound:
		return nil, nil
	default:
		return nil, fmt.Errorf("services: read the attestation from %s: status %d: %.200s", u, resp.StatusCode, body)
	}
	var a Attestation
	if err := json.Unmarshal(body, &a); err != nil {
		return nil, fmt.Errorf("services: the attestation from %s is not JSON: %w", u, err)
	}
	return &a, nil
}
