package indexer

// oracle applies the oracle's events: members' votes, the consensus,
// alerts, and the processed report (whose figures the pool's
// TokenRebased in the same transaction carries).
func (t *txState) oracle(ev *Event, logIndex uint) error {
	v := Vote{RefSlot: ev.U64("refSlot"), Block: t.pos.Block, Time: t.time, TxHash: t.hash}
	switch ev.Name {
	case "ReportReceived":
		v.Kind, v.Member, v.Support = VoteReport, ev.Addr("member"), ev.U64("support")
		v.Hash, _ = ev.Args["report"].([32]byte)
	case "ConsensusReached":
		v.Kind, v.Support = VoteConsensus, ev.U64("support")
		v.Hash, _ = ev.Args["report"].([32]byte)
	case "BunkerAlert":
		v.Kind, v.Member = VoteAlert, ev.Addr("member")
	case "ReportProcessed":
		r := t.report()
		r.RefSlot, r.Bunker = ev.U64("refSlot"), ev.Bool("bunker")
		r.Hash, _ = ev.Args["report"].([32]byte)
		return nil
	default:
		return nil
	}
	key := pos{t.pos.Block, t.pos.Tx, uint32(logIndex)}.append(be64([]byte{kVote}, v.RefSlot))
	return t.ap.w.set(key, v.encode())
}

// Reports lists applied reports, newest first, at most limit (0: all).
func (v *View) Reports(limit int) ([]Report, error) {
	var out []Report
	err := v.scanReverse([]byte{kReport}, []byte{kReport + 1}, limit, func(_, b []byte) error {
		r, err := decodeReport(b)
		out = append(out, r)
		return err
	})
	return out, err
}

// ReportsSince lists the reports whose transaction is at or after block,
// oldest first.
func (v *View) ReportsSince(block uint64) ([]Report, error) {
	var out []Report
	err := v.scan(be64([]byte{kReport}, block), []byte{kReport + 1}, 0, func(_, b []byte) error {
		r, err := decodeReport(b)
		out = append(out, r)
		return err
	})
	return out, err
}

// Votes lists the votes, consensus and alerts of a reference slot, in order.
func (v *View) Votes(refSlot uint64) ([]Vote, error) {
	lo := be64([]byte{kVote}, refSlot)
	var out []Vote
	err := v.scan(lo, prefixEnd(lo), 0, func(_, b []byte) error {
		x, err := decodeVote(b)
		out = append(out, x)
		return err
	})
	return out, err
}
