package readapi_test

import (
	"os"
	"testing"
)

var tempDirs []string

func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "readapi-test-")
	if err == nil {
		tempDirs = append(tempDirs, d)
	}
	return d, err
}

// TestMain closes the shared fixture (see setup) after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if fx != nil {
		fx.ts.Close()
		fx.srv.Close()
		fx.n.Close()
	}
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}
