package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// This file gathers every workaround for go.lsp.dev (protocol v0.12.0,
// jsonrpc2 v0.10.0, uri v0.3.0) so that the rest of the package can use
// plain types. Each workaround says what it avoids.
//
// Why our own dispatcher (dispatch.go) instead of protocol.ServerHandler:
//   - protocol.Handlers wraps the handler in jsonrpc2.AsyncHandler, which
//     runs requests one after another, so a long generation would block
//     every later request (codeAction, shutdown, even the cancel of itself).
//   - A protocol.Server with an embedded nil Server panics on any method we
//     do not implement; we answer MethodNotFound from one table instead.
//   - Its $/cancelRequest handling compares the decoded float64 id with the
//     int32 request id, so numeric ids (VS Code and Neovim send numbers)
//     never cancel anything; cancelIDFromParams below decodes both forms.
// We still use jsonrpc2 for framing and for matching our own calls' replies.

// maxMessageBytes bounds a message's Content-Length so that a broken or
// hostile header cannot make us allocate gigabytes.
const maxMessageBytes = 64 << 20

// requestCancelled is LSP's RequestCancelled error code (not in jsonrpc2).
const requestCancelled jsonrpc2.Code = -32800

// cancelIDFromParams decodes the id of a $/cancelRequest.
// protocol.CancelParams holds the id as interface{} (a float64 after
// decoding), which jsonrpc2 never matches against its int32 ids; decoding
// into jsonrpc2.ID handles numbers and strings alike.
func cancelIDFromParams(params json.RawMessage) (jsonrpc2.ID, error) {
	var raw struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(params, &raw); err != nil {
		return jsonrpc2.ID{}, err
	}
	if len(raw.ID) == 0 {
		return jsonrpc2.ID{}, errors.New("$/cancelRequest without id")
	}
	var id jsonrpc2.ID
	if err := id.UnmarshalJSON(raw.ID); err != nil {
		return jsonrpc2.ID{}, err
	}
	return id, nil
}

// contentChange is one didChange content change. protocol's
// TextDocumentContentChangeEvent has a non-pointer Range, so a whole-text
// replacement (no range) is indistinguishable from an insertion at 0:0.
type contentChange struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// didChangeParams is textDocument/didChange's params with contentChange.
type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []contentChange                          `json:"contentChanges"`
}

// progressToken is a work-done progress token. protocol.ProgressToken only
// marshals through a pointer receiver, so as a struct field passed by value
// it encodes as {}; we always create string tokens.
type progressToken = string

// workDoneProgressCreateParams is window/workDoneProgress/create's params.
type workDoneProgressCreateParams struct {
	Token progressToken `json:"token"`
}

// progressParams is $/progress's params.
type progressParams struct {
	Token progressToken `json:"token"`
	Value any           `json:"value"`
}

// workDoneProgressCancelParams is window/workDoneProgress/cancel's params;
// the token may come back as a number or a string.
type workDoneProgressCancelParams struct {
	Token json.RawMessage `json:"token"`
}

// createFile is the CreateFile resource operation, which protocol v0.12.0's
// WorkspaceEdit.DocumentChanges ([]TextDocumentEdit) cannot hold.
type createFile struct {
	Kind    string               `json:"kind"` // always "create"
	URI     protocol.DocumentURI `json:"uri"`
	Options *createFileOptions   `json:"options,omitempty"`
}

// createFileOptions are CreateFile's options.
type createFileOptions struct {
	Overwrite      bool `json:"overwrite,omitempty"`
	IgnoreIfExists bool `json:"ignoreIfExists,omitempty"`
}

// workspaceEdit is a WorkspaceEdit whose documentChanges may mix
// createFile and protocol.TextDocumentEdit values.
type workspaceEdit struct {
	DocumentChanges []any `json:"documentChanges"`
}

// applyWorkspaceEditParams is workspace/applyEdit's params for workspaceEdit.
type applyWorkspaceEditParams struct {
	Label string        `json:"label,omitempty"`
	Edit  workspaceEdit `json:"edit"`
}

// applyWorkspaceEditResult is workspace/applyEdit's result. We call the
// method through the connection because protocol.Client.ApplyEdit decodes
// the result object into a bool and always fails.
type applyWorkspaceEditResult struct {
	Applied       bool   `json:"applied"`
	FailureReason string `json:"failureReason,omitempty"`
}

// showDocumentParams is window/showDocument's params. protocol v0.12.0
// declares ShowDocument on the Server interface instead of the Client one,
// so it too is called through the connection.
type showDocumentParams struct {
	URI       protocol.DocumentURI `json:"uri"`
	TakeFocus bool                 `json:"takeFocus,omitempty"`
	Selection *protocol.Range      `json:"selection,omitempty"`
}

// showDocumentResult is window/showDocument's result.
type showDocumentResult struct {
	Success bool `json:"success"`
}

// pathFromURI returns the clean local path of a file: URI. uri.URI.Filename
// panics on anything else, so we parse it ourselves.
func pathFromURI(u protocol.DocumentURI) (string, bool) {
	parsed, err := url.Parse(string(u))
	if err != nil || parsed.Scheme != "file" || parsed.Path == "" {
		return "", false
	}
	p := parsed.Path
	// file:///C:/x on Windows has the path "/C:/x".
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:]
	}
	return filepath.Clean(filepath.FromSlash(p)), true
}

// uriFromPath returns the file: URI of an absolute path.
func uriFromPath(path string) protocol.DocumentURI { return uri.File(path) }

// tolerantStream frames LSP messages like jsonrpc2.NewStream but does not
// give up on a message it cannot decode: jsonrpc2's conn closes the whole
// connection on any read error, so one malformed message from a client
// would end the session. Undecodable messages are answered with a JSON-RPC
// error when they carry an id, and skipped otherwise.
//
// Writes are queued and sent by one goroutine, so the reading goroutine
// never blocks on output: a client that writes a request while it is not
// reading (easy over an unbuffered pipe) cannot deadlock the session.
type tolerantStream struct {
	in     *bufio.Reader
	out    io.Writer
	closer io.Closer
	logf   func(format string, args ...any)

	mu       sync.Mutex
	wake     *sync.Cond
	queue    [][]byte
	writeErr error
	closed   bool
}

func newTolerantStream(r io.Reader, w io.Writer, c io.Closer, logf func(string, ...any)) *tolerantStream {
	s := &tolerantStream{in: bufio.NewReader(r), out: w, closer: c, logf: logf}
	s.wake = sync.NewCond(&s.mu)
	go s.writeLoop()
	return s
}

// writeLoop sends queued frames in order until the stream is closed.
func (s *tolerantStream) writeLoop() {
	for {
		s.mu.Lock()
		for len(s.queue) == 0 && !s.closed {
			s.wake.Wait()
		}
		if len(s.queue) == 0 {
			s.mu.Unlock()
			return
		}
		frame := s.queue[0]
		s.queue = s.queue[1:]
		s.mu.Unlock()
		if _, err := s.out.Write(frame); err != nil {
			s.mu.Lock()
			s.writeErr = err
			s.queue = nil
			s.closed = true
			s.mu.Unlock()
			return
		}
	}
}

// Read implements jsonrpc2.Stream.
func (s *tolerantStream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		data, n, err := s.readFrame()
		if err != nil {
			return nil, n, err
		}
		msg, err := jsonrpc2.DecodeMessage(data)
		if err == nil {
			return msg, n, nil
		}
		s.logf("skipping undecodable message: %v", err)
		s.answerUndecodable(ctx, data)
	}
}

// readFrame reads one Content-Length framed body. Its errors are fatal for
// the stream: once a header is wrong the next message's start is unknown.
func (s *tolerantStream) readFrame() ([]byte, int64, error) {
	var total, length int64 = 0, -1
	for {
		line, err := s.in.ReadString('\n')
		total += int64(len(line))
		if err != nil {
			return nil, total, fmt.Errorf("reading header: %w", err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if length < 0 {
				continue // stray blank line between messages
			}
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, total, fmt.Errorf("invalid header line %q", line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			length, err = strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || length < 0 || length > maxMessageBytes {
				return nil, total, fmt.Errorf("invalid Content-Length %q", value)
			}
		}
	}
	data := make([]byte, length)
	if _, err := io.ReadFull(s.in, data); err != nil {
		return nil, total, fmt.Errorf("reading body: %w", err)
	}
	return data, total + length, nil
}

// answerUndecodable replies to a request we could not decode, when its id
// can be recovered, so that the client does not wait forever.
func (s *tolerantStream) answerUndecodable(ctx context.Context, data []byte) {
	var probe struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(data, &probe) != nil || len(probe.ID) == 0 || string(probe.ID) == "null" {
		return
	}
	var id jsonrpc2.ID
	if id.UnmarshalJSON(probe.ID) != nil {
		return
	}
	resp, err := jsonrpc2.NewResponse(id, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "invalid JSON-RPC message"))
	if err == nil {
		_, _ = s.Write(ctx, resp)
	}
}

// Write implements jsonrpc2.Stream by queueing the framed message.
func (s *tolerantStream) Write(_ context.Context, msg jsonrpc2.Message) (int64, error) {
	data, err := json.Marshal(msg)
	if err != nil {
		return 0, fmt.Errorf("marshaling message: %w", err)
	}
	frame := append([]byte(fmt.Sprintf("Content-Length: %d\r\n\r\n", len(data))), data...)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.writeErr != nil {
		return 0, s.writeErr
	}
	if s.closed {
		return 0, io.ErrClosedPipe
	}
	s.queue = append(s.queue, frame)
	s.wake.Signal()
	return int64(len(frame)), nil
}

// flush waits until every queued message was written, or d passed.
func (s *tolerantStream) flush(d time.Duration) {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		empty := len(s.queue) == 0
		s.mu.Unlock()
		if empty {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// Close implements jsonrpc2.Stream. Queued messages are dropped.
func (s *tolerantStream) Close() error {
	s.mu.Lock()
	s.closed = true
	s.queue = nil
	s.wake.Broadcast()
	s.mu.Unlock()
	if s.closer == nil {
		return nil
	}
	return s.closer.Close()
}
