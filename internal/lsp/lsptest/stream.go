package lsptest

import (
	"context"
	"fmt"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// stream wraps the client's jsonrpc2 stream so that a test can send a
// request under its own id (jsonrpc2.Conn does not tell the id before the
// call returns) and still receive the response.
type stream struct {
	inner   jsonrpc2.Stream
	writeMu sync.Mutex

	mu       sync.Mutex
	expected map[string]chan *jsonrpc2.Response
}

func idKey(id jsonrpc2.ID) string { return fmt.Sprintf("%q", id) }

func (s *stream) expect(id jsonrpc2.ID, ch chan *jsonrpc2.Response) {
	s.mu.Lock()
	s.expected[idKey(id)] = ch
	s.mu.Unlock()
}

// Read passes messages on to the connection, except responses to requests
// sent with Client.Start.
func (s *stream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		msg, n, err := s.inner.Read(ctx)
		if err != nil {
			return msg, n, err
		}
		if resp, ok := msg.(*jsonrpc2.Response); ok {
			s.mu.Lock()
			ch, mine := s.expected[idKey(resp.ID())]
			delete(s.expected, idKey(resp.ID()))
			s.mu.Unlock()
			if mine {
				ch <- resp
				continue
			}
		}
		return msg, n, nil
	}
}

func (s *stream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	return s.inner.Write(ctx, msg)
}

func (s *stream) Close() error { return s.inner.Close() }
