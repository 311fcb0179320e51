package lsp_test

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// session is an in-process server on one end of a net.Pipe and a
// recording client on the other.
type session struct {
	t      *testing.T
	ctx    context.Context
	client *lsptest.Client
	exited chan struct{} // closed when lsp.Run returned
	code   int           // its exit status, once exited is closed
	log    *syncBuffer
}

// syncBuffer is a bytes.Buffer safe for the server's log goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startSession starts a server with opts and a client with copts. The
// session ends with the test; its exit status is on s.exit.
func startSession(t *testing.T, opts lsp.Options, copts lsptest.Options) *session {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	serverEnd, clientEnd := net.Pipe()
	s := &session{t: t, ctx: ctx, exited: make(chan struct{}), log: &syncBuffer{}}
	if opts.Log == nil {
		opts.Log = s.log
	}
	if opts.LookupEnv == nil {
		opts.LookupEnv = func(string) (string, bool) { return "", false }
	}
	go func() {
		s.code = lsp.Run(ctx, serverEnd, serverEnd, opts)
		close(s.exited)
	}()
	s.client = lsptest.New(ctx, clientEnd, copts)
	t.Cleanup(func() {
		_ = s.client.Close()
		select {
		case <-s.exited:
		case <-time.After(5 * time.Second):
			t.Errorf("server did not stop after the client closed the connection")
		}
		cancel()
	})
	return s
}

// exitStatus waits for the server to end and returns its status.
func (s *session) exitStatus() int {
	s.t.Helper()
	select {
	case <-s.exited:
		return s.code
	case <-time.After(5 * time.Second):
		s.t.Fatal("server did not exit")
		return -1
	}
}

func (s *session) initialize(caps lsptest.Capabilities, initOptions any) {
	s.t.Helper()
	withoutRuntimePhase(initOptions)
	if _, err := s.client.Initialize(s.ctx, s.t.TempDir(), caps, initOptions); err != nil {
		s.t.Fatalf("initialize: %v", err)
	}
}

func (s *session) open(path, text string) {
	s.t.Helper()
	err := s.client.Notify(s.ctx, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path), "languageId": languageOf(path), "version": 1, "text": text},
	})
	if err != nil {
		s.t.Fatal(err)
	}
}

func languageOf(path string) string {
	if strings.HasSuffix(path, ".tla") {
		return "tlaplus"
	}
	return "go"
}

func fileURI(path string) protocol.DocumentURI { return protocol.DocumentURI("file://" + path) }

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// markerCheck stands in for sany.Check in the plumbing tests: every "BAD"
// in a module, or in a module it EXTENDS, is an error with code 4200. It
// reads modules through sany's FileResolver, so open buffers win over disk
// exactly as they do for the real checker.
func markerCheck(_ context.Context, cfg sany.Config, path string) ([]sany.Diagnostic, error) {
	var r sany.Resolver = sany.NewFileResolver(path, cfg.SearchPaths, cfg.Overlay)
	if cfg.Resolver != nil {
		r = cfg.Resolver
	}
	text, err := r.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := markers(path, text)
	for _, line := range strings.Split(string(text), "\n") {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "EXTENDS "); ok {
			src, err := r.Resolve(strings.TrimSpace(name))
			if err != nil {
				out = append(out, sany.Diagnostic{Path: path, Severity: sany.SeverityError, Kind: sany.KindModule, Message: "cannot find module " + name})
				continue
			}
			out = append(out, markers(src.Path, src.Text)...)
		}
	}
	return out, nil
}

func markers(path string, text []byte) []sany.Diagnostic {
	f := token.NewFile(path, text)
	var out []sany.Diagnostic
	for off := 0; ; {
		i := bytes.Index(text[off:], []byte("BAD"))
		if i < 0 {
			return out
		}
		pos := token.Pos(off + i)
		out = append(out, sany.Diagnostic{
			Path: path, File: f, Pos: pos, End: pos + 3,
			Severity: sany.SeverityError, Kind: sany.KindSemantic, Code: 4200,
			Message: "marker found",
		})
		off += i + 3
	}
}

// withoutRuntimePhase turns off the runtime phase of generation in
// settings that do not mention it, so that the scripted models of the
// SANY-phase tests answer only what those tests count; the runtime
// phase's own tests set it.
func withoutRuntimePhase(initOptions any) {
	settings, ok := initOptions.(map[string]any)
	if !ok {
		return
	}
	if inner, ok := settings["tlaGen"].(map[string]any); ok {
		settings = inner
	}
	if _, set := settings["modelCheckAfterGenerate"]; !set {
		settings["modelCheckAfterGenerate"] = false
	}
}
