package services

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestAttestationEndpointPerModule: a guardian's endpoint serves each
// module's attestation (?module=N, module 1 without it), 404 for a module
// it has none of or refuses, 400 INVALID_MODULE for a module that is not a
// positive integer; HTTPAttestations asks for the module it is given.
func TestAttestationEndpointPerModule(t *testing.T) {
	a1 := &Attestation{Guardian: common.Address{1}, Block: 8, Module: 1, Nonce: common.Hash{7}}
	a2 := &Attestation{Guardian: common.Address{1}, Block: 8, Module: 2, Nonce: common.Hash{3}}
	g := &Guardian{journal: guardianJournal{Last: a1, Modules: map[uint64]*Attestation{2: a2}}, refusing: map[uint64]bool{}}
	ts := httptest.NewServer(AttestationHandler(g))
	defer ts.Close()
	src := &HTTPAttestations{URL: ts.URL}
	ctx := context.Background()
	for _, c := range []struct {
		module uint64
		want   *Attestation
	}{{1, a1}, {2, a2}, {3, nil}} {
		got, err := src.Attestation(ctx, c.module)
		if err != nil {
			t.Fatalf("module %d: %v", c.module, err)
		}
		if (got == nil) != (c.want == nil) || got != nil && (got.Module != c.want.Module || got.Nonce != c.want.Nonce) {
			t.Fatalf("module %d: got %+v, want %+v", c.module, got, c.want)
		}
	}
	g.refusing[2] = true // refusing module 2 leaves module 1's attestation out there
	if got, _ := src.Attestation(ctx, 2); got != nil {
		t.Fatalf("module 2 while refusing: %+v", got)
	}
	if got, _ := src.Attestation(ctx, 1); got == nil || got.Module != 1 {
		t.Fatalf("module 1 while refusing module 2: %+v", got)
	}
	for q, want := range map[string]int{"": 200, "?module=1": 200, "?module=0": 400, "?module=x": 400, "?module=9": 404} {
		resp, err := http.Get(ts.URL + "/v1/attestation" + q)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want || want == 400 && !strings.Contains(string(body), "INVALID_MODULE") {
			t.Errorf("%q: %d %s, want %d", q, resp.StatusCode, body, want)
		}
	}
}
