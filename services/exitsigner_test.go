package services

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/keys"
)

// TestWeb3SignerExits: the exit bot's Web3Signer client against servers
// answering the eth2 sign endpoint in each way it may: a JSON signature,
// a bare hex one, a signature by another key (refused: checked with blst
// before use), an error status, something not a signature. The request
// carries the type, the message, the signing root and fork info naming
// CAPELLA_FORK_VERSION (EIP-7044).
func TestWeb3SignerExits(t *testing.T) {
	seed := make([]byte, 32)
	sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(0))
	if err != nil {
		t.Fatal(err)
	}
	other, _ := keys.DeriveKey(seed, keys.SigningKeyPath(1))
	pk := [48]byte(sk.PublicKey())
	fork := ExitFork{CapellaForkVersion: [4]byte{0x03, 0x00, 0x5a, 0x7e}, GenesisValidatorsRoot: [32]byte{1, 2, 3}}
	msg := phase0.VoluntaryExit{Epoch: 412, ValidatorIndex: 2000}
	root, err := ExitSigningRoot(msg, fork)
	if err != nil {
		t.Fatal(err)
	}
	good := sk.Sign(root[:])
	wrong := other.Sign(root[:])
	cases := []struct {
		name    string
		status  int
		body    string
		wantErr string
	}{
		{"JSON signature", 200, `{"signature":"` + hexutil.Encode(good[:]) + `"}`, ""},
		{"bare hex signature", 200, hexutil.Encode(good[:]), ""},
		{"another key's signature", 200, `{"signature":"` + hexutil.Encode(wrong[:]) + `"}`, "does not verify"},
		{"signer refuses", 412, "slashing protection", "status 412"},
		{"not a signature", 200, `{"signature":"0x1234"}`, "not a 96-byte signature"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got Web3SignerExitRequest
			var path string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				path = r.URL.Path
				json.NewDecoder(r.Body).Decode(&got)
				w.WriteHeader(c.status)
				w.Write([]byte(c.body))
			}))
			defer srv.Close()
			sig, err := (&Web3SignerExits{URL: srv.URL}).SignExit(context.Background(), pk, msg, fork)
			if path != "/api/v1/eth2/sign/"+hexutil.Encode(pk[:]) || got.Type != "VOLUNTARY_EXIT" || got.SigningRoot != hexutil.Encode(root[:]) ||
				got.VoluntaryExit.Epoch != "412" || got.VoluntaryExit.ValidatorIndex != "2000" ||
				got.ForkInfo.Fork.CurrentVersion != "0x03005a7e" || got.ForkInfo.Fork.PreviousVersion != "0x03005a7e" {
				t.Fatalf("request %s %+v", path, got)
			}
			if c.wantErr == "" {
				if err != nil || sig != phase0.BLSSignature(good) {
					t.Fatalf("got %x, %v", sig[:8], err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Fatalf("err %v, want %q", err, c.wantErr)
			}
		})
	}
}
