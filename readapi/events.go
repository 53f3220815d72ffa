package readapi

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/indexer"
)

// EventDoc is one indexed event in the stream.
type EventDoc struct {
	Contract string         `json:"contract"`
	Event    string         `json:"event"`
	Args     map[string]any `json:"args"`
	Block    uint64         `json:"block"`
	Time     uint64         `json:"time"`
	Tx       string         `json:"tx"`
	LogIndex uint32         `json:"log_index"`
}

func eventDoc(e *indexer.LoggedEvent) EventDoc {
	d := EventDoc{Contract: e.Event.Contract.String(), Event: e.Event.Name, Args: map[string]any{}, Block: e.Log.BlockNumber,
		Time: e.Time, Tx: e.Log.TxHash.Hex(), LogIndex: uint32(e.Log.Index)}
	if !e.Decoded {
		d.Event = "unknown"
		d.Args["topics"] = e.Log.Topics
		d.Args["data"] = "0x" + hex.EncodeToString(e.Log.Data)
		return d
	}
	for k, v := range e.Event.Args {
		switch x := v.(type) {
		case *uint256.Int:
			d.Args[k] = x.Dec() // integers as decimal strings
		case common.Address:
			d.Args[k] = x.Hex()
		case [32]byte:
			d.Args[k] = common.Hash(x).Hex()
		case []byte:
			d.Args[k] = "0x" + hex.EncodeToString(x)
		default:
			d.Args[k] = x
		}
	}
	return d
}

// involves reports whether an event names the account in an address argument.
func involves(d *EventDoc, a string) bool {
	for _, v := range d.Args {
		if s, ok := v.(string); ok && s == a {
			return true
		}
	}
	return false
}

// events streams the indexed events as server-sent events: `event: NAME`
// with an EventDoc, from block ?from= (default: the head) on, filtered to
// ?account= when given; `event: reorg` with {"block": N} when the chain
// rolled back below what was sent (events after N follow again);
// `: keep-alive` comments every 15 s.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var account string
	if a := q.Get("account"); a != "" {
		addr, ok := parseAddress(w, a)
		if !ok {
			return
		}
		account = addr.Hex()
	}
	head := s.ix.Head()
	after := indexer.Position{Block: head.Block, Tx: ^uint32(0), Log: ^uint32(0)}
	if f := q.Get("from"); f != "" {
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			writeError(w, http.StatusBadRequest, CodeBadRequest, "from: a block number")
			return
		}
		after = indexer.Position{}
		if n > 0 {
			after = indexer.Position{Block: n - 1, Tx: ^uint32(0), Log: ^uint32(0)}
		}
	}
	fl, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, CodeInternal, "streaming unsupported")
		return
	}
	if rc := http.NewResponseController(w); rc != nil {
		rc.SetWriteDeadline(time.Time{})
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, ": stakepool events\n\n")
	fl.Flush()
	s.m.streams.Inc()
	defer s.m.streams.Dec()
	keep := time.NewTicker(15 * time.Second)
	defer keep.Stop()
	for {
		ch := s.ix.Changed()
		h := s.ix.Head()
		if h.Block < after.Block && after.Block != ^uint64(0) {
			b, _ := json.Marshal(map[string]uint64{"block": h.Block})
			fmt.Fprintf(w, "event: reorg\ndata: %s\n\n", b)
			after = indexer.Position{Block: h.Block, Tx: ^uint32(0), Log: ^uint32(0)}
			fl.Flush()
		}
		v, err := s.ix.View()
		if err != nil {
			return
		}
		logs, err := v.Logs(after, 1000, s.ix.Decode)
		v.Close()
		if err != nil {
			return
		}
		for i := range logs {
			d := eventDoc(&logs[i])
			after = indexer.Position{Block: logs[i].Log.BlockNumber, Tx: uint32(logs[i].Log.TxIndex), Log: uint32(logs[i].Log.Index)}
			if account != "" && !involves(&d, account) {
				continue
			}
			b, _ := json.Marshal(d)
			if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", d.Event, b); err != nil {
				return
			}
		}
		fl.Flush()
		if len(logs) == 1000 {
			continue
		}
		if len(logs) == 0 && h.Block > after.Block {
			after = indexer.Position{Block: h.Block, Tx: ^uint32(0), Log: ^uint32(0)}
		}
		select {
		case <-r.Context().Done():
			return
		case <-ch:
		case <-keep.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}
