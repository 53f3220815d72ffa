package services

// Who signs an exit bot's voluntary exits: the validators' EIP-2335
// keystores decrypted in the process (KeystoreExitSigner), or a remote
// signer speaking the Web3Signer HTTP API (Web3SignerExits), where the
// keys stay.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/keys"
)

// ExitFork is what an exit's signature domain depends on besides the
// message (EIP-7044: CAPELLA_FORK_VERSION whatever the current fork).
type ExitFork struct {
	CapellaForkVersion    [4]byte
	GenesisValidatorsRoot [32]byte
}

// ExitSigner signs VoluntaryExit messages for validators' keys.
type ExitSigner interface {
	// SignExit signs msg for the validator with pubkey.
	SignExit(ctx context.Context, pubkey [48]byte, msg phase0.VoluntaryExit, fork ExitFork) (phase0.BLSSignature, error)
}

// ExitSigningRoot is the root a voluntary exit's signature signs.
func ExitSigningRoot(msg phase0.VoluntaryExit, fork ExitFork) ([32]byte, error) {
	root, err := msg.HashTreeRoot()
	if err != nil {
		return [32]byte{}, fmt.Errorf("hash the voluntary exit: %w", err)
	}
	return keys.SigningRoot(root, api.ExitDomain(fork.CapellaForkVersion, fork.GenesisValidatorsRoot)), nil
}

// KeystoreExitSigner signs with secret keys held in the process.
type KeystoreExitSigner map[[48]byte]*keys.SecretKey

// NewKeystoreExitSigner decrypts EIP-2335 keystores.
func NewKeystoreExitSigner(ks []api.ExitKeystore) (KeystoreExitSigner, error) {
	out := KeystoreExitSigner{}
	for i, k := range ks {
		dk, err := keys.DecodeKeystore(k.JSON)
		if err != nil {
			return nil, fmt.Errorf("services: exit keystore %d: %w", i, err)
		}
		sk, err := dk.Decrypt(k.Password)
		if err != nil {
			return nil, fmt.Errorf("services: exit keystore %d: %w", i, err)
		}
		out[sk.PublicKey()] = sk
	}
	return out, nil
}

// SignExit implements ExitSigner.
func (s KeystoreExitSigner) SignExit(_ context.Context, pubkey [48]byte, msg phase0.VoluntaryExit, fork ExitFork) (phase0.BLSSignature, error) {
	sk, ok := s[pubkey]
	if !ok {
		return phase0.BLSSignature{}, fmt.Errorf("services: no keystore for validator key %#x", pubkey)
	}
	sr, err := ExitSigningRoot(msg, fork)
	if err != nil {
		return phase0.BLSSignature{}, err
	}
	return phase0.BLSSignature(sk.Sign(sr[:])), nil
}

// Web3SignerExits asks a remote signer speaking the Web3Signer eth2 API
// (POST /api/v1/eth2/sign/{pubkey}, type VOLUNTARY_EXIT) to sign; the
// validators' keys never reach this process. The signature that comes
// back is checked against the pubkey before it is used.
type Web3SignerExits struct {
	// URL is the signer's base URL (http://host:9000).
	URL    string
	Client *http.Client
}

type w3sFork struct {
	PreviousVersion string `json:"previous_version"`
	CurrentVersion  string `json:"current_version"`
	Epoch           string `json:"epoch"`
}

// Web3SignerExitRequest is the body of a VOLUNTARY_EXIT signing request.
type Web3SignerExitRequest struct {
	Type     string `json:"type"`
	ForkInfo struct {
		Fork                  w3sFork `json:"fork"`
		GenesisValidatorsRoot string  `json:"genesis_validators_root"`
	} `json:"fork_info"`
	SigningRoot   string `json:"signingRoot"`
	VoluntaryExit struct {
		Epoch          string `json:"epoch"`
		ValidatorIndex string `json:"validator_index"`
	} `json:"voluntary_exit"`
}

// SignExit implements ExitSigner. The fork info names CAPELLA_FORK_VERSION
// as both versions: the exit's domain is Capella's (EIP-7044) whatever
// the current fork, so a signer that derives the domain from fork_info
// gets the same root as the one sent.
func (w *Web3SignerExits) SignExit(ctx context.Context, pubkey [48]byte, msg phase0.VoluntaryExit, fork ExitFork) (phase0.BLSSignature, error) {
	var none phase0.BLSSignature
	sr, err := ExitSigningRoot(msg, fork)
	if err != nil {
		return none, err
	}
	var req Web3SignerExitRequest
	req.Type = "VOLUNTARY_EXIT"
	v := hexutil.Encode(fork.CapellaForkVersion[:])
	req.ForkInfo.Fork = w3sFork{PreviousVersion: v, CurrentVersion: v, Epoch: "0"}
	req.ForkInfo.GenesisValidatorsRoot = hexutil.Encode(fork.GenesisValidatorsRoot[:])
	req.SigningRoot = hexutil.Encode(sr[:])
	req.VoluntaryExit.Epoch = fmt.Sprint(uint64(msg.Epoch))
	req.VoluntaryExit.ValidatorIndex = fmt.Sprint(uint64(msg.ValidatorIndex))
	body, err := json.Marshal(req)
	if err != nil {
		return none, err
	}
	url := strings.TrimSuffix(w.URL, "/") + "/api/v1/eth2/sign/" + hexutil.Encode(pubkey[:])
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return none, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	hc := w.Client
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := hc.Do(hreq)
	if err != nil {
		return none, fmt.Errorf("services: remote signer: POST %s: %w", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if err != nil {
		return none, fmt.Errorf("services: remote signer: POST %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return none, fmt.Errorf("services: remote signer: POST %s: status %d: %.200s", url, resp.StatusCode, b)
	}
	// Web3Signer answers {"signature": "0x…"} as JSON, or the bare hex as text
	sigHex := strings.TrimSpace(string(b))
	var js struct {
		Signature string `json:"signature"`
	}
	if json.Unmarshal(b, &js) == nil && js.Signature != "" {
		sigHex = js.Signature
	}
	raw, err := hexutil.Decode(sigHex)
	if err != nil || len(raw) != 96 {
		return none, fmt.Errorf("services: remote signer: POST %s: not a 96-byte signature: %.200s", url, b)
	}
	sig := phase0.BLSSignature(raw)
	if err := keys.Verify(keys.PublicKey(pubkey), sr[:], keys.Signature(sig)); err != nil {
		return none, fmt.Errorf("services: remote signer: the signature for %#x does not verify over the exit's signing root: %w", pubkey, err)
	}
	return sig, nil
}
