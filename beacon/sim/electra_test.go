package sim

// Electra rules that zrnt v0.34.1 cannot check (its Electra epoch processing
// is not implemented): table tests whose expected values are computed by
// hand from the spec text (specs/electra/beacon-chain.md, v1.5.0), the
// section named in each case.

import (
	"testing"

	"github.com/stakepool/stakepool/beacon/spec"
)

// Every simpleState here has 64 validators of 32 ETH: T = 2048 ETH, so
// get_balance_churn_limit = max(128 ETH, 2048 ETH // 65536) = 128 ETH and
// get_activation_exit_churn_limit = min(256, 128) = 128 ETH.
const tot64 = 64 * 32 * gwei

// electra §Modified process_slashings vs bellatrix process_slashings.
func TestSlashingsCorrelationPenalty(t *testing.T) {
	cases := []struct {
		name      string
		fork      spec.Fork
		slashings uint64 // sum of the slashings vector
		eb        uint64
		want      uint64 // penalty
	}{
		// adjusted = min(32*3, 2048) = 96 ETH
		// deneb: 32 * 96e9 // 2048e9 * 1e9 = 1 ETH
		{"deneb one 32", spec.Deneb, 32 * gwei, 32 * gwei, 1 * gwei},
		// electra: 96e9 // 2048 * 32 = 46_875_000 * 32 = 1.5 ETH
		{"electra one 32", spec.Electra, 32 * gwei, 32 * gwei, 1_500_000_000},
		// adjusted = min(5*3, 2048) = 15 ETH; deneb: 32*15e9//2048e9 = 0
		{"deneb 5 ETH", spec.Deneb, 5 * gwei, 32 * gwei, 0},
		// electra: 15e9 // 2048 = 7_324_218; * 32 = 234_374_976
		{"electra 5 ETH", spec.Electra, 5 * gwei, 32 * gwei, 234_374_976},
		// a third slashed: adjusted = min(700*3, 2048) = 2048 ETH: the whole EB either way
		{"deneb third", spec.Deneb, 700 * gwei, 32 * gwei, 32 * gwei},
		{"electra third", spec.Electra, 700 * gwei, 32 * gwei, 32 * gwei},
		// effective balance 17 ETH, electra: 46_875_000 * 17
		{"electra eb 17", spec.Electra, 32 * gwei, 17 * gwei, 46_875_000 * 17},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := simpleState(c.fork, 64, 5000)
			cur := s.CurrentEpoch()
			s.Slashed[3] = true
			s.EffInc[3] = uint16(c.eb / gwei)
			s.ExitEpoch[3], s.WithdrawableEpoch[3] = ep32(cur-4000), ep32(cur+4096)
			s.Slashings[7] = c.slashings
			before := s.Balances[3]
			s.processSlashings([]uint32{3}, tot64)
			if got := before - s.Balances[3]; got != c.want {
				t.Fatalf("penalty %d, want %d", got, c.want)
			}
		})
	}
}

// electra §New compute_exit_epoch_and_update_churn.
func TestComputeExitEpochAndUpdateChurn(t *testing.T) {
	s := simpleState(spec.Electra, 64, 100)
	// earliest = max(0, compute_activation_exit_epoch(100) = 105); new epoch: budget 128 ETH
	steps := []struct {
		amount, wantEpoch, wantLeft uint64
	}{
		{32 * gwei, 105, 96 * gwei},
		{32 * gwei, 105, 64 * gwei},
		{32 * gwei, 105, 32 * gwei},
		{32 * gwei, 105, 0},
		// 32 > 0: additional = (32e9-1)//128e9+1 = 1 -> 106, budget 0+128-32 = 96
		{32 * gwei, 106, 96 * gwei},
		// 2048 > 96: to_process 1952e9, additional = (1952e9-1)//128e9+1 = 16 -> 122;
		// budget 96 + 16*128 - 2048 = 96
		{2048 * gwei, 122, 96 * gwei},
		{96 * gwei, 122, 0},
	}
	for i, st := range steps {
		e := s.ComputeExitEpochAndUpdateChurn(st.amount, tot64)
		if e != st.wantEpoch || s.ExitBalanceToConsume != st.wantLeft {
			t.Fatalf("step %d: epoch %d left %d, want %d left %d", i, e, s.ExitBalanceToConsume, st.wantEpoch, st.wantLeft)
		}
	}
	// electra §Modified initiate_validator_exit: withdrawable = exit + 256
	s.InitiateValidatorExit(9)
	if _, _, x, w := s.Epochs(9); x != 123 || w != 123+256 {
		t.Fatalf("exit %d withdrawable %d", x, w)
	}
}

// electra §New get_balance_churn_limit, get_activation_exit_churn_limit,
// get_consolidation_churn_limit, at the totals of the reference note's table.
func TestElectraChurnLimits(t *testing.T) {
	s := simpleState(spec.Electra, 1, 1)
	cases := []struct{ totalETH, balance, actExit, consolidation uint64 }{
		{1_000_000, 128, 128, 0},
		// 10M ETH // 65536 = 152.587... ETH -> 152 ETH (rounded down to the increment)
		{10_000_000, 152, 152, 0},
		// 34M // 65536 = 518.798... -> 518; act/exit 256; consolidation 262
		{34_000_000, 518, 256, 262},
	}
	for _, c := range cases {
		T := c.totalETH * gwei
		if b, a, k := s.BalanceChurnLimit(T), s.ActivationExitChurnLimit(T), s.ConsolidationChurnLimit(T); b != c.balance*gwei || a != c.actExit*gwei || k != c.consolidation*gwei {
			t.Errorf("T=%d ETH: churn %d/%d/%d", c.totalETH, b, a, k)
		}
	}
}

type rejectPubkey [48]byte

func (r rejectPubkey) VerifyDeposit(pk [48]byte, _ [32]byte, _ uint64, _ [96]byte) bool {
	return pk != [48]byte(r)
}

// electra §New process_pending_deposits and §New apply_pending_deposit.
func TestProcessPendingDeposits(t *testing.T) {
	s := simpleState(spec.Electra, 64, 100)
	s.FinalizedCheckpoint.Epoch = 10 // finalized slot 320
	var newA, bad [48]byte
	newA[0], bad[0] = 0xaa, 0xbb
	s.Verifier = rejectPubkey(bad)
	creds := [32]byte{0x02}
	s.PendingDeposits = []PendingDeposit{
		{Pubkey: newA, WithdrawalCredentials: creds, Amount: 32 * gwei, Slot: 0}, // new validator, 32 ETH of churn
		{Pubkey: bad, Amount: 40 * gwei, Slot: 10},                               // bad signature: churn consumed, deposit lost
		{Pubkey: s.Pubkeys[5], Amount: 100 * gwei, Slot: 100},                    // 72+100 > 128: churn limit reached
		{Pubkey: s.Pubkeys[6], Amount: 1 * gwei, Slot: 400},                      // not finalized
	}
	s.processPendingDeposits(tot64)
	if n := s.NumValidators(); n != 65 {
		t.Fatalf("%d validators, want 65 (one added, the bad signature dropped)", n)
	}
	if s.Balances[64] != 32*gwei || s.EffectiveBalance(64) != 32*gwei || s.Credentials[64][0] != 2 {
		t.Fatalf("new validator: balance %d eb %d", s.Balances[64], s.EffectiveBalance(64))
	}
	if len(s.PendingDeposits) != 2 || s.PendingDeposits[0].Pubkey != s.Pubkeys[5] {
		t.Fatalf("queue %d", len(s.PendingDeposits))
	}
	// carried over because the churn limit was hit: 128 - (32 + 40) = 56 ETH
	if s.DepositBalanceToConsume != 56*gwei {
		t.Fatalf("deposit_balance_to_consume %d", s.DepositBalanceToConsume)
	}
	// next epoch: 56 + 128 = 184 >= 100: the top-up goes through; the next one is not finalized
	before := s.Balances[5]
	s.Slot += s.Spec.SlotsPerEpoch
	s.processPendingDeposits(tot64)
	if s.Balances[5]-before != 100*gwei || len(s.PendingDeposits) != 1 || s.DepositBalanceToConsume != 0 {
		t.Fatalf("top-up %d, queue %d, to_consume %d", s.Balances[5]-before, len(s.PendingDeposits), s.DepositBalanceToConsume)
	}

	// exited validators are postponed; withdrawn ones are credited without churn
	s = simpleState(spec.Electra, 64, 100)
	s.FinalizedCheckpoint.Epoch = 10
	s.ExitEpoch[1], s.WithdrawableEpoch[1] = 105, 361 // exiting
	s.ExitEpoch[2], s.WithdrawableEpoch[2] = 50, 90   // withdrawn (90 < next epoch 101)
	s.PendingDeposits = []PendingDeposit{
		{Pubkey: s.Pubkeys[1], Amount: 5 * gwei},
		{Pubkey: s.Pubkeys[2], Amount: 500 * gwei},
		{Pubkey: s.Pubkeys[3], Amount: 128 * gwei},
	}
	b2 := s.Balances[2]
	s.processPendingDeposits(tot64)
	if s.Balances[2]-b2 != 500*gwei || len(s.PendingDeposits) != 1 || s.PendingDeposits[0].Pubkey != s.Pubkeys[1] {
		t.Fatalf("withdrawn credit %d, queue %d", s.Balances[2]-b2, len(s.PendingDeposits))
	}
	if s.DepositBalanceToConsume != 0 {
		t.Fatalf("to_consume %d (128 fits exactly: limit not reached)", s.DepositBalanceToConsume)
	}
}

// electra §Modified process_effective_balance_updates (get_max_effective_balance).
func TestCompoundingEffectiveBalance(t *testing.T) {
	cases := []struct {
		prefix  byte
		fork    spec.Fork
		balance uint64
		eb      uint64
		want    uint64
	}{
		{0x02, spec.Electra, 40_300_000_000, 32 * gwei, 40 * gwei},  // 32+1.25 < 40.3: up to 40
		{0x01, spec.Electra, 40_300_000_000, 32 * gwei, 32 * gwei},  // capped at MIN_ACTIVATION_BALANCE
		{0x02, spec.Deneb, 40_300_000_000, 32 * gwei, 32 * gwei},    // no 0x02 in Deneb
		{0x02, spec.Electra, 33_250_000_000, 32 * gwei, 32 * gwei},  // exactly +1.25: no change (strict)
		{0x02, spec.Electra, 33_250_000_001, 32 * gwei, 33 * gwei},  // just above
		{0x02, spec.Electra, 2100 * gwei, 2000 * gwei, 2048 * gwei}, // capped at 2048
		{0x02, spec.Electra, 39_749_999_999, 40 * gwei, 39 * gwei},  // below EB-0.25: down
	}
	for i, c := range cases {
		s := simpleState(c.fork, 4, 10)
		s.Credentials[1][0] = c.prefix
		s.Balances[1], s.EffInc[1] = c.balance, uint16(c.eb/gwei)
		hyst := gwei / 4
		s.updateEffectiveBalance(1, hyst, hyst*5)
		if got := s.EffectiveBalance(1); got != c.want {
			t.Errorf("case %d: eb %d, want %d", i, got, c.want)
		}
	}
}

// electra §New get_pending_partial_withdrawals / v1.5.0 get_expected_withdrawals.
func TestPendingPartialWithdrawals(t *testing.T) {
	s := simpleState(spec.Electra, 64, 300)
	for i := 0; i < 64; i++ {
		s.Credentials[i][0] = 0x02
	}
	s.Balances[1], s.EffInc[1] = 40*gwei, 40
	s.Balances[2], s.EffInc[2] = 35*gwei, 35
	s.ExitEpoch[3] = 400 // exiting: not eligible, but consumed
	s.Balances[3], s.EffInc[3] = 40*gwei, 40
	s.PendingPartialWithdrawals = []PendingPartialWithdrawal{
		{ValidatorIndex: 1, Amount: 5 * gwei, WithdrawableEpoch: 300},
		{ValidatorIndex: 2, Amount: 10 * gwei, WithdrawableEpoch: 299}, // only 35-32 = 3 ETH
		{ValidatorIndex: 3, Amount: 1 * gwei, WithdrawableEpoch: 299},
		{ValidatorIndex: 1, Amount: 5 * gwei, WithdrawableEpoch: 300}, // balance net of the first: 35 -> 3 ETH
		{ValidatorIndex: 4, Amount: 1 * gwei, WithdrawableEpoch: 301}, // not yet withdrawable: stop
		{ValidatorIndex: 5, Amount: 1 * gwei, WithdrawableEpoch: 1},
	}
	s.NextWithdrawalIndex = 77
	s.NextWithdrawalValidatorIndex = 0
	ws, consumed := s.ExpectedWithdrawals()
	want := []Withdrawal{
		{77, 1, [20]byte(s.Credentials[1][12:]), 5 * gwei},
		{78, 2, [20]byte(s.Credentials[2][12:]), 3 * gwei},
		{79, 1, [20]byte(s.Credentials[1][12:]), 3 * gwei},
	}
	if consumed != 4 || len(ws) != len(want) {
		t.Fatalf("consumed %d, withdrawals %+v", consumed, ws)
	}
	for i := range want {
		if ws[i] != want[i] {
			t.Fatalf("withdrawal %d = %+v, want %+v", i, ws[i], want[i])
		}
	}
	// at most MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP = 8 from the queue
	s.PendingPartialWithdrawals = nil
	for i := 10; i < 20; i++ {
		s.Balances[i], s.EffInc[i] = 33*gwei, 33
		s.PendingPartialWithdrawals = append(s.PendingPartialWithdrawals, PendingPartialWithdrawal{uint64(i), gwei, 1})
	}
	ws, consumed = s.ExpectedWithdrawals()
	if consumed != 8 || len(ws) != 8 {
		t.Fatalf("consumed %d, %d withdrawals", consumed, len(ws))
	}
}

// electra §Modified slash_validator: EB // 4096 penalty and whistleblower reward.
func TestSlashValidatorElectra(t *testing.T) {
	for _, c := range []struct {
		fork                spec.Fork
		penalty, whistleRew uint64
	}{
		{spec.Electra, 32 * gwei / 4096, 32 * gwei / 4096}, // 7_812_500 each
		{spec.Deneb, 32 * gwei / 32, 32 * gwei / 512},      // 1 ETH, 62_500_000
	} {
		s := simpleState(c.fork, 64, 1000)
		s.ActivationEpoch[5] = 0
		proposer := uint32(9)
		b5, b9 := s.Balances[5], s.Balances[9]
		if err := s.SlashValidator(5, proposer); err != nil {
			t.Fatal(err)
		}
		if b5-s.Balances[5] != c.penalty || s.Balances[9]-b9 != c.whistleRew {
			t.Errorf("%v: penalty %d reward %d", c.fork, b5-s.Balances[5], s.Balances[9]-b9)
		}
		if _, _, x, w := s.Epochs(5); !s.Slashed[5] || w != 1000+8192 || x == spec.FarFutureEpoch {
			t.Errorf("%v: exit %d withdrawable %d", c.fork, x, w)
		}
		if s.Slashings[1000%8192] != 32*gwei {
			t.Errorf("slashings vector")
		}
	}
}

// electra §Modified process_registry_updates: no activation count limit;
// deneb: at most min(8, churn) = 4 with 64 validators.
func TestRegistryActivationLimits(t *testing.T) {
	for _, c := range []struct {
		fork spec.Fork
		want int
	}{{spec.Electra, 20}, {spec.Deneb, 4}} {
		s := simpleState(c.fork, 84, 100)
		for i := 64; i < 84; i++ {
			s.ActivationEpoch[i] = far32
			s.EligibilityEpoch[i] = uint32(90 + i%5) // all <= finalized 98
		}
		s.ProcessEpoch()
		got := 0
		for i := 64; i < 84; i++ {
			if s.ActivationEpoch[i] == 105 {
				got++
			}
		}
		if got != c.want {
			t.Errorf("%v: %d activated, want %d", c.fork, got, c.want)
		}
	}
}

// electra §New process_consolidation_request, §New
// compute_consolidation_epoch_and_update_churn, §New
// is_valid_switch_to_compounding_request and §New queue_excess_active_balance.
func TestConsolidationRequests(t *testing.T) {
	const cur = 1000
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := NewState(sp)
	s.Slot = cur * sp.SlotsPerEpoch
	F := spec.FarFutureEpoch
	// 10 000 compounding validators of 2048 ETH: T = 20 480 000 ETH,
	// balance churn 20 480 000 // 65536 = 312 ETH (312.5 rounded down),
	// activation/exit churn 256, consolidation churn 56 ETH (> 32: allowed)
	for i := 0; i < 10_000; i++ {
		var c [32]byte
		c[0] = 2
		c[12] = byte(i % 3)
		s.AppendValidator(SyntheticPubkey(uint64(i)), c, 2048*gwei, 2048*gwei, false, 0, 0, F, F)
	}
	addr := func(i int) [20]byte { return [20]byte(s.Credentials[i][12:]) }
	// two 32-ETH 0x01 sources
	for _, i := range []int{1, 2} {
		s.Credentials[i][0] = 1
		s.EffInc[i], s.Balances[i] = 32, 33*gwei
	}
	s.Invalidate()
	if got := s.ConsolidationChurnLimit(s.TotalActiveBalance()); got != 56*gwei {
		t.Fatalf("consolidation churn %d", got)
	}
	// earliest = max(0, 1005); new epoch: budget 56; 32 fits -> 1005, 24 left
	s.ProcessConsolidationRequest(ConsolidationRequest{addr(1), s.Pubkeys[1], s.Pubkeys[0]})
	if _, _, x, w := s.Epochs(1); x != 1005 || w != 1005+256 || s.ConsolidationBalanceToConsume != 24*gwei {
		t.Fatalf("first: exit %d withdrawable %d left %d", x, w, s.ConsolidationBalanceToConsume)
	}
	// 32 > 24: one more epoch -> 1006, 24+56-32 = 48 left
	s.ProcessConsolidationRequest(ConsolidationRequest{addr(2), s.Pubkeys[2], s.Pubkeys[3]})
	if _, _, x, _ := s.Epochs(2); x != 1006 || s.ConsolidationBalanceToConsume != 48*gwei || len(s.PendingConsolidations) != 2 {
		t.Fatalf("second: exit %d left %d", x, s.ConsolidationBalanceToConsume)
	}
	// rejected: wrong source address, target not 0x02, source already exiting
	s.Credentials[5][0] = 1
	s.ProcessConsolidationRequest(ConsolidationRequest{[20]byte{9}, s.Pubkeys[4], s.Pubkeys[0]})
	s.ProcessConsolidationRequest(ConsolidationRequest{addr(4), s.Pubkeys[4], s.Pubkeys[5]})
	s.ProcessConsolidationRequest(ConsolidationRequest{addr(1), s.Pubkeys[1], s.Pubkeys[0]})
	if len(s.PendingConsolidations) != 2 {
		t.Fatalf("%d pending consolidations", len(s.PendingConsolidations))
	}
	// switch to compounding: 0x01 -> 0x02, excess above 32 ETH queued as a pending deposit
	s.Credentials[7][0], s.Balances[7], s.EffInc[7] = 1, 40*gwei, 32
	s.ProcessConsolidationRequest(ConsolidationRequest{addr(7), s.Pubkeys[7], s.Pubkeys[7]})
	if s.Credentials[7][0] != 2 || s.Balances[7] != 32*gwei || len(s.PendingDeposits) != 1 ||
		s.PendingDeposits[0].Amount != 8*gwei || s.PendingDeposits[0].Slot != 0 || s.PendingDeposits[0].Signature[0] != 0xc0 {
		t.Fatalf("switch: creds %x balance %d deposits %+v", s.Credentials[7][0], s.Balances[7], s.PendingDeposits)
	}
}
