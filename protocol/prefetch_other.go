//go:build !amd64 && !arm64

package protocol

import "unsafe"

// prefetchLine does nothing where no prefetch instruction is wired up.
func prefetchLine(unsafe.Pointer) {}

// prefetchAccount does nothing where no prefetch instruction is wired up.
func prefetchAccount(unsafe.Pointer) {}

// prefetchShares does nothing where no prefetch instruction is wired up.
func prefetchShares(unsafe.Pointer) {}
