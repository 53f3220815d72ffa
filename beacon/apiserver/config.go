package apiserver

import (
	"reflect"
	"strings"

	"github.com/stakepool/stakepool/beacon/spec"
)

// SpecJSON is /eth/v1/config/spec's data: every preset and config key of
// sp (the YAML names), values as the API writes them (decimal integers,
// 0x-hex bytes), plus the domain types.
func SpecJSON(sp *spec.Spec) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(sp).Elem()
	t := v.Type()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Uint64:
			out[name] = u(f.Uint())
		case f.Kind() == reflect.String:
			out[name] = f.String()
		case f.Kind() == reflect.Array && f.Type().Elem().Kind() == reflect.Uint8:
			b := make([]byte, f.Len())
			reflect.Copy(reflect.ValueOf(b), f)
			out[name] = hx(b)
		}
	}
	for name, d := range map[string][4]byte{"DOMAIN_BEACON_PROPOSER": spec.DomainBeaconProposer, "DOMAIN_BEACON_ATTESTER": spec.DomainBeaconAttester,
		"DOMAIN_RANDAO": spec.DomainRandao, "DOMAIN_DEPOSIT": spec.DomainDeposit, "DOMAIN_VOLUNTARY_EXIT": spec.DomainVoluntaryExit,
		"DOMAIN_SYNC_COMMITTEE": spec.DomainSyncCommittee} {
		out[name] = hx(d[:])
	}
	return out
}
