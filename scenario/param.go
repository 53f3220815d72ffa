package scenario

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// A parameter is a field of the scenario named by its path, as in the
// error messages: chain.participation, pools[0].reserve, pools[lido].fee,
// agents.runs[1].fraction, pools[lido].operators.participation[2]. A list
// of named things (pools) may be indexed by name. Sweeps and proposal
// previews set parameters on copies of the scenario.

// paramSeg is one step of a parameter path: a field, then list indices.
type paramSeg struct {
	field string
	index []string
}

func parsePath(path string) ([]paramSeg, error) {
	if strings.TrimSpace(path) == "" {
		return nil, fmt.Errorf("empty parameter path")
	}
	var segs []paramSeg
	for _, part := range strings.Split(path, ".") {
		s := paramSeg{}
		name, rest, _ := strings.Cut(part, "[")
		s.field = name
		if name == "" {
			return nil, fmt.Errorf("%q: empty field name", path)
		}
		if rest != "" {
			rest = "[" + rest
		}
		for rest != "" {
			if rest[0] != '[' {
				return nil, fmt.Errorf("%q: want [index] after %s", path, name)
			}
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, fmt.Errorf("%q: unclosed [", path)
			}
			s.index = append(s.index, rest[1:j])
			rest = rest[j+1:]
		}
		segs = append(segs, s)
	}
	return segs, nil
}

// fieldByTag finds the struct field whose yaml tag is name.
func fieldByTag(v reflect.Value, name string) (reflect.Value, []string, bool) {
	t := v.Type()
	var names []string
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		names = append(names, tag)
		if tag == name {
			return v.Field(i), nil, true
		}
	}
	return reflect.Value{}, names, false
}

// resolve finds the field a path names in sc (which it may change:
// the value is settable). Pointers on the way must be set already.
func (sc *Scenario) resolve(path string) (reflect.Value, error) {
	v, _, err := sc.resolvePath(path)
	return v, err
}

// canonical is the path as error messages write it (lists by index), or
// the path itself when it names nothing.
func (sc *Scenario) canonical(path string) string {
	if _, at, err := sc.resolvePath(path); err == nil {
		return at
	}
	return path
}

// resolvePath is resolve, with the path as error messages write it.
func (sc *Scenario) resolvePath(path string) (reflect.Value, string, error) {
	segs, err := parsePath(path)
	if err != nil {
		return reflect.Value{}, "", err
	}
	v := reflectValue(sc)
	at := ""
	for _, s := range segs {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, "", fmt.Errorf("%s is not set in the scenario", at)
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, "", fmt.Errorf("%s has no field %q", at, s.field)
		}
		f, names, ok := fieldByTag(v, s.field)
		if !ok {
			return reflect.Value{}, "", fmt.Errorf("%s: no field %q (known: %s)", orTop(at), s.field, strings.Join(names, ", "))
		}
		at = join(at, s.field)
		v = f
		for _, ix := range s.index {
			if v.Kind() != reflect.Slice {
				return reflect.Value{}, "", fmt.Errorf("%s is not a list", at)
			}
			i, err := strconv.Atoi(ix)
			if err != nil {
				i = indexByName(v, ix)
				if i < 0 {
					return reflect.Value{}, "", fmt.Errorf("%s has no element named %q", at, ix)
				}
			}
			if i < 0 || i >= v.Len() {
				return reflect.Value{}, "", fmt.Errorf("%s has %d elements, no [%d]", at, v.Len(), i)
			}
			at = fmt.Sprintf("%s[%d]", at, i)
			v = v.Index(i)
		}
	}
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() != amountType {
			return reflect.Value{}, "", fmt.Errorf("%s is a group of fields: name one of them", at)
		}
	case reflect.Slice:
		if e := v.Type().Elem(); e.Kind() == reflect.Struct && e != amountType {
			return reflect.Value{}, "", fmt.Errorf("%s is a list of groups: name one element's field", at)
		}
	case reflect.Map:
		return reflect.Value{}, "", fmt.Errorf("%s is a mapping: name one of its fields", at)
	}
	return v, at, nil
}

func orTop(at string) string {
	if at == "" {
		return "the scenario"
	}
	return at
}

// indexByName finds the element of a list of structs whose Name is name.
func indexByName(list reflect.Value, name string) int {
	for i := 0; i < list.Len(); i++ {
		e := list.Index(i)
		if e.Kind() == reflect.Struct {
			if f := e.FieldByName("Name"); f.IsValid() && f.Kind() == reflect.String && f.String() == name {
				return i
			}
		}
	}
	return -1
}

// setParam decodes node into the field path names in sc; errors name file,
// the node's line and the path.
func (sc *Scenario) setParam(file, path string, node *yaml.Node) Errors {
	v, err := sc.resolve(path)
	if err != nil {
		return Errors{{File: file, Line: node.Line, Field: path, Msg: err.Error()}}
	}
	d := &decoder{file: file, lines: map[string]int{}}
	tmp := reflect.New(v.Type()).Elem()
	d.decode(node, tmp, path)
	if len(d.errs) > 0 {
		return d.errs
	}
	v.Set(tmp)
	return nil
}

// paramValue is the value of the field path names, as a number for tables
// and plots: fractions as fractions, amounts in ETH, durations in days.
func (sc *Scenario) paramValue(path string) float64 {
	v, err := sc.resolve(path)
	if err != nil {
		return 0
	}
	return numberOf(v)
}

func numberOf(v reflect.Value) float64 {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return 0
		}
		v = v.Elem()
	}
	switch v.Type() {
	case amountType:
		return v.Interface().(Amount).ETH()
	case durationType:
		return Duration(v.Uint()).Days()
	}
	switch v.Kind() {
	case reflect.Float64, reflect.Float32:
		return v.Float()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return float64(v.Int())
	case reflect.Uint, reflect.Uint64, reflect.Uint32:
		return float64(v.Uint())
	case reflect.Bool:
		if v.Bool() {
			return 1
		}
	case reflect.Slice:
		return float64(v.Len()) // a list parameter (ignore_exits) by its length
	}
	return 0
}

// paramKind is how a parameter's values are shown: "fraction" (as %),
// "amount" (ETH), "duration" (days) or "number".
func (sc *Scenario) paramKind(path string) string {
	v, err := sc.resolve(path)
	if err != nil {
		return "number"
	}
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	switch v.Type() {
	case fracType:
		return "fraction"
	case amountType:
		return "amount"
	case durationType:
		return "duration"
	}
	return "number"
}

// copyScenario is a deep copy of sc: a variant may change any field.
func copyScenario(sc *Scenario) *Scenario {
	c := &Scenario{}
	deepCopy(reflect.ValueOf(c).Elem(), reflect.ValueOf(sc).Elem())
	c.file, c.dir, c.lines = sc.file, sc.dir, sc.lines
	c.prices = sc.prices
	return c
}

func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		n := reflect.New(src.Elem().Type())
		deepCopy(n.Elem(), src.Elem())
		dst.Set(n)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		n := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := 0; i < src.Len(); i++ {
			deepCopy(n.Index(i), src.Index(i))
		}
		dst.Set(n)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		n := reflect.MakeMapWithSize(src.Type(), src.Len())
		it := src.MapRange()
		for it.Next() {
			e := reflect.New(it.Value().Type()).Elem()
			deepCopy(e, it.Value())
			n.SetMapIndex(it.Key(), e)
		}
		dst.Set(n)
	case reflect.Struct:
		t := src.Type()
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() {
				deepCopy(dst.Field(i), src.Field(i))
			}
		}
		if t == amountType {
			dst.Set(src)
		}
	default:
		dst.Set(src)
	}
}
