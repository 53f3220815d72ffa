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

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// BeaconNetwork is what a beacon node says of its chain that deposits
// and deployments must agree with: the genesis fork version deposit
// signatures are made under, the deposit contract on the execution chain,
// the clock (standard paths /eth/v1/beacon/genesis,
// /eth/v1/config/deposit_contract, /eth/v1/config/spec).
type BeaconNetwork struct {
	GenesisForkVersion    [4]byte
	GenesisTime           uint64
	GenesisValidatorsRoot common.Hash
	DepositContract       common.Address
	DepositChainID        uint64
	// SecondsPerSlot and SlotsPerEpoch are the chain's clock
	// (/eth/v1/config/spec).
	SecondsPerSlot, SlotsPerEpoch uint64
}

// ReadBeaconNetwork asks the beacon node at baseURL for its genesis and
// deposit contract.
func ReadBeaconNetwork(ctx context.Context, baseURL string) (*BeaconNetwork, error) {
	base := strings.TrimSuffix(baseURL, "/")
	var g struct {
		Data struct {
			GenesisTime           string `json:"genesis_time"`
			GenesisValidatorsRoot string `json:"genesis_validators_root"`
			GenesisForkVersion    string `json:"genesis_fork_version"`
		} `json:"data"`
	}
	if err := getBeaconJSON(ctx, base+"/eth/v1/beacon/genesis", &g); err != nil {
		return nil, err
	}
	var n BeaconNetwork
	fv, err := hexutil.Decode(g.Data.GenesisForkVersion)
	if err != nil || len(fv) != 4 {
		return nil, fmt.Errorf("GET %s/eth/v1/beacon/genesis: genesis_fork_version %q is not 4 hex bytes", base, g.Data.GenesisForkVersion)
	}
	copy(n.GenesisForkVersion[:], fv)
	if n.GenesisTime, err = strconv.ParseUint(g.Data.GenesisTime, 10, 64); err != nil {
		return nil, fmt.Errorf("GET %s/eth/v1/beacon/genesis: genesis_time %q", base, g.Data.GenesisTime)
	}
	n.GenesisValidatorsRoot = common.HexToHash(g.Data.GenesisValidatorsRoot)
	var d struct {
		Data struct {
			ChainID string `json:"chain_id"`
			Address string `json:"address"`
		} `json:"data"`
	}
	if err := getBeaconJSON(ctx, base+"/eth/v1/config/deposit_contract", &d); err != nil {
		return nil, err
	}
	if !common.IsHexAddress(d.Data.Address) {
		return nil, fmt.Errorf("GET %s/eth/v1/config/deposit_contract: address %q", base, d.Data.Address)
	}
	n.DepositContract = common.HexToAddress(d.Data.Address)
	if n.DepositChainID, err = strconv.ParseUint(d.Data.ChainID, 10, 64); err != nil {
		return nil, fmt.Errorf("GET %s/eth/v1/config/deposit_contract: chain_id %q", base, d.Data.ChainID)
	}
	var sp struct {
		Data map[string]any `json:"data"`
	}
	if err := getBeaconJSON(ctx, base+"/eth/v1/config/spec", &sp); err != nil {
		return nil, err
	}
	for name, dst := range map[string]*uint64{"SECONDS_PER_SLOT": &n.SecondsPerSlot, "SLOTS_PER_EPOCH": &n.SlotsPerEpoch} {
		v, _ := sp.Data[name].(string)
		if *dst, err = strconv.ParseUint(v, 10, 64); err != nil || *dst == 0 {
			return nil, fmt.Errorf("GET %s/eth/v1/config/spec: %s %q", base, name, v)
		}
	}
	return &n, nil
}

func getBeaconJSON(ctx context.Context, url string, v any) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("GET %s: %w", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("GET %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d: %.200s", url, resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("GET %s: %w", url, err)
	}
	return nil
}
