package apiserver

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// broker fans server-sent events out to the streams open on /eth/v1/events.
type broker struct {
	mu   sync.Mutex
	subs map[chan event]map[string]bool
}

type event struct {
	topic string
	data  []byte
}

func newBroker() *broker { return &broker{subs: map[chan event]map[string]bool{}} }

// subscriberBuffer is how many events a slow stream may fall behind
// before it is closed (a consumer that cannot keep up reconnects).
const subscriberBuffer = 256

func (b *broker) subscribe(topics map[string]bool) chan event {
	ch := make(chan event, subscriberBuffer)
	b.mu.Lock()
	b.subs[ch] = topics
	b.mu.Unlock()
	return ch
}

func (b *broker) unsubscribe(ch chan event) {
	b.mu.Lock()
	if _, ok := b.subs[ch]; ok {
		delete(b.subs, ch)
		close(ch)
	}
	b.mu.Unlock()
}

func (b *broker) publish(topic string, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch, topics := range b.subs {
		if !topics[topic] {
			continue
		}
		select {
		case ch <- event{topic, data}:
		default: // too slow: drop the stream
			delete(b.subs, ch)
			close(ch)
		}
	}
}

var eventTopics = map[string]bool{"head": true, "block": true, "finalized_checkpoint": true}

// eventStream serves /eth/v1/events?topics=… as server-sent events.
func (s *Server) eventStream(w http.ResponseWriter, r *http.Request) {
	topics := map[string]bool{}
	for _, t := range splitQuery(r, "topics") {
		if !eventTopics[t] {
			writeError(w, http.StatusBadRequest, "Invalid topic: %s (served: head, block, finalized_checkpoint)", t)
			return
		}
		topics[t] = true
	}
	if len(topics) == 0 {
		writeError(w, http.StatusBadRequest, "No topics given")
		return
	}
	fl, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, "streaming unsupported")
		return
	}
	ch := s.events.subscribe(topics)
	defer s.events.unsubscribe(ch)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	fl.Flush()
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ":\n\n"); err != nil {
				return
			}
			fl.Flush()
		case ev, ok := <-ch:
			if !ok {
				return
			}
			if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.topic, ev.data); err != nil {
				return
			}
			fl.Flush()
		}
	}
}
