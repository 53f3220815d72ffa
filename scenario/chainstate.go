package scenario

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/beacon/sszstate"
	"github.com/stakepool/stakepool/protocol"
)

// Starting from a real chain (chain.state): the chain is an SSZ
// BeaconState (Deneb or Electra, mainnet preset, as `stakepool chain`
// imports them), and each pool with withdrawal_credentials adopts the
// state's validators whose credentials match: they become its validators
// (their credentials point at the pool's withdrawal vault from then on,
// keeping their 0x01/0x02 prefix), their keys its operators' keys (dealt
// in turn), their deposits its deposits. Its holders stake 32 ETH a
// validator (plus the reserve); the first report then sees the validators'
// real balances. Every other validator is the background. Exited and
// exiting validators stay where they are. docs/scenario.md, "Starting
// from a real chain".

// credential is one entry of withdrawal_credentials: 32 bytes, or an
// address that any 0x01 or 0x02 credentials may hold.
type credential struct {
	full    [32]byte
	address [20]byte
	isAddr  bool
}

func parseCredential(s string) (credential, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	b, err := hex.DecodeString(h)
	var c credential
	switch {
	case err != nil:
		return c, fmt.Errorf("%q is not hex", s)
	case len(b) == 32:
		copy(c.full[:], b)
	case len(b) == 20:
		copy(c.address[:], b)
		c.isAddr = true
	default:
		return c, fmt.Errorf("%q: want 32 bytes of credentials or a 20-byte withdrawal address", s)
	}
	return c, nil
}

func (c credential) matches(cred [32]byte) bool {
	if !c.isAddr {
		return cred == c.full
	}
	return (cred[0] == spec.ETH1AddressWithdrawalPrefix || cred[0] == spec.CompoundingWithdrawalPrefix) && [20]byte(cred[12:]) == c.address
}

// states caches decoded state files: every run of a study copies the one
// decoded state.
var states sync.Map // absolute path → *stateFile

type stateFile struct {
	once sync.Once
	st   *sim.State
	err  error
}

func loadState(path string) (*sim.State, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	f, _ := states.LoadOrStore(abs, &stateFile{})
	sf := f.(*stateFile)
	sf.once.Do(func() {
		b, err := os.ReadFile(abs)
		if err != nil {
			sf.err = fmt.Errorf("chain.state: %w", err)
			return
		}
		st, err := sszstate.Decode(b)
		if err != nil {
			sf.err = fmt.Errorf("chain.state %s: %w", path, err)
			return
		}
		sf.st = st.Sim
	})
	if sf.err != nil {
		return nil, sf.err
	}
	return sf.st.Copy(), nil
}

// importState is the chain of chain.state with the pools' validators
// adopted.
func (w *chainWorld) importState() (*sim.State, error) {
	sc := w.sc
	st, err := loadState(sc.path(sc.Chain.State))
	if err != nil {
		return nil, err
	}
	far := spec.FarFutureEpoch
	owner := make([]int, len(st.Balances)) // pool+1, 0: background
	for _, p := range w.pools {
		var creds []credential
		for _, s := range p.cfg.WithdrawalCredentials {
			c, err := parseCredential(s)
			if err != nil {
				return nil, err
			}
			creds = append(creds, c)
		}
		var idx []int
		for i := range st.Balances {
			if owner[i] != 0 {
				continue
			}
			_, _, exit, _ := st.Epochs(i)
			if exit != far {
				continue // exited or exiting: not the pool's to run
			}
			for _, c := range creds {
				if c.matches(st.Credentials[i]) {
					idx = append(idx, i)
					owner[i] = p.k + 1
					break
				}
			}
		}
		if len(creds) > 0 && len(idx) == 0 {
			return nil, fmt.Errorf("pool %s: no validator of %s has its withdrawal_credentials", p.cfg.Name, sc.Chain.State)
		}
		if err := p.adopt(st, idx); err != nil {
			return nil, err
		}
	}
	seen := map[[20]byte]bool{}
	for i := range st.Balances {
		c := st.Credentials[i]
		if owner[i] == 0 {
			w.bg = append(w.bg, int32(i))
		}
		if c[0] == spec.ETH1AddressWithdrawalPrefix || c[0] == spec.CompoundingWithdrawalPrefix {
			a := [20]byte(c[12:])
			if !seen[a] {
				seen[a] = true
				w.payees = append(w.payees, a)
			}
		}
	}
	if w.bg == nil {
		w.bg = []int32{}
	}
	for _, p := range w.pools {
		if !seen[p.vault] {
			w.payees = append(w.payees, p.vault)
		}
	}
	return st, nil
}

// adopt makes the state's validators idx the pool's: their keys are its
// operators' (dealt in turn), its holders stake 32 ETH a validator (and
// the reserve), and it deposits them — records the chain already holds,
// so they are not sent again. Their credentials then name its vault.
func (p *poolSim) adopt(st *sim.State, idx []int) error {
	maxEB := st.Spec.MaxEffectiveBalance
	if st.Spec.Fork == spec.Electra {
		maxEB = st.Spec.MinActivationBalance
	}
	for _, i := range idx {
		if eb := st.EffectiveBalance(i); eb > maxEB {
			return fmt.Errorf("pool %s: validator %d has an effective balance of %d gwei: a pool adopts validators of at most 32 ETH (its deposits are 32 ETH each)", p.cfg.Name, i, eb)
		}
	}
	for _, i := range idx {
		copy(st.Credentials[i][1:12], make([]byte, 11))
		copy(st.Credentials[i][12:], p.vault[:])
	}
	n := uint64(len(idx))
	if n > 0 {
		stake := 32*float64(n)/(1-float64(p.cfg.Reserve)) + 32
		h := addr(kHolder, p.k, 0)
		p.fund(h, stake)
		p.must(h, protocol.Command{Kind: protocol.CmdSubmit, Amount: *weiOf(stake)})
	}
	p.fundInsurance()
	// keys: operator j gets the validators j, j+ops, …
	for op := 0; op < p.ops; op++ {
		var ks []protocol.SigningKey
		for j := op; j < len(idx); j += p.ops {
			var k protocol.SigningKey
			k.Pubkey = st.Pubkeys[idx[j]]
			k.Signature[0] = 1
			ks = append(ks, k)
		}
		for len(ks) > 0 {
			m := min(len(ks), protocol.MaxKeysPerTx)
			p.must(addr(kOperator, p.k, uint64(op)), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(op), Keys: ks[:m]})
			for _, k := range ks[:m] {
				p.byKey[k.Pubkey] = [2]uint64{uint64(op), p.uploaded[op]}
				p.uploaded[op]++
			}
			ks = ks[m:]
		}
	}
	p.depositAll()
	if got := p.st.DepositedValidators(); got != n {
		return fmt.Errorf("pool %s: deposited %d of its %d adopted validators (operators' caps?)", p.cfg.Name, got, n)
	}
	return nil
}

// background lists the indices of the validators outside the pools.
func (w *chainWorld) background() []int {
	if w.bg != nil {
		out := make([]int, len(w.bg))
		for i, x := range w.bg {
			out[i] = int(x)
		}
		return out
	}
	out := make([]int, w.bgN)
	for i := range out {
		out[i] = i
	}
	return out
}

// numValidators is the size of the chain's registry.
func (w *chainWorld) numValidators() int {
	var n int
	w.chain.View(func(s *sim.State) { n = s.NumValidators() })
	return n
}
