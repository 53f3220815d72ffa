package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"

	eth2api "github.com/attestantio/go-eth2-client/api"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// ExitDomain is the signature domain of voluntary exits from Deneb on
// (EIP-7044): DOMAIN_VOLUNTARY_EXIT with CAPELLA_FORK_VERSION, whatever the
// current fork.
func ExitDomain(capellaForkVersion [4]byte, genesisValidatorsRoot [32]byte) [32]byte {
	return keys.ComputeDomain(spec.DomainVoluntaryExit, capellaForkVersion, genesisValidatorsRoot)
}

// SignVoluntaryExit signs VoluntaryExit{epoch, index} with sk under domain.
func SignVoluntaryExit(sk *keys.SecretKey, epoch beacon.Epoch, index beacon.ValidatorIndex, domain [32]byte) (*phase0.SignedVoluntaryExit, error) {
	msg := &phase0.VoluntaryExit{Epoch: phase0.Epoch(epoch), ValidatorIndex: phase0.ValidatorIndex(index)}
	root, err := msg.HashTreeRoot()
	if err != nil {
		return nil, fmt.Errorf("beacon/api: hash voluntary exit: %w", err)
	}
	sr := keys.SigningRoot(root, domain)
	sig := sk.Sign(sr[:])
	return &phase0.SignedVoluntaryExit{Message: msg, Signature: phase0.BLSSignature(sig)}, nil
}

// RequestVoluntaryExit implements beacon.Chain: it reads the validator
// (GET /eth/v1/beacon/states/head/validators?id=index), signs
// VoluntaryExit{current epoch, index} with the validator's key given in
// Config.ExitKeys (ErrNoExitKey otherwise) under ExitDomain, and posts it
// to /eth/v1/beacon/pool/voluntary_exits. The node's 400 (the exit fails
// process_voluntary_exit's checks) is beacon.ErrExitNotAllowed; an index
// the head state does not have is beacon.ErrUnknownValidator.
func (c *Client) RequestVoluntaryExit(ctx context.Context, index beacon.ValidatorIndex) error {
	head, err := c.HeadSlot(ctx)
	if err != nil {
		return err
	}
	vr, err := c.svc.Validators(ctx, &eth2api.ValidatorsOpts{State: fmt.Sprint(uint64(head)), Indices: []phase0.ValidatorIndex{phase0.ValidatorIndex(index)}})
	if err != nil {
		if errors.Is(c.wrap("", err), ErrNotFound) {
			return fmt.Errorf("%w: %d (state of slot %d)", beacon.ErrUnknownValidator, index, head)
		}
		return c.wrap(fmt.Sprintf("read validator %d", index), err)
	}
	v, ok := vr.Data[phase0.ValidatorIndex(index)]
	if !ok || v == nil || v.Validator == nil {
		return fmt.Errorf("%w: %d (state of slot %d)", beacon.ErrUnknownValidator, index, head)
	}
	sk, ok := c.exitKey[beacon.Pubkey(v.Validator.PublicKey)]
	if !ok {
		return fmt.Errorf("%w: validator %d (%#x)", ErrNoExitKey, index, v.Validator.PublicKey[:])
	}
	epoch := beacon.Epoch(uint64(head) / c.slotsPerEpoch)
	signed, err := SignVoluntaryExit(sk, epoch, index, ExitDomain(c.capellaForkVersion, c.genesisValidatorsRoot))
	if err != nil {
		return err
	}
	if err := c.svc.SubmitVoluntaryExit(ctx, signed); err != nil {
		werr := c.wrap(fmt.Sprintf("submit voluntary exit of validator %d", index), err)
		var he *HTTPError
		if errors.As(werr, &he) && he.StatusCode == http.StatusBadRequest {
			return fmt.Errorf("%w: validator %d: %w", beacon.ErrExitNotAllowed, index, werr)
		}
		return werr
	}
	return nil
}

// ExitSigningInfo is what a voluntary exit's signature depends on besides
// the message: CAPELLA_FORK_VERSION (EIP-7044) and the genesis validators
// root.
func (c *Client) ExitSigningInfo() (capellaForkVersion [4]byte, genesisValidatorsRoot [32]byte) {
	return c.capellaForkVersion, c.genesisValidatorsRoot
}

// SubmitVoluntaryExit posts a signed voluntary exit to
// /eth/v1/beacon/pool/voluntary_exits (signed elsewhere: a keystore, a
// remote signer, a message signed in advance). The node's 400 (the exit
// fails process_voluntary_exit's checks) is beacon.ErrExitNotAllowed.
func (c *Client) SubmitVoluntaryExit(ctx context.Context, signed *phase0.SignedVoluntaryExit) error {
	if signed == nil || signed.Message == nil {
		return fmt.Errorf("%w: no voluntary exit", ErrConfig)
	}
	if err := c.svc.SubmitVoluntaryExit(ctx, signed); err != nil {
		index := signed.Message.ValidatorIndex
		werr := c.wrap(fmt.Sprintf("submit voluntary exit of validator %d", index), err)
		var he *HTTPError
		if errors.As(werr, &he) && he.StatusCode == http.StatusBadRequest {
			return fmt.Errorf("%w: validator %d: %w", beacon.ErrExitNotAllowed, index, werr)
		}
		return werr
	}
	return nil
}

// ErrNoKeystores says a directory holds no keystore-*.json file.
var ErrNoKeystores = errors.New("no keystore-*.json files")

// ReadExitKeystores reads the EIP-2335 keystores keystore-*.json of dir
// (as `stakepool keys deposit-data` writes them), each to be decrypted
// with password.
func ReadExitKeystores(dir, password string) ([]ExitKeystore, error) {
	files, err := filepath.Glob(filepath.Join(dir, "keystore-*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoKeystores)
	}
	var out []ExitKeystore
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, ExitKeystore{JSON: b, Password: password})
	}
	return out, nil
}
