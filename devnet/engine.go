package devnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// Engine is the Engine API as the consensus layer drives it (Prague:
// forkchoiceUpdatedV3, getPayloadV4, newPayloadV4, and the payload bodies
// a beacon node reads to serve its blocks). Implementations: the
// in-process geth (Execution.Engine) and any execution client over the
// JWT-authenticated Engine API (DialEngine).
type Engine interface {
	ForkchoiceUpdated(ctx context.Context, state engine.ForkchoiceStateV1, attrs *engine.PayloadAttributes) (engine.ForkChoiceResponse, error)
	// GetPayload returns the payload built for id; it waits for the
	// builder's first version with transactions where it can tell.
	GetPayload(ctx context.Context, id engine.PayloadID) (*engine.ExecutionPayloadEnvelope, error)
	NewPayload(ctx context.Context, payload *engine.ExecutableData, beaconRoot common.Hash, requests [][]byte) (engine.PayloadStatusV1, error)
	PayloadBodies(ctx context.Context, hashes []common.Hash) ([]*engine.ExecutionPayloadBody, error)
}

// localEngine is the Engine API of the in-process geth.
type localEngine struct {
	api *catalyst.ConsensusAPI
	eth *eth.Ethereum
}

func (l *localEngine) ForkchoiceUpdated(ctx context.Context, state engine.ForkchoiceStateV1, attrs *engine.PayloadAttributes) (engine.ForkChoiceResponse, error) {
	if attrs != nil {
		// the pool promotes new transactions in the background: settle it,
		// so that the builder sees every transaction sent before this call
		// (blocks then depend on what was sent, not on timing)
		if err := l.settlePool(ctx); err != nil {
			return engine.ForkChoiceResponse{}, err
		}
		// a payload id names its attributes: an identical chain (a test's
		// second run, a restart) builds under the same id, so forget that
		// it was built before
		args := miner.BuildPayloadArgs{Parent: state.HeadBlockHash, Timestamp: attrs.Timestamp, FeeRecipient: attrs.SuggestedFeeRecipient,
			Random: attrs.Random, Withdrawals: attrs.Withdrawals, BeaconRoot: attrs.BeaconRoot, Version: engine.PayloadV3}
		built.forget(args.Id())
	}
	return l.api.ForkchoiceUpdatedV3(ctx, state, attrs)
}

// settlePool has the transaction pool promote what was sent (bounded: a
// pool that does not answer only costs this block its newest transactions).
func (l *localEngine) settlePool(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- l.eth.TxPool().Sync() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("devnet: settle the transaction pool: %w", err)
		}
	case <-time.After(payloadWait):
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

// payloadWait bounds the wait for a payload's full version (geth builds
// it at once; the bound only matters if it failed).
const payloadWait = 2 * time.Second

func (l *localEngine) GetPayload(ctx context.Context, id engine.PayloadID) (*engine.ExecutionPayloadEnvelope, error) {
	wctx, cancel := context.WithTimeout(ctx, payloadWait)
	built.wait(wctx, id)
	cancel()
	return l.api.GetPayloadV4(id)
}

func (l *localEngine) NewPayload(ctx context.Context, payload *engine.ExecutableData, beaconRoot common.Hash, requests [][]byte) (engine.PayloadStatusV1, error) {
	reqs := make([]hexutil.Bytes, len(requests))
	for i, r := range requests {
		reqs[i] = r
	}
	return l.api.NewPayloadV4(ctx, *payload, []common.Hash{}, &beaconRoot, reqs)
}

func (l *localEngine) PayloadBodies(_ context.Context, hashes []common.Hash) ([]*engine.ExecutionPayloadBody, error) {
	return l.api.GetPayloadBodiesByHashV1(hashes), nil
}

// remoteEngine is an execution client's Engine API over HTTP with JWT
// authentication.
type remoteEngine struct {
	c *rpc.Client
	// build is how long the builder gets between forkchoiceUpdated and
	// getPayload (an external client's progress cannot be observed).
	build time.Duration
}

// DialEngine connects to an execution client's authenticated Engine API
// (e.g. geth's --authrpc.addr, default port 8551) with the 32-byte JWT
// secret in hex (as geth writes it to its jwtsecret file). build is how
// long the client may build a payload before getPayload asks for it.
func DialEngine(ctx context.Context, url string, jwtSecretHex string, build time.Duration) (Engine, error) {
	secret, err := hexutil.Decode(strings.TrimSpace(ensure0x(jwtSecretHex)))
	if err != nil || len(secret) != 32 {
		return nil, fmt.Errorf("devnet: the JWT secret must be 32 bytes of hex (%v)", err)
	}
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPAuth(node.NewJWTAuth([32]byte(secret))))
	if err != nil {
		return nil, fmt.Errorf("devnet: dial the Engine API at %s: %w", url, err)
	}
	return &remoteEngine{c: c, build: build}, nil
}

// ReadJWTSecret reads a JWT secret file as geth writes it (hex).
func ReadJWTSecret(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("devnet: read the JWT secret: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

func ensure0x(s string) string {
	if strings.HasPrefix(s, "0x") {
		return s
	}
	return "0x" + s
}

func (r *remoteEngine) ForkchoiceUpdated(ctx context.Context, state engine.ForkchoiceStateV1, attrs *engine.PayloadAttributes) (engine.ForkChoiceResponse, error) {
	var out engine.ForkChoiceResponse
	err := r.c.CallContext(ctx, &out, "engine_forkchoiceUpdatedV3", state, attrs)
	return out, wrapEngine("engine_forkchoiceUpdatedV3", err)
}

func (r *remoteEngine) GetPayload(ctx context.Context, id engine.PayloadID) (*engine.ExecutionPayloadEnvelope, error) {
	select {
	case <-time.After(r.build):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var out engine.ExecutionPayloadEnvelope
	if err := r.c.CallContext(ctx, &out, "engine_getPayloadV4", id); err != nil {
		return nil, wrapEngine("engine_getPayloadV4", err)
	}
	return &out, nil
}

func (r *remoteEngine) NewPayload(ctx context.Context, payload *engine.ExecutableData, beaconRoot common.Hash, requests [][]byte) (engine.PayloadStatusV1, error) {
	reqs := make([]hexutil.Bytes, len(requests))
	for i, q := range requests {
		reqs[i] = q
	}
	var out engine.PayloadStatusV1
	err := r.c.CallContext(ctx, &out, "engine_newPayloadV4", payload, []common.Hash{}, beaconRoot, reqs)
	return out, wrapEngine("engine_newPayloadV4", err)
}

func (r *remoteEngine) PayloadBodies(ctx context.Context, hashes []common.Hash) ([]*engine.ExecutionPayloadBody, error) {
	var out []*engine.ExecutionPayloadBody
	err := r.c.CallContext(ctx, &out, "engine_getPayloadBodiesByHashV1", hashes)
	return out, wrapEngine("engine_getPayloadBodiesByHashV1", err)
}

func wrapEngine(method string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("devnet: %s: %w", method, err)
}

// ErrPayloadInvalid is returned when the execution layer refuses a payload
// the consensus layer gave or asked it to build.
var ErrPayloadInvalid = errors.New("devnet: execution payload refused")
