package request

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// The signature recovery alone, to set against BenchmarkDecode (JSON,
// EIP-712 digest, recovery, sender check).

func benchRequest(b *testing.B) (Domain, []byte, []byte, []byte) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("bench")))
	if err != nil {
		b.Fatal(err)
	}
	d := Domain{ChainID: 1337, Pool: protocol.Address{1}}
	tx := &protocol.Tx{Sender: crypto.PubkeyToAddress(k.PublicKey), Nonce: 7, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e15)}}
	req, err := Sign(d, tx, k)
	if err != nil {
		b.Fatal(err)
	}
	body, _ := json.Marshal(req)
	h, _ := Digest(d, tx)
	sig, _ := parseHex(req.Signature)
	sig[64] -= 27 * (sig[64] / 27)
	return d, body, h[:], sig
}

func BenchmarkEcrecover(b *testing.B) {
	_, _, h, sig := benchRequest(b)
	for b.Loop() {
		if _, err := crypto.Ecrecover(h, sig); err != nil {
			b.Fatal(err)
		}
	}
}

// The alternatives to crypto.Ecrecover (what Check uses): SigToPub is the
// same recovery returning a key; VerifySignature needs the key already
// (and ignores v, so a cached key would accept both v of one signature:
// Check recovers instead).

func BenchmarkSigToPub(b *testing.B) {
	_, _, h, sig := benchRequest(b)
	for b.Loop() {
		if _, err := crypto.SigToPub(h, sig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifySignature(b *testing.B) {
	_, _, h, sig := benchRequest(b)
	pub, err := crypto.Ecrecover(h, sig)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if !crypto.VerifySignature(pub, h, sig[:64]) {
			b.Fatal("signature does not verify")
		}
	}
}
