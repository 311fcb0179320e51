package mcp

import (
	"context"
	"io"
	"testing"
)

// FuzzTextTools runs the tools that take a module's text on any text and
// position: they answer or fail with a tool error, and never panic.
func FuzzTextTools(f *testing.F) {
	f.Add(counterTLA, "Inc", 10, 5)
	f.Add(badTLA, "", 3, 9)
	f.Add("---- MODULE M ----\nVARIABLE x\nA == x' = x\n====", "A", 3, 1)
	f.Add("---- MODULE M ----\nA == \\E y \\in {} : LET z == y IN z\n====", "", 2, 36)
	f.Add("(* --algorithm a\n*)", "a!b!c", 1, 1)
	dir := f.TempDir()
	s := &server{opts: Options{LookupEnv: noEnv, WorkDir: dir}}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text, name string, line, column int) {
		if text == "" {
			return
		}
		_, _ = s.check(ctx, nil, CheckInput{Text: text})
		_, _ = s.symbols(ctx, nil, SymbolsInput{Text: text, IncludeImported: true})
		_, _ = s.definition(ctx, nil, DefinitionInput{Text: text, Name: name})
		_, _ = s.definition(ctx, nil, DefinitionInput{Text: text, Line: line, Column: column})
	})
}

// FuzzProtocolLines feeds any line to the protocol layer: it answers or
// ignores it, and never panics.
func FuzzProtocolLines(f *testing.F) {
	f.Add(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18"}}`)
	f.Add(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"tla_check","arguments":{"text":"---- MODULE M ----\n===="}}}`)
	f.Add(`[{"jsonrpc":"2.0","id":3,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3}}]`)
	f.Add(`{"jsonrpc":"2.0","id":4,"method":"resources/read","params":{"uri":"tla-gen://prompt/translate"}}`)
	f.Add(`{"jsonrpc":"2.0","id":null,"result":{}}`)
	srv := NewServer(Options{LookupEnv: noEnv, WorkDir: f.TempDir()})
	f.Fuzz(func(t *testing.T, line string) {
		c := &conn{methods: srv.methods(), out: io.Discard, inFlight: map[string]context.CancelFunc{}}
		c.handleLine(context.Background(), []byte(line))
		c.wg.Wait()
	})
}
