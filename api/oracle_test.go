package api

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestOracleReportOverHTTP: an external committee (2 of 3) votes for a
// report hash and one member POSTs the report itself, signed as
// OracleSubmit; the report applies.
func TestOracleReportOverHTTP(t *testing.T) {
	var keys []*ecdsa.PrivateKey
	for i := range 3 {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("oracle member " + strconv.Itoa(i))))
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	g := protocoltest.Genesis(1)
	g.OracleMembers, g.OracleQuorum = nil, 2
	for _, k := range keys {
		g.OracleMembers = append(g.OracleMembers, crypto.PubkeyToAddress(k.PublicKey))
	}
	f := openFixture(t, g)
	n := f.n
	post := func(k *ecdsa.PrivateKey, nonce uint64, c protocol.Command) (int, string) {
		tx := &protocol.Tx{Sender: crypto.PubkeyToAddress(k.PublicKey), Nonce: nonce, Cmd: c}
		r, err := request.Sign(n.Domain(), tx, k)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(r)
		w := f.do("POST", "/v1/tx", b)
		return w.Code, w.Body.String()
	}

	var frame uint64
	n.View(func(s *protocol.State) { frame = s.SlotsPerFrame() })
	if err := n.Advance(frame + 1); err != nil {
		t.Fatal(err)
	}
	var ref uint64
	n.View(func(s *protocol.State) { ref, _ = s.CurrentRefSlot() })
	if ref == 0 {
		t.Fatal("no report due after a frame")
	}
	rep := &protocol.OracleReport{RefSlot: ref}
	// Submitting before the quorum is refused.
	if code, body := post(keys[0], 0, protocol.Command{Kind: protocol.CmdOracleSubmit, Report: rep}); code != 422 || !strings.Contains(body, string(protocol.CodeNoQuorum)) {
		t.Fatalf("submit before quorum: %d %s", code, body)
	}
	for i := range 2 {
		if code, body := post(keys[i], 0, protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: ref, Hash: rep.Hash()}); code != 200 {
			t.Fatalf("vote %d: %d %s", i, code, body)
		}
	}
	// A report differing from the agreed one is refused.
	other := *rep
	other.Batches = []uint64{1}
	if code, body := post(keys[2], 0, protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &other}); code != 422 || !strings.Contains(body, string(protocol.CodeOracleHashMismatch)) {
		t.Fatalf("mismatching report: %d %s", code, body)
	}
	code, body := post(keys[2], 0, protocol.Command{Kind: protocol.CmdOracleSubmit, Report: rep})
	if code != 200 || !strings.Contains(body, "\"ReportPre\"") {
		t.Fatalf("submit: %d %s", code, body)
	}
	if err := n.Seal(); err != nil {
		t.Fatal(err)
	}
	rs := decode[Reports](t, f.do("GET", "/v1/oracle/reports", nil))
	if len(rs.Reports) != 1 || rs.Reports[0].RefSlot != ref || rs.Reports[0].Hash != rep.Hash().Hex() {
		t.Fatalf("reports %+v", rs)
	}
}
