package readapi

import "github.com/prometheus/client_golang/prometheus"

// metrics are the API's Prometheus figures.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	streams  prometheus.Gauge
}

func newMetrics() *metrics {
	return &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "stakepool_api_requests_total", Help: "Read API requests by route and status."}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "stakepool_api_request_seconds", Help: "Read API request time by route.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 4, 9)}, []string{"route"}),
		streams: prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_api_event_streams", Help: "Open event streams."}),
	}
}

func (m *metrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.requests, m.latency, m.streams}
}
