package lsp

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// client sends requests and notifications to the editor. Every request
// has a timeout: an editor that never answers must not hang a generation.
type client struct {
	conn    jsonrpc2.Conn
	timeout time.Duration
	redact  func(string) string
	logf    func(string, ...any)
}

// call sends a request and waits at most c.timeout for the answer.
func (c *client) call(ctx context.Context, method string, params, result any) error {
	return c.callWithin(ctx, c.timeout, method, params, result)
}

// callWithin sends a request and waits at most timeout for the answer.
// On timeout or cancellation the client is told to drop the request.
func (c *client) callWithin(ctx context.Context, timeout time.Duration, method string, params, result any) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	id, err := c.conn.Call(ctx, method, params, result)
	if err != nil && ctx.Err() != nil {
		if raw, merr := (&id).MarshalJSON(); merr == nil {
			_ = c.conn.Notify(context.Background(), "$/cancelRequest", map[string]json.RawMessage{"id": raw})
		}
	}
	return err
}

// notify sends a notification; a failure means the connection is gone.
func (c *client) notify(method string, params any) {
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.logf("sending %s: %v", method, err)
	}
}

// showMessage shows text to the user (window/showMessage).
func (c *client) showMessage(kind protocol.MessageType, text string) {
	c.notify("window/showMessage", &protocol.ShowMessageParams{Type: kind, Message: c.redact(text)})
}

// logMessage appends text to the client's log for this server
// (window/logMessage); the generation log goes there.
func (c *client) logMessage(kind protocol.MessageType, text string) {
	c.notify("window/logMessage", &protocol.LogMessageParams{Type: kind, Message: c.redact(text)})
}

// redact removes secrets from text that leaves the server: the API key in
// force and the one in the environment. Messages are built not to contain
// it; this is the second line of defence against an error that quotes a
// request.
func (s *Server) redact(text string) string {
	for _, secret := range s.secrets() {
		if len(secret) >= 4 {
			text = strings.ReplaceAll(text, secret, "<redacted>")
		}
	}
	return text
}

// secrets returns every API key the server may know about.
func (s *Server) secrets() []string {
	s.mu.Lock()
	settings := s.settings
	s.mu.Unlock()
	out := []string{settings.APIKey}
	if v, ok := s.opts.LookupEnv(settings.APIKeyEnv); ok && settings.APIKeyEnv != "" {
		out = append(out, v)
	}
	eff := settings.Resolve(s.opts.LookupEnv)
	return append(out, eff.APIKey.Reveal())
}
