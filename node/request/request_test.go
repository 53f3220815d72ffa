package request

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

var testDomain = Domain{ChainID: 1337, Pool: common.HexToAddress("0x00000000000000000000000000000000005afe00")}

func testKey(t testing.TB) (*ecdsa.PrivateKey, common.Address) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("request test key")))
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// sampleTx returns a transaction of kind k with every member set.
// signedSamples are sampleTx of every kind, signed with testKey.
func signedSamples(tb testing.TB) []*Request {
	key, from := testKey(tb)
	var out []*Request
	for _, k := range Kinds() {
		req, err := Sign(testDomain, sampleTx(&k, from), key)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, req)
	}
	return out
}

func sampleTx(k *Kind, from common.Address) *protocol.Tx {
	tx := &protocol.Tx{Sender: from, Nonce: 7, Cmd: protocol.Command{Kind: k.Command}}
	c := &tx.Cmd
	c.Amount = *uint256.NewInt(1_500_000_000_000_000_000)
	for _, f := range k.Fields {
		switch f.bind {
		case bTo:
			c.To = common.HexToAddress("0x1111111111111111111111111111111111111111")
		case bOwner:
			c.Owner = common.HexToAddress("0x2222222222222222222222222222222222222222")
		case bOperator:
			c.Operator = 3
		case bIndex:
			c.Index = 4
		case bCount:
			c.Count = 5
		case bProposal:
			c.Proposal = 9
		case bPubkeys:
			c.Keys = []protocol.SigningKey{{Pubkey: protocol.Pubkey{1, 2}, Signature: protocol.Signature{3, 4}}, {Pubkey: protocol.Pubkey{5}, Signature: protocol.Signature{6}}}
		case bAmounts:
			c.Amounts = []uint256.Int{*uint256.NewInt(1e18), *uint256.NewInt(2e18)}
		case bIDs:
			c.IDs = []uint64{1, 2, 3}
		case bRefSlot:
			c.RefSlot = 6400
		case bHash:
			c.Hash = common.HexToHash("0xabcdef")
		case bReport:
			c.Report = sampleReport()
		case bActKind:
			c.Action = protocol.Action{Kind: protocol.ActSetCommittee, Param: 2, Operator: 1, Name: "north", Address: from, Limit: 8, Active: true,
				Members: []common.Address{from, common.HexToAddress("0x3333333333333333333333333333333333333333")}, Threshold: 2}
			c.Action.Value.SetUint64(42)
			c.Action.Value2.SetUint64(43)
		}
	}
	if !k.HasField("amount") && !k.HasField("shares") {
		c.Amount.Clear()
	}
	return tx
}

func sampleReport() *protocol.OracleReport {
	r := &protocol.OracleReport{RefSlot: 6399, Validators: 12, Balance: 384_123_456_789, Batches: []uint64{4}, Bunker: true,
		Exited:       []protocol.OperatorCount{{Operator: 1, Count: 2}},
		ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}, {Operator: 2, Count: 3}},
		Stats:        []protocol.OperatorStats{{Operator: 1, MissedAttestations: 17, MissedProposals: 1, Slashed: 1}}}
	r.WithdrawalVault.SetUint64(5e17)
	r.ELRewardsVault.SetUint64(3e16)
	return r
}

func TestReportForms(t *testing.T) {
	r := sampleReport()
	want := protocol.EncodeReport(r)
	j, _ := json.Marshal(ReportToJSON(r))
	for _, in := range [][]byte{j, []byte("0x" + hex.EncodeToString(want) + "\n")} {
		got, err := ParseReport(in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if !bytes.Equal(protocol.EncodeReport(got), want) {
			t.Fatalf("%s: report differs", in)
		}
	}
	if _, err := ParseReport([]byte("0x" + hex.EncodeToString(want) + "00")); err == nil {
		t.Fatal("trailing byte accepted")
	}
	if _, err := ParseReport([]byte(`{"ref_slot": 1, "extra": 2}`)); err == nil {
		t.Fatal("unknown JSON member accepted")
	}
}

func TestEveryKindRoundTripsAndMatchesApitypes(t *testing.T) {
	key, from := testKey(t)
	for _, k := range Kinds() {
		t.Run(k.Type, func(t *testing.T) {
			tx := sampleTx(&k, from)
			req, err := Sign(testDomain, tx, key)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := json.Marshal(req)
			got, perr := Decode(body, testDomain)
			if perr != nil {
				t.Fatalf("decode: %v\n%s", perr, body)
			}
			if !bytes.Equal(protocol.EncodeTx(got), protocol.EncodeTx(tx)) {
				t.Fatalf("round trip differs:\n%+v\n%+v", got, tx)
			}
			td, err := TypedData(testDomain, tx)
			if err != nil {
				t.Fatal(err)
			}
			want, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatalf("apitypes: %v", err)
			}
			d, _ := Digest(testDomain, tx)
			if !bytes.Equal(want, d[:]) {
				t.Fatalf("digest %x, apitypes %x", d, want)
			}
		})
	}
}

func signedBody(t *testing.T, d Domain, tx *protocol.Tx, mutate func(r *Request)) []byte {
	key, _ := testKey(t)
	req, err := Sign(d, tx, key)
	if err != nil {
		t.Fatal(err)
	}
	if mutate != nil {
		mutate(req)
	}
	b, _ := json.Marshal(req)
	return b
}

func TestRejectionCodes(t *testing.T) {
	_, from := testKey(t)
	submit := &protocol.Tx{Sender: from, Nonce: 0, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)}}
	other := Domain{ChainID: 1, Pool: testDomain.Pool}
	otherPool := Domain{ChainID: testDomain.ChainID, Pool: common.HexToAddress("0x01")}
	cases := []struct {
		name string
		body []byte
		code protocol.Code
	}{
		{"not json", []byte("{"), protocol.CodeMalformed},
		{"empty", []byte(""), protocol.CodeMalformed},
		{"trailing", append(signedBody(t, testDomain, submit, nil), []byte(" {}")...), protocol.CodeMalformed},
		{"unknown top-level field", []byte(strings.Replace(string(signedBody(t, testDomain, submit, nil)), `"type"`, `"extra":1,"type"`, 1)), protocol.CodeMalformed},
		{"unknown type", signedBody(t, testDomain, submit, func(r *Request) { r.Type = "Mint" }), protocol.CodeUnknownCommand},
		{"missing type", signedBody(t, testDomain, submit, func(r *Request) { r.Type = "" }), protocol.CodeMalformed},
		{"wrong chain id field", signedBody(t, testDomain, submit, func(r *Request) { r.ChainID = "1" }), CodeWrongChain},
		{"signed for another chain", signedBody(t, other, submit, func(r *Request) { r.ChainID = "1337" }), CodeBadSignature},
		{"signed for another pool", signedBody(t, otherPool, submit, nil), CodeBadSignature},
		{"unsigned", signedBody(t, testDomain, submit, func(r *Request) { r.Signature = "" }), CodeBadSignature},
		{"short signature", signedBody(t, testDomain, submit, func(r *Request) { r.Signature = r.Signature[:100] }), CodeBadSignature},
		{"bad v", signedBody(t, testDomain, submit, func(r *Request) { r.Signature = r.Signature[:130] + "05" }), CodeBadSignature},
		{"tampered amount", signedBody(t, testDomain, submit, func(r *Request) { r.Message["amount"] = json.RawMessage(`"2000000000000000000"`) }), CodeBadSignature},
		{"tampered nonce (reordered)", signedBody(t, testDomain, submit, func(r *Request) { r.Message["nonce"] = json.RawMessage(`"1"`) }), CodeBadSignature},
		{"other from", signedBody(t, testDomain, submit, func(r *Request) { r.From = "0x1111111111111111111111111111111111111111" }), CodeBadSignature},
		{"missing member", signedBody(t, testDomain, submit, func(r *Request) { delete(r.Message, "referral") }), protocol.CodeMalformed},
		{"extra member", signedBody(t, testDomain, submit, func(r *Request) { r.Message["to"] = json.RawMessage(`"0x"`) }), protocol.CodeMalformed},
		{"number not string", signedBody(t, testDomain, submit, func(r *Request) { r.Message["amount"] = json.RawMessage(`1`) }), protocol.CodeMalformed},
		{"negative", signedBody(t, testDomain, submit, func(r *Request) { r.Message["amount"] = json.RawMessage(`"-1"`) }), protocol.CodeMalformed},
		{"leading zero", signedBody(t, testDomain, submit, func(r *Request) { r.Message["amount"] = json.RawMessage(`"01"`) }), protocol.CodeMalformed},
		{"uint256 overflow", signedBody(t, testDomain, submit, func(r *Request) { r.Message["amount"] = json.RawMessage(`"` + strings.Repeat("9", 78) + `"`) }), protocol.CodeMalformed},
		{"bad address", signedBody(t, testDomain, submit, func(r *Request) { r.Message["referral"] = json.RawMessage(`"0x12"`) }), protocol.CodeMalformed},
		{"bad from", signedBody(t, testDomain, submit, func(r *Request) { r.From = "alice" }), protocol.CodeMalformed},
		{"nonce overflow", signedBody(t, testDomain, submit, func(r *Request) { r.Message["nonce"] = json.RawMessage(`"18446744073709551616"`) }), protocol.CodeMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode(c.body, testDomain)
			if err == nil || err.Code != c.code {
				t.Fatalf("got %v, want %s", err, c.code)
			}
		})
	}
}

func TestHighSRejected(t *testing.T) {
	_, from := testKey(t)
	tx := &protocol.Tx{Sender: from, Cmd: protocol.Command{Kind: protocol.CmdWrap, Amount: *uint256.NewInt(5)}}
	body := signedBody(t, testDomain, tx, func(r *Request) {
		sig, _ := parseHex(r.Signature)
		n := crypto.S256().Params().N
		s := new(big.Int).SetBytes(sig[32:64])
		s.Sub(n, s)
		s.FillBytes(sig[32:64])
		sig[64] ^= 1 // (27↔28) the malleable twin
		r.Signature = "0x" + hex.EncodeToString(sig)
	})
	if _, err := Decode(body, testDomain); err == nil || err.Code != CodeBadSignature {
		t.Fatalf("malleable signature: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, req := range signedSamples(f) {
		b, _ := json.Marshal(req)
		f.Add(b)
	}
	f.Add([]byte(`{"type":"Submit","message":{"amount":[]}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, body []byte) {
		tx, err := Decode(body, testDomain)
		if (tx == nil) == (err == nil) {
			t.Fatalf("tx %v err %v", tx, err)
		}
		if err != nil {
			switch err.Code {
			case protocol.CodeMalformed, protocol.CodeUnknownCommand, CodeWrongChain, CodeBadSignature:
			default:
				t.Fatalf("unexpected code %s", err.Code)
			}
			return
		}
		// Anything accepted re-encodes canonically and decodes again.
		if _, e := protocol.DecodeTx(protocol.EncodeTx(tx)); e != nil {
			t.Fatalf("accepted tx does not round trip: %v", e)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	key, from := testKey(b)
	req, _ := Sign(testDomain, &protocol.Tx{Sender: from, Nonce: 3, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e15)}}, key)
	body, _ := json.Marshal(req)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(body, testDomain); err != nil {
			b.Fatal(err)
		}
	}
}
