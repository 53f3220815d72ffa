package request

import "encoding/json"

// A fast path for the common shape of a signed request: a flat object with
// the five members, each at most once, spelled exactly, every value a
// plain ASCII string (no escapes) except "message", a flat object of such
// strings. It gives exactly the Request encoding/json would (FuzzFastParse
// compares them); on anything else — escapes, non-ASCII, numbers, arrays,
// null, duplicates, other spellings, trailing data — it declines and the
// caller decodes with encoding/json, which then decides. It exists because
// the decoder's reflection and allocations were a tenth of the CPU of a
// signed transaction (the rest being the signature recovery).

// plainString returns the end (after the closing quote) of the plain
// string starting at b[i] == '"', or -1.
func plainString(b []byte, i int) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	for j := i + 1; j < len(b); j++ {
		c := b[j]
		switch {
		case c == '"':
			return j + 1
		case c == '\\' || c < 0x20 || c >= 0x80:
			return -1
		}
	}
	return -1
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// fastParse parses body in the common shape, or reports false.
func fastParse(body []byte) (*Request, bool) {
	r := &Request{}
	var seen [5]bool
	i := skipSpace(body, 0)
	if i >= len(body) || body[i] != '{' {
		return nil, false
	}
	i = skipSpace(body, i+1)
	if i < len(body) && body[i] == '}' {
		i++
	} else {
		for {
			end := plainString(body, i)
			if end < 0 {
				return nil, false
			}
			key := string(body[i+1 : end-1])
			i = skipSpace(body, end)
			if i >= len(body) || body[i] != ':' {
				return nil, false
			}
			i = skipSpace(body, i+1)
			var dst *string
			slot := -1
			switch key {
			case "type":
				dst, slot = &r.Type, 0
			case "chain_id":
				dst, slot = &r.ChainID, 1
			case "from":
				dst, slot = &r.From, 2
			case "signature":
				dst, slot = &r.Signature, 3
			case "message":
				slot = 4
			default:
				return nil, false
			}
			if seen[slot] {
				return nil, false
			}
			seen[slot] = true
			if dst != nil {
				end := plainString(body, i)
				if end < 0 {
					return nil, false
				}
				*dst = string(body[i+1 : end-1])
				i = end
			} else {
				var ok bool
				if r.Message, i, ok = fastMessage(body, i); !ok {
					return nil, false
				}
			}
			i = skipSpace(body, i)
			if i >= len(body) {
				return nil, false
			}
			if body[i] == '}' {
				i++
				break
			}
			if body[i] != ',' {
				return nil, false
			}
			i = skipSpace(body, i+1)
		}
	}
	if skipSpace(body, i) != len(body) {
		return nil, false
	}
	return r, true
}

// fastMessage parses a flat object of plain strings at body[i].
func fastMessage(body []byte, i int) (map[string]json.RawMessage, int, bool) {
	if i >= len(body) || body[i] != '{' {
		return nil, 0, false
	}
	m := make(map[string]json.RawMessage, 4)
	i = skipSpace(body, i+1)
	if i < len(body) && body[i] == '}' {
		return m, i + 1, true
	}
	for {
		end := plainString(body, i)
		if end < 0 {
			return nil, 0, false
		}
		key := string(body[i+1 : end-1])
		if _, dup := m[key]; dup {
			return nil, 0, false
		}
		i = skipSpace(body, end)
		if i >= len(body) || body[i] != ':' {
			return nil, 0, false
		}
		i = skipSpace(body, i+1)
		vend := plainString(body, i)
		if vend < 0 {
			return nil, 0, false
		}
		m[key] = json.RawMessage(body[i:vend:vend])
		i = skipSpace(body, vend)
		if i >= len(body) {
			return nil, 0, false
		}
		if body[i] == '}' {
			return m, i + 1, true
		}
		if body[i] != ',' {
			return nil, 0, false
		}
		i = skipSpace(body, i+1)
	}
}

// plainValue is json.Unmarshal of a JSON string into a string for the
// plain strings fastParse accepts, or false.
func plainValue(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || plainString(raw, 0) != len(raw) {
		return "", false
	}
	return string(raw[1 : len(raw)-1]), true
}
