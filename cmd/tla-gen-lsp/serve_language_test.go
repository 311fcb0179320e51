package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// The language features over the real binary's stdio, one request each,
// on a workspace of two modules. Positions are found by searching the
// text, so the expectations read like the text itself.

const langLib = `---- MODULE LangLib ----
EXTENDS Naturals
\* Adds one.
Inc(n) == n + 1
====
`

const langMain = `---- MODULE LangMain ----
EXTENDS LangLib, FiniteSets
VARIABLE x, rec
vars == <<x, rec>>
TypeOK == x ∈ Nat /\ rec \in [a: Nat, b: BOOLEAN]
Init == x = 0 /\ rec = [a |-> 0, b |-> TRUE]
(* Steps
   forward. *)
Next == /\ x' = Inc(x) /\ Cardinality({x}) >= 0
        /\ rec' = rec
Spec == Init /\ [][Next]_vars
====
`

// posOf returns the LSP position of the offset-th byte of the first
// occurrence of needle in text (UTF-16 columns).
func posOf(t *testing.T, text, needle string, offset int) protocol.Position {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not in the text", needle)
	}
	before := text[:i+offset]
	line := strings.Count(before, "\n")
	col := len(utf16.Encode([]rune(before[strings.LastIndex(before, "\n")+1:])))
	return protocol.Position{Line: uint32(line), Character: uint32(col)}
}

type langSession struct {
	*process
	dir, main, lib string
	initResult     json.RawMessage
}

func startLangSession(t *testing.T) *langSession {
	t.Helper()
	requireRealChecker(t)
	dir := t.TempDir()
	s := &langSession{dir: dir, main: filepath.Join(dir, "LangMain.tla"), lib: filepath.Join(dir, "LangLib.tla")}
	writeText(t, s.lib, langLib)
	writeText(t, s.main, langMain)
	s.process = startProcess(t, nil, nil, lsptest.Options{})
	var err error
	if s.initResult, err = s.client.Initialize(s.ctx, dir, lsptest.Capabilities{}, nil); err != nil {
		t.Fatal(err)
	}
	for path, text := range map[string]string{s.main: langMain, s.lib: langLib} {
		_ = s.client.Notify(s.ctx, "textDocument/didOpen", map[string]any{
			"textDocument": map[string]any{"uri": fileURI(path), "languageId": "tlaplus", "version": 1, "text": text},
		})
	}
	return s
}

// call sends a position request on the main module.
func (s *langSession) call(t *testing.T, method string, pos protocol.Position, extra map[string]any, result any) error {
	t.Helper()
	params := map[string]any{"textDocument": map[string]any{"uri": fileURI(s.main)}, "position": pos}
	for k, v := range extra {
		params[k] = v
	}
	return s.client.Call(s.ctx, method, params, result)
}

func TestServeLanguageFeatures(t *testing.T) {
	s := startLangSession(t)

	t.Run("capabilities", func(t *testing.T) {
		var r struct {
			Capabilities map[string]json.RawMessage `json:"capabilities"`
		}
		if err := json.Unmarshal(s.initResult, &r); err != nil {
			t.Fatal(err)
		}
		for _, c := range []string{"definitionProvider", "declarationProvider", "referencesProvider", "hoverProvider",
			"documentSymbolProvider", "workspaceSymbolProvider", "renameProvider", "completionProvider",
			"signatureHelpProvider", "semanticTokensProvider", "foldingRangeProvider"} {
			if v, ok := r.Capabilities[c]; !ok || string(v) == "false" || string(v) == "null" {
				t.Errorf("%s not advertised: %s", c, v)
			}
		}
		if !strings.Contains(string(r.Capabilities["renameProvider"]), `"prepareProvider":true`) {
			t.Errorf("prepareRename not advertised: %s", r.Capabilities["renameProvider"])
		}
	})

	t.Run("definition into an imported module", func(t *testing.T) {
		var locs []protocol.Location
		if err := s.call(t, "textDocument/definition", posOf(t, langMain, "Inc(x)", 1), nil, &locs); err != nil {
			t.Fatal(err)
		}
		if len(locs) != 1 || locs[0].URI != fileURI(s.lib) || locs[0].Range.Start != posOf(t, langLib, "Inc(n)", 0) {
			t.Fatalf("definition of Inc = %+v", locs)
		}
	})

	t.Run("declaration of a variable after a Unicode operator", func(t *testing.T) {
		var locs []protocol.Location
		if err := s.call(t, "textDocument/declaration", posOf(t, langMain, "x ∈", 0), nil, &locs); err != nil {
			t.Fatal(err)
		}
		if len(locs) != 1 || locs[0].Range.Start != posOf(t, langMain, "x, rec", 0) {
			t.Fatalf("declaration of x = %+v", locs)
		}
	})

	t.Run("definition in a standard module opens a read-only file", func(t *testing.T) {
		var locs []protocol.Location
		if err := s.call(t, "textDocument/definition", posOf(t, langMain, "Cardinality", 2), nil, &locs); err != nil {
			t.Fatal(err)
		}
		if len(locs) != 1 {
			t.Fatalf("definition of Cardinality = %+v", locs)
		}
		path := strings.TrimPrefix(string(locs[0].URI), "file://")
		text, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(text), "MODULE FiniteSets") || filepath.Base(path) != "FiniteSets.tla" ||
			!strings.Contains(string(text), "placeholders") {
			t.Fatalf("definition file %s: %v\n%s", path, err, text)
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm()&0o222 != 0 {
			t.Errorf("%s is writable (%v)", path, err)
		}
		lines := strings.Split(string(text), "\n")
		got := lines[locs[0].Range.Start.Line][locs[0].Range.Start.Character:locs[0].Range.End.Character]
		if got != "Cardinality" {
			t.Errorf("the location selects %q", got)
		}
	})

	t.Run("hover", func(t *testing.T) {
		var h protocol.Hover
		if err := s.call(t, "textDocument/hover", posOf(t, langMain, "Inc(x)", 0), nil, &h); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Inc(n)", "constant-level operator", "LangLib", "Adds one."} {
			if !strings.Contains(h.Contents.Value, want) {
				t.Errorf("hover lacks %q:\n%s", want, h.Contents.Value)
			}
		}
	})

	t.Run("references", func(t *testing.T) {
		var locs []protocol.Location
		if err := s.call(t, "textDocument/references", posOf(t, langMain, "rec' = rec", 0), map[string]any{"context": map[string]any{"includeDeclaration": true}}, &locs); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(langMain, "rec"); len(locs) != n { // every "rec" of the text is the variable
			t.Errorf("%d references of rec, want %d: %+v", len(locs), n, locs)
		}
	})

	t.Run("document highlight", func(t *testing.T) {
		var hs []protocol.DocumentHighlight
		if err := s.call(t, "textDocument/documentHighlight", posOf(t, langMain, "x ∈", 0), nil, &hs); err != nil {
			t.Fatal(err)
		}
		writes := 0
		for _, h := range hs {
			if h.Kind == protocol.DocumentHighlightKindWrite {
				writes++
				if h.Range.Start != posOf(t, langMain, "x, rec", 0) {
					t.Errorf("the declaration highlighted at %+v", h.Range)
				}
			}
		}
		// x: declared once; used in vars, TypeOK, Init and three times in Next.
		if len(hs) != 7 || writes != 1 {
			t.Errorf("highlights of x: %+v", hs)
		}
	})

	t.Run("document symbols", func(t *testing.T) {
		var syms []protocol.DocumentSymbol
		err := s.client.Call(s.ctx, "textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": fileURI(s.main)}}, &syms)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range syms[0].Children {
			names = append(names, c.Name)
		}
		if syms[0].Name != "LangMain" || strings.Join(names, " ") != "x rec vars TypeOK Init Next Spec" {
			t.Errorf("outline %s: %v", syms[0].Name, names)
		}
	})

	t.Run("workspace symbols", func(t *testing.T) {
		var syms []protocol.SymbolInformation
		if err := s.client.Call(s.ctx, "workspace/symbol", map[string]any{"query": "inc"}, &syms); err != nil {
			t.Fatal(err)
		}
		if len(syms) != 1 || syms[0].Name != "Inc" || syms[0].ContainerName != "LangLib" {
			t.Errorf("workspace symbols for inc: %+v", syms)
		}
	})

	t.Run("rename across modules", func(t *testing.T) {
		var prep struct {
			Range       protocol.Range `json:"range"`
			Placeholder string         `json:"placeholder"`
		}
		if err := s.call(t, "textDocument/prepareRename", posOf(t, langMain, "Inc(x)", 1), nil, &prep); err != nil || prep.Placeholder != "Inc" {
			t.Fatalf("prepareRename: %+v %v", prep, err)
		}
		var edit protocol.WorkspaceEdit
		if err := s.call(t, "textDocument/rename", posOf(t, langMain, "Inc(x)", 1), map[string]any{"newName": "Succ"}, &edit); err != nil {
			t.Fatal(err)
		}
		files := map[protocol.DocumentURI]int{}
		for _, dc := range edit.DocumentChanges {
			if dc.TextDocument.Version == nil || *dc.TextDocument.Version != 1 {
				t.Errorf("edit of %s without the open document's version", dc.TextDocument.URI)
			}
			for _, e := range dc.Edits {
				files[dc.TextDocument.URI]++
				if e.NewText != "Succ" {
					t.Errorf("edit %+v", e)
				}
			}
		}
		if files[fileURI(s.main)] != 1 || files[fileURI(s.lib)] != 1 {
			t.Errorf("rename edits per file: %v", files)
		}
	})

	t.Run("references from an imported module reach a module not open", func(t *testing.T) {
		other := filepath.Join(s.dir, "LangUser.tla")
		writeText(t, other, "---- MODULE LangUser ----\nEXTENDS LangLib\nTwice(k) == Inc(Inc(k))\n====\n")
		var locs []protocol.Location
		err := s.client.Call(s.ctx, "textDocument/references", map[string]any{
			"textDocument": map[string]any{"uri": fileURI(s.lib)}, "position": posOf(t, langLib, "Inc(n)", 0),
			"context": map[string]any{"includeDeclaration": false}}, &locs)
		if err != nil {
			t.Fatal(err)
		}
		perFile := map[protocol.DocumentURI]int{}
		for _, l := range locs {
			perFile[l.URI]++
		}
		if perFile[fileURI(s.main)] != 1 || perFile[fileURI(other)] != 2 || len(locs) != 3 {
			t.Errorf("references of Inc from LangLib.tla: %+v", locs)
		}
		if err := os.Remove(other); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("rename of a standard operator is refused", func(t *testing.T) {
		err := s.call(t, "textDocument/prepareRename", posOf(t, langMain, "Cardinality", 0), nil, &json.RawMessage{})
		if err == nil || !strings.Contains(err.Error(), "standard module FiniteSets") {
			t.Errorf("prepareRename of Cardinality: %v", err)
		}
		err = s.call(t, "textDocument/rename", posOf(t, langMain, "FiniteSets", 0), map[string]any{"newName": "Sets"}, &json.RawMessage{})
		if err == nil || !strings.Contains(err.Error(), "FiniteSets is a standard module") {
			t.Errorf("rename of FiniteSets: %v", err)
		}
	})

	t.Run("completion", func(t *testing.T) {
		var list protocol.CompletionList
		if err := s.call(t, "textDocument/completion", posOf(t, langMain, "Inc(x)", 0), nil, &list); err != nil {
			t.Fatal(err)
		}
		found := map[string]protocol.CompletionItem{}
		for _, it := range list.Items {
			found[it.Label] = it
		}
		for _, want := range []string{"x", "rec", "Inc", "TypeOK", "Cardinality", "Nat", "UNCHANGED"} {
			if _, ok := found[want]; !ok {
				t.Errorf("completion lacks %s", want)
			}
		}
		if it := found["Inc"]; !strings.Contains(it.Detail, "Inc(n)") || it.Kind != protocol.CompletionItemKindFunction {
			t.Errorf("Inc item %+v", it)
		}
	})

	t.Run("signature help", func(t *testing.T) {
		var h protocol.SignatureHelp
		if err := s.call(t, "textDocument/signatureHelp", posOf(t, langMain, "Inc(x)", 4), nil, &h); err != nil {
			t.Fatal(err)
		}
		if len(h.Signatures) != 1 || h.Signatures[0].Label != "Inc(n)" || h.ActiveParameter != 0 {
			t.Errorf("signature help %+v", h)
		}
	})

	t.Run("semantic tokens", func(t *testing.T) {
		var toks protocol.SemanticTokens
		err := s.client.Call(s.ctx, "textDocument/semanticTokens/full", map[string]any{"textDocument": map[string]any{"uri": fileURI(s.main)}}, &toks)
		if err != nil {
			t.Fatal(err)
		}
		// Decode and find the primed x of Next: a variable (type 6) with
		// the modification modifier (bit 2).
		want := posOf(t, langMain, "x' = Inc", 0)
		line, col, found := uint32(0), uint32(0), false
		for i := 0; i+4 < len(toks.Data); i += 5 {
			if toks.Data[i] > 0 {
				col = 0
			}
			line += toks.Data[i]
			col += toks.Data[i+1]
			if line == want.Line && col == want.Character {
				found = true
				if toks.Data[i+3] != 6 || toks.Data[i+4]&4 == 0 || toks.Data[i+2] != 1 {
					t.Errorf("token of x' = %v", toks.Data[i:i+5])
				}
			}
		}
		if !found {
			t.Errorf("no token at %+v", want)
		}
	})

	t.Run("folding ranges", func(t *testing.T) {
		var rs []protocol.FoldingRange
		err := s.client.Call(s.ctx, "textDocument/foldingRange", map[string]any{"textDocument": map[string]any{"uri": fileURI(s.main)}}, &rs)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{"6-7 comment": false, "8-9 region": false}
		for _, r := range rs {
			want[strings.Join([]string{itoa(r.StartLine) + "-" + itoa(r.EndLine), string(r.Kind)}, " ")] = true
		}
		for k, ok := range want {
			if !ok {
				t.Errorf("no folding range %s in %+v", k, rs)
			}
		}
	})
}

func itoa(n uint32) string { return strconv.FormatUint(uint64(n), 10) }

func TestServeQuickFix(t *testing.T) {
	requireRealChecker(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Fix.tla")
	text := "---- MODULE Fix ----\nEXTENDS Naturals\nX == Cardinality({1})\n====\n"
	writeText(t, path, text)
	p := startProcess(t, nil, nil, lsptest.Options{})
	if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{}, nil); err != nil {
		t.Fatal(err)
	}
	_ = p.client.Notify(p.ctx, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path), "languageId": "tlaplus", "version": 1, "text": text},
	})
	got, err := p.client.WaitDiagnostics(p.ctx, fileURI(path), func(d protocol.PublishDiagnosticsParams) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal(err)
	}
	var actions []protocol.CodeAction
	err = p.client.Call(p.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path)},
		"range":        got.Diagnostics[0].Range,
		"context":      map[string]any{"diagnostics": got.Diagnostics, "only": []string{"quickfix"}},
	}, &actions)
	if err != nil {
		t.Fatal(err)
	}
	if len(actions) != 1 || actions[0].Title != "Add FiniteSets to EXTENDS" || !actions[0].IsPreferred || actions[0].Edit == nil {
		t.Fatalf("code actions %+v", actions)
	}
	e := actions[0].Edit.DocumentChanges[0].Edits[0]
	if e.NewText != ", FiniteSets" || e.Range.Start != posOf(t, text, "Naturals", len("Naturals")) {
		t.Errorf("edit %+v", e)
	}
}
