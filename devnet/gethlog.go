package devnet

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/log"
)

// geth logs through its own global logger. The devnet installs one
// handler for the process: it forwards geth's warnings and errors to the
// devnet's logger, and it watches for the block builder's "Updated
// payload" record, which says that a payload's first version with
// transactions is ready (geth's Engine API answers getPayload with what is
// built so far: asked at once, it returns the empty block).

var (
	gethLogOnce sync.Once
	gethLogger  atomic.Pointer[slog.Logger]
	built       = &payloadsBuilt{done: map[engine.PayloadID]bool{}}
)

func installGethLog() {
	gethLogOnce.Do(func() { log.SetDefault(log.NewLogger(gethHandler{})) })
}

// logTo sends geth's warnings to l (nil: discard them).
func logTo(l *slog.Logger) {
	if l != nil {
		gethLogger.Store(l.With("component", "geth"))
	}
}

// quietGethWarnings are geth warnings that say nothing wrong on a devnet:
// a call that reverts is the caller's answer (the oracle members simulate
// reports); a new database has no head block and no state snapshot yet
// (geth builds one), and a snapshot not written before a kill -9 is built
// again the same way.
var quietGethWarnings = map[string]bool{
	"Served eth_call":             true,
	"Head block is not reachable": true,
	"Failed to load snapshot":     true,
}

type gethHandler struct{ attrs []slog.Attr }

func (gethHandler) Enabled(_ context.Context, level slog.Level) bool { return level >= slog.LevelInfo }

func (h gethHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "Updated payload" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "id" {
				if id, ok := a.Value.Any().(engine.PayloadID); ok {
					built.mark(id)
				}
				return false
			}
			return true
		})
	}
	if r.Level < slog.LevelWarn || quietGethWarnings[r.Message] {
		return nil
	}
	if l := gethLogger.Load(); l != nil {
		return l.Handler().WithAttrs(h.attrs).Handle(ctx, r)
	}
	return nil
}

func (h gethHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return gethHandler{attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}

func (h gethHandler) WithGroup(string) slog.Handler { return h }

// payloadsBuilt remembers the payloads whose full version is ready.
type payloadsBuilt struct {
	mu    sync.Mutex
	done  map[engine.PayloadID]bool
	order []engine.PayloadID
	wake  chan struct{}
}

func (p *payloadsBuilt) mark(id engine.PayloadID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.done[id] {
		p.done[id] = true
		p.order = append(p.order, id)
		if len(p.order) > 256 {
			delete(p.done, p.order[0])
			p.order = p.order[1:]
		}
	}
	if p.wake != nil {
		close(p.wake)
		p.wake = nil
	}
}

// forget drops id (about to be built again).
func (p *payloadsBuilt) forget(id engine.PayloadID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.done, id)
}

// wait returns when payload id's full version is ready or ctx is done.
func (p *payloadsBuilt) wait(ctx context.Context, id engine.PayloadID) {
	for {
		p.mu.Lock()
		if p.done[id] {
			p.mu.Unlock()
			return
		}
		if p.wake == nil {
			p.wake = make(chan struct{})
		}
		w := p.wake
		p.mu.Unlock()
		select {
		case <-w:
		case <-ctx.Done():
			return
		}
	}
}
