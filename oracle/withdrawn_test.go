package oracle_test

import (
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/units"
)

// withdrawnVal is a validator of the tables: exited at epoch 2,
// withdrawable at epoch 10 (slots 320… with 32 slots an epoch), with
// balance gwei at the reference slot.
func withdrawnVal(i beacon.ValidatorIndex, balance beacon.Gwei) *beacon.Validator {
	return &beacon.Validator{Index: i, Balance: balance, ExitEpoch: 2, WithdrawableEpoch: 10}
}

const gweiETH = 1_000_000_000

// TestOperatorWithdrawnRow: a bonded operator's row from its validators
// at the reference slot (epoch 20, slot 640), its last count and the
// final withdrawals of the window (last report's slot 300, 640], by hand.
func TestOperatorWithdrawnRow(t *testing.T) {
	type pay struct {
		slot beacon.Slot
		v    beacon.ValidatorIndex
		gwei beacon.Gwei
	}
	for _, tc := range []struct {
		name  string
		last  uint64
		vs    []*beacon.Validator
		pays  []pay
		row   bool
		count uint64
		loss  string // ETH
		kept  int    // withdrawals the ledger kept
	}{
		{"slashed, withdrawn at 31 ETH: 1 ETH lost", 0,
			[]*beacon.Validator{withdrawnVal(1, 0)}, []pay{{330, 1, 31 * gweiETH}}, true, 1, "1", 1},
		{"32.01 ETH and 32 ETH: no loss", 0,
			[]*beacon.Validator{withdrawnVal(1, 0), withdrawnVal(2, 0)},
			[]pay{{330, 1, 32_010_000_000}, {331, 2, 32 * gweiETH}}, true, 2, "0", 2},
		{"exited, withdrawable, not yet swept: no row", 0,
			[]*beacon.Validator{withdrawnVal(1, 31*gweiETH)}, nil, false, 0, "0", 0},
		{"slashed, not yet withdrawable: no row", 0,
			[]*beacon.Validator{{Index: 1, Balance: 0, ExitEpoch: 2, WithdrawableEpoch: 30, Slashed: true}}, nil, false, 0, "0", 0},
		{"a skim before the withdrawable epoch is not part of the final withdrawal", 0,
			[]*beacon.Validator{withdrawnVal(1, 0)},
			[]pay{{310, 1, 500_000_000}, {400, 1, 31_500_000_000}}, true, 1, "0.5", 1},
		{"one counted before, one new at 30 ETH", 1,
			[]*beacon.Validator{withdrawnVal(1, 0), withdrawnVal(2, 0)}, []pay{{500, 2, 30 * gweiETH}}, true, 2, "2", 1},
		{"a counted validator topped up and swept again is not charged", 1,
			[]*beacon.Validator{withdrawnVal(1, 0), withdrawnVal(2, 0)},
			[]pay{{400, 1, 1 * gweiETH}, {500, 2, 31 * gweiETH}}, true, 2, "1", 2},
		{"a counted validator topped up, not yet swept: the count stays", 2,
			[]*beacon.Validator{withdrawnVal(1, 1*gweiETH), withdrawnVal(2, 0)}, nil, false, 2, "0", 0},
		{"credited after its final withdrawal (a sync committee's reward): counted, its 32 ETH seen", 0,
			[]*beacon.Validator{withdrawnVal(1, 87_220)}, []pay{{400, 1, 32 * gweiETH}}, true, 1, "0", 1},
		{"a counted validator's later credit swept, nothing new: no row (the devnet's 31.9999 ETH mistake)", 1,
			[]*beacon.Validator{withdrawnVal(1, 0)}, []pay{{500, 1, 87_220}}, false, 1, "0", 1},
		{"final withdrawal not seen (before the window): counted, no loss", 0,
			[]*beacon.Validator{withdrawnVal(1, 0)}, []pay{{300, 1, 20 * gweiETH}}, true, 1, "0", 0},
		{"an active validator and an unseen key", 0,
			[]*beacon.Validator{nil, {Index: 3, Balance: 32 * gweiETH, ExitEpoch: beacon.FarFutureEpoch, WithdrawableEpoch: beacon.FarFutureEpoch}}, nil, false, 0, "0", 0},
		{"two new, slashed at 31.25 and 16 ETH: 16.75 ETH", 0,
			[]*beacon.Validator{withdrawnVal(4, 0), withdrawnVal(5, 0)},
			[]pay{{600, 4, 31_250_000_000}, {640, 5, 16 * gweiETH}, {641, 5, 16 * gweiETH}}, true, 2, "16.75", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var vs []beacon.Validator
			for _, v := range tc.vs {
				if v != nil {
					vs = append(vs, *v)
				}
			}
			l := oracle.NewWithdrawalLedger(300, 640, 32, vs)
			for _, p := range tc.pays {
				l.Add(&oracle.ValidatorWithdrawal{Slot: p.slot, Validator: p.v, Amount: p.gwei})
			}
			if l.Seen != tc.kept {
				t.Fatalf("ledger kept %d withdrawals, want %d", l.Seen, tc.kept)
			}
			row, ok := oracle.OperatorWithdrawnRow(1<<24|7, tc.last, tc.vs, 20, l)
			if ok != tc.row {
				t.Fatalf("row %v, want %v (%+v)", ok, tc.row, row)
			}
			if !ok {
				return
			}
			if row.Operator != 1<<24|7 || row.Count != tc.count {
				t.Fatalf("row operator %d count %d, want %d count %d", row.Operator, row.Count, 1<<24|7, tc.count)
			}
			if want := weiOf(t, tc.loss); row.Loss != want {
				t.Fatalf("loss %s ETH, want %s", units.FormatEther(&row.Loss), tc.loss)
			}
		})
	}
}

// TestWithdrawalsFrame: the scan starts at the last report's reference
// slot, but never before the slot before the earliest withdrawable epoch
// of a withdrawn validator; nothing to scan when none is withdrawn. It is
// not capped to one frame (a frame no report covered is still read).
func TestWithdrawalsFrame(t *testing.T) {
	w := []beacon.Validator{*withdrawnVal(1, 0), {Index: 2, Balance: 0, ExitEpoch: 3, WithdrawableEpoch: 12}}
	active := []beacon.Validator{{Index: 3, Balance: 32 * gweiETH, ExitEpoch: beacon.FarFutureEpoch, WithdrawableEpoch: beacon.FarFutureEpoch}}
	for _, tc := range []struct {
		name      string
		last, ref uint64
		vs        []beacon.Validator
		from      beacon.Slot
		need      bool
	}{
		{"first report: from the earliest withdrawable epoch", 0, 6400, w, 319, true},
		{"last report after it", 400, 6400, w, 400, true},
		{"many frames since the last report: all of them", 32, 64000, w, 319, true},
		{"none withdrawn", 0, 6400, active, 6400, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			from, to, need := oracle.WithdrawalsFrame(tc.last, tc.ref, 32, tc.vs)
			if from != tc.from || to != beacon.Slot(tc.ref) || need != tc.need {
				t.Fatalf("(%d, %d] need %v, want (%d, %d] need %v", from, to, need, tc.from, tc.ref, tc.need)
			}
		})
	}
}
