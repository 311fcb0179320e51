package lsp_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
)

func frame(body string) []byte {
	return []byte(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
}

// FuzzServer feeds arbitrary messages, framed and unframed, to an
// initialized server: it must not panic and must end when its input does.
// Generation (of specs and drafts) is replaced so that the fuzzer cannot
// write files.
func FuzzServer(f *testing.F) {
	for _, seed := range []string{
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///tmp/x.go"},"range":{},"context":{"only":["source"]}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/fuzz/A.tla","version":1,"text":"---- MODULE A ----\nX ≜ ⟨1⟩\n===="}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/fuzz/A.tla","version":2},"contentChanges":[{"range":{"start":{"line":9,"character":99},"end":{"line":0,"character":0}},"text":"𝔸"}]}}`,
		`{"jsonrpc":"2.0","id":"s","method":"workspace/executeCommand","params":{"command":"tlaGen.generateSpec","arguments":[{"uri":"file:///tmp/x.go","draftUri":"http://x"}]}}`,
		`{"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"tlaGen.checkModule","arguments":["file:///nonexistent/B.tla"]}}`,
		`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":3.5}}`,
		`{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"tlaGen":{"debounceMillis":-4,"draftNames":[""]}}}}`,
		`{"jsonrpc":"2.0","method":"window/workDoneProgress/cancel","params":{"token":[1]}}`,
		`{"jsonrpc":"2.0","id":6,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"file:///tmp/fuzz/A.tla"}}}`,
		`{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"file:///tmp/fuzz/A.tla","type":2},{"uri":"x","type":9}]}}`,
		`{"jsonrpc":"2.0","id":7,"method":"workspace/executeCommand","params":{"command":"tlaGen.openLocation","arguments":[{"uri":"file:///tmp/x.go","range":{"start":{"line":-1}}}]}}`,
		`{"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":"tlaGen.showGenerationLog","arguments":[]}}`,
		`{"jsonrpc":"2.0","id":9,"method":"workspace/executeCommand","params":{"command":"tlaGen.generateDraft","arguments":["file:///tmp/x.go"]}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/fuzz/A.cfg","version":1,"text":"CONSTANTS N = {a, {}} M <- [I] Op\nINVARIANT (* x *) Inv"}}}`,
		`{"jsonrpc":"2.0","id":4,"method":"shutdown"}`,
		`{"jsonrpc":"2.0","id":null,"method":"initialize","params":null}`,
		`{"jsonrpc":"1.0","id":5}`,
		`not json`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		serverEnd, clientEnd := net.Pipe()
		done := make(chan int, 1)
		opts := lsp.Options{
			Log:       io.Discard,
			LookupEnv: func(string) (string, bool) { return "", false },
			Generate: func(context.Context, actions.GenerateRequest, func(actions.Progress)) (actions.GenerateResult, error) {
				return actions.GenerateResult{}, errors.New("generation is disabled while fuzzing")
			},
			GenerateDraft: func(context.Context, actions.DraftRequest, func(actions.Progress)) (actions.DraftResult, error) {
				return actions.DraftResult{}, errors.New("draft generation is disabled while fuzzing")
			},
		}
		go func() { done <- lsp.Run(ctx, serverEnd, serverEnd, opts) }()
		go func() { _, _ = io.Copy(io.Discard, clientEnd) }()
		init := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`
		for _, chunk := range [][]byte{frame(init), frame(string(body)), body} {
			if _, err := clientEnd.Write(chunk); err != nil {
				break // the server gave up on broken framing: allowed
			}
		}
		_ = clientEnd.Close()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("the server did not stop after its input ended")
		}
	})
}
