package keys

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// GenerateOptions describe a batch of validators to derive from a mnemonic.
type GenerateOptions struct {
	Mnemonic           string
	MnemonicPassphrase string // BIP-39 passphrase ("" in the deposit CLI by default)
	StartIndex         uint32
	Count              uint32
	Network            Network
	WithdrawalAddress  [20]byte
	Compounding        bool   // 0x02 credentials instead of 0x01
	AmountGwei         uint64 // 0 means 32 ETH
	CLIVersion         string // deposit_cli_version; "" means DepositCLIVersion
}

// Validator is one derived validator with its signed deposit.
type Validator struct {
	Index     uint32
	Path      string // signing key path m/12381/3600/i/0/0
	SecretKey *SecretKey
	Deposit   DepositData
	Entry     DepositDataEntry
}

// GenerateDeposits derives the signing keys m/12381/3600/i/0/0 for
// i in [StartIndex, StartIndex+Count) and signs their deposits.
func GenerateDeposits(opt GenerateOptions) ([]Validator, error) {
	if opt.Count == 0 {
		return nil, errors.New("generate deposits: count must be at least 1")
	}
	if uint64(opt.StartIndex)+uint64(opt.Count) > math.MaxUint32+1 {
		return nil, errors.New("generate deposits: start index + count exceeds 2^32")
	}
	seed, err := SeedFromMnemonic(opt.Mnemonic, opt.MnemonicPassphrase)
	if err != nil {
		return nil, fmt.Errorf("generate deposits: %w", err)
	}
	prefix := ExecutionWithdrawalPrefix
	if opt.Compounding {
		prefix = CompoundingWithdrawalPrefix
	}
	amount := opt.AmountGwei
	if amount == 0 {
		amount = DefaultDepositAmount
	}
	if err := CheckAmount(prefix, amount); err != nil {
		return nil, fmt.Errorf("generate deposits: %w", err)
	}
	wc, err := ExecutionCredentials(prefix, opt.WithdrawalAddress)
	if err != nil {
		return nil, fmt.Errorf("generate deposits: %w", err)
	}
	cliVersion := opt.CLIVersion
	if cliVersion == "" {
		cliVersion = DepositCLIVersion
	}
	master, err := DeriveMasterKey(seed)
	if err != nil {
		return nil, fmt.Errorf("generate deposits: %w", err)
	}
	// m/12381/3600 is shared by every validator.
	base := master.DeriveChild(PurposeEIP2334).DeriveChild(CoinTypeEth)
	out := make([]Validator, opt.Count)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k := range out {
		wg.Add(1)
		sem <- struct{}{}
		go func(k int) {
			defer wg.Done()
			defer func() { <-sem }()
			i := opt.StartIndex + uint32(k)
			sk := base.DeriveChild(i).DeriveChild(0).DeriveChild(0)
			d := SignDeposit(sk, wc, amount, opt.Network.GenesisForkVersion)
			out[k] = Validator{Index: i, Path: SigningKeyPath(i).String(), SecretKey: sk, Deposit: d,
				Entry: NewDepositDataEntry(d, opt.Network, cliVersion)}
		}(k)
	}
	wg.Wait()
	return out, nil
}

// SavedFiles are the paths WriteValidatorFiles created.
type SavedFiles struct {
	Keystores   []string
	DepositData string
}

// WriteValidatorFiles encrypts a keystore per validator and writes them and
// the deposit data file into dir, named like the deposit CLI
// (keystore-m_12381_3600_<i>_0_0-<ts>.json, deposit_data-<ts>.json), mode
// 0440. Existing files are never overwritten.
func WriteValidatorFiles(dir string, vals []Validator, password string, kopt KeystoreOptions, unixTime int64) (SavedFiles, error) {
	var saved SavedFiles
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return saved, fmt.Errorf("write validator files: %w", err)
	}
	blobs := make([][]byte, len(vals))
	errs := make([]error, len(vals))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k := range vals {
		wg.Add(1)
		sem <- struct{}{}
		go func(k int) {
			defer wg.Done()
			defer func() { <-sem }()
			o := kopt
			o.Path = vals[k].Path
			ks, err := Encrypt(vals[k].SecretKey, password, o)
			if err == nil {
				blobs[k], err = ks.MarshalJSON()
			}
			errs[k] = err
		}(k)
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			return saved, fmt.Errorf("write validator files: keystore of validator %d: %w", vals[k].Index, err)
		}
	}
	for k, v := range vals {
		p := filepath.Join(dir, KeystoreFileName(v.Path, unixTime))
		if err := writeNew(p, blobs[k]); err != nil {
			return saved, fmt.Errorf("write validator files: %w", err)
		}
		saved.Keystores = append(saved.Keystores, p)
	}
	entries := make([]DepositDataEntry, len(vals))
	for k, v := range vals {
		entries[k] = v.Entry
	}
	p := filepath.Join(dir, DepositDataFileName(unixTime))
	if err := writeNew(p, EncodeDepositDataFile(entries)); err != nil {
		return saved, fmt.Errorf("write validator files: %w", err)
	}
	saved.DepositData = p
	return saved, nil
}

func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o440)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// CreateValidators derives the validators opt describes, writes their
// keystores (encrypted with password) and deposit data file into dir as
// WriteValidatorFiles does, then reads the deposit data file back and
// verifies every entry, as the official deposit CLI does after writing.
func CreateValidators(opt GenerateOptions, dir, password string, kopt KeystoreOptions, unixTime int64) ([]Validator, SavedFiles, error) {
	vals, err := GenerateDeposits(opt)
	if err != nil {
		return nil, SavedFiles{}, err
	}
	saved, err := WriteValidatorFiles(dir, vals, password, kopt, unixTime)
	if err != nil {
		return nil, saved, err
	}
	data, err := os.ReadFile(saved.DepositData)
	if err != nil {
		return nil, saved, err
	}
	entries, err := DecodeDepositDataFile(data)
	if err != nil {
		return nil, saved, fmt.Errorf("check written deposit data: %w", err)
	}
	addr := opt.WithdrawalAddress
	if p := VerifyDepositData(entries, VerifyOptions{Network: opt.Network, WithdrawalAddress: &addr}); len(p) > 0 {
		return nil, saved, fmt.Errorf("check written deposit data: %v", p)
	}
	return vals, saved, nil
}
