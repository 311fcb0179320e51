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
}

// Client is a recording LSP client.
type Client struct {
	stream *stream
	conn   jsonrpc2.Conn
	opts   Options

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced whenever something is recorded
	diagnostics map[protocol.DocumentURI][]protocol.PublishDiagnosticsParams
	messages    []protocol.ShowMessageParams
	logs        []protocol.LogMessageParams
	progress    []json.RawMessage
	shown       []protocol.DocumentURI
	requests    []string // methods of the requests the server sent
	editErrors  []error
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
			c.record(func() { c.diagnostics[p.URI] = append(c.diagnostics[p.URI], p) })
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
		var p struct {
			URI protocol.DocumentURI `json:"uri"`
		}
		_ = json.Unmarshal(params, &p)
		c.record(func() { c.shown = append(c.shown, p.URI) })
		return reply(ctx, map[string]bool{"success": true}, nil)
	case "workspace/applyEdit":
		if c.opts.RefuseEdits {
			return reply(ctx, map[string]any{"applied": false, "failureReason": "refused by test"}, nil)
		}
		err := applyEdit(params)
		if err != nil {
			c.record(func() { c.editErrors = append(c.editErrors, err) })
			return reply(ctx, map[string]any{"applied": false, "failureReason": err.Error()}, nil)
		}
		return reply(ctx, map[string]any{"applied": true}, nil)
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
			start: f.OffsetOfLSP(token.Position{Line: int(e.Range.Start.Line), Column: int(e.Range.Start.Character)}),
			end:   f.OffsetOfLSP(token.Position{Line: int(e.Range.End.Line), Column: int(e.Range.End.Character)}),
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
