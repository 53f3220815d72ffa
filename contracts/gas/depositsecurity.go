package gas

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// measureDepositSecurity: the deposit path through the deposit security
// module with Lido mainnet's committee (6 guardians, quorum 4: four
// signatures checked per deposit) — depositBufferedEther of 1 and 10
// validators, Lido's depositor-bot figures beside them (those too go
// through Lido's DSM); then with a second module in the router (a second
// registry at the full share), module 2's call of 10, all of them its
// part — and pauseDeposits by a guardian's own call and by a relayed
// signed pause.
func measureDepositSecurity(ctx context.Context) ([]Figure, error) {
	const ops, guardians = 10, 6
	s, err := newSuiteWith(ops, guardians)
	if err != nil {
		return nil, err
	}
	ch := s.ch
	for op := 0; op < ops; op++ {
		var pks, sigs []byte
		for n := 0; n < 2; n++ {
			pk, sig := key(op, n)
			pks, sigs = append(pks, pk...), append(sigs, sig...)
		}
		if _, err := ch.mine(s.reg.AddSigningKeys(ch.opts(kOps+op), big.NewInt(int64(op)), big.NewInt(2), pks, sigs)); err != nil {
			return nil, fmt.Errorf("addSigningKeys: %w", err)
		}
	}
	x := ch.opts(kBob)
	x.Value = eth(400)
	if _, err := ch.mine(s.pool.Submit(x, common.Address{})); err != nil {
		return nil, err
	}
	var out []Figure
	for _, n := range []int64{1, 10} {
		if err := ch.adjustTime(time.Second); err != nil { // a block since the last deposit (distance 1)
			return nil, err
		}
		g, err := s.attestedDeposit(ctx, kOps+ops, 1, s.reg, n)
		if err != nil {
			return nil, fmt.Errorf("depositBufferedEther/%d: %w", n, err)
		}
		out = append(out, Figure{Name: fmt.Sprintf("depositBufferedEther/%d", n), Gas: g, Reference: "lido-depositor-bot",
			LidoGas: lidoDepositTx + uint64(n)*lidoDepositKey})
	}
	g, err := s.secondModuleDeposit(ctx, kOps+ops)
	if err != nil {
		return nil, fmt.Errorf("depositBufferedEther (module 2): %w", err)
	}
	out = append(out, Figure{Name: "depositBufferedEther/module-2/10", Gas: g, Reference: "lido-depositor-bot", LidoGas: lidoDepositTx + 10*lidoDepositKey})
	head, err := ch.c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	one, at := big.NewInt(1), new(big.Int).SetUint64(head)
	d, err := s.dsm.PauseDigest(&bind.CallOpts{Context: ctx}, at, one)
	if err != nil {
		return nil, err
	}
	g, err = ch.mine(s.dsm.PauseDeposits(ch.opts(kBob), at, one, ch.sign(kOps+ops, d)))
	if err != nil {
		return nil, fmt.Errorf("pauseDeposits (signed): %w", err)
	}
	out = append(out, Figure{Name: "pauseDeposits/signed", Gas: g})
	// The same by a call needs deposits running again: a second suite.
	s2, err := newSuiteWith(1, 1)
	if err != nil {
		return nil, err
	}
	if g, err = s2.ch.mine(s2.dsm.PauseDeposits(s2.ch.opts(kOps+1), new(big.Int), one, bindings.DepositSecurityModuleSignature{})); err != nil {
		return nil, fmt.Errorf("pauseDeposits (call): %w", err)
	}
	return append(out, Figure{Name: "pauseDeposits/call", Gas: g}), nil
}

// secondModuleDeposit adds a second registry (one operator, 10 keys) to
// the router at the full share by governance and returns the gas of module
// 2's attested deposit of 10 (module 1 has 11 active validators, module 2
// none: all 10 are module 2's part).
func (s *suite) secondModuleDeposit(ctx context.Context, firstGuardian int) (uint64, error) {
	ch := s.ch
	reg2Addr, tx, reg2, err := bindings.DeployOperatorRegistry(ch.opts(kDeployer), ch.c, s.a.StakingRouter, s.a.StakingRouter, s.a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "dvt", RewardAddress: ch.addrs[kBob], Limit: 100}})
	if _, err := ch.mine(tx, err); err != nil {
		return 0, fmt.Errorf("deploy a second registry: %w", err)
	}
	var pks, sigs []byte
	for n := 0; n < 10; n++ {
		pk, sig := key(50, n)
		pks, sigs = append(pks, pk...), append(sigs, sig...)
	}
	if _, err := ch.mine(reg2.AddSigningKeys(ch.opts(kBob), big.NewInt(0), big.NewInt(10), pks, sigs)); err != nil {
		return 0, err
	}
	parsed, err := bindings.StakingRouterMetaData.GetAbi()
	if err != nil {
		return 0, err
	}
	data, err := parsed.Pack("addStakingModule", reg2Addr, "dvt", big.NewInt(10_000), big.NewInt(500), big.NewInt(500), new(big.Int))
	if err != nil {
		return 0, err
	}
	gov, err := bindings.NewGovernance(s.a.Governance, ch.c)
	if err != nil {
		return 0, err
	}
	tx, err = gov.Propose(ch.opts(kMember), s.a.StakingRouter, data)
	if _, err := ch.mine(tx, err); err != nil {
		return 0, fmt.Errorf("propose addStakingModule: %w", err)
	}
	r, err := ch.c.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return 0, err
	}
	ev, err := gov.ParseProposalCreated(*r.Logs[0])
	if err != nil {
		return 0, err
	}
	if err := ch.adjustTime(25 * time.Second); err != nil {
		return 0, err
	}
	if _, err := ch.mine(gov.Execute(ch.opts(kMember), ev.Id)); err != nil {
		return 0, fmt.Errorf("execute addStakingModule: %w", err)
	}
	x := ch.opts(kBob)
	x.Value = eth(400)
	if _, err := ch.mine(s.pool.Submit(x, common.Address{})); err != nil {
		return 0, err
	}
	if err := ch.adjustTime(time.Second); err != nil {
		return 0, err
	}
	g, err := s.attestedDeposit(ctx, firstGuardian, 2, reg2, 10)
	if err != nil {
		return 0, err
	}
	counts, err := reg2.GetAllCounts(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, err
	}
	if len(counts) != 1 || counts[0].Deposited != 10 {
		return 0, fmt.Errorf("module 2's call deposited %+v, want its 10 keys", counts)
	}
	return g, nil
}

// attestedDeposit has the quorum of guardians (keys from first on) attest
// module's state (nonce of reg) at the block before the head and relays
// a call of up to n deposits with their sorted signatures; it returns the
// transaction's gas.
func (s *suite) attestedDeposit(ctx context.Context, first int, module int64, reg *bindings.OperatorRegistry, n int64) (uint64, error) {
	ch, call := s.ch, &bind.CallOpts{Context: ctx}
	head, err := ch.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	h, err := ch.c.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
	if err != nil {
		return 0, err
	}
	dc, err := bindings.NewDepositContract(s.a.DepositContract, ch.c)
	if err != nil {
		return 0, err
	}
	root, err := dc.GetDepositRoot(call)
	if err != nil {
		return 0, err
	}
	nonce, err := reg.Nonce(call)
	if err != nil {
		return 0, err
	}
	quorum, err := s.dsm.Quorum(call)
	if err != nil {
		return 0, err
	}
	m := big.NewInt(module)
	d, err := s.dsm.AttestDigest(call, h.Number, h.Hash(), root, m, nonce)
	if err != nil {
		return 0, err
	}
	signers := make([]int, quorum)
	for i := range signers {
		signers[i] = first + i
	}
	slices.SortFunc(signers, func(a, b int) int { return bytes.Compare(ch.addrs[a][:], ch.addrs[b][:]) })
	sigs := make([]bindings.DepositSecurityModuleSignature, len(signers))
	for i, k := range signers {
		sigs[i] = ch.sign(k, d)
	}
	return ch.mine(s.dsm.DepositBufferedEther(ch.opts(kBob), h.Number, h.Hash(), root, m, nonce, big.NewInt(n), sigs))
}

// sign is key i's EIP-2098 compact signature of digest (vs = s | v<<255).
func (ch *chain) sign(i int, digest [32]byte) bindings.DepositSecurityModuleSignature {
	sig, err := crypto.Sign(digest[:], ch.keys[i])
	if err != nil {
		panic(err) // a 32-byte digest and a valid key: cannot fail
	}
	var out bindings.DepositSecurityModuleSignature
	copy(out.R[:], sig[:32])
	copy(out.Vs[:], sig[32:64])
	out.Vs[0] |= sig[64] << 7
	return out
}
