package sim

import (
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"

	bls "github.com/kilic/bls12-381"

	"github.com/stakepool/stakepool/beacon/spec"
)

// SyntheticConfig describes a synthetic mainnet-like registry.
type SyntheticConfig struct {
	Validators int
	Epoch      uint64 // current epoch (the state is at its last slot)
	Seed       uint64
	// ParticipationPerMille is the chance that a validator has each
	// participation flag in both epochs (1000: everyone, every flag).
	ParticipationPerMille int
	// Operators spreads withdrawal addresses over this many addresses
	// (validator i withdraws to address i % Operators); 0 means 1.
	Operators int
	// CurvePubkeys makes the pubkeys real G1 points, (i+1)·G (needed to
	// export SSZ states whose sync committees are aggregated; about 10 µs
	// per validator), instead of SyntheticPubkey placeholders.
	CurvePubkeys bool
}

// CurvePubkeys returns the compressed G1 points (i+1)·G for i < n.
func CurvePubkeys(n int) [][48]byte {
	g := bls.NewG1()
	p := g.New().Set(g.One())
	out := make([][48]byte, n)
	for i := range out {
		copy(out[i][:], g.ToCompressed(p))
		g.Add(p, p, g.One())
	}
	return out
}

// SyntheticPubkey is the simulator's placeholder pubkey for validator i
// (not a curve point; unique).
func SyntheticPubkey(i uint64) [48]byte {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], i)
	h := sha256.Sum256(b[:])
	var pk [48]byte
	pk[0] = 0x80 | 0x20 // looks like a compressed G1 point's flags
	copy(pk[1:33], h[:])
	binary.LittleEndian.PutUint64(pk[40:], i)
	return pk
}

// OperatorAddress is the withdrawal address of operator k in synthetic states.
func OperatorAddress(k int) [20]byte {
	var a [20]byte
	a[0] = 0x5a
	binary.BigEndian.PutUint64(a[12:], uint64(k))
	return a
}

// NewSynthetic builds a registry of active 32-ETH validators with 0x01
// credentials, balances a little above 32 ETH, finalized two epochs back,
// seeded randomness and sync committees computed as the spec does.
func NewSynthetic(sp *spec.Spec, c SyntheticConfig) *State {
	s := NewState(sp)
	if c.Epoch < 2 {
		c.Epoch = 2
	}
	if c.Operators <= 0 {
		c.Operators = 1
	}
	s.Slot = c.Epoch*sp.SlotsPerEpoch + sp.SlotsPerEpoch - 1
	r := rand.New(rand.NewPCG(c.Seed, 0x5eed))
	n := c.Validators
	s.Pubkeys = make([][48]byte, n)
	s.Credentials = make([][32]byte, n)
	s.Balances = make([]uint64, n)
	s.EffInc = make([]uint16, n)
	s.EligibilityEpoch = make([]uint32, n)
	s.ActivationEpoch = make([]uint32, n)
	s.ExitEpoch = make([]uint32, n)
	s.WithdrawableEpoch = make([]uint32, n)
	s.Slashed = make([]bool, n)
	s.PrevParticipation = make([]uint8, n)
	s.CurrParticipation = make([]uint8, n)
	s.InactivityScores = make([]uint32, n)
	inc := sp.EffectiveBalanceIncrement
	if c.CurvePubkeys {
		copy(s.Pubkeys, CurvePubkeys(n))
	}
	for i := 0; i < n; i++ {
		if !c.CurvePubkeys {
			s.Pubkeys[i] = SyntheticPubkey(uint64(i))
		}
		s.Credentials[i][0] = spec.ETH1AddressWithdrawalPrefix
		a := OperatorAddress(i % c.Operators)
		copy(s.Credentials[i][12:], a[:])
		s.Balances[i] = 32*inc + r.Uint64N(inc/2)
		s.EffInc[i] = 32
		s.ExitEpoch[i], s.WithdrawableEpoch[i] = far32, far32
		var pp, cp uint8
		for f := 0; f < 3; f++ {
			if r.IntN(1000) < c.ParticipationPerMille {
				pp |= 1 << f
			}
			if r.IntN(1000) < c.ParticipationPerMille {
				cp |= 1 << f
			}
		}
		s.PrevParticipation[i], s.CurrParticipation[i] = pp, cp
	}
	for i := range s.RandaoMixes {
		binary.LittleEndian.PutUint64(s.RandaoMixes[i][:], r.Uint64())
	}
	for i := range s.BlockRoots {
		binary.LittleEndian.PutUint64(s.BlockRoots[i][:], uint64(i)+1)
	}
	cur := c.Epoch
	root := func(e uint64) [32]byte { return s.BlockRootAtSlot(e * sp.SlotsPerEpoch) }
	s.FinalizedCheckpoint = Checkpoint{cur - 2, root(cur - 2)}
	s.PreviousJustifiedCheckpoint = s.FinalizedCheckpoint
	s.CurrentJustifiedCheckpoint = Checkpoint{cur - 1, root(cur - 1)}
	s.JustificationBits = 0b0011
	if n > 0 {
		s.NextSyncCommittee = s.NextSyncCommitteeIndices()
		s.CurrentSyncCommittee = clone(s.NextSyncCommittee)
	}
	s.Eth1DepositIndex = uint64(n)
	return s
}
