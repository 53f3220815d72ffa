package api

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// The answer of POST /v1/txs written without reflection: a batch of 512
// receipts with their events was ≈ 3% of the CPU of a signed transaction
// in the node bench. The bytes are exactly what encoding/json's Encoder
// writes for Batch (TestBatchJSONMatchesEncoding compares them).

func writeBatch(w http.ResponseWriter, out Batch) {
	bp := getBuf()
	*bp = appendBatch((*bp)[:0], &out)
	writeBytes(w, http.StatusOK, *bp)
	putBuf(bp)
}

func appendBatch(b []byte, out *Batch) []byte {
	if out.Results == nil {
		return append(b, `{"results":null}`+"\n"...)
	}
	b = append(b, `{"results":[`...)
	for i := range out.Results {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendReceipt(b, &out.Results[i])
	}
	return append(b, "]}\n"...)
}

func appendReceipt(b []byte, r *Receipt) []byte {
	b = append(b, `{"hash":`...)
	b = appendString(b, r.Hash)
	b = append(b, `,"status":`...)
	b = appendString(b, r.Status)
	b = append(b, `,"block":`...)
	b = strconv.AppendUint(b, r.Block, 10)
	b = append(b, `,"slot":`...)
	b = strconv.AppendUint(b, r.Slot, 10)
	b = append(b, `,"index":`...)
	b = strconv.AppendInt(b, int64(r.Index), 10)
	b = append(b, `,"from":`...)
	b = appendString(b, r.From)
	b = append(b, `,"nonce":`...)
	b = strconv.AppendUint(b, r.Nonce, 10)
	b = append(b, `,"type":`...)
	b = appendString(b, r.Type)
	b = append(b, `,"events":`...)
	if r.Events == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Events {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendEvent(b, &r.Events[i])
		}
		b = append(b, ']')
	}
	if r.Error != nil {
		b = append(b, `,"error":{"code":`...)
		b = appendString(b, r.Error.Code)
		b = append(b, `,"message":`...)
		b = appendString(b, r.Error.Message)
		b = append(b, '}')
	}
	return append(b, '}')
}

func appendEvent(b []byte, e *Event) []byte {
	b = append(b, `{"event":`...)
	b = appendString(b, e.Event)
	str := func(name, v string) {
		if v != "" {
			b = append(b, `,"`+name+`":`...)
			b = appendString(b, v)
		}
	}
	str("from", e.From)
	str("to", e.To)
	str("amount_wei", e.Amount)
	str("shares", e.Shares)
	b = append(b, `,"operator":`...)
	b = strconv.AppendUint(b, uint64(e.Operator), 10)
	num := func(name string, v uint64) {
		if v != 0 {
			b = append(b, `,"`+name+`":`...)
			b = strconv.AppendUint(b, v, 10)
		}
	}
	num("index", e.Index)
	num("count", e.Count)
	num("block", e.Block)
	str("tx", e.Tx)
	return append(b, '}')
}

// appendString writes s as encoding/json does (HTML-safe escaping): plain
// printable ASCII directly, anything else through json.Marshal.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
