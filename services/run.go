package services

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Runner runs one service as a process does: a Poll every Interval; a
// failed Poll (a node down, slow, syncing, answering nonsense) is logged
// with the endpoint and the action and retried after a back-off that
// doubles from Interval up to MaxBackoff, and the next success resets it.
// Each Poll is bounded by Timeout. Run returns when its context ends
// (SIGINT/SIGTERM in a process), after the Poll under way: a Poll is
// never cut halfway by a clean shutdown beyond its own context.
type Runner struct {
	Service    Service
	Interval   time.Duration
	MaxBackoff time.Duration
	Timeout    time.Duration
	Log        *slog.Logger
	Metrics    *Metrics

	mu       sync.Mutex
	started  time.Time
	lastOK   time.Time
	lastErr  error
	lastTry  time.Time
	failures int
}

// Health is a runner's state as the health endpoint shows it.
type Health struct {
	Service     string    `json:"service"`
	Healthy     bool      `json:"healthy"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	Failures    int       `json:"consecutive_failures"`
}

func (r *Runner) defaults() {
	if r.Interval <= 0 {
		r.Interval = 12 * time.Second
	}
	if r.MaxBackoff < r.Interval {
		r.MaxBackoff = max(r.Interval, 2*time.Minute)
	}
	if r.Timeout <= 0 {
		r.Timeout = 5 * time.Minute
	}
	if r.Log == nil {
		r.Log = slog.New(slog.DiscardHandler)
	}
}

// Backoff is the wait after n consecutive failures: Interval doubled n
// times, at most MaxBackoff.
func (r *Runner) Backoff(n int) time.Duration {
	r.defaults()
	d := r.Interval
	for i := 0; i < n && d < r.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, r.MaxBackoff)
}

// Run polls until ctx ends; it returns nil then.
func (r *Runner) Run(ctx context.Context) error {
	if r.Service == nil {
		return errors.New("services: a runner needs a service")
	}
	r.defaults()
	m := r.Metrics.or()
	name := r.Service.Name()
	r.mu.Lock()
	r.started = time.Now()
	r.mu.Unlock()
	for {
		if ctx.Err() != nil {
			return nil
		}
		pctx, cancel := context.WithTimeout(ctx, r.Timeout)
		t0 := time.Now()
		err := r.Service.Poll(pctx)
		cancel()
		m.polls.WithLabelValues(name).Inc()
		m.pollSeconds.WithLabelValues(name).Observe(time.Since(t0).Seconds())
		if ctx.Err() != nil {
			return nil // shut down during the poll: not a failure
		}
		r.mu.Lock()
		r.lastTry = time.Now()
		if err == nil {
			r.lastOK, r.lastErr = r.lastTry, nil
			if r.failures > 0 {
				r.Log.Info("recovered", "service", name, "after_failures", r.failures)
			}
			r.failures = 0
		} else {
			r.lastErr = err
			r.failures++
		}
		n := r.failures
		r.mu.Unlock()
		wait := r.Interval
		if err != nil {
			m.pollErrors.WithLabelValues(name).Inc()
			wait = r.Backoff(n)
			r.Log.Warn("pass failed; retrying", "service", name, "err", err, "consecutive_failures", n, "retry_in", wait)
		} else {
			m.lastSuccess.WithLabelValues(name).SetToCurrentTime()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// Health says whether the service succeeded recently: its last pass, or
// one within the longest back-off and three intervals.
func (r *Runner) Health() Health {
	r.defaults()
	r.mu.Lock()
	defer r.mu.Unlock()
	h := Health{Service: r.Service.Name(), LastSuccess: r.lastOK, Failures: r.failures}
	if r.lastErr != nil {
		h.LastError = r.lastErr.Error()
	}
	grace := r.MaxBackoff + 3*r.Interval
	switch {
	case r.failures == 0 && !r.lastTry.IsZero():
		h.Healthy = true
	case !r.lastOK.IsZero():
		h.Healthy = time.Since(r.lastOK) <= grace
	default: // no success yet: healthy while starting up
		h.Healthy = !r.started.IsZero() && time.Since(r.started) <= grace
	}
	return h
}

// Server is a service process's HTTP endpoint: GET /healthz (200 when
// every runner is healthy, 503 otherwise; JSON either way), GET /metrics
// (Prometheus), and whatever routes a service adds (a guardian's
// attestation).
type Server struct {
	Runners []*Runner
	mux     *http.ServeMux
	srv     *http.Server
	ln      net.Listener
}

// NewServer builds the endpoint over reg's metrics.
func NewServer(reg *prometheus.Registry, runners ...*Runner) *Server {
	s := &Server{Runners: runners, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /healthz", s.health)
	if reg != nil {
		s.mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	}
	return s
}

// Handle adds a route.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Handler is the endpoint's handler.
func (s *Server) Handler() http.Handler { return s.mux }

func (s *Server) health(w http.ResponseWriter, _ *http.Request) {
	out := struct {
		Healthy  bool     `json:"healthy"`
		Services []Health `json:"services"`
	}{Healthy: true}
	for _, r := range s.Runners {
		h := r.Health()
		out.Healthy = out.Healthy && h.Healthy
		out.Services = append(out.Services, h)
	}
	w.Header().Set("Content-Type", "application/json")
	if !out.Healthy {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	json.NewEncoder(w).Encode(out)
}

// Listen binds addr ("" binds nothing) and serves until Close.
func (s *Server) Listen(addr string) (string, error) {
	if addr == "" {
		return "", nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("services: listen on %s: %w", addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return ln.Addr().String(), nil
}

// Close stops serving, letting requests under way finish (5 s at most).
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}
