package mcp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// The MCP stdio transport is JSON-RPC 2.0, one message per line. This file
// is that layer: it reads messages, runs each request on its own goroutine
// with a context the client can cancel (notifications/cancelled), and
// writes answers and notifications one at a time. What the methods mean
// is protocol.go's.

// JSON-RPC error codes.
const (
	codeParseError     = -32700
	codeInvalidRequest = -32600
	codeMethodNotFound = -32601
	codeInvalidParams  = -32602
	codeInternalError  = -32603
	// codeResourceNotFound is MCP's for resources/read of an unknown URI.
	codeResourceNotFound = -32002
)

// rpcError is a JSON-RPC error answer.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return e.Message }

// message is a JSON-RPC message as read: a request (method and id), a
// notification (method, no id) or an answer (id only, as far as this
// server cares: it sends no requests).
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
}

// answer is what a request gets back.
type answer struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// notification is a message the server sends unasked.
type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

// handlerFunc answers one request; a notification's answer is dropped.
// An error that is not an *rpcError is answered as an internal error.
type handlerFunc func(ctx context.Context, c *conn, params json.RawMessage) (any, error)

// conn is one client's session.
type conn struct {
	methods map[string]handlerFunc

	writeMu sync.Mutex
	out     io.Writer

	mu       sync.Mutex
	inFlight map[string]context.CancelFunc // by the request id's JSON
	wg       sync.WaitGroup
}

// notify sends a notification to the client.
func (c *conn) notify(method string, params any) error {
	return c.write(notification{JSONRPC: "2.0", Method: method, Params: params})
}

// write sends one message as one line.
func (c *conn) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	_, err = c.out.Write(append(b, '\n'))
	return err
}

// serve reads messages from in until it ends or ctx does, then cancels
// the requests still running and waits for them.
func (c *conn) serve(ctx context.Context, in io.Reader) error {
	ctx, cancelAll := context.WithCancel(ctx)
	defer func() {
		cancelAll()
		c.wg.Wait()
	}()
	lines := make(chan []byte)
	readErr := make(chan error, 1)
	go func() {
		r := bufio.NewReader(in)
		for {
			line, err := r.ReadBytes('\n')
			if len(bytes.TrimSpace(line)) > 0 {
				select {
				case lines <- line:
				case <-ctx.Done():
					readErr <- nil
					return
				}
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = nil
				}
				readErr <- err
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-readErr:
			return err
		case line := <-lines:
			c.handleLine(ctx, line)
		}
	}
}

// handleLine handles one line: a message, or a batch of them (MCP's
// 2025-03-26 revision allows batches), answered as one array.
func (c *conn) handleLine(ctx context.Context, line []byte) {
	line = bytes.TrimSpace(line)
	if len(line) > 0 && line[0] == '[' {
		var batch []json.RawMessage
		if err := json.Unmarshal(line, &batch); err != nil || len(batch) == 0 {
			c.write(answer{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: codeInvalidRequest, Message: "invalid batch"}})
			return
		}
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			answers := make([]*answer, len(batch))
			var wg sync.WaitGroup
			for i, raw := range batch {
				wg.Add(1)
				go func() {
					defer wg.Done()
					answers[i] = c.handleMessage(ctx, raw)
				}()
			}
			wg.Wait()
			var out []*answer
			for _, a := range answers {
				if a != nil {
					out = append(out, a)
				}
			}
			if len(out) > 0 {
				c.write(out)
			}
		}()
		return
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		if a := c.handleMessage(ctx, line); a != nil {
			c.write(a)
		}
	}()
}

// handleMessage runs one message and returns its answer: nil for a
// notification, an answer from the client, or a cancelled request (which
// the protocol says not to answer).
func (c *conn) handleMessage(ctx context.Context, raw []byte) *answer {
	var m message
	if err := json.Unmarshal(raw, &m); err != nil {
		return &answer{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: codeParseError, Message: "parse error: " + err.Error()}}
	}
	isRequest := len(m.ID) > 0 && string(m.ID) != "null"
	if m.Method == "" {
		if !isRequest {
			return &answer{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: codeInvalidRequest, Message: "a message needs a method or an id"}}
		}
		return nil // an answer to a request of ours: the server sends none
	}
	if m.JSONRPC != "2.0" && isRequest {
		return &answer{JSONRPC: "2.0", ID: m.ID, Error: &rpcError{Code: codeInvalidRequest, Message: `"jsonrpc" must be "2.0"`}}
	}
	if !isRequest {
		if m.Method == "notifications/cancelled" {
			c.cancelRequest(m.Params)
		}
		return nil // other notifications (initialized, ...) need nothing
	}
	h := c.methods[m.Method]
	if h == nil {
		return &answer{JSONRPC: "2.0", ID: m.ID, Error: &rpcError{Code: codeMethodNotFound, Message: "method not found: " + m.Method}}
	}
	ctx, cancel := context.WithCancel(ctx)
	key := string(m.ID)
	c.mu.Lock()
	c.inFlight[key] = cancel
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.inFlight, key)
		c.mu.Unlock()
		cancel()
	}()
	result, err := c.run(ctx, h, m.Params)
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		var re *rpcError
		if !errors.As(err, &re) {
			re = &rpcError{Code: codeInternalError, Message: err.Error()}
		}
		return &answer{JSONRPC: "2.0", ID: m.ID, Error: re}
	}
	if result == nil {
		result = struct{}{}
	}
	return &answer{JSONRPC: "2.0", ID: m.ID, Result: result}
}

// run calls h, turning a panic into an internal error: one bad request
// must not end the session.
func (c *conn) run(ctx context.Context, h handlerFunc, params json.RawMessage) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, &rpcError{Code: codeInternalError, Message: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	return h(ctx, c, params)
}

// cancelRequest cancels the request notifications/cancelled names.
func (c *conn) cancelRequest(params json.RawMessage) {
	var p struct {
		RequestID json.RawMessage `json:"requestId"`
	}
	if json.Unmarshal(params, &p) != nil || len(p.RequestID) == 0 {
		return
	}
	c.mu.Lock()
	cancel := c.inFlight[string(p.RequestID)]
	c.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}
