package mcp

import (
	"context"
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
		_, _, _ = s.check(ctx, nil, CheckInput{Text: text})
		_, _, _ = s.symbols(ctx, nil, SymbolsInput{Text: text, IncludeImported: true})
		_, _, _ = s.definition(ctx, nil, DefinitionInput{Text: text, Name: name})
		_, _, _ = s.definition(ctx, nil, DefinitionInput{Text: text, Line: line, Column: column})
	})
}
