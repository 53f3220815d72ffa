package api

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestBatchJSONMatchesEncoding: writeBatch's bytes are encoding/json's.
func TestBatchJSONMatchesEncoding(t *testing.T) {
	batches := []Batch{
		{},
		{Results: []Receipt{}},
		{Results: testReceipts},
	}
	for i, bt := range batches {
		var want bytes.Buffer
		if err := json.NewEncoder(&want).Encode(bt); err != nil {
			t.Fatal(err)
		}
		got := appendBatch(nil, &bt)
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("batch %d:\n got %s\nwant %s", i, got, want.Bytes())
		}
	}
}

// TestReceiptJSONMatchesEncoding: POST /v1/tx's answer (appendReceipt and
// a newline) is encoding/json's.
func TestReceiptJSONMatchesEncoding(t *testing.T) {
	bt := Batch{Results: testReceipts}
	for i := range bt.Results {
		var want bytes.Buffer
		if err := json.NewEncoder(&want).Encode(bt.Results[i]); err != nil {
			t.Fatal(err)
		}
		got := append(appendReceipt(nil, &bt.Results[i]), '\n')
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("receipt %d:\n got %s\nwant %s", i, got, want.Bytes())
		}
	}
}

// testReceipts are receipts with every field, empty and escaped strings,
// for the fast encoders' comparisons with encoding/json.
var testReceipts = []Receipt{
	{Hash: "0xabc", Status: "applied", Block: 7, Slot: 7, Index: 3, From: "0xAbC", Nonce: 9, Type: "submit",
		Events: []Event{{Event: "Transfer", From: "0x1", To: "0x2", Amount: "100", Shares: "99", Operator: 0},
			{Event: "Submitted", Operator: 4, Index: 5, Count: 6, Block: 8, Tx: "0xff"}, {Event: "X"}}},
	{Status: "rejected", Events: []Event{}, Error: &ErrorBody{Code: "BAD_NONCE", Message: `nonce 3 <expected> 4 & "quoted" \ é` + "\x01\u2028"}},
	{Status: "rejected", Error: &ErrorBody{}},
	{},
	{Hash: "\xff\xfe", Type: "ünïcode", Events: []Event{{Event: "<>&", From: "\t"}}},
}
