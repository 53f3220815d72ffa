package readapi

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/units"
)

// parseAddress reads the {address} of a path, writing the refusal.
func parseAddress(w http.ResponseWriter, s string) (common.Address, bool) {
	a, err := units.ParseAddress(s)
	if err != nil {
		code := CodeBadAddress
		if errors.Is(err, units.ErrAddressChecksum) {
			code = CodeBadChecksum
		}
		writeError(w, http.StatusBadRequest, code, err.Error())
		return a, false
	}
	return a, true
}

// balanceCache keeps accounts' ETH balances at one block.
type balanceCache struct {
	mu    sync.Mutex
	block uint64
	m     map[common.Address]*uint256.Int
}

func (c *balanceCache) get(block uint64, a common.Address, read func() (*big.Int, error)) (*uint256.Int, error) {
	c.mu.Lock()
	if c.block != block || c.m == nil {
		c.block, c.m = block, map[common.Address]*uint256.Int{}
	}
	if v, ok := c.m[a]; ok {
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	b, err := read()
	if err != nil {
		return nil, err
	}
	v, overflow := uint256.FromBig(b)
	if overflow {
		return nil, fmt.Errorf("readapi: balance %s out of range", b)
	}
	c.mu.Lock()
	if c.block == block && len(c.m) < 100_000 {
		c.m[a] = v
	}
	c.mu.Unlock()
	return v, nil
}

// claimCache keeps the ETH of requests finalized below par (fixed once finalized).
type claimCache struct {
	mu sync.Mutex
	m  map[uint64]*uint256.Int
}

// claimableFunc reads a finalized request's ETH from the contract (at the
// state's block) through the cache.
func (s *Server) claimableFunc(ctx context.Context, cs *chainState) indexer.ClaimableFunc {
	return func(id uint64) (*uint256.Int, error) {
		c := &s.claimable
		c.mu.Lock()
		if v, ok := c.m[id]; ok {
			c.mu.Unlock()
			return v, nil
		}
		c.mu.Unlock()
		x, err := s.k.queue.GetClaimableEther(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(cs.Block)}, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		v, _ := uint256.FromBig(x)
		if v.IsZero() {
			return v, nil // claimed meanwhile or not final at this block: not cached
		}
		c.mu.Lock()
		if c.m == nil {
			c.m = map[uint64]*uint256.Int{}
		}
		c.m[id] = v
		c.mu.Unlock()
		return v, nil
	}
}

func (s *Server) account(w http.ResponseWriter, r *http.Request) {
	addr, ok := parseAddress(w, r.PathValue("address"))
	if !ok {
		return
	}
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	acc, err := v.Account(addr)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	// Balances at the index's head (the view), not the contracts' last
	// read: the two may be a block apart.
	eth, err := s.balances.get(v.Head.Block, addr, func() (*big.Int, error) {
		return s.node.BalanceAt(ctx, addr, new(big.Int).SetUint64(v.Head.Block))
	})
	if err != nil {
		writeError(w, http.StatusBadGateway, CodeUpstream, "reading the ETH balance: "+err.Error())
		return
	}
	t := indexer.Totals{Pooled: v.Figures.Pooled, Shares: v.Figures.Shares}
	out := Account{Address: addr.Hex(), Block: v.Head.Block, ETH: eth.Dec(), StETH: t.Value(&acc.Shares).Dec(), Shares: acc.Shares.Dec(),
		WstETH: acc.WstETH.Dec(), WstETHInStETH: t.Value(&acc.WstETH).Dec(), WithdrawalRequests: []Withdrawal{}}
	ids, err := v.Owned(addr)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	for _, id := range ids {
		req, ok, err := v.Request(id)
		if err != nil || !ok {
			writeError(w, http.StatusInternalServerError, CodeInternal, fmt.Sprintf("request %d: %v", id, err))
			return
		}
		wd, err := s.withdrawalDoc(ctx, v, cs, &req)
		if err != nil {
			writeError(w, http.StatusBadGateway, CodeUpstream, err.Error())
			return
		}
		out.WithdrawalRequests = append(out.WithdrawalRequests, wd)
	}
	if out.VetoEscrow, err = s.accountEscrow(ctx, v.Head.Block, addr, t); err != nil {
		writeError(w, http.StatusBadGateway, CodeUpstream, "reading the veto escrow's lock: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// statement answers an account's statement as JSON, or as CSV with
// ?format=csv (or Accept: text/csv).
func (s *Server) statement(w http.ResponseWriter, r *http.Request) {
	addr, ok := parseAddress(w, r.PathValue("address"))
	if !ok {
		return
	}
	format := r.URL.Query().Get("format")
	if format == "" && strings.Contains(r.Header.Get("Accept"), "text/csv") {
		format = "csv"
	}
	if format != "" && format != "csv" && format != "json" {
		writeError(w, http.StatusBadRequest, CodeBadRequest, "format: csv or json")
		return
	}
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	st, err := v.Statement(addr, s.claimableFunc(ctx, cs))
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	doc := statementDoc(st)
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=\"statement-%s-%d.csv\"", addr.Hex(), st.Block))
		writeCSV(w, &doc)
		return
	}
	writeJSON(w, http.StatusOK, doc)
}

func statementDoc(st *indexer.Statement) Statement {
	d := Statement{Address: st.Account.Hex(), Block: st.Block, StETH: st.StETH.String(), Shares: st.Shares.String(),
		WstETH: st.WstETH.String(), Withdrawals: st.Withdrawals.String(), Position: st.Position.String(),
		ETHPaid: st.ETHIn.String(), ETHReceived: st.ETHOut.String(), Entries: make([]StatementEntry, 0, len(st.Entries))}
	for _, e := range st.Entries {
		se := StatementEntry{Block: e.Block, Time: e.Time, Ledger: e.Ledger.String(), Reason: e.Reason,
			Amount: e.Amount.String(), Balance: e.Balance.String(), Request: e.Request, Note: e.Note}
		if e.TxHash != (common.Hash{}) {
			se.Tx = e.TxHash.Hex()
		}
		if e.Shares != nil {
			se.Shares = e.Shares.String()
		}
		if e.Peer != (common.Address{}) {
			se.Peer = e.Peer.Hex()
		}
		if e.Operator != 0 {
			op := int64(e.Operator - 1)
			se.Operator = &op
		}
		d.Entries = append(d.Entries, se)
	}
	return d
}

// csvHeader is the statement's CSV columns.
var csvHeader = []string{"block", "time_utc", "tx", "ledger", "reason", "amount_wei", "balance_wei", "amount_eth", "balance_eth", "shares", "peer", "request_id", "operator_id", "note"}

func writeCSV(w http.ResponseWriter, d *Statement) {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, e := range d.Entries {
		op := ""
		if e.Operator != nil {
			op = strconv.FormatInt(*e.Operator, 10)
		}
		req := ""
		if e.Request != 0 {
			req = strconv.FormatUint(e.Request, 10)
		}
		tm := ""
		if e.Time != 0 {
			tm = time.Unix(int64(e.Time), 0).UTC().Format(time.RFC3339)
		}
		cw.Write([]string{strconv.FormatUint(e.Block, 10), tm, e.Tx, e.Ledger, e.Reason, e.Amount, e.Balance,
			signedEther(e.Amount), signedEther(e.Balance), e.Shares, e.Peer, req, op, e.Note})
	}
	cw.Flush()
}

// signedEther formats a signed wei amount as decimal ether, exactly.
func signedEther(s string) string {
	neg := strings.HasPrefix(s, "-")
	v, err := uint256.FromDecimal(strings.TrimPrefix(s, "-"))
	if err != nil {
		return ""
	}
	out := units.FormatEther(v)
	if neg && !v.IsZero() {
		return "-" + out
	}
	return out
}
