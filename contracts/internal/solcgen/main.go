// Command solcgen compiles the pool's Solidity sources with the solc pinned
// in contracts/package.json (the npm package's solc-js, run by node) and
// writes the artifacts and the go-ethereum bindings. It is run by
// `go generate ./contracts/...` from the contracts directory; its output is
// byte-identical from run to run, so CI regenerates and compares.
//
// Inputs: src/*.sol (the pool, bound into bindings/) and testsrc/*.sol
// (test-only contracts, bound into testbindings/). Every source file holds
// one contract named like the file; abstract contracts and interfaces get
// an artifact only when they have an ABI worth binding.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Settings are the compiler settings, fixed here and documented in
// docs/contracts.md. Changing them changes every artifact.
const (
	solcVersion    = "0.8.30"
	evmVersion     = "prague"
	optimizerRuns  = 10_000
	viaIR          = true
	sourceDir      = "src"
	testSourceDir  = "testsrc"
	artifactDir    = "artifacts"
	bindingsDir    = "bindings"
	testBindingDir = "testbindings"
)

// compileScript runs solc-js on the standard JSON read from stdin; imports
// are resolved inside node_modules (OpenZeppelin).
const compileScript = `
const fs = require('fs');
const path = require('path');
const solc = require(path.resolve('node_modules/solc'));
const want = process.argv[1];
if (!solc.version().startsWith(want + '+')) {
  process.stderr.write('solc ' + solc.version() + ' is not the pinned ' + want + ': run npm ci in contracts/\n');
  process.exit(2);
}
const input = fs.readFileSync(0, 'utf8');
function findImports(p) {
  for (const base of ['node_modules', '.']) {
    const f = path.resolve(base, p);
    if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
  }
  return { error: 'not found: ' + p };
}
process.stdout.write(solc.compile(input, { import: findImports }));
`

type source struct {
	Content string `json:"content"`
}

type stdInput struct {
	Language string            `json:"language"`
	Sources  map[string]source `json:"sources"`
	Settings map[string]any    `json:"settings"`
}

type stdOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
		SourceLocation   struct {
			File string `json:"file"`
		} `json:"sourceLocation"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI           json.RawMessage `json:"abi"`
		StorageLayout json.RawMessage `json:"storageLayout"`
		EVM           struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
			DeployedBytecode struct {
				Object string `json:"object"`
			} `json:"deployedBytecode"`
			MethodIdentifiers map[string]string `json:"methodIdentifiers"`
		} `json:"evm"`
	} `json:"contracts"`
}

// Artifact is what artifacts/NAME.json holds.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
	StorageLayout    json.RawMessage `json:"storageLayout"`
}

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "solcgen:", err)
		os.Exit(1)
	}
}

func run() error {
	srcs, err := filepath.Glob(filepath.Join(sourceDir, "*.sol"))
	if err != nil {
		return err
	}
	tests, err := filepath.Glob(filepath.Join(testSourceDir, "*.sol"))
	if err != nil {
		return err
	}
	sort.Strings(srcs)
	sort.Strings(tests)
	// Two compiler runs: the pool's sources alone, so that adding a test
	// contract changes no artifact of the pool (AST ids in the storage
	// layouts are numbered across every source of a run), then the test
	// contracts with what they import.
	out, err := compileFiles(srcs)
	if err != nil {
		return err
	}
	if err := writeSet(out, srcs, artifactDir, bindingsDir, "bindings"); err != nil {
		return err
	}
	if len(tests) == 0 {
		return nil
	}
	tout, err := compileFiles(tests)
	if err != nil {
		return err
	}
	return writeSet(tout, tests, "", testBindingDir, "testbindings")
}

func compileFiles(files []string) (*stdOutput, error) {
	in := stdInput{Language: "Solidity", Sources: map[string]source{}, Settings: map[string]any{
		"optimizer":  map[string]any{"enabled": true, "runs": optimizerRuns},
		"evmVersion": evmVersion,
		"viaIR":      viaIR,
		"metadata":   map[string]any{"bytecodeHash": "ipfs"},
		"outputSelection": map[string]any{"*": map[string]any{"*": []string{
			"abi", "evm.bytecode.object", "evm.deployedBytecode.object", "evm.methodIdentifiers", "storageLayout",
		}}},
	}}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		in.Sources[filepath.ToSlash(f)] = source{Content: string(b)}
	}
	return compile(&in)
}

func compile(in *stdInput) (*stdOutput, error) {
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", "-e", compileScript, solcVersion)
	cmd.Stdin = bytes.NewReader(raw)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("running solc-js (npm ci in contracts/ installs it): %v: %s", err, stderr.String())
	}
	var out stdOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		return nil, fmt.Errorf("reading solc output: %w", err)
	}
	var msgs []string
	failed := false
	for _, e := range out.Errors {
		if e.Severity == "error" {
			failed = true
		} else if strings.HasPrefix(e.SourceLocation.File, "@openzeppelin/") {
			continue // OpenZeppelin's own notes (transient storage) are not ours to fix
		} else if strings.HasPrefix(e.SourceLocation.File, testSourceDir+"/") {
			continue // test contracts may use what the pool must not (selfdestruct for a forced donation)
		}
		msgs = append(msgs, e.FormattedMessage)
	}
	// Warnings in the pool's sources (src/) fail the build too: they stay warning-free.
	if len(msgs) > 0 {
		return nil, fmt.Errorf("solc reported (errors: %v):\n%s", failed, strings.Join(msgs, "\n"))
	}
	return &out, nil
}

// writeSet writes the artifacts (when artDir is set) and one bindings file
// for the contracts named like their source files.
func writeSet(out *stdOutput, files []string, artDir, bindDir, pkg string) error {
	var types, abis, bins []string
	var sigs []map[string]string
	if artDir != "" {
		if err := pruneArtifacts(artDir, files); err != nil {
			return err
		}
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".sol")
		c, ok := out.Contracts[filepath.ToSlash(f)][name]
		if !ok {
			return fmt.Errorf("%s does not define contract %s", f, name)
		}
		abiJSON, err := indent(c.ABI)
		if err != nil {
			return err
		}
		if artDir != "" {
			layout, err := indent(c.StorageLayout)
			if err != nil {
				return err
			}
			a := Artifact{
				ContractName: name, SourceName: filepath.ToSlash(f), Compiler: "solc " + solcVersion + " " + evmVersion + fmt.Sprintf(" optimizer runs %d", optimizerRuns),
				ABI: abiJSON, Bytecode: "0x" + c.EVM.Bytecode.Object, DeployedBytecode: "0x" + c.EVM.DeployedBytecode.Object, StorageLayout: layout,
			}
			b, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				return err
			}
			if err := writeFile(filepath.Join(artDir, name+".json"), append(b, '\n')); err != nil {
				return err
			}
		}
		fs := make(map[string]string, len(c.EVM.MethodIdentifiers))
		for sig, sel := range c.EVM.MethodIdentifiers {
			fs[sel] = sig
		}
		types = append(types, name)
		abis = append(abis, string(c.ABI))
		bins = append(bins, c.EVM.Bytecode.Object)
		sigs = append(sigs, fs)
	}
	if len(types) == 0 {
		return nil
	}
	code, err := abigen.Bind(types, abis, bins, sigs, pkg, nil, nil)
	if err != nil {
		return fmt.Errorf("binding %s: %w", pkg, err)
	}
	src, err := format.Source([]byte(code))
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(bindDir, pkg+".go"), src)
}

func indent(raw json.RawMessage) (json.RawMessage, error) {
	if len(raw) == 0 {
		return json.RawMessage("null"), nil
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeFile(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
		return nil
	}
	return os.WriteFile(path, b, 0o644)
}

// pruneArtifacts removes artifacts whose source file is gone.
func pruneArtifacts(dir string, files []string) error {
	old, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, f := range files {
		keep[strings.TrimSuffix(filepath.Base(f), ".sol")+".json"] = true
	}
	for _, f := range old {
		if !keep[filepath.Base(f)] {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}
