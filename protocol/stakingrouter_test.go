package protocol_test

import (
	"errors"
	"testing"

	"github.com/stakepool/stakepool/protocol"
)

func TestModuleOperatorID(t *testing.T) {
	for _, c := range []struct {
		m    protocol.ModuleID
		k    uint64
		want protocol.OperatorID
	}{
		{1, 0, 0}, {1, 7, 7}, {1, protocol.MaxModuleOperators - 1, 0xFF_FFFF},
		{2, 0, 0x100_0000}, {2, 3, 0x100_0003}, {protocol.MaxModules, 5, 31<<24 | 5},
	} {
		got := protocol.ModuleOperatorID(c.m, c.k)
		if got != c.want {
			t.Errorf("ModuleOperatorID(%d, %d) = %#x, want %#x", c.m, c.k, got, c.want)
		}
		if m, k := protocol.SplitOperatorID(got); m != c.m || k != c.k {
			t.Errorf("SplitOperatorID(%#x) = %d, %d, want %d, %d", got, m, k, c.m, c.k)
		}
	}
}

func TestValidateModuleParams(t *testing.T) {
	ok := protocol.ModuleParams{Name: "simple-dvt", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}
	for _, c := range []struct {
		name string
		edit func(p *protocol.ModuleParams)
		code protocol.Code
	}{
		{"valid", func(*protocol.ModuleParams) {}, ""},
		{"fees exactly 100%", func(p *protocol.ModuleParams) { p.ModuleFeeBP, p.TreasuryFeeBP = 6000, 4000 }, ""},
		{"fees 100.01%", func(p *protocol.ModuleParams) { p.ModuleFeeBP, p.TreasuryFeeBP = 6000, 4001 }, protocol.CodeModuleFees},
		{"module fee alone above 100%", func(p *protocol.ModuleParams) { p.ModuleFeeBP, p.TreasuryFeeBP = 10_001, 0 }, protocol.CodeModuleFees},
		{"share 100%", func(p *protocol.ModuleParams) { p.ShareBP = 10_000 }, ""},
		{"share above 100%", func(p *protocol.ModuleParams) { p.ShareBP = 10_001 }, protocol.CodeModuleShare},
		{"stopped", func(p *protocol.ModuleParams) { p.Status = protocol.ModuleStopped }, ""},
		{"unknown status", func(p *protocol.ModuleParams) { p.Status = 3 }, protocol.CodeModuleStatus},
		{"empty name", func(p *protocol.ModuleParams) { p.Name = "" }, protocol.CodeInvalidParameter},
	} {
		p := ok
		c.edit(&p)
		err := protocol.ValidateModuleParamsForTest(&p)
		var pe *protocol.Error
		switch {
		case c.code == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.code != "" && (!errors.As(err, &pe) || pe.Code != c.code):
			t.Errorf("%s: got %v, want %s", c.name, err, c.code)
		}
	}
}
