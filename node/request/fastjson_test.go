package request

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// slowParse is what Decode does when fastParse declines.
func slowParse(body []byte) (*Request, bool) {
	var r Request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil || dec.More() {
		return nil, false
	}
	return &r, true
}

// FuzzFastParse: whatever the fast path accepts, encoding/json accepts too
// and decodes to the same Request, member strings included.
func FuzzFastParse(f *testing.F) {
	for _, req := range signedSamples(f) {
		b, _ := json.Marshal(req)
		f.Add(b)
		b, _ = json.MarshalIndent(req, " ", "\t")
		f.Add(b)
	}
	for _, s := range []string{`{}`, ` { } `, `{"message":{}}`, `{"type":"a","type":"b"}`, `{"Type":"Submit"}`,
		`{"type":"Su\u0062mit"}`, `{"message":{"a":"1","a":"2"}}`, `{"from":"x"}}`, `{"type":null}`, `{"message":{"n":1}}`, "{\"type\":\"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		fast, ok := fastParse(body)
		if !ok {
			return
		}
		slow, sok := slowParse(body)
		if !sok {
			t.Fatalf("fast path accepted what encoding/json refuses: %q", body)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("fast %+v, encoding/json %+v for %q", fast, slow, body)
		}
		for k, raw := range fast.Message {
			v, ok := plainValue(raw)
			var want string
			if !ok || json.Unmarshal(raw, &want) != nil || v != want {
				t.Fatalf("member %q: plain %q %v, encoding/json %q", k, v, ok, want)
			}
		}
	})
}

// TestFastParseTakesSignedRequests: the requests clients send take the
// fast path.
func TestFastParseTakesSignedRequests(t *testing.T) {
	key, from := testKey(t)
	taken := 0
	for _, k := range Kinds() {
		req, err := Sign(testDomain, sampleTx(&k, from), key)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(req)
		if _, ok := fastParse(b); ok {
			taken++
		}
		if _, perr := Decode(b, testDomain); perr != nil {
			t.Fatalf("%s: %v", k.Type, perr)
		}
	}
	if taken == 0 {
		t.Fatal("no signed request takes the fast path")
	}
	t.Logf("%d of %d kinds take the fast path (the others have list members)", taken, len(Kinds()))
}
