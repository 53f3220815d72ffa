package beacon

import "testing"

func TestComputeStatus(t *testing.T) {
	F := FarFutureEpoch
	cases := []struct {
		v    Validator
		e    Epoch
		want Status
	}{
		{Validator{ActivationEligibilityEpoch: F, ActivationEpoch: F, ExitEpoch: F, WithdrawableEpoch: F}, 10, StatusPendingInitialized},
		{Validator{ActivationEligibilityEpoch: 3, ActivationEpoch: F, ExitEpoch: F, WithdrawableEpoch: F}, 10, StatusPendingQueued},
		{Validator{ActivationEligibilityEpoch: 3, ActivationEpoch: 12, ExitEpoch: F, WithdrawableEpoch: F}, 10, StatusPendingQueued},
		{Validator{ActivationEpoch: 10, ExitEpoch: F, WithdrawableEpoch: F}, 10, StatusActiveOngoing},
		{Validator{ActivationEpoch: 1, ExitEpoch: 20, WithdrawableEpoch: 276}, 10, StatusActiveExiting},
		{Validator{ActivationEpoch: 1, ExitEpoch: 20, WithdrawableEpoch: 8202, Slashed: true}, 10, StatusActiveSlashed},
		{Validator{ActivationEpoch: 1, ExitEpoch: 20, WithdrawableEpoch: 276}, 20, StatusExitedUnslashed},
		{Validator{ActivationEpoch: 1, ExitEpoch: 20, WithdrawableEpoch: 8202, Slashed: true}, 300, StatusExitedSlashed},
		{Validator{ActivationEpoch: 1, ExitEpoch: 20, WithdrawableEpoch: 276, Balance: 1}, 276, StatusWithdrawalPossible},
		{Validator{ActivationEpoch: 1, ExitEpoch: 20, WithdrawableEpoch: 276}, 276, StatusWithdrawalDone},
	}
	for i, c := range cases {
		if got := ComputeStatus(&c.v, c.e); got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
}

func TestCredentials(t *testing.T) {
	a := Address{1, 2, 3}
	c := ExecutionCredentials(0x01, a)
	if c[0] != 1 || c.Address() != a || c[1] != 0 {
		t.Fatalf("%x", c)
	}
}
