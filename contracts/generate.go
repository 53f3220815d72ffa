// Package contracts holds the pool's Solidity sources (src/), their compiled
// artifacts (artifacts/) and go-ethereum bindings (bindings/), all generated
// by `go generate ./contracts/...` with the solc pinned in package.json and
// committed, so that building and testing the Go code needs no Node.
//
// Test-only contracts (attackers, receivers) live in testsrc/ and are bound
// into testbindings/, which only tests import.
package contracts

//go:generate go run ./internal/solcgen
