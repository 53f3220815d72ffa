package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/units"
)

// keysCmd groups the validator key commands: mnemonics, keystores and
// deposit data compatible with the official staking deposit CLI.
var keysCmd = &cobra.Command{
	Use:   "keys",
	Short: "Create and check validator keys, keystores and deposit data",
	Long: "Validator keys for the pool: BIP-39 mnemonics, EIP-2333/2334 key derivation,\n" +
		"EIP-2335 keystores and deposit_data-*.json files in the exact format of the\n" +
		"official staking deposit CLI, and a verifier for such files.\n\n" +
		"Networks: " + strings.Join(keys.NetworkNames(), ", ") + ".",
}

func init() {
	keysCmd.AddCommand(newMnemonicCmd(), depositDataCmd(), verifyDepositDataCmd())
	rootCmd.AddCommand(keysCmd)
}

const mnemonicWarning = "WARNING: this mnemonic controls the validator keys and their withdrawal keys.\n" +
	"Write it down offline and keep it secret; anyone who has it can sign as your validators.\n"

func newMnemonicCmd() *cobra.Command {
	var out string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "new-mnemonic",
		Short: "Generate a new 24-word BIP-39 mnemonic",
		Long: "Generate a new 24-word English BIP-39 mnemonic from 256 bits of system randomness.\n" +
			"Without --out the words are printed on standard output (the warning goes to\n" +
			"standard error). With --out they are written to FILE (mode 0600, never\n" +
			"overwriting) and only the file name is printed.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := keys.NewMnemonic()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprint(cmd.ErrOrStderr(), mnemonicWarning)
			if out != "" {
				if err := keys.WriteMnemonicFile(out, m); err != nil {
					return fmt.Errorf("new mnemonic: %w", err)
				}
				if asJSON {
					return json.NewEncoder(w).Encode(map[string]any{"file": out, "words": 24})
				}
				fmt.Fprintf(w, "mnemonic (24 words) written to %s\n", out)
				return nil
			}
			if asJSON {
				return json.NewEncoder(w).Encode(map[string]any{"mnemonic": m, "words": 24})
			}
			fmt.Fprintln(w, m)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write the mnemonic to this file instead of standard output")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// parseAddress reads a 0x-prefixed 20-byte address. Mixed-case input must
// carry a valid EIP-55 checksum.
func parseAddress(s string) (common.Address, error) {
	a, err := units.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return common.Address{}, fmt.Errorf("withdrawal %w", err)
	}
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("withdrawal address %q: the zero address would burn the withdrawals", s)
	}
	return a, nil
}

// readSecretFile reads a password or mnemonic file, dropping one trailing
// newline.
func readSecretFile(path, what string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read %s file: %w", what, err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	s = strings.TrimSuffix(s, "\r")
	return s, nil
}

const minPasswordLength = 8

func promptPassword(cmd *cobra.Command) (string, error) {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("no keystore password: pass --password-file, or run in a terminal to be prompted")
	}
	errw := cmd.ErrOrStderr()
	fmt.Fprint(errw, "Keystore password: ")
	p1, err := term.ReadPassword(fd)
	fmt.Fprintln(errw)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	fmt.Fprint(errw, "Repeat the password: ")
	p2, err := term.ReadPassword(fd)
	fmt.Fprintln(errw)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	if string(p1) != string(p2) {
		return "", errors.New("the two passwords differ")
	}
	return string(p1), nil
}

func depositDataCmd() *cobra.Command {
	var (
		mnemonicFile, passphraseFile, address, network, amount, out, passwordFile, kdf string
		count, start                                                                   uint32
		compounding, asJSON                                                            bool
	)
	cmd := &cobra.Command{
		Use:   "deposit-data",
		Short: "Derive validator keys from a mnemonic and write keystores and deposit data",
		Long: "Derive the signing keys m/12381/3600/i/0/0 (EIP-2334) for i in\n" +
			"[start-index, start-index+count) from the mnemonic, encrypt each into an EIP-2335\n" +
			"keystore (scrypt n=2^18 by default, like the official CLI) and write\n" +
			"keystore-m_12381_3600_<i>_0_0-<time>.json and deposit_data-<time>.json into --out,\n" +
			"byte for byte in the official deposit CLI's format. Withdrawal credentials are\n" +
			"0x01 (or 0x02 with --compounding) followed by the withdrawal address. 0x01\n" +
			"deposits are 32 ETH; 0x02 deposits may be any amount from 1 to 2048 ETH.\n" +
			"The keystore password comes from --password-file, or is asked for twice when\n" +
			"standard input is a terminal; it must have at least 8 characters.",
		Example: "  stakepool keys deposit-data --mnemonic-file mnemonic.txt --count 4 \\\n" +
			"    --withdrawal-address 0x71C7656EC7ab88b098defB751B7401B5f6d8976F --network hoodi \\\n" +
			"    --out validator_keys --password-file pw.txt",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			n, err := keys.NetworkByName(network)
			if err != nil {
				return err
			}
			addr, err := parseAddress(address)
			if err != nil {
				return err
			}
			if count == 0 {
				return errors.New("--count must be at least 1")
			}
			wei, err := units.ParseAmount(amount)
			if err != nil {
				return fmt.Errorf("--amount: %w", err)
			}
			gwei, rem, ok := units.WeiToGwei(wei)
			if !ok || !rem.IsZero() {
				return fmt.Errorf("--amount %s: must be a whole number of gwei that fits 64 bits", amount)
			}
			prefix := keys.ExecutionWithdrawalPrefix
			if compounding {
				prefix = keys.CompoundingWithdrawalPrefix
			}
			if err := keys.CheckAmount(prefix, uint64(gwei)); err != nil {
				return fmt.Errorf("--amount: %w", err)
			}
			if mnemonicFile == "" {
				return errors.New("--mnemonic-file is required (create one with `stakepool keys new-mnemonic --out FILE`)")
			}
			mnemonic, err := readSecretFile(mnemonicFile, "mnemonic")
			if err != nil {
				return err
			}
			if _, err := keys.ValidateMnemonic(mnemonic); err != nil {
				return fmt.Errorf("%s: %w", mnemonicFile, err)
			}
			var passphrase string
			if passphraseFile != "" {
				if passphrase, err = readSecretFile(passphraseFile, "mnemonic passphrase"); err != nil {
					return err
				}
			}
			if out == "" {
				return errors.New("--out DIR is required")
			}
			var password string
			if passwordFile != "" {
				if password, err = readSecretFile(passwordFile, "password"); err != nil {
					return err
				}
			} else if password, err = promptPassword(cmd); err != nil {
				return err
			}
			if len([]rune(string(keys.ProcessPassword(password)))) < minPasswordLength {
				return fmt.Errorf("keystore password: at least %d characters (after removing control characters)", minPasswordLength)
			}
			vals, saved, err := keys.CreateValidators(keys.GenerateOptions{
				Mnemonic: mnemonic, MnemonicPassphrase: passphrase, StartIndex: start, Count: count, Network: n,
				WithdrawalAddress: addr, Compounding: compounding, AmountGwei: uint64(gwei),
			}, out, password, keys.KeystoreOptions{KDF: kdf}, time.Now().Unix())
			if err != nil {
				return err
			}
			r := keys.Created{Network: n, WithdrawalAddress: addr, Prefix: prefix, AmountGwei: uint64(gwei), Validators: vals, Saved: saved}
			if asJSON {
				return r.WriteJSON(cmd.OutOrStdout())
			}
			return r.WriteText(cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&mnemonicFile, "mnemonic-file", "", "file holding the BIP-39 mnemonic (required)")
	f.StringVar(&passphraseFile, "mnemonic-passphrase-file", "", "file holding the optional BIP-39 passphrase (the deposit CLI's mnemonic password; not the keystore password)")
	f.Uint32Var(&count, "count", 1, "number of validators")
	f.Uint32Var(&start, "start-index", 0, "index of the first validator (EIP-2334 account)")
	f.StringVar(&address, "withdrawal-address", "", "execution address the withdrawal credentials point to (required)")
	f.StringVar(&network, "network", "", "network: "+strings.Join(keys.NetworkNames(), ", ")+" (required)")
	f.BoolVar(&compounding, "compounding", false, "0x02 compounding credentials instead of 0x01")
	f.StringVar(&amount, "amount", "32", "deposit amount per validator (ether by default; 1.5eth, 1500000000gwei also accepted)")
	f.StringVar(&out, "out", "", "directory for the keystores and the deposit data (required)")
	f.StringVar(&passwordFile, "password-file", "", "file holding the keystore password (else prompted on a terminal)")
	f.StringVar(&kdf, "kdf", "scrypt", "keystore key derivation: scrypt or pbkdf2")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	for _, name := range []string{"mnemonic-file", "withdrawal-address", "network", "out"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

func verifyDepositDataCmd() *cobra.Command {
	var (
		network, address string
		cliVersions      []string
		asJSON           bool
	)
	cmd := &cobra.Command{
		Use:   "verify FILE",
		Short: "Check every entry of a deposit_data-*.json file",
		Long: "Check a deposit data file entry by entry: the JSON shape, hex encodings, the\n" +
			"public key (valid G1 point, not infinity), the withdrawal credentials (0x01 or 0x02\n" +
			"prefix, zero padding, and the address when --withdrawal-address is given), the\n" +
			"amount (32 ETH for 0x01, 1..2048 ETH for 0x02), deposit_message_root and\n" +
			"deposit_data_root, fork_version and network_name against --network, duplicate\n" +
			"public keys, and every BLS signature (batch verified with the DOMAIN_DEPOSIT\n" +
			"domain of the network's genesis fork version). A file from any tool\n" +
			"(staking-deposit-cli, ethstaker-deposit-cli, eth-staking-smith, ...) is judged by\n" +
			"that content; its deposit_cli_version is reported, and refused only when\n" +
			"--cli-version names the versions to accept.\n" +
			"Each problem is reported with the entry's index; the exit status is non-zero\n" +
			"if there is any.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, err := keys.NetworkByName(network)
			if err != nil {
				return err
			}
			opt := keys.VerifyOptions{Network: n}
			if address != "" {
				a, err := parseAddress(address)
				if err != nil {
					return err
				}
				b := [20]byte(a)
				opt.WithdrawalAddress = &b
			}
			for _, v := range cliVersions {
				if v == "any" {
					opt.CLIVersions = nil
					break
				}
				opt.CLIVersions = append(opt.CLIVersions, v)
			}
			r, err := keys.VerifyDepositDataFile(args[0], opt)
			if err != nil {
				return err
			}
			if asJSON {
				if err := r.WriteJSON(cmd.OutOrStdout()); err != nil {
					return err
				}
			} else {
				r.WriteText(cmd.OutOrStdout())
			}
			return r.Err()
		},
	}
	f := cmd.Flags()
	f.StringVar(&network, "network", "", "network the deposits are for: "+strings.Join(keys.NetworkNames(), ", ")+" (required)")
	f.StringVar(&address, "withdrawal-address", "", "require the credentials to point to this execution address")
	f.StringSliceVar(&cliVersions, "cli-version", nil, "accept only these deposit_cli_version values (repeatable; default: any, reported)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("network")
	return cmd
}
