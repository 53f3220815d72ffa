package services

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the services' Prometheus figures, each labelled with the
// service's name ("oracle-0", "guardian", …). docs/operations.md says what
// each means and what to do when it alerts. A nil *Metrics records nothing.
type Metrics struct {
	polls       *prometheus.CounterVec
	pollErrors  *prometheus.CounterVec
	pollSeconds *prometheus.HistogramVec
	lastSuccess *prometheus.GaugeVec
	txSent      *prometheus.CounterVec
	txReverted  *prometheus.CounterVec
	// txSuperseded: reverted because another member did the same first.
	txSuperseded *prometheus.CounterVec

	oracleRefSlot       *prometheus.GaugeVec
	oracleVotedSlot     *prometheus.GaugeVec
	oracleReportedSlot  *prometheus.GaugeVec
	oracleFinalized     *prometheus.GaugeVec
	oracleComputeSecs   *prometheus.GaugeVec
	oracleValidators    *prometheus.GaugeVec
	oracleSlashed       *prometheus.GaugeVec
	oracleDisagreements *prometheus.CounterVec
	oracleWaiting       *prometheus.GaugeVec

	guardianAttestations *prometheus.CounterVec
	guardianRefusing     *prometheus.GaugeVec
	guardianBlock        *prometheus.GaugeVec

	depositorDeposited    *prometheus.CounterVec
	depositorAttestations *prometheus.GaugeVec
	depositorWaiting      *prometheus.CounterVec
	depositorFee          *prometheus.GaugeVec

	exitRequested *prometheus.GaugeVec
	exitPublished *prometheus.CounterVec
	exitPending   *prometheus.GaugeVec
	exitDeadline  *prometheus.GaugeVec

	operatorKeys *prometheus.GaugeVec
}

// NewMetrics registers the services' figures with reg (nil: a registry of
// their own, unexported).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	svc := []string{"service"}
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, append(svc, labels...))
	}
	gauge := func(name, help string, labels ...string) *prometheus.GaugeVec {
		return prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, append(svc, labels...))
	}
	m := &Metrics{
		polls:      counter("stakepool_service_polls_total", "Passes over the chain a service made."),
		pollErrors: counter("stakepool_service_poll_errors_total", "Passes that failed (a node unreachable, refusing or answering nonsense); retried with back-off."),
		pollSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "stakepool_service_poll_seconds", Help: "Time of one pass.",
			Buckets: prometheus.ExponentialBuckets(0.005, 4, 8)}, svc),
		lastSuccess: gauge("stakepool_service_last_success_timestamp_seconds", "Unix time of the last pass that succeeded."),
		txSent:      counter("stakepool_service_transactions_sent_total", "Transactions sent, by action.", "action"),
		txReverted:  counter("stakepool_service_transactions_reverted_total", "Transactions mined but reverted."),
		txSuperseded: counter("stakepool_service_transactions_superseded_total",
			"Transactions reverted because another oracle member submitted the same agreed report first (a fallback submitter's race)."),

		oracleRefSlot:       gauge("stakepool_oracle_ref_slot", "The current frame's reference slot."),
		oracleVotedSlot:     gauge("stakepool_oracle_voted_ref_slot", "The reference slot of the member's last vote."),
		oracleReportedSlot:  gauge("stakepool_oracle_reported_ref_slot", "The reference slot of the last report applied on chain."),
		oracleFinalized:     gauge("stakepool_oracle_finalized_epoch", "The beacon node's finalized epoch."),
		oracleComputeSecs:   gauge("stakepool_oracle_compute_seconds", "Time to read the chain and compute the last report."),
		oracleValidators:    gauge("stakepool_oracle_validators", "The pool's validators seen in the last report computed."),
		oracleSlashed:       gauge("stakepool_oracle_slashed_validators", "The pool's validators slashed and not yet withdrawable (non-zero: the alert is raised)."),
		oracleDisagreements: counter("stakepool_oracle_disagreements_total", "Frames where the committee agreed on a report other than the member's."),
		oracleWaiting:       gauge("stakepool_oracle_waiting", "1 while the member waits for its reference slot to be finalized, or for nodes that agree."),

		guardianAttestations: counter("stakepool_guardian_attestations_total", "Deposit attestations the guardian signed."),
		guardianRefusing:     gauge("stakepool_guardian_refusing", "1 while the guardian refuses to attest (a front-run or an invalid key)."),
		guardianBlock:        gauge("stakepool_guardian_signed_block", "The block of the guardian's last attestation."),

		depositorDeposited:    counter("stakepool_depositor_validators_total", "Validators the depositor's transactions asked to deposit."),
		depositorAttestations: gauge("stakepool_depositor_attestations", "Valid guardian attestations of the state the depositor sees."),
		depositorWaiting:      counter("stakepool_depositor_waits_total", "Passes with ETH to deposit that did not deposit, by reason.", "reason"),
		depositorFee:          gauge("stakepool_depositor_base_fee_gwei", "The latest block's base fee."),

		exitRequested: gauge("stakepool_exitbot_requested", "The operator's validators the oracle asked to exit."),
		exitPublished: counter("stakepool_exitbot_published_total", "Voluntary exits the bot published."),
		exitPending:   gauge("stakepool_exitbot_pending", "Validators asked to exit that are not exiting yet."),
		exitDeadline:  gauge("stakepool_exitbot_deadline_slots", "Slots left before the oldest pending exit request becomes stuck (negative: stuck)."),

		operatorKeys: gauge("stakepool_operator_keys", "The operator's keys, by state (file, uploaded, deposited, exited).", "state"),
	}
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	for _, c := range m.collectors() {
		reg.MustRegister(c)
	}
	return m
}

func (m *Metrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.polls, m.pollErrors, m.pollSeconds, m.lastSuccess, m.txSent, m.txReverted, m.txSuperseded,
		m.oracleRefSlot, m.oracleVotedSlot, m.oracleReportedSlot, m.oracleFinalized, m.oracleComputeSecs, m.oracleValidators,
		m.oracleSlashed, m.oracleDisagreements, m.oracleWaiting,
		m.guardianAttestations, m.guardianRefusing, m.guardianBlock,
		m.depositorDeposited, m.depositorAttestations, m.depositorWaiting, m.depositorFee,
		m.exitRequested, m.exitPublished, m.exitPending, m.exitDeadline, m.operatorKeys}
}

// noMetrics stands in for a nil *Metrics.
var noMetrics = NewMetrics(nil)

func (m *Metrics) or() *Metrics {
	if m == nil {
		return noMetrics
	}
	return m
}
