// Package localpool runs the pool on a local devnet: it deploys the
// contracts at the devnet's first start, builds every participant's
// service (operators' key uploads and exit bots, guardians, the depositor,
// the oracle members) on the devnet's JSON-RPC and Beacon API over
// loopback, and bootstraps the pool so that a new devnet starts with stake
// and active validators; Start runs all of it as `stakepool devnet` does
// (devnet.go). It is wiring: the services know the devnet only through the
// two standard APIs.
package localpool

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
)

// Mnemonic is the fixed, public mnemonic the devnet's operators derive
// their validator keys from. Never stake real ETH with it.
const Mnemonic = "test test test test test test test test test test test junk"

// ValidatorKeys derives operator op's n validator signing keys
// (EIP-2334 paths m/12381/3600/1000·op+j/0/0).
func ValidatorKeys(op, n int) ([]*keys.SecretKey, error) {
	seed, err := keys.SeedFromMnemonic(Mnemonic, "")
	if err != nil {
		return nil, err
	}
	out := make([]*keys.SecretKey, n)
	for j := range out {
		if out[j], err = keys.DeriveKey(seed, keys.SigningKeyPath(uint32(1000*op+j))); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Deploy deploys the pool on d and points the pool's validators' fee
// recipient at its rewards vault.
func Deploy(ctx context.Context, d *devnet.Devnet, pc devnet.PoolConfig) (*deploy.Addresses, error) {
	a, err := d.DeployPool(ctx, pc)
	if err != nil {
		return nil, err
	}
	if err := SetFeeRecipients(d, a, pc); err != nil {
		return nil, err
	}
	return a, nil
}

// SetFeeRecipients points the pool's validators' fee recipient at its
// rewards vault, but those of the operators pc.KeepELRewards names at
// their operator's reward address (they keep priority fees and MEV).
func SetFeeRecipients(d *devnet.Devnet, a *deploy.Addresses, pc devnet.PoolConfig) error {
	keep := map[[48]byte]common.Address{}
	for _, op := range pc.KeepELRewards {
		if op < 0 || op >= pc.Operators {
			return fmt.Errorf("localpool: keep_el_rewards names operator %d of %d", op, pc.Operators)
		}
		vk, err := ValidatorKeys(op, pc.KeysPerOperator)
		if err != nil {
			return err
		}
		to := crypto.PubkeyToAddress(pc.OperatorKey(op).PublicKey)
		for _, k := range vk {
			keep[[48]byte(k.PublicKey())] = to
		}
	}
	d.SetFeeRecipient(devnet.PoolFeeRecipientExcept(a, d.Chain(), keep))
	return nil
}

// Team builds every participant's service on the devnet's JSON-RPC
// (rpcURL) and Beacon API (beaconURL). Close the returned function's
// resources when done.
func Team(ctx context.Context, rpcURL, beaconURL string, a *deploy.Addresses, pc devnet.PoolConfig, log *slog.Logger) (*services.Team, func(), error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var closers []func()
	closeAll := func() {
		for _, c := range closers {
			c()
		}
	}
	conn, err := services.Dial(ctx, rpcURL, *a)
	if err != nil {
		return nil, nil, err
	}
	closers = append(closers, conn.RPC.Close)
	beaconClient := func(exitKeys []*keys.SecretKey) (*api.Client, error) {
		c, err := api.New(ctx, api.Config{BeaconURL: beaconURL, ExecutionURL: rpcURL, ExitKeys: exitKeys, Timeout: 30 * time.Second})
		if err != nil {
			return nil, err
		}
		closers = append(closers, c.Close)
		return c, nil
	}
	reader, err := beaconClient(nil)
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	fork := reader.GenesisForkVersion()
	t := &services.Team{}
	var exitBots []services.Service
	for i := range pc.Operators {
		vk, err := ValidatorKeys(i, pc.KeysPerOperator)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		op, err := services.NewOperator(conn, uint64(i), services.NewKeySigner(pc.OperatorKey(i)), nil, nil, nil, log)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		op.KeysFor = func(creds [32]byte) []services.SignedKey { return services.SignKeys(vk, creds, fork) }
		t.Services = append(t.Services, op)
		bc, err := beaconClient(vk)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		bot, err := services.NewExitBot(conn, uint64(i), bc, log)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		exitBots = append(exitBots, bot)
	}
	var sources []services.AttestationSource
	var allowed []common.Address
	for i := range pc.Guardians {
		g, err := services.NewGuardian(conn, fmt.Sprintf("guardian-%d", i), pc.GuardianKey(i), fork, reader, nil, nil, log)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		t.Services = append(t.Services, g)
		sources = append(sources, g)
		allowed = append(allowed, g.Address())
	}
	dep, err := services.NewDepositor(conn, services.NewKeySigner(pc.Depositor()), sources, allowed, pc.GuardianQuorum, nil, nil, log)
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	t.Services = append(t.Services, dep)
	for i := range pc.OracleMembers {
		m, err := services.NewOracleMember(conn, fmt.Sprintf("oracle-%d", i), services.NewKeySigner(pc.OracleKey(i)), reader, nil, nil, log)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		t.Services = append(t.Services, m)
	}
	t.Services = append(t.Services, exitBots...)
	return t, closeAll, nil
}

// Roles are the names of the services Team builds, as
// `stakepool devnet --external-services` takes them.
var Roles = []string{"operator", "guardian", "depositor", "oracle", "exit-bot"}

// Without is t without the services of the given roles (their names start
// with the role): the devnet runs the others in process while the named
// roles run as their own processes. A depositor kept in process still
// reads the in-process guardians only.
func Without(t *services.Team, roles ...string) (*services.Team, error) {
	if err := CheckRoles(roles); err != nil {
		return nil, err
	}
	skip := map[string]bool{}
	for _, r := range roles {
		skip[r] = true
	}
	out := &services.Team{}
	for _, s := range t.Services {
		role := s.Name()
		if i := strings.LastIndexByte(role, '-'); i > 0 {
			if _, err := strconv.Atoi(role[i+1:]); err == nil {
				role = role[:i]
			}
		}
		if !skip[role] {
			out.Services = append(out.Services, s)
		}
	}
	return out, nil
}

// CheckRoles refuses a name that is not one of Roles.
func CheckRoles(roles []string) error {
	for _, r := range roles {
		if !slices.Contains(Roles, r) {
			return fmt.Errorf("localpool: no service role %q (roles: %s)", r, strings.Join(Roles, ", "))
		}
	}
	return nil
}

// BootstrapKey is the dev account that stakes the pool's first validators.
func BootstrapKey() string { return "bootstrap" }

// Bootstrap stakes validators×32 ETH (and the reserve beside it) from the
// bootstrap account, then advances the devnet, its services running, until
// the oracle has reported those validators active (at most maxEpochs).
func Bootstrap(ctx context.Context, d *devnet.Devnet, a *deploy.Addresses, validators int, maxEpochs uint64) error {
	pool, err := bindings.NewPool(a.Pool, d.Client())
	if err != nil {
		return err
	}
	parsed, err := bindings.PoolMetaData.GetAbi()
	if err != nil {
		return err
	}
	data, err := parsed.Pack("submit", common.Address{})
	if err != nil {
		return err
	}
	// the reserve target (5%) stays in the buffer: stake 34 ETH a validator
	stake := new(big.Int).Mul(big.NewInt(int64(validators)), devnet.Ether(34))
	tx, err := d.Submit(ctx, devnet.DevKey(BootstrapKey()), a.Pool, stake, data)
	if err != nil {
		return fmt.Errorf("localpool: bootstrap stake: %w", err)
	}
	var rc *types.Receipt
	for i := 0; i < 8 && rc == nil; i++ {
		if err := d.Advance(ctx, 1); err != nil {
			return err
		}
		rc, _ = d.Client().TransactionReceipt(ctx, tx.Hash())
	}
	if rc == nil || rc.Status != types.ReceiptStatusSuccessful {
		return errors.New("localpool: the bootstrap stake was not applied")
	}
	for e := uint64(0); e < maxEpochs; e++ {
		stat, err := pool.GetBeaconStat(&bind.CallOpts{Context: ctx})
		if err != nil {
			return err
		}
		if stat.BeaconValidators.Int64() >= int64(validators) {
			return nil
		}
		if err := d.AdvanceEpochs(ctx, 1); err != nil {
			return err
		}
	}
	return fmt.Errorf("localpool: %d validators not reported active after %d epochs", validators, maxEpochs)
}

// FundBootstrap funds the bootstrap account in a genesis.
func FundBootstrap(g *devnet.Genesis, validators int) {
	g.Fund(crypto.PubkeyToAddress(devnet.DevKey(BootstrapKey()).PublicKey), new(big.Int).Mul(big.NewInt(int64(validators+1)), devnet.Ether(40)))
}
