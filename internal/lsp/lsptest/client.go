package lsptest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Options say how the client behaves.
type Options struct {
	// Configuration answers workspace/configuration for every item (nil:
	// answer null).
	Configuration any
	// RefuseEdits makes workspace/applyEdit answer applied=false.
	RefuseEdits bool
	// Stall lists request methods the client never answers (until the
	// connection ends), to test the server's timeouts.
	Stall []string
	// DidChangeDelay is how long after an applyEdit reply the client
	// reports the change of an open buffer (OpenBuffer); 0 means 20 ms.
	DidChangeDelay time.Duration
	// Answer picks the button of a window/showMessageRequest: it returns
	// one of titles, or "" to dismiss the message (the reply is null).
	// Nil dismisses every message.
	Answer func(message string, titles []string) string
	// KeepLastDiagnostics keeps only each document's latest publication,
	// for long runs whose history would otherwise grow with every edit
	// (Publications still counts them all).
	KeepLastDiagnostics bool
}

// Question is a window/showMessageRequest the server sent.
type Question struct {
	Message string
	Titles  []string
	Answer  string // what the client answered ("" : dismissed)
}

// Registration is one capability the server registered dynamically.
type Registration struct {
	ID              string          `json:"id"`
	Method          string          `json:"method"`
	RegisterOptions json.RawMessage `json:"registerOptions,omitempty"`
}

// ShownDocument is a window/showDocument the server sent.
type ShownDocument struct {
	URI       protocol.DocumentURI `json:"uri"`
	TakeFocus bool                 `json:"takeFocus,omitempty"`
	Selection *protocol.Range      `json:"selection,omitempty"`
}

// Client is a recording LSP client.
type Client struct {
	stream *stream
	conn   jsonrpc2.Conn
	opts   Options

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced whenever something is recorded
	diagnostics  map[protocol.DocumentURI][]protocol.PublishDiagnosticsParams
	publications int // publishDiagnostics received
	messages     []protocol.ShowMessageParams
	logs         []protocol.LogMessageParams
	progress     []json.RawMessage
	shown        []ShownDocument
	questions    []Question
	registered   []Registration
	buffers      map[protocol.DocumentURI]int32 // open buffers (OpenBuffer) and their versions
	requests     []string                       // methods of the requests the server sent
	editErrors   []error
}

// New starts a client on rwc.
func New(ctx context.Context, rwc io.ReadWriteCloser, opts Options) *Client {
	stream := &stream{inner: jsonrpc2.NewStream(rwc), expected: map[string]chan *jsonrpc2.Response{}}
	c := &Client{
		stream:      stream,
		conn:        jsonrpc2.NewConn(stream),
		opts:        opts,
		changed:     make(chan struct{}),
		diagnostics: map[protocol.DocumentURI][]protocol.PublishDiagnosticsParams{},
		buffers:     map[protocol.DocumentURI]int32{},
	}
	c.conn.Go(ctx, c.handle)
	return c
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Done is closed when the connection ends.
func (c *Client) Done() <-chan struct{} { return c.conn.Done() }

// Call sends a request and decodes its result into result (may be nil).
func (c *Client) Call(ctx context.Context, method string, params, result any) error {
	_, err := c.conn.Call(ctx, method, params, result)
	return err
}

// Start sends a request under an id chosen by the test (so that the test
// can send $/cancelRequest for it) and returns a channel that receives its
// response. Use ids the connection never picks itself: strings, or numbers
// above 100000.
func (c *Client) Start(ctx context.Context, id jsonrpc2.ID, method string, params any) (<-chan *jsonrpc2.Response, error) {
	call, err := jsonrpc2.NewCall(id, method, params)
	if err != nil {
		return nil, err
	}
	ch := make(chan *jsonrpc2.Response, 1)
	c.stream.expect(id, ch)
	if _, err := c.stream.Write(ctx, call); err != nil {
		return nil, err
	}
	return ch, nil
}

// Notify sends a notification.
func (c *Client) Notify(ctx context.Context, method string, params any) error {
	return c.conn.Notify(ctx, method, params)
}

func (c *Client) record(f func()) {
	c.mu.Lock()
	f()
	close(c.changed)
	c.changed = make(chan struct{})
	c.mu.Unlock()
}

// handle answers the server's requests and records its notifications.
func (c *Client) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	params := req.Params()
	switch req.Method() {
	case "textDocument/publishDiagnostics":
		var p protocol.PublishDiagnosticsParams
		if json.Unmarshal(params, &p) == nil {
			c.record(func() {
				c.publications++
				if c.opts.KeepLastDiagnostics {
					c.diagnostics[p.URI] = append(c.diagnostics[p.URI][:0], p)
					return
				}
				c.diagnostics[p.URI] = append(c.diagnostics[p.URI], p)
			})
		}
		return nil
	case "window/showMessage":
		var p protocol.ShowMessageParams
		if json.Unmarshal(params, &p) == nil {
			c.record(func() { c.messages = append(c.messages, p) })
		}
		return nil
	case "window/logMessage":
		var p protocol.LogMessageParams
		if json.Unmarshal(params, &p) == nil {
			c.record(func() { c.logs = append(c.logs, p) })
		}
		return nil
	case "$/progress":
		c.record(func() { c.progress = append(c.progress, append(json.RawMessage(nil), params...)) })
		return nil
	}
	if _, isCall := req.(*jsonrpc2.Call); !isCall {
		return nil
	}
	c.record(func() { c.requests = append(c.requests, req.Method()) })
	for _, m := range c.opts.Stall {
		if m == req.Method() {
			go func() {
				<-c.conn.Done()
				_ = reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InternalError, "stalled"))
			}()
			return nil
		}
	}
	switch req.Method() {
	case "workspace/configuration":
		var p struct {
			Items []json.RawMessage `json:"items"`
		}
		_ = json.Unmarshal(params, &p)
		out := make([]any, len(p.Items))
		for i := range out {
			out[i] = c.opts.Configuration
		}
		return reply(ctx, out, nil)
	case "window/workDoneProgress/create":
		return reply(ctx, nil, nil)
	case "window/showDocument":
		var p ShownDocument
		_ = json.Unmarshal(params, &p)
		c.record(func() { c.shown = append(c.shown, p) })
		return reply(ctx, map[string]bool{"success": true}, nil)
	case "window/showMessageRequest":
		var p struct {
			Message string `json:"message"`
			Actions []struct {
				Title string `json:"title"`
			} `json:"actions"`
		}
		_ = json.Unmarshal(params, &p)
		q := Question{Message: p.Message}
		for _, a := range p.Actions {
			q.Titles = append(q.Titles, a.Title)
		}
		if c.opts.Answer != nil {
			q.Answer = c.opts.Answer(q.Message, q.Titles)
		}
		c.record(func() { c.questions = append(c.questions, q) })
		if q.Answer == "" {
			return reply(ctx, nil, nil)
		}
		return reply(ctx, map[string]string{"title": q.Answer}, nil)
	case "client/registerCapability":
		var p struct {
			Registrations []Registration `json:"registrations"`
		}
		_ = json.Unmarshal(params, &p)
		c.record(func() { c.registered = append(c.registered, p.Registrations...) })
		return reply(ctx, nil, nil)
	case "workspace/applyEdit":
		if c.opts.RefuseEdits {
			return reply(ctx, map[string]any{"applied": false, "failureReason": "refused by test"}, nil)
		}
		touched, err := c.checkVersions(params)
		if err == nil {
			err = applyEdit(params)
		}
		if err != nil {
			c.record(func() { c.editErrors = append(c.editErrors, err) })
			return reply(ctx, map[string]any{"applied": false, "failureReason": err.Error()}, nil)
		}
		rerr := reply(ctx, map[string]any{"applied": true}, nil)
		c.reportEdited(ctx, touched)
		return rerr
	}
	return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.MethodNotFound, req.Method()))
}

// applyEdit applies a workspace/applyEdit's edit to the files on disk, as
// an editor that saves at once would.
func applyEdit(params json.RawMessage) error {
	var p struct {
		Edit struct {
			DocumentChanges []json.RawMessage                            `json:"documentChanges"`
			Changes         map[protocol.DocumentURI][]protocol.TextEdit `json:"changes"`
		} `json:"edit"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	for _, raw := range p.Edit.DocumentChanges {
		var op struct {
			Kind    string               `json:"kind"`
			URI     protocol.DocumentURI `json:"uri"`
			Options struct {
				Overwrite      bool `json:"overwrite"`
				IgnoreIfExists bool `json:"ignoreIfExists"`
			} `json:"options"`
			TextDocument struct {
				URI protocol.DocumentURI `json:"uri"`
			} `json:"textDocument"`
			Edits []protocol.TextEdit `json:"edits"`
		}
		if err := json.Unmarshal(raw, &op); err != nil {
			return err
		}
		switch op.Kind {
		case "create":
			path := uri.URI(op.URI).Filename()
			_, statErr := os.Stat(path)
			exists := statErr == nil
			if exists && !op.Options.Overwrite {
				if op.Options.IgnoreIfExists {
					continue
				}
				return fmt.Errorf("%s exists", path)
			}
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				return err
			}
		case "":
			if err := applyTextEdits(op.TextDocument.URI, op.Edits); err != nil {
				return err
			}
		default:
			return fmt.Errorf("unsupported resource operation %q", op.Kind)
		}
	}
	for u, edits := range p.Edit.Changes {
		if err := applyTextEdits(u, edits); err != nil {
			return err
		}
	}
	return nil
}

// applyTextEdits applies edits (non-overlapping, positions in the original
// text) to the file behind u.
func applyTextEdits(u protocol.DocumentURI, edits []protocol.TextEdit) error {
	path := uri.URI(u).Filename()
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f := token.NewFile(path, text)
	type span struct {
		start, end token.Pos
		text       string
	}
	spans := make([]span, 0, len(edits))
	for _, e := range edits {
		spans = append(spans, span{
			start: f.OffsetOfLSP(token.LSPPosition{Line: int(e.Range.Start.Line), Character: int(e.Range.Start.Character)}),
			end:   f.OffsetOfLSP(token.LSPPosition{Line: int(e.Range.End.Line), Character: int(e.Range.End.Character)}),
			text:  e.NewText,
		})
	}
	// Apply from the end so earlier offsets stay valid.
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	out := text
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		out = append(append(append([]byte{}, out[:s.start]...), s.text...), out[s.end:]...)
	}
	return os.WriteFile(path, out, 0o644)
}

// OpenBuffer opens path as an editor buffer at version 1 (didOpen with
// its text on disk). Workspace edits to it must then name its current
// version, as VS Code requires, and are reported with a didChange sent
// shortly after the applyEdit reply, as an editor may.
func (c *Client) OpenBuffer(ctx context.Context, path, languageID string) error {
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	u := protocol.DocumentURI(uri.File(path))
	c.mu.Lock()
	c.buffers[u] = 1
	c.mu.Unlock()
	return c.Notify(ctx, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": u, "languageId": languageID, "version": 1, "text": string(text)},
	})
}

// checkVersions rejects an edit to an open buffer at another version than
// the buffer's, and returns the buffers the edit changes.
func (c *Client) checkVersions(params json.RawMessage) ([]protocol.DocumentURI, error) {
	var p struct {
		Edit struct {
			DocumentChanges []struct {
				TextDocument struct {
					URI     protocol.DocumentURI `json:"uri"`
					Version *int32               `json:"version"`
				} `json:"textDocument"`
			} `json:"documentChanges"`
		} `json:"edit"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var touched []protocol.DocumentURI
	for _, ch := range p.Edit.DocumentChanges {
		version, open := c.buffers[ch.TextDocument.URI]
		if !open {
			continue
		}
		if ch.TextDocument.Version != nil && *ch.TextDocument.Version != version {
			return nil, fmt.Errorf("%s is at version %d, the edit is for version %d", ch.TextDocument.URI, version, *ch.TextDocument.Version)
		}
		touched = append(touched, ch.TextDocument.URI)
	}
	return touched, nil
}

// reportEdited bumps the versions of edited buffers and, a little later
// (after the applyEdit reply has gone), sends their new text.
func (c *Client) reportEdited(ctx context.Context, touched []protocol.DocumentURI) {
	for _, u := range touched {
		c.mu.Lock()
		c.buffers[u]++
		version := c.buffers[u]
		c.mu.Unlock()
		text, err := os.ReadFile(uri.URI(u).Filename())
		if err != nil {
			continue
		}
		delay := c.opts.DidChangeDelay
		if delay <= 0 {
			delay = 20 * time.Millisecond
		}
		go func() {
			time.Sleep(delay)
			_ = c.Notify(ctx, "textDocument/didChange", map[string]any{
				"textDocument":   map[string]any{"uri": u, "version": version},
				"contentChanges": []any{map[string]any{"text": string(text)}},
			})
		}()
	}
}
