package readapi

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// responseCache keeps the answers of the current chain state: an answer
// depends only on the indexed head, the contracts' views and the beacon
// node's last read, so the same request at the same state is served from
// memory. A new state drops everything.
type responseCache struct {
	mu      sync.Mutex
	version cacheVersion
	m       map[string]cached
	size    int
}

type cacheVersion struct {
	head, state uint64
	beacon      time.Time
}

type cached struct {
	header http.Header
	body   []byte
}

const maxCacheBytes = 64 << 20

func (s *Server) cacheVersion() cacheVersion {
	v := cacheVersion{head: s.ix.Head().Block}
	if cs := s.state.Load(); cs != nil {
		v.state = cs.Block
	}
	if b := s.bstate.Load(); b != nil {
		v.beacon = b.Read
	}
	return v
}

func (c *responseCache) get(v cacheVersion, key string) (cached, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		return cached{}, false
	}
	e, ok := c.m[key]
	return e, ok
}

func (c *responseCache) put(v cacheVersion, key string, e cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v || c.m == nil {
		c.version, c.m, c.size = v, map[string]cached{}, 0
	}
	if c.size+len(e.body) > maxCacheBytes {
		return
	}
	c.m[key] = e
	c.size += len(e.body)
}

// recorder captures an answer to cache it.
type recorder struct {
	http.ResponseWriter
	code int
	buf  bytes.Buffer
}

func (r *recorder) WriteHeader(c int) { r.code = c; r.ResponseWriter.WriteHeader(c) }
func (r *recorder) Write(b []byte) (int, error) {
	r.buf.Write(b)
	return r.ResponseWriter.Write(b)
}

// cachedHandler serves h through the cache.
func (s *Server) cachedHandler(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.RequestURI() + "\x00" + r.Header.Get("Accept")
		v := s.cacheVersion()
		if e, ok := s.cache.get(v, key); ok {
			for k, vs := range e.header {
				w.Header()[k] = vs
			}
			w.Header().Set("X-Cache", "hit")
			w.WriteHeader(http.StatusOK)
			w.Write(e.body)
			return
		}
		rec := &recorder{ResponseWriter: w, code: http.StatusOK}
		h(rec, r)
		if rec.code == http.StatusOK && s.cacheVersion() == v {
			s.cache.put(v, key, cached{header: w.Header().Clone(), body: bytes.Clone(rec.buf.Bytes())})
		}
	}
}
