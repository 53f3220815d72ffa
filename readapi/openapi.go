package readapi

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
)

// The OpenAPI 3 document is built from the route table below and the Go
// types the handlers encode (reflection), so it cannot drift from them;
// TestOpenAPIMatchesRoutes and TestResponsesMatchOpenAPI check the table
// against the routes served and real answers against the schemas.

type param struct {
	Name, In, Desc, Type string
	Required             bool
}

type routeDoc struct {
	Method, Path, Summary, Desc string
	Params                      []param
	Response                    any    // a value of the answer's type (nil: not JSON)
	Content                     string // the answer's media type when not JSON
	Errors                      []string
}

var (
	pAddress = param{Name: "address", In: "path", Required: true, Type: "string", Desc: "an address: 0x and 40 hex digits; mixed case must carry its EIP-55 checksum"}
	pID      = param{Name: "id", In: "path", Required: true, Type: "integer", Desc: "the withdrawal request's id (its NFT's token id)"}
)

var routeDocs = []routeDoc{
	{Method: "GET", Path: "/v1/status", Summary: "The chain and the indexer", Response: Status{},
		Desc: "slot, epoch and finalized epoch (from the beacon node when configured, else slot and epoch from the oracle's clock), the indexed block, the indexer's state."},
	{Method: "GET", Path: "/v1/contracts", Summary: "The pool's contracts", Response: Contracts{}, Errors: []string{CodeNotReady}},
	{Method: "GET", Path: "/v1/pool", Summary: "The pool's figures", Response: Pool{}, Errors: []string{CodeNotReady, CodeStopped},
		Desc: "Amounts are decimal strings of wei; share_rate is the stETH wei 1e18 shares are worth; APRs are fractions (0.035 = 3.5 %), null before the first report."},
	{Method: "GET", Path: "/v1/pool/history", Summary: "The pool's figures over time", Response: History{},
		Params: []param{{Name: "points", In: "query", Type: "integer", Desc: "at most this many points (2..2000, default 200); reports are always among them"}},
		Errors: []string{CodeBadRequest}},
	{Method: "GET", Path: "/v1/apr", Summary: "APR: latest, 7-day, since inception, with the formula", Response: APR{}, Errors: []string{CodeNotReady}},
	{Method: "GET", Path: "/v1/accounts/{address}", Summary: "An account's balances and withdrawal requests", Response: Account{},
		Params: []param{pAddress}, Errors: []string{CodeBadAddress, CodeBadChecksum, CodeNotReady, CodeUpstream}},
	{Method: "GET", Path: "/v1/accounts/{address}/statement", Summary: "An account's statement: every balance change with its reason", Response: Statement{},
		Content: "text/csv",
		Params:  []param{pAddress, {Name: "format", In: "query", Type: "string", Desc: "json (default) or csv (also chosen by Accept: text/csv)"}},
		Desc:    "Each ledger's entries (steth, wsteth, withdrawal, eth) add up to its balance exactly; a report's change of a stETH balance is split into rebase_finalization, rebase_consensus or socialized_loss, rebase_execution, rebase_insurance_cover, rebase_fee; rounding entries carry the wei that share arithmetic moves; escrow_lock and escrow_unlock move stETH, wstETH and requests into and out of the veto escrow, rage_quit is a request the escrow made for a committed holder.",
		Errors:  []string{CodeBadAddress, CodeBadChecksum, CodeBadRequest, CodeNotReady}},
	{Method: "GET", Path: "/v1/withdrawals", Summary: "Withdrawal requests", Response: Withdrawals{},
		Params: []param{{Name: "owner", In: "query", Type: "string", Desc: "only this owner's unclaimed requests"},
			{Name: "status", In: "query", Type: "string", Desc: "pending, finalized or claimed"},
			{Name: "from", In: "query", Type: "integer", Desc: "from this id (default 1)"},
			{Name: "limit", In: "query", Type: "integer", Desc: "at most this many (1..1000, default 100)"}},
		Errors: []string{CodeBadRequest, CodeBadAddress, CodeNotReady}},
	{Method: "GET", Path: "/v1/withdrawals/estimate", Summary: "When a new request of a given size would be finalized", Response: NewRequestEstimate{},
		Params: []param{{Name: "amount", In: "query", Required: true, Type: "string", Desc: "1.5, 1.5eth, 1500000000gwei or 1500000000000000000wei"}},
		Errors: []string{CodeBadAmount, CodeNotReady}},
	{Method: "GET", Path: "/v1/withdrawals/{id}", Summary: "A withdrawal request with its estimated finalization", Response: Withdrawal{},
		Params: []param{pID}, Errors: []string{CodeBadRequest, CodeUnknownRequest, CodeNotReady}},
	{Method: "GET", Path: "/v1/operators", Summary: "Node operators of every staking module", Response: Operators{}, Errors: []string{CodeNotReady, CodeUpstream},
		Desc: "Module 1's operators first (from the index: fee shares, beacon validators), then each other module's read from its contract at the same block (module_id, global_id = (module − 1) << 24 | id, module_name, module_kind; a bonded operator's bond_shares, bond_steth_wei and bond_debt_shares read live, and bond_history from the index of the module's events (topped-up, reward, debt-paid, claimed and burnt shares, penalties, the settled bond, the debt, the debt created, key-removal charges and keys removed); their rewards are the fee shares the index holds for their global ids)."},
	{Method: "GET", Path: "/v1/operators/{id}", Summary: "A node operator with its validators", Response: Operator{},
		Params: []param{{Name: "id", In: "path", Required: true, Type: "integer", Desc: "the operator's id"}},
		Errors: []string{CodeBadRequest, CodeUnknownOperator, CodeNotReady}},
	{Method: "GET", Path: "/v1/oracle/reports", Summary: "Oracle reports with each member's vote", Response: Reports{},
		Params: []param{{Name: "limit", In: "query", Type: "integer", Desc: "at most this many reports, newest first (1..500, default 20)"}},
		Errors: []string{CodeBadRequest, CodeNotReady}},
	{Method: "GET", Path: "/v1/governance", Summary: "Governance: committee, timelock, proposals, veto escrow, emergency pause", Response: Governance{}, Errors: []string{CodeNotReady},
		Desc: "veto_escrow: the escrow's views at the block (state normal, veto or rage_quit; support_bp of the total shares against first_seal_bp and second_seal_bp, rounded down; timelock_extension_seconds added to every proposal now; the round's weight and what the escrow holds, in wei and shares). pause: what the emergency pause stops at the block's time, until when, who paused last (by_role gate_seal or governance), and the gate seal."},
	{Method: "GET", Path: "/v1/events", Summary: "The pool's events as server-sent events", Content: "text/event-stream",
		Desc: "event: NAME with an EventDoc (contract, event, args with integers as decimal strings, block, time, tx, log_index); event: reorg with {\"block\": N} when the chain rolled back below what was sent; keep-alive comments every 15 s.",
		Params: []param{{Name: "account", In: "query", Type: "string", Desc: "only events naming this address"},
			{Name: "from", In: "query", Type: "integer", Desc: "replay from this block (default: new events only)"}},
		Errors: []string{CodeBadAddress, CodeBadRequest}},
	{Method: "GET", Path: "/v1/openapi.json", Summary: "This document", Content: "application/json"},
	{Method: "GET", Path: "/metrics", Summary: "Prometheus metrics", Content: "text/plain"},
	{Method: "GET", Path: "/", Summary: "The staking web app", Content: "text/html"},
}

// openapiDoc is the document served at /v1/openapi.json.
var openapiDoc = buildOpenAPI()

func buildOpenAPI() []byte {
	schemas := map[string]any{}
	paths := map[string]any{}
	for _, r := range routeDocs {
		op := map[string]any{"summary": r.Summary}
		if r.Desc != "" {
			op["description"] = r.Desc
		}
		var ps []any
		for _, p := range r.Params {
			ps = append(ps, map[string]any{"name": p.Name, "in": p.In, "required": p.Required, "description": p.Desc, "schema": map[string]any{"type": p.Type}})
		}
		if ps != nil {
			op["parameters"] = ps
		}
		content := map[string]any{}
		if r.Response != nil {
			content["application/json"] = map[string]any{"schema": schemaOf(reflect.TypeOf(r.Response), schemas)}
		}
		if r.Content != "" && r.Content != "application/json" {
			content[r.Content] = map[string]any{"schema": map[string]any{"type": "string"}}
		} else if r.Content == "application/json" {
			content["application/json"] = map[string]any{"schema": map[string]any{"type": "object"}}
		}
		responses := map[string]any{"200": map[string]any{"description": "OK", "content": content}}
		if len(r.Errors) > 0 {
			responses["default"] = map[string]any{
				"description": "a refusal or failure; error.code is one of " + strings.Join(r.Errors, ", ") + " (or INTERNAL)",
				"content":     map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}},
			}
		}
		op["responses"] = responses
		path, _ := paths[r.Path].(map[string]any)
		if path == nil {
			path = map[string]any{}
			paths[r.Path] = path
		}
		path[strings.ToLower(r.Method)] = op
	}
	schemas["Error"] = map[string]any{"type": "object", "required": []string{"error"}, "properties": map[string]any{
		"error": schemaOf(reflect.TypeOf(ErrorBody{}), schemas)}}
	doc := map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{"title": "stakepool read API", "version": "1",
			"description": "The pool's figures, APR, withdrawal estimates, account statements, operators, oracle reports and governance, read from the chain (JSON-RPC and the Beacon API). Amounts are decimal strings of wei; addresses are EIP-55 checksummed; every failure is {\"error\": {\"code\", \"message\"}}."},
		"paths":      paths,
		"components": map[string]any{"schemas": schemas},
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		panic(err) // maps of plain values
	}
	return b
}

// schemaOf returns the schema of t, registering named structs in schemas.
func schemaOf(t reflect.Type, schemas map[string]any) map[string]any {
	nullable := false
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
	}
	var s map[string]any
	switch t.Kind() {
	case reflect.Struct:
		name := t.Name()
		if _, ok := schemas[name]; !ok {
			schemas[name] = map[string]any{} // placeholder against recursion
			props := map[string]any{}
			var req []string
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				tag := f.Tag.Get("json")
				if tag == "-" || !f.IsExported() {
					continue
				}
				parts := strings.Split(tag, ",")
				fname := parts[0]
				if fname == "" {
					fname = f.Name
				}
				props[fname] = schemaOf(f.Type, schemas)
				omit := len(parts) > 1 && parts[1] == "omitempty"
				if !omit {
					req = append(req, fname)
				}
			}
			sort.Strings(req)
			obj := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
			if len(req) > 0 {
				obj["required"] = req
			}
			schemas[name] = obj
		}
		s = map[string]any{"$ref": "#/components/schemas/" + name}
		if nullable {
			s = map[string]any{"allOf": []any{s}, "nullable": true}
		}
		return s
	case reflect.Slice:
		s = map[string]any{"type": "array", "items": schemaOf(t.Elem(), schemas)}
	case reflect.Map:
		s = map[string]any{"type": "object", "additionalProperties": true}
	case reflect.String:
		s = map[string]any{"type": "string"}
	case reflect.Bool:
		s = map[string]any{"type": "boolean"}
	case reflect.Float32, reflect.Float64:
		s = map[string]any{"type": "number"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		s = map[string]any{"type": "integer"}
	default:
		s = map[string]any{}
	}
	if nullable {
		s["nullable"] = true
	}
	return s
}
