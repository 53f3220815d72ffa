package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// donationAttack plays the first-depositor inflation attack: the attacker
// stakes the smallest amount the pool takes, donates a large sum to the
// execution-rewards vault so that the next report folds it into pooled ETH,
// then a victim stakes. It returns what the victim lost (stake minus the
// stETH they can redeem) and what the attacker gained.
func donationAttack(t *testing.T, initial *uint256.Int) (victimLoss, attackerGain *uint256.Int) {
	h := newHarness(t, 3)
	if initial != nil {
		h.s.ForceInitialSharesForTest(initial)
	}
	attacker, victim := alice, bob
	// Let the attacker stake a single wei, so that the dead shares alone
	// stand between the victim and the attack.
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamDustFloor, Value: wei(1)})
	dust := h.s.Params().DustFloor
	h.do(attacker, protocol.Command{Kind: protocol.CmdSubmit, Amount: dust})
	donation := eth(100)
	h.do(attacker, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: donation})
	h.collectRewards()
	stake := eth(150)
	h.next()
	h.do(victim, protocol.Command{Kind: protocol.CmdSubmit, Amount: stake})
	got := h.s.BalanceOf(victim)
	victimLoss = new(uint256.Int).Sub(&stake, got)
	spent := new(uint256.Int).Add(&dust, &donation)
	now := h.s.BalanceOf(attacker)
	attackerGain = new(uint256.Int)
	if now.Gt(spent) {
		attackerGain.Sub(now, spent)
	}
	return
}

// TestDonationAttackDefeatedByDeadShares: with the genesis stake held by the
// dead address, the victim loses at most a share's worth of rounding (a few
// wei) and the attacker loses almost all of the donation. The same attack
// without the protection (an empty pool; run below) takes a sixth of the
// victim's stake (25 of 150 ETH), so this test fails if the protection is removed.
func TestDonationAttackDefeatedByDeadShares(t *testing.T) {
	loss, gain := donationAttack(t, nil)
	if loss.GtUint64(1000) {
		t.Fatalf("victim lost %s wei with dead shares in place", loss)
	}
	if !gain.IsZero() {
		t.Fatalf("attacker gained %s wei", gain)
	}

	// Control: without dead shares the same moves steal from the victim.
	var none uint256.Int
	loss, gain = donationAttack(t, &none)
	sixth := eth(20)
	if loss.Lt(&sixth) || gain.IsZero() {
		t.Fatalf("control run: the attack should work on an unprotected pool, victim lost only %s wei, attacker gained %s", loss, gain)
	}
}

// TestDonationsDoNotMoveTheRate: ETH sent to the pool's vaults changes no
// balance until a report counts it.
func TestDonationsDoNotMoveTheRate(t *testing.T) {
	h := newHarness(t, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10)})
	before := h.s.BalanceOf(alice)
	h.do(bob, protocol.Command{Kind: protocol.CmdSendETH, To: pt.Vault, Amount: eth(50)})
	h.do(bob, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: eth(50)})
	if after := h.s.BalanceOf(alice); !after.Eq(before) {
		t.Fatalf("balance moved from %s to %s by a donation", before, after)
	}
}
