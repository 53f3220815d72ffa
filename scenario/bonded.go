package scenario

import (
	"fmt"
	"math"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// A pool's permissionless bonded module (pools[].bonded; docs/scenario.md,
// "Bonded module"): the pool is deployed with protocol.Genesis.Bonded as
// the staking router's module 2. Its operators are created before the
// pool's first deposits, each with its keys and the bond its keys need
// under the curve (ETH staked through the pool's submit, held as shares:
// it earns the rebase and the module's fee); the router's allocation gives
// the module deposits up to its target share (min-first against the
// curated module), and the oracle members report its operators like the
// curated ones (oracle.ModulesOperators: exits, exit requests,
// scorecards, execution-reward charges). A bonded operator that keeps MEV
// is charged from its bond first (the shares burnt: the holders gain
// them), the rest a debt paid from its later rewards.
//
// Operators of the pool are numbered 0… for the curated module's
// (operators.count of them) and count… for the bonded module's (its
// operator j is the pool's operator count+j in the chain's index of the
// pool's validators): keep_mev and ignore_exits of either list name
// their own module's operators from 0.

// Bonded is a pool's permissionless bonded module.
type Bonded struct {
	// Share is the module's target share of the pool's validators
	// (default 10%); ModuleFee and TreasuryFee its fee on its validators'
	// rewards (defaults 6% and 4%, Lido's CSM).
	Share       Fraction `yaml:"share"`
	ModuleFee   Fraction `yaml:"module_fee"`
	TreasuryFee Fraction `yaml:"treasury_fee"`
	// Operators (default 10) each upload ValidatorsPerOperator keys
	// (default 10) with the bond the curve asks for them.
	Operators             int    `yaml:"operators"`
	ValidatorsPerOperator uint64 `yaml:"validators_per_operator"`
	// Curve is the bond of the first, second, … validator, the last step
	// repeating (default [2.4eth, 1.3eth], Lido's mainnet curve).
	Curve []Amount `yaml:"curve"`
	// KeepMEV lists bonded operators (0…) whose validators propose with
	// their own fee recipient; IgnoreExits those that never exit the
	// validators the pool asks them to.
	KeepMEV     []int `yaml:"keep_mev"`
	IgnoreExits []int `yaml:"ignore_exits"`
}

func (sc *Scenario) defaultsBonded() {
	for i := range sc.Pools {
		b := sc.Pools[i].Bonded
		if b == nil {
			continue
		}
		if b.Share == 0 {
			b.Share = 0.10
		}
		if b.ModuleFee == 0 && b.TreasuryFee == 0 {
			b.ModuleFee, b.TreasuryFee = 0.06, 0.04
		}
		if b.Operators == 0 {
			b.Operators = 10
		}
		if b.ValidatorsPerOperator == 0 {
			b.ValidatorsPerOperator = 10
		}
		if len(b.Curve) == 0 {
			b.Curve = []Amount{Eth(2.4), Eth(1.3)}
		}
	}
}

func (sc *Scenario) validateBonded(v *verr) {
	for i := range sc.Pools {
		p := &sc.Pools[i]
		b := p.Bonded
		if b == nil {
			continue
		}
		at := fmt.Sprintf("pools[%d].bonded", i)
		if sc.Chain.State != "" {
			v.add(at, "not with chain.state (the pool adopts the state's validators; the module's operators need deposits)")
		}
		if p.Centralized {
			v.add(at, "a centralized pool has one operator and no bonded module")
		}
		v.frac(at+".share", b.Share, 0, 1)
		v.frac(at+".module_fee", b.ModuleFee, 0, 1)
		v.frac(at+".treasury_fee", b.TreasuryFee, 0, 1)
		if bp(b.ModuleFee)+bp(b.TreasuryFee) > protocol.BP {
			v.add(at+".treasury_fee", "module_fee %s + treasury_fee %s is above 100%%", pct(b.ModuleFee), pct(b.TreasuryFee))
		}
		if b.Operators < 1 || b.Operators > 1000 {
			v.add(at+".operators", "%d: want 1 to 1000", b.Operators)
		}
		if b.ValidatorsPerOperator < 1 || b.ValidatorsPerOperator > 10_000 {
			v.add(at+".validators_per_operator", "%d: want 1 to 10000", b.ValidatorsPerOperator)
		}
		if len(b.Curve) > protocol.MaxBondCurveSteps {
			v.add(at+".curve", "%d steps: a curve has 1 to %d", len(b.Curve), protocol.MaxBondCurveSteps)
		}
		for j, c := range b.Curve {
			if c.IsZero() || c.ETH() > 1000 {
				v.add(fmt.Sprintf("%s.curve[%d]", at, j), "%g ETH: want a bond above 0 and at most 1000 ETH", c.ETH())
			}
		}
		ops := func(name string, list []int) {
			for j, op := range list {
				switch {
				case op < 0 || op >= b.Operators:
					v.add(fmt.Sprintf("%s.%s[%d]", at, name, j), "operator %d: the module has operators 0 to %d", op, b.Operators-1)
				case slices.Contains(list[:j], op):
					v.add(fmt.Sprintf("%s.%s[%d]", at, name, j), "operator %d is listed twice", op)
				}
			}
		}
		ops("keep_mev", b.KeepMEV)
		ops("ignore_exits", b.IgnoreExits)
	}
}

// bondedKeys is the keys the pool's bonded operators upload (0 without
// the module).
func (p *Pool) bondedKeys() uint64 {
	if p.Bonded == nil {
		return 0
	}
	return uint64(p.Bonded.Operators) * p.Bonded.ValidatorsPerOperator
}

// bondedGenesis makes the bonded module pool k's router module 2.
func bondedGenesis(g *protocol.Genesis, k int, cfg *Pool, gov protocol.Address) {
	b := cfg.Bonded
	if b == nil {
		return
	}
	curve := make([]uint256.Int, len(b.Curve))
	for i := range b.Curve {
		curve[i] = b.Curve[i].Wei
	}
	g.Bonded = &protocol.BondedGenesis{Address: addr(kBondedModule, k, 0), Router: addr(kRouter, k, 0), Governance: gov,
		Params: protocol.BondedParams{Curve: curve},
		Module: protocol.ModuleParams{Name: "bonded", ShareBP: bp(b.Share), ModuleFeeBP: bp(b.ModuleFee), TreasuryFeeBP: bp(b.TreasuryFee)}}
}

// bondedSim is what the scenario tracks of a pool's bonded module.
type bondedSim struct {
	n         int         // operators
	burntSeen uint256.Int // the module's BurntShares already counted
	absorbed  float64     // ETH the module burnt from bonds (penalties, debts repaid), at the rate when burnt
}

// nBonded is the pool's bonded operators (0 without the module).
func (p *poolSim) nBonded() int {
	if p.bd == nil {
		return 0
	}
	return p.bd.n
}

// createBonded creates the pool's bonded operators: each funded with its
// bond (what the curve asks for its keys, plus 1 gwei so that the shares
// submit mints, rounded down, still cover them), created with its first
// keys and the bond, then its other keys in uploads of at most
// MaxBondedKeysPerTx.
func (p *poolSim) createBonded() {
	b := p.cfg.Bonded
	if b == nil {
		return
	}
	p.bd = &bondedSim{n: b.Operators}
	m, _ := p.st.BondedModule()
	prm := m.Params()
	bond := prm.BondRequired(b.ValidatorsPerOperator)
	bond.Add(bond, uint256.NewInt(1e9))
	for j := range b.Operators {
		mgr := addr(kBondedOperator, p.k, uint64(j))
		p.must(p.bank, protocol.Command{Kind: protocol.CmdSendETH, To: mgr, Amount: *bond})
		lop := p.ops + j
		for done := uint64(0); done < b.ValidatorsPerOperator; {
			n := min(uint64(protocol.MaxBondedKeysPerTx), b.ValidatorsPerOperator-done)
			ks := make([]protocol.SigningKey, n)
			for i := range ks {
				ks[i].Pubkey = poolPubkey(p.k, lop, done+uint64(i))
				ks[i].Signature[0] = 1
				p.byKey[ks[i].Pubkey] = [2]uint64{uint64(lop), done + uint64(i)}
			}
			if done == 0 {
				p.must(mgr, protocol.Command{Kind: protocol.CmdBondedCreate, Keys: ks, Amount: *bond})
			} else {
				p.must(mgr, protocol.Command{Kind: protocol.CmdBondedAddKeys, Operator: protocol.OperatorID(j), Keys: ks})
			}
			done += n
		}
	}
}

// localOp is the pool's operator number (curated 0…count−1, bonded
// count…) of a report's global operator id.
func (p *poolSim) localOp(id protocol.OperatorID) (int, bool) {
	m, k := protocol.SplitOperatorID(id)
	switch {
	case m == protocol.CuratedModule && k < uint64(p.ops):
		return int(k), true
	case m == protocol.CuratedModule+1 && k < uint64(p.nBonded()):
		return p.ops + int(k), true
	}
	return 0, false
}

// keepsMEV says whether the pool's operator lop keeps its blocks'
// execution rewards (operators.keep_mev, bonded.keep_mev).
func (p *poolSim) keepsMEV(lop int) bool {
	if lop < p.ops {
		return slices.Contains(p.cfg.Operators.KeepMEV, lop)
	}
	return p.cfg.Bonded != nil && slices.Contains(p.cfg.Bonded.KeepMEV, lop-p.ops)
}

// ignoresExits says whether the pool's operator lop never exits the
// validators asked of it (operators.ignore_exits, bonded.ignore_exits).
func (p *poolSim) ignoresExits(lop int) bool {
	if lop < p.ops {
		return slices.Contains(p.cfg.Operators.IgnoreExits, lop)
	}
	return p.cfg.Bonded != nil && slices.Contains(p.cfg.Bonded.IgnoreExits, lop-p.ops)
}

// feeRecipientOf is the fee recipient of an operator that keeps MEV: its
// own address (a bonded operator's: its manager's).
func (p *poolSim) feeRecipientOf(lop int) [20]byte {
	if lop < p.ops {
		return addr(kOperator, p.k, uint64(lop))
	}
	return addr(kBondedOperator, p.k, uint64(lop-p.ops))
}

// trackBonded counts the shares the bonded module burnt since the last
// call at the rate now (called after each of the pool's tracked
// transactions and at each step's metrics).
func (p *poolSim) trackBonded() {
	if p.bd == nil {
		return
	}
	m, _ := p.st.BondedModule()
	burnt := m.BurntShares()
	if burnt.Eq(&p.bd.burntSeen) {
		return
	}
	var d uint256.Int
	d.Sub(burnt, &p.bd.burntSeen)
	p.bd.absorbed += ethOf(p.st.PooledEthByShares(&d))
	p.bd.burntSeen = *burnt
}

// BondedSummary is a pool's bonded module at the end of a run (ETH):
// its active validators; the bonds it holds (rewards credited, at the
// final rate); the execution rewards its operators that keep MEV kept
// (the damage: what the pool's vault did not get), what the reports
// charged them, what their bonds absorbed (shares burnt for the holders:
// penalties and debts repaid from rewards) and the debts left; the
// holders' loss with the bonds (damage − absorbed) and without them
// (the damage: nothing is recovered) and the share absorbed. Every run
// has it (zeros without the module), so that runs with and without it
// compare metric by metric.
type BondedSummary struct {
	Validators         int     `json:"bonded_validators"`
	Bonds              float64 `json:"bonded_bonds_eth"`
	Damage             float64 `json:"bonded_damage_eth"`
	Charged            float64 `json:"bonded_charged_eth"`
	Absorbed           float64 `json:"bonded_absorbed_eth"`
	Debt               float64 `json:"bonded_debt_eth"`
	HoldersLoss        float64 `json:"bonded_holders_loss_eth"`
	HoldersLossNoBonds float64 `json:"bonded_holders_loss_without_bonds_eth"`
	AbsorbedShare      float64 `json:"bonded_absorbed_share"`
}

// bondedFigures are the module's books now: active validators, bonds
// held, debts (ETH at the rate now) and the damage so far.
func (p *poolSim) bondedFigures() (validators int, bonds, debt, damage float64) {
	if p.bd == nil {
		return 0, 0, 0, 0
	}
	m, _ := p.st.BondedModule()
	var b, d uint256.Int
	for j := range m.Operators() {
		o, _ := m.Operator(j) // j < Operators()
		b.Add(&b, &o.Bond)
		d.Add(&d, &o.Debt)
	}
	for j := range p.bd.n {
		if j := p.ops + j; j < len(p.el.kept) {
			damage += float64(p.el.kept[j]) / 1e9
		}
	}
	return int(m.ActiveValidators()), ethOf(p.st.PooledEthByShares(&b)), ethOf(p.st.PooledEthByShares(&d)), damage
}

// bondedSummary is pool p's BondedSummary.
func (p *poolSim) bondedSummary() *BondedSummary {
	s := &BondedSummary{}
	if p.bd == nil {
		return s
	}
	p.trackBonded()
	s.Validators, s.Bonds, s.Debt, s.Damage = p.bondedFigures()
	for j := range p.bd.n {
		if j := p.ops + j; j < len(p.el.charged) {
			s.Charged += ethOf(&p.el.charged[j])
		}
	}
	s.Absorbed = p.bd.absorbed
	s.HoldersLoss, s.HoldersLossNoBonds = math.Max(0, s.Damage-s.Absorbed), s.Damage
	if s.Damage > 0 {
		s.AbsorbedShare = math.Min(1, s.Absorbed/s.Damage)
	}
	return s
}

// bondedColumns are a pool's bonded-module columns of timeseries.csv.
var bondedColumns = []string{"bonded_validators", "bonded_bonds_eth", "bonded_damage_eth", "bonded_absorbed_eth", "bonded_debt_eth"}

// bondedRow is pool p's bondedColumns now.
func (p *poolSim) bondedRow() []float64 {
	p.trackBonded()
	n, bonds, debt, damage := p.bondedFigures()
	return []float64{float64(n), bonds, damage, p.bd.absorbed, debt}
}

// bondedPlots are the report's plots of the pools' bonded modules: the
// bonds held, and (on a scale of their own: they are a hundredth of the
// bonds) the damage by operators keeping MEV, what the bonds absorbed and
// the debts left.
func (sc *Scenario) bondedPlots() []figure {
	bonds := figure{ID: "bonded-bonds", Title: "Bonded module: bonds held (rewards credited, at the share rate)", X: "day", Y: "ETH"}
	dmg := figure{ID: "bonded", Title: "Bonded module: damage by operators keeping MEV, absorbed by their bonds, debts left", X: "day", Y: "ETH"}
	for _, p := range sc.Pools {
		if p.Bonded == nil {
			continue
		}
		n := p.Name + "_"
		bonds.Lines = append(bonds.Lines, series{p.Name + " bonds", n + "bonded_bonds_eth", 1})
		dmg.Lines = append(dmg.Lines, series{p.Name + " damage (kept)", n + "bonded_damage_eth", 1},
			series{p.Name + " absorbed by bonds", n + "bonded_absorbed_eth", 1}, series{p.Name + " debts", n + "bonded_debt_eth", 1})
	}
	if len(bonds.Lines) == 0 {
		return nil
	}
	return []figure{dmg, bonds}
}
