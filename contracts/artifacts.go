package contracts

import (
	"embed"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed artifacts/*.json
var artifactFiles embed.FS

// Artifact is a compiled contract as artifacts/NAME.json holds it.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"`
	StorageLayout    json.RawMessage `json:"storageLayout"`
}

// LoadArtifact reads a contract's artifact by name ("DepositContract").
func LoadArtifact(name string) (*Artifact, error) {
	b, err := artifactFiles.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("load artifact %s: %w", name, err)
	}
	var a Artifact
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("load artifact %s: %w", name, err)
	}
	return &a, nil
}

// DepositContractCode is the runtime code of our beacon deposit contract.
// It needs no storage to start (its zero hashes are computed when read),
// so a devnet places exactly this code at the deposit contract's address in
// its genesis alloc, with an empty storage and a zero balance.
func DepositContractCode() []byte {
	a, err := LoadArtifact("DepositContract")
	if err != nil {
		panic(err) // the artifact is embedded at build time
	}
	return a.DeployedBytecode
}
