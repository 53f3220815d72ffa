package node

import (
	"math/big"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/stakepool/stakepool/protocol"
)

type metrics struct {
	blocks, commits, txs    prometheus.Counter
	rejected                *prometheus.CounterVec
	fsync, batch            prometheus.Histogram
	fsyncsPerBlock          prometheus.Histogram
	mempool, shareRate, tvl prometheus.Gauge
	validators, blockHeight prometheus.Gauge
	queue, queueStETH       prometheus.Gauge
	reports                 prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		blocks:  prometheus.NewCounter(prometheus.CounterOpts{Name: "stakepool_blocks_total", Help: "Blocks sealed."}),
		commits: prometheus.NewCounter(prometheus.CounterOpts{Name: "stakepool_log_commits_total", Help: "Log entries written (one fsync each)."}),
		txs:     prometheus.NewCounter(prometheus.CounterOpts{Name: "stakepool_txs_applied_total", Help: "Transactions applied and logged."}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "stakepool_txs_rejected_total", Help: "Transactions rejected, by code."},
			[]string{"code"}),
		fsync: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "stakepool_log_commit_seconds", Help: "Latency of one log commit with fsync.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)}),
		batch: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "stakepool_log_batch_txs", Help: "Transactions per log commit (group commit).",
			Buckets: prometheus.ExponentialBuckets(1, 4, 9)}),
		fsyncsPerBlock: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "stakepool_block_fsyncs", Help: "Log commits per block.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 12)}),
		mempool:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_mempool_txs", Help: "Transactions waiting."}),
		shareRate:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_share_rate", Help: "stETH per share."}),
		tvl:         prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_total_pooled_ether", Help: "Total pooled ETH (ETH)."}),
		validators:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_deposited_validators", Help: "Validators deposited."}),
		blockHeight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_block", Help: "Last sealed block."}),
		queue:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_withdrawal_queue_requests", Help: "Withdrawal requests not finalized."}),
		queueStETH:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_withdrawal_queue_steth", Help: "stETH waiting in the withdrawal queue (ETH)."}),
		reports:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "stakepool_oracle_reports", Help: "Oracle reports applied."}),
	}
	if reg != nil {
		reg.MustRegister(m.blocks, m.commits, m.txs, m.rejected, m.fsync, m.batch, m.fsyncsPerBlock, m.mempool, m.shareRate, m.tvl, m.validators, m.blockHeight, m.queue, m.queueStETH, m.reports)
	}
	return m
}

func toFloat(x *big.Int) float64 {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f
}

// observeState updates the gauges that follow the state (once per block).
func (m *metrics) observeState(s *protocol.State) {
	pooled := s.TotalPooledEther().ToBig()
	shares := s.TotalShares().ToBig()
	if shares.Sign() > 0 {
		m.shareRate.Set(toFloat(pooled) / toFloat(shares))
	}
	m.tvl.Set(toFloat(pooled) / 1e18)
	m.validators.Set(float64(s.DepositedValidators()))
	m.blockHeight.Set(float64(s.Block()))
	req, last, unfin, _ := s.WithdrawalQueue()
	m.queue.Set(float64(req - last))
	m.queueStETH.Set(toFloat(unfin.ToBig()) / 1e18)
	m.reports.Set(float64(s.ReportCount()))
}
