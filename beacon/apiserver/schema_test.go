package apiserver_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

// The response schemas of ethereum/beacon-APIs v3.1.0 (commit
// 93c5df0e93373163b6324bb07b17babfe2f39b4c, the release for consensus
// specs v1.5.0, Electra), as published: testdata/beacon-APIs holds the
// files our endpoints' schemas reach, unmodified (see its README).

var schemaDir = func() string {
	if d := os.Getenv("BEACON_APIS_DIR"); d != "" { // a full checkout, to list the files needed
		return d
	}
	d, _ := filepath.Abs(filepath.Join("testdata", "beacon-APIs"))
	return d
}()

// yamlLoader loads the OpenAPI YAML files as JSON documents and records
// which ones were read.
type yamlLoader struct {
	mu   sync.Mutex
	read map[string]bool
}

func (l *yamlLoader) Load(u string) (any, error) {
	p, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(p.Path)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.read[p.Path] = true
	l.mu.Unlock()
	var doc any
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	js, err := json.Marshal(toJSONable(doc))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(js))
}

func toJSONable(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = toJSONable(e)
		}
		return x
	case map[any]any:
		m := map[string]any{}
		for k, e := range x {
			m[fmt.Sprint(k)] = toJSONable(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = toJSONable(e)
		}
	}
	return v
}

type schemas struct {
	c      *jsonschema.Compiler
	loader *yamlLoader
}

func newSchemas() *schemas {
	l := &yamlLoader{read: map[string]bool{}}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseLoader(l)
	c.UseRegexpEngine(goRegexp)
	return &schemas{c: c, loader: l}
}

// bigRepeat is a regexp repeat count above Go's limit of 1000.
var bigRepeat = regexp.MustCompile(`\{(\d+),(\d{4,})\}`)

// goRegexp compiles the schemas' patterns with Go's regexp, whose repeat
// counts stop at 1000: a pattern such as Transaction's
// ^0x[a-fA-F0-9]{0,2147483648}$ is read with an unbounded upper count
// ({0,}), the only difference from the schema (no response comes near).
func goRegexp(s string) (jsonschema.Regexp, error) {
	s = bigRepeat.ReplaceAllStringFunc(s, func(m string) string {
		sub := bigRepeat.FindStringSubmatch(m)
		if n, _ := strconv.Atoi(sub[2]); n <= 1000 {
			return m
		}
		return "{" + sub[1] + ",}"
	})
	return regexp.Compile(s)
}

// response is the schema of an operation's answer: file is the path file
// under apis/, method "get" or "post", status "200".
func (s *schemas) response(t *testing.T, file, method, status string) *jsonschema.Schema {
	t.Helper()
	loc := "file://" + filepath.ToSlash(filepath.Join(schemaDir, "apis", file)) + "#/" + method + "/responses/" + status +
		"/content/application~1json/schema"
	sch, err := s.c.Compile(loc)
	if err != nil {
		t.Fatalf("compile %s: %v", loc, err)
	}
	return sch
}

// check validates body against the schema.
func (s *schemas) check(t *testing.T, what string, sch *jsonschema.Schema, body []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: not JSON: %v\n%s", what, err, body)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("%s: does not follow the beacon-APIs schema: %v\nbody: %.600s", what, err, body)
	}
}

// files lists the schema files read, relative to the schema directory.
func (s *schemas) files() []string {
	s.loader.mu.Lock()
	defer s.loader.mu.Unlock()
	var out []string
	for p := range s.loader.read {
		r, _ := filepath.Rel(schemaDir, p)
		out = append(out, filepath.ToSlash(r))
	}
	sort.Strings(out)
	return out
}

var _ = strings.Contains
