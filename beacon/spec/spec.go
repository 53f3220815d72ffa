// Package spec loads the consensus-layer presets and configuration
// (ethereum/consensus-specs presets/{mainnet,minimal}/*.yaml and
// configs/{mainnet,minimal}.yaml) into a Spec value.
//
// The constants are never retyped: Load reads them from the YAML files, either
// from a directory laid out like consensus-specs (LoadDir), or from the copies
// compiled into the binary under presets/ (Load). A test checks that the
// embedded copies are byte-identical to ../shared/vectors/consensus-specs.
//
// The few values that the specs define as Python constants in the markdown and
// not in a preset or config file (participation flag weights, domain types,
// withdrawal prefixes, FAR_FUTURE_EPOCH) are Go constants below, each naming
// the section it comes from.
package spec

import (
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Fork selects the state-transition rules.
type Fork uint8

const (
	// Electra is the default (mainnet since epoch 364032); Fulu changes
	// nothing that the simulator models.
	Electra Fork = iota
	// Deneb: the rules zrnt v0.34.1 implements; used for differential tests.
	Deneb
)

func (f Fork) String() string {
	switch f {
	case Deneb:
		return "deneb"
	case Electra:
		return "electra"
	}
	return fmt.Sprintf("fork(%d)", uint8(f))
}

// ParseFork reads "deneb" or "electra" (case-insensitive).
func ParseFork(s string) (Fork, error) {
	switch strings.ToLower(s) {
	case "deneb":
		return Deneb, nil
	case "electra", "":
		return Electra, nil
	}
	return 0, fmt.Errorf("unknown fork %q (want deneb or electra)", s)
}

// Constants of the spec markdown (not part of presets or configs).
const (
	// FarFutureEpoch is FAR_FUTURE_EPOCH (phase0 §Constants).
	FarFutureEpoch = ^uint64(0)
	// GenesisEpoch, GenesisSlot (phase0 §Constants).
	GenesisEpoch = 0
	GenesisSlot  = 0

	// Participation flag indices and weights (altair §Participation flag indices, §Incentivization weights).
	TimelySourceFlagIndex = 0
	TimelyTargetFlagIndex = 1
	TimelyHeadFlagIndex   = 2
	TimelySourceWeight    = 14
	TimelyTargetWeight    = 26
	TimelyHeadWeight      = 14
	SyncRewardWeight      = 2
	ProposerWeight        = 8
	WeightDenominator     = 64

	// Withdrawal prefixes (phase0, capella, electra §Withdrawal prefixes).
	BLSWithdrawalPrefix         = 0x00
	ETH1AddressWithdrawalPrefix = 0x01
	CompoundingWithdrawalPrefix = 0x02

	// JustificationBitsLength (phase0 §Misc).
	JustificationBitsLength = 4

	// UnsetDepositRequestsStartIndex (electra §Misc).
	UnsetDepositRequestsStartIndex = ^uint64(0)
	// FullExitRequestAmount (electra §Misc).
	FullExitRequestAmount = 0
)

// Domain types (phase0 and altair §Domain types).
var (
	DomainBeaconProposer = [4]byte{0x00, 0x00, 0x00, 0x00}
	DomainBeaconAttester = [4]byte{0x01, 0x00, 0x00, 0x00}
	DomainRandao         = [4]byte{0x02, 0x00, 0x00, 0x00}
	DomainDeposit        = [4]byte{0x03, 0x00, 0x00, 0x00}
	DomainVoluntaryExit  = [4]byte{0x04, 0x00, 0x00, 0x00}
	DomainSyncCommittee  = [4]byte{0x07, 0x00, 0x00, 0x00}
)

// ParticipationFlagWeights is PARTICIPATION_FLAG_WEIGHTS (altair).
var ParticipationFlagWeights = [3]uint64{TimelySourceWeight, TimelyTargetWeight, TimelyHeadWeight}

// Spec holds every preset and config value the simulator uses. Field tags
// name the YAML key; Load fails when a key is missing, so no field can be
// silently zero.
type Spec struct {
	PresetBase string `yaml:"PRESET_BASE"`
	ConfigName string `yaml:"CONFIG_NAME"`

	// phase0 preset
	MaxCommitteesPerSlot         uint64 `yaml:"MAX_COMMITTEES_PER_SLOT"`
	TargetCommitteeSize          uint64 `yaml:"TARGET_COMMITTEE_SIZE"`
	MaxValidatorsPerCommittee    uint64 `yaml:"MAX_VALIDATORS_PER_COMMITTEE"`
	ShuffleRoundCount            uint64 `yaml:"SHUFFLE_ROUND_COUNT"`
	HysteresisQuotient           uint64 `yaml:"HYSTERESIS_QUOTIENT"`
	HysteresisDownwardMultiplier uint64 `yaml:"HYSTERESIS_DOWNWARD_MULTIPLIER"`
	HysteresisUpwardMultiplier   uint64 `yaml:"HYSTERESIS_UPWARD_MULTIPLIER"`
	MinDepositAmount             uint64 `yaml:"MIN_DEPOSIT_AMOUNT"`
	MaxEffectiveBalance          uint64 `yaml:"MAX_EFFECTIVE_BALANCE"`
	EffectiveBalanceIncrement    uint64 `yaml:"EFFECTIVE_BALANCE_INCREMENT"`
	MinAttestationInclusionDelay uint64 `yaml:"MIN_ATTESTATION_INCLUSION_DELAY"`
	SlotsPerEpoch                uint64 `yaml:"SLOTS_PER_EPOCH"`
	MinSeedLookahead             uint64 `yaml:"MIN_SEED_LOOKAHEAD"`
	MaxSeedLookahead             uint64 `yaml:"MAX_SEED_LOOKAHEAD"`
	EpochsPerEth1VotingPeriod    uint64 `yaml:"EPOCHS_PER_ETH1_VOTING_PERIOD"`
	SlotsPerHistoricalRoot       uint64 `yaml:"SLOTS_PER_HISTORICAL_ROOT"`
	MinEpochsToInactivityPenalty uint64 `yaml:"MIN_EPOCHS_TO_INACTIVITY_PENALTY"`
	EpochsPerHistoricalVector    uint64 `yaml:"EPOCHS_PER_HISTORICAL_VECTOR"`
	EpochsPerSlashingsVector     uint64 `yaml:"EPOCHS_PER_SLASHINGS_VECTOR"`
	BaseRewardFactor             uint64 `yaml:"BASE_REWARD_FACTOR"`
	WhistleblowerRewardQuotient  uint64 `yaml:"WHISTLEBLOWER_REWARD_QUOTIENT"`
	ProposerRewardQuotient       uint64 `yaml:"PROPOSER_REWARD_QUOTIENT"`
	MaxDeposits                  uint64 `yaml:"MAX_DEPOSITS"`
	MaxVoluntaryExits            uint64 `yaml:"MAX_VOLUNTARY_EXITS"`

	// altair preset
	SyncCommitteeSize            uint64 `yaml:"SYNC_COMMITTEE_SIZE"`
	EpochsPerSyncCommitteePeriod uint64 `yaml:"EPOCHS_PER_SYNC_COMMITTEE_PERIOD"`

	// bellatrix preset
	InactivityPenaltyQuotientBellatrix      uint64 `yaml:"INACTIVITY_PENALTY_QUOTIENT_BELLATRIX"`
	MinSlashingPenaltyQuotientBellatrix     uint64 `yaml:"MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX"`
	ProportionalSlashingMultiplierBellatrix uint64 `yaml:"PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX"`

	// capella preset
	MaxBLSToExecutionChanges         uint64 `yaml:"MAX_BLS_TO_EXECUTION_CHANGES"`
	MaxWithdrawalsPerPayload         uint64 `yaml:"MAX_WITHDRAWALS_PER_PAYLOAD"`
	MaxValidatorsPerWithdrawalsSweep uint64 `yaml:"MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP"`

	// electra preset
	MinActivationBalance                  uint64 `yaml:"MIN_ACTIVATION_BALANCE"`
	MaxEffectiveBalanceElectra            uint64 `yaml:"MAX_EFFECTIVE_BALANCE_ELECTRA"`
	MinSlashingPenaltyQuotientElectra     uint64 `yaml:"MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA"`
	WhistleblowerRewardQuotientElectra    uint64 `yaml:"WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA"`
	PendingDepositsLimit                  uint64 `yaml:"PENDING_DEPOSITS_LIMIT"`
	PendingPartialWithdrawalsLimit        uint64 `yaml:"PENDING_PARTIAL_WITHDRAWALS_LIMIT"`
	PendingConsolidationsLimit            uint64 `yaml:"PENDING_CONSOLIDATIONS_LIMIT"`
	MaxAttesterSlashingsElectra           uint64 `yaml:"MAX_ATTESTER_SLASHINGS_ELECTRA"`
	MaxAttestationsElectra                uint64 `yaml:"MAX_ATTESTATIONS_ELECTRA"`
	MaxDepositRequestsPerPayload          uint64 `yaml:"MAX_DEPOSIT_REQUESTS_PER_PAYLOAD"`
	MaxWithdrawalRequestsPerPayload       uint64 `yaml:"MAX_WITHDRAWAL_REQUESTS_PER_PAYLOAD"`
	MaxConsolidationRequestsPerPayload    uint64 `yaml:"MAX_CONSOLIDATION_REQUESTS_PER_PAYLOAD"`
	MaxPendingPartialsPerWithdrawalsSweep uint64 `yaml:"MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP"`
	MaxPendingDepositsPerEpoch            uint64 `yaml:"MAX_PENDING_DEPOSITS_PER_EPOCH"`

	// config
	GenesisForkVersion                  [4]byte  `yaml:"GENESIS_FORK_VERSION"`
	AltairForkVersion                   [4]byte  `yaml:"ALTAIR_FORK_VERSION"`
	BellatrixForkVersion                [4]byte  `yaml:"BELLATRIX_FORK_VERSION"`
	CapellaForkVersion                  [4]byte  `yaml:"CAPELLA_FORK_VERSION"`
	DenebForkVersion                    [4]byte  `yaml:"DENEB_FORK_VERSION"`
	DenebForkEpoch                      uint64   `yaml:"DENEB_FORK_EPOCH"`
	ElectraForkVersion                  [4]byte  `yaml:"ELECTRA_FORK_VERSION"`
	ElectraForkEpoch                    uint64   `yaml:"ELECTRA_FORK_EPOCH"`
	SecondsPerSlot                      uint64   `yaml:"SECONDS_PER_SLOT"`
	MinValidatorWithdrawabilityDelay    uint64   `yaml:"MIN_VALIDATOR_WITHDRAWABILITY_DELAY"`
	ShardCommitteePeriod                uint64   `yaml:"SHARD_COMMITTEE_PERIOD"`
	InactivityScoreBias                 uint64   `yaml:"INACTIVITY_SCORE_BIAS"`
	InactivityScoreRecoveryRate         uint64   `yaml:"INACTIVITY_SCORE_RECOVERY_RATE"`
	EjectionBalance                     uint64   `yaml:"EJECTION_BALANCE"`
	MinPerEpochChurnLimit               uint64   `yaml:"MIN_PER_EPOCH_CHURN_LIMIT"`
	ChurnLimitQuotient                  uint64   `yaml:"CHURN_LIMIT_QUOTIENT"`
	MaxPerEpochActivationChurnLimit     uint64   `yaml:"MAX_PER_EPOCH_ACTIVATION_CHURN_LIMIT"`
	MinPerEpochChurnLimitElectra        uint64   `yaml:"MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA"`
	MaxPerEpochActivationExitChurnLimit uint64   `yaml:"MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT"`
	DepositChainID                      uint64   `yaml:"DEPOSIT_CHAIN_ID"`
	DepositContractAddress              [20]byte `yaml:"DEPOSIT_CONTRACT_ADDRESS"`

	// Fork is the rule set to run; not from YAML (set by the caller, default Electra).
	Fork Fork `yaml:"-"`
}

//go:embed presets
var embedded embed.FS

// Embedded returns the embedded copy of consensus-specs presets/ and configs/
// (rooted so that "presets/mainnet/phase0.yaml" and "configs/mainnet.yaml" exist).
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "presets")
	if err != nil {
		panic(err)
	}
	return sub
}

// Load reads the named network ("mainnet" or "minimal") from the embedded
// copies, for the given fork.
func Load(name string, fork Fork) (*Spec, error) {
	return LoadFS(Embedded(), name, fork)
}

// MustLoad is Load that panics; for tests and package-level defaults.
func MustLoad(name string, fork Fork) *Spec {
	s, err := Load(name, fork)
	if err != nil {
		panic(err)
	}
	return s
}

// LoadDir reads from a directory laid out like consensus-specs
// (DIR/presets/NAME/*.yaml and DIR/configs/NAME.yaml).
func LoadDir(dir, name string, fork Fork) (*Spec, error) {
	return LoadFS(os.DirFS(dir), name, fork)
}

// presetFiles are the preset files read, in fork order (later files may not
// redefine earlier keys; Load checks it).
var presetFiles = []string{"phase0", "altair", "bellatrix", "capella", "deneb", "electra"}

// LoadFS reads presets/NAME/{phase0..electra}.yaml and configs/NAME.yaml from fsys.
func LoadFS(fsys fs.FS, name string, fork Fork) (*Spec, error) {
	if name != "mainnet" && name != "minimal" {
		return nil, fmt.Errorf("spec: unknown network %q (want mainnet or minimal)", name)
	}
	kv := map[string]string{}
	files := make([]string, 0, len(presetFiles)+1)
	for _, f := range presetFiles {
		files = append(files, path.Join("presets", name, f+".yaml"))
	}
	files = append(files, path.Join("configs", name+".yaml"))
	for _, f := range files {
		raw, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("spec: %w", err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(raw, &doc); err != nil {
			return nil, fmt.Errorf("spec: %s: %w", f, err)
		}
		if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
			return nil, fmt.Errorf("spec: %s: not a mapping", f)
		}
		m := doc.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := m.Content[i].Value, m.Content[i+1].Value
			if old, dup := kv[k]; dup && old != v {
				return nil, fmt.Errorf("spec: %s redefines %s (%s -> %s)", f, k, old, v)
			}
			kv[k] = v
		}
	}
	s := &Spec{Fork: fork}
	if err := fill(s, kv); err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

func fill(s *Spec, kv map[string]string) error {
	v := reflect.ValueOf(s).Elem()
	t := v.Type()
	var errs []error
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("yaml")
		if tag == "" || tag == "-" {
			continue
		}
		raw, ok := kv[tag]
		if !ok {
			errs = append(errs, fmt.Errorf("spec: missing %s", tag))
			continue
		}
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(raw)
		case reflect.Uint64:
			n, err := strconv.ParseUint(raw, 10, 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("spec: %s: %w", tag, err))
				continue
			}
			f.SetUint(n)
		case reflect.Array:
			b, err := hex.DecodeString(strings.TrimPrefix(raw, "0x"))
			if err != nil || len(b) != f.Len() {
				errs = append(errs, fmt.Errorf("spec: %s: want %d hex bytes, got %q", tag, f.Len(), raw))
				continue
			}
			reflect.Copy(f, reflect.ValueOf(b))
		default:
			errs = append(errs, fmt.Errorf("spec: %s: unsupported kind %s", tag, f.Kind()))
		}
	}
	return errors.Join(errs...)
}

// Validate checks the relations the simulator relies on.
func (s *Spec) Validate() error {
	switch {
	case s.SlotsPerEpoch == 0 || s.EffectiveBalanceIncrement == 0 || s.ChurnLimitQuotient == 0:
		return errors.New("spec: zero divisor")
	case s.MaxEffectiveBalanceElectra/s.EffectiveBalanceIncrement > 0xFFFF:
		return errors.New("spec: MAX_EFFECTIVE_BALANCE_ELECTRA needs more than 16 bits of increments")
	case s.SlotsPerHistoricalRoot%s.SlotsPerEpoch != 0:
		return errors.New("spec: SLOTS_PER_HISTORICAL_ROOT not a multiple of SLOTS_PER_EPOCH")
	}
	return nil
}

// FindSharedDir walks up from dir to the directory holding go.mod and returns
// ../shared/vectors/consensus-specs beside it, or "" when absent.
func FindSharedDir(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "..", "shared", "vectors", "consensus-specs")
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				return p
			}
			return ""
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// Helpers used throughout the simulator.

// ComputeActivationExitEpoch is compute_activation_exit_epoch (phase0).
func (s *Spec) ComputeActivationExitEpoch(e uint64) uint64 { return e + 1 + s.MaxSeedLookahead }

// MaxEffectiveBalanceFor is get_max_effective_balance (electra) for a
// credentials prefix; in Deneb it is always MAX_EFFECTIVE_BALANCE.
func (s *Spec) MaxEffectiveBalanceFor(prefix byte) uint64 {
	if s.Fork == Electra && prefix == CompoundingWithdrawalPrefix {
		return s.MaxEffectiveBalanceElectra
	}
	if s.Fork == Electra {
		return s.MinActivationBalance
	}
	return s.MaxEffectiveBalance
}

// HasExecutionWithdrawalCredential is has_eth1_withdrawal_credential (capella)
// in Deneb and has_execution_withdrawal_credential (electra) in Electra.
func (s *Spec) HasExecutionWithdrawalCredential(prefix byte) bool {
	if prefix == ETH1AddressWithdrawalPrefix {
		return true
	}
	return s.Fork == Electra && prefix == CompoundingWithdrawalPrefix
}
