package indexer

import "github.com/prometheus/client_golang/prometheus"

// metrics are the indexer's Prometheus figures; Collectors registers them.
type metrics struct {
	indexed  prometheus.Gauge
	head     prometheus.Gauge
	verified prometheus.Gauge
	stopped  prometheus.Gauge
	logs     prometheus.Counter
	reorgs   prometheus.Counter
	errors   prometheus.Counter
	getLogs  prometheus.Histogram
}

func newMetrics() *metrics {
	return &metrics{
		indexed:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_indexer_block", Help: "Last block indexed."}),
		head:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_indexer_node_head", Help: "The node's head block at the last look."}),
		verified: prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_indexer_verified_block", Help: "Last block whose figures matched the contracts' views."}),
		stopped:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_indexer_stopped", Help: "1 when the indexer stopped on inconsistent events."}),
		logs:     prometheus.NewCounter(prometheus.CounterOpts{Name: "stakepool_indexer_logs_total", Help: "Logs indexed."}),
		reorgs:   prometheus.NewCounter(prometheus.CounterOpts{Name: "stakepool_indexer_reorgs_total", Help: "Rollbacks after a chain reorganization."}),
		errors:   prometheus.NewCounter(prometheus.CounterOpts{Name: "stakepool_indexer_node_errors_total", Help: "Failed looks at the node (retried)."}),
		getLogs:  prometheus.NewHistogram(prometheus.HistogramOpts{Name: "stakepool_indexer_getlogs_seconds", Help: "Time of one eth_getLogs.", Buckets: prometheus.ExponentialBuckets(0.001, 4, 8)}),
	}
}

// Collectors are the indexer's metrics, for a registry.
func (ix *Indexer) Collectors() []prometheus.Collector {
	m := ix.m
	return []prometheus.Collector{m.indexed, m.head, m.verified, m.stopped, m.logs, m.reorgs, m.errors, m.getLogs}
}
