package bench

import (
	"io"
	"net"
	"testing"
)

// TestNodeRawClientParser: the bench's minimal HTTP parser takes
// Content-Length answers, honours Connection: close, and refuses what it
// cannot read (chunked, no length, a broken status line).
func TestNodeRawClientParser(t *testing.T) {
	for _, tc := range []struct {
		answer string
		status int
		body   string
		keep   bool
		err    bool
	}{
		{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 200, "{}", true, false},
		{"HTTP/1.1 409 Conflict\r\ncontent-length: 3\r\nConnection: close\r\n\r\nabc", 409, "abc", false, false},
		{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 200, "", false, true},
		{"HTTP/1.1 200 OK\r\n\r\n{}", 200, "", false, true},
		{"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", 0, "", false, true},
		{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", 200, "", false, true},
	} {
		server, client := net.Pipe()
		go func() {
			io.Copy(io.Discard, io.LimitReader(server, 1))
			server.Write([]byte(tc.answer))
			server.Close()
		}()
		c := &rawClient{c: client}
		c.r = bufioReader(client)
		code, body, err := c.do([]byte("x"))
		if (err != nil) != tc.err || (!tc.err && (code != tc.status || string(body) != tc.body || (c.c != nil) != tc.keep)) {
			t.Errorf("%q: %d %q %v (open %v)", tc.answer, code, body, err, c.c != nil)
		}
		c.close()
		client.Close()
	}
}
