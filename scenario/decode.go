package scenario

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/holiman/uint256"
	"gopkg.in/yaml.v3"

	"github.com/stakepool/stakepool/units"
)

// Error is a problem with a scenario file, found before the run: the file,
// the line, the field (a dotted path such as pools[1].reserve) and what is
// wrong with it.
type Error struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (e *Error) Error() string {
	loc := e.File
	if loc == "" {
		loc = "scenario"
	}
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, e.Line)
	}
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", loc, e.Field, e.Msg)
	}
	return fmt.Sprintf("%s: %s", loc, e.Msg)
}

// Errors is every problem found in one file.
type Errors []*Error

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Amount is an amount of ETH written as units.ParseAmount reads it
// ("1.5eth", "1500000000gwei", "32" = 32 ETH).
type Amount struct {
	Wei uint256.Int
}

// ETH is the amount in ether as a float (for the models).
func (a Amount) ETH() float64 {
	return a.Wei.Float64() / 1e18
}

// Gwei is the amount in gwei, rounded down.
func (a Amount) Gwei() uint64 {
	g, _, _ := units.WeiToGwei(&a.Wei)
	return uint64(g)
}

// IsZero reports a zero amount.
func (a Amount) IsZero() bool { return a.Wei.IsZero() }

// Eth makes an Amount of n ether.
func Eth(n float64) Amount {
	var a Amount
	a.Wei.SetUint64(uint64(math.Round(n * 1e9)))
	a.Wei.Mul(&a.Wei, uint256.NewInt(1e9))
	return a
}

// MarshalText writes the amount as units.FormatEther with "eth".
func (a Amount) MarshalText() ([]byte, error) { return []byte(units.FormatEther(&a.Wei) + "eth"), nil }

// Fraction is a share written as a percentage ("5%", "0.3%") or a plain
// fraction (0.05).
type Fraction float64

// MarshalText writes the fraction as a percentage.
func (f Fraction) MarshalText() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(f)*100, 'g', -1, 64) + "%"), nil
}

// Duration is a span of simulated time in slots, written with a unit:
// "90d", "12h", "30m", "384s", "225epochs", "7200slots". Slots are 12 s.
type Duration uint64

const (
	secondsPerSlot = 12
	slotsPerEpoch  = 32
	slotsPerDay    = 7200
	epochsPerDay   = 225
	daysPerYear    = 365.25
)

// Days is the duration in days.
func (d Duration) Days() float64 { return float64(d) / slotsPerDay }

// Epochs is the duration in whole epochs (rounded down).
func (d Duration) Epochs() uint64 { return uint64(d) / slotsPerEpoch }

// MarshalText writes the duration in days, or slots when not whole days.
func (d Duration) MarshalText() ([]byte, error) {
	if d%slotsPerDay == 0 {
		return []byte(fmt.Sprintf("%dd", d/slotsPerDay)), nil
	}
	return []byte(fmt.Sprintf("%dslots", d)), nil
}

func parseDuration(s string) (Duration, error) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == '_') {
		i++
	}
	num, unit := strings.ReplaceAll(s[:i], "_", ""), strings.TrimSpace(s[i:])
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("%q is not a duration (write e.g. 90d, 12h, 225epochs, 7200slots)", s)
	}
	var slots float64
	switch unit {
	case "d", "day", "days":
		slots = v * slotsPerDay
	case "h", "hour", "hours":
		slots = v * 300
	case "m", "min", "minutes":
		slots = v * 5
	case "s":
		slots = v / secondsPerSlot
	case "epoch", "epochs":
		slots = v * slotsPerEpoch
	case "slot", "slots":
		slots = v
	case "y", "year", "years":
		slots = v * daysPerYear * slotsPerDay
	default:
		return 0, fmt.Errorf("%q has no time unit (d, h, m, s, epochs, slots, y)", s)
	}
	if slots != math.Trunc(slots) {
		return 0, fmt.Errorf("%q is not a whole number of 12-second slots", s)
	}
	return Duration(slots), nil
}

// decoder walks a yaml.Node tree into Go values by the `yaml` tags,
// recording each field's line and collecting errors with their path.
type decoder struct {
	file  string
	errs  Errors
	lines map[string]int
}

func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.errs = append(d.errs, &Error{File: d.file, Line: line, Field: path, Msg: fmt.Sprintf(format, args...)})
}

var (
	amountType   = reflect.TypeOf(Amount{})
	fracType     = reflect.TypeOf(Fraction(0))
	durationType = reflect.TypeOf(Duration(0))
	nodeType     = reflect.TypeOf(yaml.Node{})
)

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return
		}
		n = n.Content[0]
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	d.lines[path] = n.Line
	if v.Kind() == reflect.Pointer {
		if n.Tag == "!!null" {
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
		return
	}
	switch v.Type() {
	case nodeType: // kept as written: decoded later against its parameter
		v.Set(reflect.ValueOf(*n))
		return
	case amountType:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "want an amount such as 32eth or 1500000000gwei")
			return
		}
		w, err := units.ParseAmount(n.Value)
		if err != nil {
			var pe *units.ParseError
			if errors.As(err, &pe) {
				d.fail(n, path, "amount %q: %s (write e.g. 1.5eth or 1500000000gwei)", n.Value, pe.Reason)
			} else {
				d.fail(n, path, "amount %q: %v", n.Value, err)
			}
			return
		}
		v.Set(reflect.ValueOf(Amount{Wei: *w}))
		return
	case fracType:
		s := strings.TrimSpace(n.Value)
		pct := strings.HasSuffix(s, "%")
		f, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
		if n.Kind != yaml.ScalarNode || err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			d.fail(n, path, "%q is not a fraction (write 5%% or 0.05)", n.Value)
			return
		}
		if pct {
			f /= 100
		}
		v.SetFloat(f)
		return
	case durationType:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "want a duration such as 90d")
			return
		}
		du, err := parseDuration(n.Value)
		if err != nil {
			d.fail(n, path, "%v", err)
			return
		}
		v.SetUint(uint64(du))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			d.fail(n, path, "want a mapping of fields, got %s", kindName(n))
			return
		}
		fields := map[string]int{}
		var names []string
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
			if tag == "" || tag == "-" {
				continue
			}
			fields[tag] = i
			names = append(names, tag)
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			fi, ok := fields[k.Value]
			p := join(path, k.Value)
			if !ok {
				d.fail(k, p, "unknown field (known: %s)", strings.Join(names, ", "))
				continue
			}
			if seen[k.Value] {
				d.fail(k, p, "field given twice")
				continue
			}
			seen[k.Value] = true
			d.decode(val, v.Field(fi), p)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.fail(n, path, "want a list, got %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "want a string, got %s", kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		b, err := strconv.ParseBool(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "%q is not true or false", n.Value)
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64:
		x, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 10, 64)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "%q is not a whole number", n.Value)
			return
		}
		v.SetInt(x)
	case reflect.Uint64, reflect.Uint32, reflect.Uint:
		x, err := strconv.ParseUint(strings.ReplaceAll(n.Value, "_", ""), 10, 64)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "%q is not a whole number ≥ 0", n.Value)
			return
		}
		v.SetUint(x)
	case reflect.Float64:
		x, err := strconv.ParseFloat(n.Value, 64)
		if n.Kind != yaml.ScalarNode || err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			d.fail(n, path, "%q is not a number", n.Value)
			return
		}
		v.SetFloat(x)
	default:
		d.fail(n, path, "cannot decode into %s", v.Type())
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}
