package keys

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// pyString writes s the way Python's json.dumps does with its defaults
// (ensure_ascii=True): ASCII as is except '"', '\\' and control characters,
// everything else as \uXXXX (surrogate pairs above the BMP). The staking
// deposit CLI writes its files with json.dump, so matching it byte for byte
// needs this encoder rather than encoding/json (which escapes <, > and & and
// keeps UTF-8).
func pyString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || (r >= 0x7f && r < 0x10000) || r == utf8.RuneError:
			fmt.Fprintf(b, `\u%04x`, r)
		case r >= 0x10000:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(b, `\u%04x\u%04x`, r1, r2)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

// pyObject builds a Python-json.dumps-style object: {"k": v, "k2": v2}.
type pyObject struct {
	b     strings.Builder
	first bool
}

func newPyObject() *pyObject {
	o := &pyObject{first: true}
	o.b.WriteByte('{')
	return o
}

func (o *pyObject) key(k string) {
	if !o.first {
		o.b.WriteString(", ")
	}
	o.first = false
	pyString(&o.b, k)
	o.b.WriteString(": ")
}

func (o *pyObject) str(k, v string) *pyObject {
	o.key(k)
	pyString(&o.b, v)
	return o
}

func (o *pyObject) uint(k string, v uint64) *pyObject {
	o.key(k)
	o.b.WriteString(strconv.FormatUint(v, 10))
	return o
}

func (o *pyObject) raw(k, v string) *pyObject {
	o.key(k)
	o.b.WriteString(v)
	return o
}

func (o *pyObject) String() string {
	return o.b.String() + "}"
}
