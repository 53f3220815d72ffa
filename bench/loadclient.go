package bench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stakepool/stakepool/api"
)

// rawClient is the load generator's HTTP/1.1 client: one kept-alive TCP
// connection to the node on 127.0.0.1, requests written as pre-serialized
// bytes, answers read by a minimal parser (status line; Content-Length,
// Connection and Transfer-Encoding headers; the body). net/http's client
// cost about as much CPU per single request as the node's own HTTP
// handling (≈ 40 of ≈ 140 µs per POST /v1/tx, profiled), billed to the
// two cores the node runs on; this one costs a write and a read system
// call. An answer it cannot parse is an error, never a success.
type rawClient struct {
	addr string
	c    net.Conn
	r    *bufio.Reader
	body []byte
	req  []byte // assembled requests (batches)
}

func (c *rawClient) dial() error {
	if c.c != nil {
		return nil
	}
	conn, err := net.DialTimeout("tcp", c.addr, 5*time.Second)
	if err != nil {
		return err
	}
	// One deadline for the connection's life (a phase): no timer is
	// touched per request, and a node that stops answering still ends
	// the bench.
	conn.SetDeadline(time.Now().Add(rawTimeout))
	c.c, c.r = conn, bufioReader(conn)
	return nil
}

func bufioReader(c net.Conn) *bufio.Reader { return bufio.NewReaderSize(c, 16<<10) }

func (c *rawClient) close() {
	if c.c != nil {
		c.c.Close()
		c.c, c.r = nil, nil
	}
}

// do writes one complete request (header and body) and reads the answer:
// the status and the body (valid until the next call).
func (c *rawClient) do(req []byte) (int, []byte, error) {
	if err := c.dial(); err != nil {
		return 0, nil, err
	}
	if _, err := c.c.Write(req); err != nil {
		c.close()
		return 0, nil, err
	}
	status, body, keep, err := c.read()
	if err != nil || !keep {
		c.close()
	}
	return status, body, err
}

// rawTimeout bounds a connection of the load generator: the longest phase
// (--max-time is at most 5 minutes) and the longest wait for an answer
// (the node answers a transaction within api.TxTimeout).
const rawTimeout = 5*time.Minute + api.TxTimeout + 10*time.Second

func (c *rawClient) read() (status int, body []byte, keep bool, err error) {
	line, err := c.r.ReadSlice('\n')
	if err != nil {
		return 0, nil, false, fmt.Errorf("reading the status line: %w", err)
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.1 ")) {
		return 0, nil, false, fmt.Errorf("bad status line %.100q", line)
	}
	status, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, nil, false, fmt.Errorf("bad status line %.100q", line)
	}
	length, keep := -1, true
	for {
		line, err = c.r.ReadSlice('\n')
		if err != nil {
			return status, nil, false, fmt.Errorf("reading the header: %w", err)
		}
		if len(line) <= 2 {
			break // the empty line ending the header
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 0 {
			return status, nil, false, fmt.Errorf("bad header line %.100q", line)
		}
		name, val := line[:colon], bytes.TrimSpace(line[colon+1:])
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(val)); err != nil || length < 0 {
				return status, nil, false, fmt.Errorf("bad Content-Length %q", val)
			}
		case bytes.EqualFold(name, []byte("Connection")):
			keep = !bytes.EqualFold(val, []byte("close"))
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			return status, nil, false, fmt.Errorf("Transfer-Encoding %q: the bench reads Content-Length answers only", val)
		}
	}
	if length < 0 {
		return status, nil, false, errors.New("answer without Content-Length")
	}
	if cap(c.body) < length {
		c.body = make([]byte, length)
	}
	c.body = c.body[:length]
	if _, err := io.ReadFull(c.r, c.body); err != nil {
		return status, nil, false, fmt.Errorf("reading the body: %w", err)
	}
	return status, c.body, keep, nil
}

// appendRequest appends a POST of body to path, as one HTTP/1.1 request.
func appendRequest(dst []byte, host, path string, body ...[]byte) []byte {
	n := 0
	for _, b := range body {
		n += len(b)
	}
	dst = append(dst, "POST "...)
	dst = append(dst, path...)
	dst = append(dst, " HTTP/1.1\r\nHost: "...)
	dst = append(dst, host...)
	dst = append(dst, "\r\nContent-Type: application/json\r\nContent-Length: "...)
	dst = strconv.AppendInt(dst, int64(n), 10)
	dst = append(dst, "\r\n\r\n"...)
	for _, b := range body {
		dst = append(dst, b...)
	}
	return dst
}

// packed holds byte strings back to back in one pointer-free buffer: the
// pre-signed requests are the largest part of the bench process's heap
// (≈ 70 MB at the defaults), and as hundreds of thousands of small
// objects every garbage collection had to mark them, a 25 ms mark phase
// that showed as latency spikes of the node under test every ≈ 0.7 s.
type packed struct {
	buf  []byte
	ends []uint32
}

func (p *packed) add(b []byte) {
	p.buf = append(p.buf, b...)
	p.ends = append(p.ends, uint32(len(p.buf)))
}

// at is the j-th string (sharing the buffer).
func (p *packed) at(j int) []byte {
	start := uint32(0)
	if j > 0 {
		start = p.ends[j-1]
	}
	return p.buf[start:p.ends[j]:p.ends[j]]
}

// failures counts transactions that were not answered "applied" and keeps
// the first few answers for the report.
type failures struct {
	n     atomic.Int64
	mu    sync.Mutex
	first []string
}

func (f *failures) add(count int, format string, a ...any) {
	if count <= 0 {
		return
	}
	f.n.Add(int64(count))
	f.mu.Lock()
	if len(f.first) < 3 {
		f.first = append(f.first, fmt.Sprintf(format, a...))
	}
	f.mu.Unlock()
}

func (f *failures) String() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.first, "; ")
}
