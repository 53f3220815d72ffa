//go:build amd64 || arm64

package protocol

import "unsafe"

// prefetchLine asks the CPU to bring p's cache line in (PREFETCHT0,
// PRFM): no fault, no result, the program goes on while it comes.
//
//go:noescape
func prefetchLine(p unsafe.Pointer)

// prefetchAccount brings in the lines of the Account at p.
//
//go:noescape
func prefetchAccount(p unsafe.Pointer)

// prefetchShares brings in the lines of the first 72 bytes of the Account
// at p: its address, nonce, inflow mark and shares.
//
//go:noescape
func prefetchShares(p unsafe.Pointer)
