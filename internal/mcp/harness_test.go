package mcp

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// These tests drive the server with the official SDK's client over pipes
// carrying the real newline-delimited JSON-RPC messages, so that our
// protocol layer and the SDK's must agree. The command's tests run the
// same through the real binary over stdio.

// session is a connected client with what the server sent it.
type session struct {
	t  *testing.T
	cs *sdk.ClientSession

	mu       sync.Mutex
	progress []*sdk.ProgressNotificationParams
}

// connect starts a server with opts and connects a client to it.
func connect(t *testing.T, opts Options) *session {
	t.Helper()
	ctx := context.Background()
	s := &session{t: t}
	client := sdk.NewClient(&sdk.Implementation{Name: "test-client", Version: "1"}, &sdk.ClientOptions{
		ProgressNotificationHandler: func(_ context.Context, req *sdk.ProgressNotificationClientRequest) {
			s.mu.Lock()
			s.progress = append(s.progress, req.Params)
			s.mu.Unlock()
		},
	})
	toServer, fromClient := io.Pipe()
	toClient, fromServer := io.Pipe()
	served := make(chan error, 1)
	go func() {
		served <- NewServer(opts).Serve(ctx, toServer, fromServer)
		fromServer.Close()
	}()
	var err error
	s.cs, err = client.Connect(ctx, &sdk.IOTransport{Reader: toClient, Writer: fromClient}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.cs.Close()
		select {
		case err := <-served:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(time.Minute):
			t.Error("the server did not end when the client closed the session")
		}
	})
	return s
}

// call calls a tool and returns its raw result; a protocol error fails the
// test.
func (s *session) call(name string, args any) *sdk.CallToolResult {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := s.cs.CallTool(ctx, &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		s.t.Fatalf("%s: %v", name, err)
	}
	return res
}

// callOK calls a tool that must succeed and decodes its structured
// result into out.
func (s *session) callOK(name string, args any, out any) {
	s.t.Helper()
	res := s.call(name, args)
	if res.IsError {
		s.t.Fatalf("%s(%v) failed: %s", name, args, text(res))
	}
	b, err := json.Marshal(res.StructuredContent)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		s.t.Fatalf("%s: %v in %s", name, err, b)
	}
}

// callErr calls a tool that must fail with a tool error and returns its
// message.
func (s *session) callErr(name string, args any) string {
	s.t.Helper()
	res := s.call(name, args)
	if !res.IsError {
		s.t.Fatalf("%s(%v) succeeded, want a tool error: %s", name, args, text(res))
	}
	return text(res)
}

// text joins a result's text content.
func text(res *sdk.CallToolResult) string {
	var parts []string
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// writeFiles writes name → text files into a new folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// noEnv is an empty environment: no model, no key.
func noEnv(string) (string, bool) { return "", false }

func (s *session) progressCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.progress)
}

func (s *session) lastProgress() *sdk.ProgressNotificationParams {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.progress) == 0 {
		return &sdk.ProgressNotificationParams{}
	}
	return s.progress[len(s.progress)-1]
}
