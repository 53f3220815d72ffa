package simnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/finalization"
)

// ReportOpts shapes one oracle report the node's members make.
type ReportOpts struct {
	// Frames is how many frames pass before the report (default 1).
	Frames int
	// APRBP is the consensus-layer reward over the elapsed time as an
	// annual rate in basis points of the beacon balance (negative: a loss
	// of that size, capped by the one-off decrease limit).
	APRBP int64
	// Loss, when set, is a one-off consensus-layer loss (a slashing).
	Loss *big.Int
	// ELRewards is ETH paid to the execution-rewards vault before the
	// report (priority fees and MEV of the pool's proposals).
	ELRewards *big.Int
	// Skim is ETH paid to the withdrawal vault (reward skims).
	Skim *big.Int
	// Finalize finalizes as many requests as the buffer pays for.
	Finalize bool
	Bunker   bool
}

// Report moves time to a new oracle frame and has the members report:
// all deposited validators seen (within the appeared-per-day limit), the
// beacon balance grown by APRBP, the vaults' balances, finalization.
func (n *Node) Report(ctx context.Context, ro ReportOpts) (*types.Receipt, error) {
	c, err := n.Bind()
	if err != nil {
		return nil, err
	}
	oracle, err := bindings.NewOracle(n.Addresses.Oracle, n.Client)
	if err != nil {
		return nil, err
	}
	n.Commit() // what is pending goes first: time moves only on empty blocks
	call := &bind.CallOpts{Context: ctx}
	params, err := oracle.GetParams(call)
	if err != nil {
		return nil, fmt.Errorf("simnode: oracle params: %w", err)
	}
	sanity, err := bindings.NewSanityChecker(n.Addresses.SanityChecker, n.Client)
	if err != nil {
		return nil, err
	}
	limits, err := sanity.GetLimits(call)
	if err != nil {
		return nil, fmt.Errorf("simnode: sanity limits: %w", err)
	}
	frame := time.Duration(params.EpochsPerFrame*SlotsPerEpoch*SecondsPerSlot) * time.Second
	if ro.Frames <= 0 {
		ro.Frames = 1
	}
	last, err := oracle.LastRefSlot(call)
	if err != nil {
		return nil, err
	}
	// Pay the vaults, then move to a new frame.
	pay := func(to common.Address, v *big.Int) error {
		if v == nil || v.Sign() == 0 {
			return nil
		}
		o := n.Opts(KeyDeployer)
		o.Context = ctx
		nonce, err := n.Client.PendingNonceAt(ctx, o.From)
		if err != nil {
			return err
		}
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: n.ChainID, Nonce: nonce, GasTipCap: o.GasTipCap, GasFeeCap: o.GasFeeCap, Gas: 60_000, To: &to, Value: v})
		signed, err := o.Signer(o.From, tx)
		if err != nil {
			return err
		}
		if err := n.Client.SendTransaction(ctx, signed); err != nil {
			return err
		}
		return n.mined(ctx, signed)
	}
	if err := pay(n.Addresses.ELRewardsVault, ro.ELRewards); err != nil {
		return nil, fmt.Errorf("simnode: paying the rewards vault: %w", err)
	}
	if err := pay(n.Addresses.WithdrawalVault, ro.Skim); err != nil {
		return nil, fmt.Errorf("simnode: paying the withdrawal vault: %w", err)
	}
	var ref *big.Int
	for i := 0; i < ro.Frames+2; i++ {
		if err := n.AdjustTime(frame); err != nil {
			return nil, err
		}
		cur, err := oracle.GetCurrentRefSlot(call)
		if err != nil {
			return nil, err
		}
		if cur.Ok && cur.RefSlot.Cmp(last) > 0 && i+1 >= ro.Frames {
			ref = cur.RefSlot
			break
		}
	}
	if ref == nil {
		return nil, errors.New("simnode: no new oracle frame")
	}
	stat, err := c.Pool.GetBeaconStat(call)
	if err != nil {
		return nil, err
	}
	elapsed := new(big.Int).Mul(new(big.Int).Sub(ref, last), big.NewInt(SecondsPerSlot))
	// Validators seen: all deposited, within the appeared-ETH-a-day limit.
	validators := new(big.Int).Set(stat.DepositedValidators)
	allowed := new(big.Int).Mul(new(big.Int).SetUint64(limits.AppearedEthPerDay), eth(1))
	allowed.Mul(allowed, elapsed).Div(allowed, big.NewInt(86400)).Div(allowed, eth(32))
	if d := new(big.Int).Sub(validators, stat.BeaconValidators); d.Cmp(allowed) > 0 {
		validators.Add(stat.BeaconValidators, allowed)
	}
	appeared := new(big.Int).Sub(validators, stat.BeaconValidators)
	balance := new(big.Int).Add(stat.BeaconBalance, new(big.Int).Mul(appeared, eth(32)))
	// reward = balance × APR × elapsed / year, rounded down.
	reward := new(big.Int).Mul(balance, big.NewInt(ro.APRBP))
	reward.Mul(reward, elapsed).Div(reward, big.NewInt(10_000*365*86400))
	balance.Add(balance, reward)
	if ro.Loss != nil {
		// Within LIP-23's allowance over 18 days (8 + 101 PWei a
		// validator by default): at most 0.1 ETH a validator seen, and 4%
		// of the balance.
		loss := new(big.Int).Div(balance, big.NewInt(25))
		perValidator := new(big.Int).Mul(validators, big.NewInt(1e17))
		if perValidator.Cmp(loss) < 0 {
			loss = perValidator
		}
		if ro.Loss.Cmp(loss) < 0 {
			loss = ro.Loss
		}
		balance.Sub(balance, loss)
	}
	gwei := new(big.Int).Div(balance, big.NewInt(1e9))
	wv, err := n.Client.BalanceAt(ctx, n.Addresses.WithdrawalVault, nil)
	if err != nil {
		return nil, err
	}
	ev, err := n.Client.BalanceAt(ctx, n.Addresses.ELRewardsVault, nil)
	if err != nil {
		return nil, err
	}
	burner, err := bindings.NewBurner(n.Addresses.Burner, n.Client)
	if err != nil {
		return nil, err
	}
	burn, err := burner.GetSharesRequestedToBurn(call)
	if err != nil {
		return nil, err
	}
	r := bindings.OracleReport{RefSlot: ref, Validators: validators, BalanceGwei: gwei, WithdrawalVault: wv, ElRewardsVault: ev,
		Exited: []bindings.OracleOperatorCount{}, SharesRequestedToBurn: new(big.Int).Add(burn.CoverShares, burn.NonCoverShares),
		Batches: []*big.Int{}, SimulatedShareRate: new(big.Int), Bunker: ro.Bunker,
		ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{}, ElRewardsCharges: []bindings.OracleOperatorAmount{}, Withdrawn: []bindings.OracleOperatorWithdrawal{}}
	if ro.Finalize {
		v := finalization.Views{Oracle: &oracle.OracleCaller, Queue: &c.Queue.WithdrawalQueueCaller, Sanity: &sanity.SanityCheckerCaller}
		if err := finalization.Prepare(call, v, &r, finalization.DefaultMaxRequestsPerCall); err != nil {
			return nil, fmt.Errorf("simnode: the report's finalization: %w", err)
		}
	}
	hash, err := ReportHash(r)
	if err != nil {
		return nil, err
	}
	for m := 0; m < 2; m++ {
		o := n.Opts(KeyOracle0 + m)
		o.Context = ctx
		tx, err := oracle.SubmitReport(o, ref, hash)
		if err != nil {
			return nil, fmt.Errorf("simnode: member %d votes: %w", m, err)
		}
		if err := n.mined(ctx, tx); err != nil {
			return nil, err
		}
	}
	o := n.Opts(KeyOracle0)
	o.Context = ctx
	tx, err := oracle.SubmitReportData(o, r)
	if err != nil {
		return nil, fmt.Errorf("simnode: submitting the report (validators %s, balance %s gwei, batches %v): %w", validators, gwei, r.Batches, err)
	}
	n.Commit()
	rc, err := n.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("simnode: the report reverted")
	}
	return rc, nil
}

// ReportHash is keccak256(abi.encode(report)), the hash members vote for.
func ReportHash(r bindings.OracleReport) ([32]byte, error) {
	a, err := bindings.OracleMetaData.GetAbi()
	if err != nil {
		return [32]byte{}, err
	}
	b, err := a.Methods["submitReportData"].Inputs.Pack(r)
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// mined seals tx's block and checks it succeeded.
func (n *Node) mined(ctx context.Context, tx *types.Transaction) error {
	n.Commit()
	r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("simnode: receipt of %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("simnode: transaction %s reverted", tx.Hash())
	}
	return nil
}
