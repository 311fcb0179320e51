package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// requestHandler answers one request. It runs on its own goroutine with a
// context that $/cancelRequest cancels, so it may block on long work or on
// requests to the client.
type requestHandler func(ctx context.Context, s *Server, params json.RawMessage) (any, error)

// notificationHandler handles one notification on the connection's read
// goroutine, in arrival order. It must not wait for the client: anything
// that does runs on a goroutine of its own.
type notificationHandler func(ctx context.Context, s *Server, params json.RawMessage)

// requestMethods is the table of every request method the server implements.
// Anything not here is answered with MethodNotFound by handle, which is the
// only place that does so.
var requestMethods = map[string]requestHandler{
	"initialize":               handleInitialize,
	"shutdown":                 handleShutdown,
	"textDocument/codeAction":  handleCodeAction,
	"textDocument/codeLens":    handleCodeLens,
	"workspace/executeCommand": handleExecuteCommand,
}

// notificationMethods is the table of every notification the server handles.
// Unknown notifications are ignored, as LSP requires.
var notificationMethods = map[string]notificationHandler{
	"initialized":                      handleInitialized,
	"exit":                             handleExit,
	"$/cancelRequest":                  handleCancelRequest,
	"$/setTrace":                       func(context.Context, *Server, json.RawMessage) {},
	"textDocument/didOpen":             handleDidOpen,
	"textDocument/didChange":           handleDidChange,
	"textDocument/didSave":             handleDidSave,
	"textDocument/didClose":            handleDidClose,
	"workspace/didChangeConfiguration": handleDidChangeConfiguration,
	"window/workDoneProgress/cancel":   handleWorkDoneProgressCancel,
	"workspace/didChangeWatchedFiles":  handleDidChangeWatchedFiles,
}

// handle is the jsonrpc2.Handler for the connection. It never returns an
// error: jsonrpc2 closes the connection on one.
func (s *Server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	call, isCall := req.(*jsonrpc2.Call)
	if !isCall {
		s.handleNotification(ctx, req)
		return nil
	}
	method := req.Method()
	h, ok := requestMethods[method]
	if !ok {
		s.reply(ctx, reply, method, nil, jsonrpc2.Errorf(jsonrpc2.MethodNotFound, "method not found: %s", method))
		return nil
	}
	if err := s.admit(method); err != nil {
		s.reply(ctx, reply, method, nil, err)
		return nil
	}
	if method == "initialize" || method == "shutdown" {
		// Answered in order on the read goroutine: the state they set must
		// be visible to the very next message. Neither waits for the client.
		result, err := s.safely(method, func() (any, error) { return h(ctx, s, req.Params()) })
		s.reply(ctx, reply, method, result, err)
		return nil
	}
	reqCtx, cancel := context.WithCancel(ctx)
	id := call.ID()
	s.requests.add(id, cancel)
	go func() {
		defer s.requests.remove(id)
		defer cancel()
		result, err := s.safely(method, func() (any, error) { return h(reqCtx, s, req.Params()) })
		if err == nil && reqCtx.Err() != nil && ctx.Err() == nil {
			// Cancelled while finishing: LSP wants RequestCancelled so the
			// client can drop the result.
			err = jsonrpc2.NewError(requestCancelled, "request cancelled")
		}
		s.reply(ctx, reply, method, result, err)
	}()
	return nil
}

// admit enforces the lifecycle: nothing but initialize before initialize,
// nothing after shutdown.
func (s *Server) admit(method string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case method == "initialize" && s.state != stateStarted:
		return jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize was already received")
	case method != "initialize" && s.state == stateStarted:
		return jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "the server is not initialized")
	case s.state == stateShutdown:
		return jsonrpc2.NewError(jsonrpc2.InvalidRequest, "the server is shutting down")
	}
	return nil
}

func (s *Server) handleNotification(ctx context.Context, req jsonrpc2.Request) {
	method := req.Method()
	h, ok := notificationMethods[method]
	if !ok {
		s.logf("ignoring notification %s", method)
		return
	}
	s.mu.Lock()
	ready := s.state != stateStarted || method == "exit"
	s.mu.Unlock()
	if !ready {
		s.logf("ignoring %s before initialize", method)
		return
	}
	_, _ = s.safely(method, func() (any, error) { h(ctx, s, req.Params()); return nil, nil })
}

// safely runs f, turning a panic into an internal error so that one bad
// message cannot bring the server down (a broken invariant is reported and
// the server keeps serving).
func (s *Server) safely(method string, f func() (any, error)) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			s.logf("bug: panic handling %s: %v\n%s", method, r, debug.Stack())
			result, err = nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "internal error handling %s", method)
		}
	}()
	return f()
}

// reply sends a request's answer. Errors that are not already JSON-RPC
// errors become InternalError; ctx cancellation becomes RequestCancelled.
func (s *Server) reply(ctx context.Context, reply jsonrpc2.Replier, method string, result any, err error) {
	if err != nil {
		var rpcErr *jsonrpc2.Error
		switch {
		case errors.As(err, &rpcErr):
		case errors.Is(err, context.Canceled):
			err = jsonrpc2.NewError(requestCancelled, "request cancelled")
		default:
			err = jsonrpc2.NewError(jsonrpc2.InternalError, s.redact(err.Error()))
		}
	}
	if rerr := reply(ctx, result, err); rerr != nil {
		s.logf("replying to %s: %v", method, rerr)
	}
}

// invalidParams wraps a decoding error of a request's params.
func invalidParams(method string, err error) error {
	return jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s: invalid params: %v", method, err)
}

// decodeParams decodes params into v; null or absent params leave v zero.
func decodeParams(method string, params json.RawMessage, v any) error {
	if len(params) == 0 || string(params) == "null" {
		return nil
	}
	if err := json.Unmarshal(params, v); err != nil {
		return invalidParams(method, err)
	}
	return nil
}

// requestTable maps in-flight work to its cancel function.
type requestTable struct {
	mu      sync.Mutex
	cancels map[string]context.CancelFunc
}

func newRequestTable() *requestTable {
	return &requestTable{cancels: map[string]context.CancelFunc{}}
}

// key renders an id unambiguously (#1 for numbers, "x" for strings), so
// that the number 1 and the string "1" are different requests.
func key(id any) string { return fmt.Sprintf("%q", id) }

func (t *requestTable) add(id any, cancel context.CancelFunc) {
	t.mu.Lock()
	t.cancels[key(id)] = cancel
	t.mu.Unlock()
}

func (t *requestTable) remove(id any) {
	t.mu.Lock()
	delete(t.cancels, key(id))
	t.mu.Unlock()
}

// cancel cancels the work registered under id and reports whether any was.
func (t *requestTable) cancel(id any) bool {
	t.mu.Lock()
	c, ok := t.cancels[key(id)]
	t.mu.Unlock()
	if ok {
		c()
	}
	return ok
}

func (t *requestTable) cancelAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, c := range t.cancels {
		c()
	}
}

// handleCancelRequest cancels a running request at once; its handler
// replies RequestCancelled when it returns.
func handleCancelRequest(_ context.Context, s *Server, params json.RawMessage) {
	id, err := cancelIDFromParams(params)
	if err != nil {
		s.logf("$/cancelRequest: %v", err)
		return
	}
	if !s.requests.cancel(id) {
		s.logf("$/cancelRequest %q: no such request in progress", id)
	}
}
