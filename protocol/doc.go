// Package protocol is the pool's rules as a pure, deterministic state
// machine: the executable spec that the Solidity contracts follow to the
// wei (the differential test applies the same commands to both).
//
// What it holds: the stETH ledger over shares (with wstETH beside it),
// staking and its rate limit, node operators and their keys, the deposit
// step and its allocation rule, governance, the oracle committee and the
// application of its reports (sanity checks, the rebase limiter, the
// burner, fees, withdrawal finalization), the withdrawal queue, the
// insurance fund, and the state's canonical encoding and root.
//
// Its rules: no I/O, no clock (time is the block's number and timestamp,
// given to BeginBlock), no floats, no map-order dependence; ETH is wei in
// uint256 (gwei only at the consensus boundary); every division rounds in
// the pool's favour, its direction written beside it; a rejected command
// changes nothing and returns a *Error with a stable Code; a report is
// computed, validated, then committed.
//
// Where to start reading: state.go (the State and its Genesis), command.go
// (the commands and ApplyTx), ledger.go (shares and transfers), staking.go
// (submit, the stake limit, deposits), report.go (what an oracle report
// does), withdrawals.go (the queue). docs/protocol.md and docs/oracle.md
// describe the rules and where they differ from Lido's.
package protocol
