package sim

// Bridge for the external tests (package sim_test: the differential tests
// against zrnt import beacon/zrntref, which imports sim). Only the test
// binary sees these names.

// Scenario is a random differential-test state's parameters.
type Scenario = scenario

var (
	DrawScenario = drawScenario // draws a Scenario with 64 to maxN validators
	BuildState   = buildState   // builds a Scenario's state (Deneb rules)
	SimpleState  = simpleState  // n validators of 32 ETH, full participation
	JoinLines    = joinLines    // indents a list of differences, one a line
	ManyChunks   = manyChunks   // parallel loops in many chunks; returns the restore
)
