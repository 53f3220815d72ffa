package scenario

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// sweepAxes is the sweep's axes, X first.
func (sc *Scenario) sweepAxes() []*Axis {
	if sc.Sweep == nil {
		return nil
	}
	var axes []*Axis
	for _, a := range []*Axis{sc.Sweep.X, sc.Sweep.Y} {
		if a != nil {
			axes = append(axes, a)
		}
	}
	return axes
}

// sweeps tells whether the sweep sets the parameter path.
func (sc *Scenario) sweeps(path string) bool {
	for _, a := range sc.sweepAxes() {
		if c := sc.canonical(a.Param); c == path || strings.HasPrefix(path, c+".") {
			return true
		}
	}
	return false
}

// variants is the study's points: the scenario itself, or one copy per
// grid point (X outer, Y inner) with the point's values set.
func (sc *Scenario) variants() ([]variant, error) {
	axes := sc.sweepAxes()
	if len(axes) == 0 {
		return []variant{{sc: sc}}, nil
	}
	var out []variant
	var walk func(c *Scenario, i int, params []ParamValue) error
	walk = func(c *Scenario, i int, params []ParamValue) error {
		if i == len(axes) {
			out = append(out, variant{sc: c, params: params})
			return nil
		}
		a := axes[i]
		for j := range a.Values {
			v := copyScenario(c)
			if errs := v.setParam(sc.file, a.Param, &a.Values[j]); len(errs) > 0 {
				return errs
			}
			p := append(slices.Clone(params), ParamValue{Param: a.Param, Value: v.paramValue(a.Param)})
			if err := walk(v, i+1, p); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(sc, 0, nil); err != nil {
		return nil, err
	}
	return out, nil
}

// validateGrid checks what needs the whole scenario: the sweep's
// parameters and values (every point is validated as a scenario of its
// own; its errors name the value's line), its metrics, and the events.
func (sc *Scenario) validateGrid() Errors {
	v := &verr{sc: sc}
	known := sc.MetricNames()
	if s := sc.Sweep; s != nil {
		if s.X == nil {
			v.add("sweep.x", "required: {param: PATH, values: [...]}")
		}
		for i, a := range []*Axis{s.X, s.Y} {
			name := []string{"sweep.x", "sweep.y"}[i]
			if a == nil {
				continue
			}
			if _, err := sc.resolve(a.Param); err != nil {
				v.add(name+".param", "%v", err)
				continue
			}
			if len(a.Values) == 0 {
				v.add(name+".values", "empty")
			}
			if len(a.Values) > 1000 {
				v.add(name+".values", "%d values: at most 1000", len(a.Values))
			}
		}
		if s.X != nil && s.Y != nil && s.X.Param == s.Y.Param {
			v.add("sweep.y.param", "%s is already swept by x", s.Y.Param)
		}
		for i, m := range s.Metrics {
			for _, name := range strings.Split(m, "+") {
				if name = strings.TrimSpace(name); !slices.Contains(known, name) {
					v.add(fmt.Sprintf("sweep.metrics[%d]", i), "%q is not a metric (known: %s)", name, strings.Join(known, ", "))
				}
			}
		}
		if len(v.errs) == 0 {
			v.errs = append(v.errs, sc.validatePoints()...)
		}
	}
	for i := range sc.Events {
		e := &sc.Events[i]
		at := fmt.Sprintf("events[%d]", i)
		if !slices.Contains(known, e.Metric) {
			v.add(at+".metric", "%q is not a metric (known: %s)", e.Metric, strings.Join(known, ", "))
		}
		if (e.Below == nil) == (e.Above == nil) {
			v.add(at, "give one of below and above")
		}
		if e.Name == "" {
			e.Name = eventName(*e)
		}
	}
	return v.errs
}

// validatePoints validates every grid point's scenario; a point's error
// names the line of the value that made it.
func (sc *Scenario) validatePoints() Errors {
	var errs Errors
	seen := map[string]bool{}
	var walk func(c *Scenario, i int, lines []int, what []string)
	axes := sc.sweepAxes()
	walk = func(c *Scenario, i int, lines []int, what []string) {
		if i == len(axes) {
			for _, e := range c.validate() {
				if seen[e.Field+e.Msg] {
					continue
				}
				seen[e.Field+e.Msg] = true
				e.Msg = fmt.Sprintf("%s (at sweep point %s)", e.Msg, strings.Join(what, ", "))
				if e.Line == 0 || sc.sweeps(e.Field) {
					e.Line = lines[len(lines)-1]
				}
				errs = append(errs, e)
			}
			return
		}
		a := axes[i]
		for j := range a.Values {
			n := &a.Values[j]
			cp := copyScenario(c)
			if es := cp.setParam(sc.file, a.Param, n); len(es) > 0 {
				errs = append(errs, es...)
				continue
			}
			walk(cp, i+1, append(slices.Clone(lines), n.Line), append(slices.Clone(what), a.Param+" = "+n.Value))
		}
	}
	walk(sc, 0, nil, nil)
	return errs
}

// Change is a proposal: parameters set to new values (a CHANGE.yaml file):
//
//	name: raise the reserve to 10%
//	description: ...
//	set:
//	  pools[lido].reserve: 10%
type Change struct {
	Name        string
	Description string
	Set         []Setting
	file        string
	nodes       []*yaml.Node
}

// Setting is one parameter of a change and its new value as written.
type Setting struct {
	Param string `json:"param"`
	Value string `json:"value"`
}

// LoadChange reads a change file.
func LoadChange(path string) (*Change, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read change: %w", err)
	}
	return ParseChange(path, b)
}

// ParseChange decodes a change; file names it in errors.
func ParseChange(file string, b []byte) (*Change, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, Errors{{File: file, Msg: err.Error()}}
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, Errors{{File: file, Msg: "want a mapping with name, description and set"}}
	}
	c := &Change{file: file}
	var errs Errors
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, val := m.Content[i], m.Content[i+1]
		switch k.Value {
		case "name", "description":
			if val.Kind != yaml.ScalarNode {
				errs = append(errs, &Error{File: file, Line: val.Line, Field: k.Value, Msg: "want a string"})
				continue
			}
			if k.Value == "name" {
				c.Name = val.Value
			} else {
				c.Description = val.Value
			}
		case "set":
			if val.Kind != yaml.MappingNode || len(val.Content) == 0 {
				errs = append(errs, &Error{File: file, Line: val.Line, Field: "set", Msg: "want a mapping of parameter paths to values, e.g. pools[lido].reserve: 10%"})
				continue
			}
			for j := 0; j+1 < len(val.Content); j += 2 {
				pk, pv := val.Content[j], val.Content[j+1]
				c.Set = append(c.Set, Setting{Param: pk.Value, Value: pv.Value})
				c.nodes = append(c.nodes, pv)
			}
		default:
			errs = append(errs, &Error{File: file, Line: k.Line, Field: k.Value, Msg: "unknown field (known: name, description, set)"})
		}
	}
	if len(c.Set) == 0 && len(errs) == 0 {
		errs = append(errs, &Error{File: file, Line: m.Line, Field: "set", Msg: "required: the parameters the proposal changes"})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if c.Name == "" {
		c.Name = file
	}
	return c, nil
}

// apply is the scenario with the change: errors name the change file's
// lines (a value the scenario refuses is reported at its line there).
func (c *Change) apply(sc *Scenario) (*Scenario, Errors) {
	out := copyScenario(sc)
	var errs Errors
	lines := map[string]int{}
	for i, s := range c.Set {
		if es := out.setParam(c.file, s.Param, c.nodes[i]); len(es) > 0 {
			errs = append(errs, es...)
			continue
		}
		lines[sc.canonical(s.Param)] = c.nodes[i].Line
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if sc.Sweep != nil {
		return nil, Errors{{File: c.file, Msg: "a proposal preview compares one scenario: " + sc.file + " has a sweep"}}
	}
	for k := range sc.Pools {
		if (sc.Pools[k].Bonded == nil) != (out.Pools[k].Bonded == nil) {
			at := fmt.Sprintf("pools[%d].bonded", k)
			return nil, Errors{{File: c.file, Line: lines[at], Field: at, Msg: "a change cannot add or remove a bonded module (the arms' time series would differ): " +
				"set its fields (share, curve, keep_mev, …), or compare two pools of one scenario"}}
		}
	}
	for _, e := range out.validate() {
		for p, l := range lines {
			if e.Field == p || strings.HasPrefix(e.Field, p+".") {
				e.File, e.Line = c.file, l
			}
		}
		if e.File != c.file {
			e.Msg += " (with the change)"
		}
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// Check applies the change to sc and reports its problems (a preview runs
// it again).
func (c *Change) Check(sc *Scenario) error {
	if _, errs := c.apply(sc); len(errs) > 0 {
		return errs
	}
	return nil
}
