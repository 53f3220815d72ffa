package protocol_test

import (
	"testing"

	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

func BenchmarkSubmit(b *testing.B)   { pt.BenchmarkSubmit(b) }
func BenchmarkTransfer(b *testing.B) { pt.BenchmarkTransfer(b) }
