package keys

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
)

// Created is what `stakepool keys deposit-data` made: the validators
// CreateValidators derived and the files it saved, for one network,
// withdrawal address, credentials prefix and amount.
type Created struct {
	Network           Network
	WithdrawalAddress common.Address
	Prefix            byte
	AmountGwei        uint64
	Validators        []Validator
	Saved             SavedFiles
}

// WriteJSON writes one JSON object: the network, withdrawal address and
// credentials, amount, deposit data file, and each validator's index,
// path, pubkey and keystore file.
func (c *Created) WriteJSON(w io.Writer) error {
	type val struct {
		Index    uint32 `json:"index"`
		Path     string `json:"path"`
		Pubkey   string `json:"pubkey"`
		Keystore string `json:"keystore"`
	}
	res := struct {
		Network               string `json:"network"`
		WithdrawalAddress     string `json:"withdrawal_address"`
		WithdrawalCredentials string `json:"withdrawal_credentials"`
		AmountGwei            uint64 `json:"amount_gwei"`
		DepositData           string `json:"deposit_data"`
		Validators            []val  `json:"validators"`
	}{c.Network.Name, c.WithdrawalAddress.Hex(), "0x" + c.Validators[0].Entry.WithdrawalCredentials, c.AmountGwei, c.Saved.DepositData, nil}
	for k, v := range c.Validators {
		res.Validators = append(res.Validators, val{v.Index, v.Path, "0x" + v.Entry.Pubkey, c.Saved.Keystores[k]})
	}
	return json.NewEncoder(w).Encode(res)
}

// WriteText writes a line on the deposits, a table of the validators and
// their keystores, and the deposit data file.
func (c *Created) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "network %s, withdrawal address %s (0x%02x credentials), %s ETH each\n",
		c.Network.Name, c.WithdrawalAddress.Hex(), c.Prefix, etherOfGwei(c.AmountGwei))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tPUBKEY\tKEYSTORE")
	for k, v := range c.Validators {
		fmt.Fprintf(tw, "%d\t0x%s\t%s\n", v.Index, v.Entry.Pubkey, c.Saved.Keystores[k])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "deposit data: %s (%d deposits, verified)\n", c.Saved.DepositData, len(c.Validators))
	return nil
}

// etherOfGwei is an amount of gwei in ETH, without trailing zeros (as
// units.FormatGwei writes it: 32, 1.5, 0.000000001).
func etherOfGwei(g uint64) string {
	s := strings.TrimRight(fmt.Sprintf("%d.%09d", g/1e9, g%1e9), "0")
	return strings.TrimSuffix(s, ".")
}
