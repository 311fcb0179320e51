package mcp

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
)

const counterTLA = `---- MODULE Counter ----
EXTENDS Naturals, Helpers
CONSTANT Max
VARIABLE count

\* The counter starts at zero.
Init == count = 0

(* Count up to Max. *)
Inc == count < Max /\ count' = count + 1

Sum[n \in Nat] == IF n = 0 THEN 0 ELSE n + Sum[n - 1]

AnyBig == \E k \in 1..Max : k > Double(count)

Twice(F(_), v) == F(F(v))

H == INSTANCE Helpers
UseH == H!Double(2) + LET m == Max IN m
Next == Inc
====
`

const helpersTLA = `---- MODULE Helpers ----
EXTENDS Naturals
Double(n) == 2 * n   \* twice n
LOCAL Hidden == 3
====
`

const badTLA = "---- MODULE Bad ----\nVARIABLE x\nInit == y = 0\n====\n"

func TestToolsAndResourcesAreListedWithSchemas(t *testing.T) {
	s := connect(t, Options{LookupEnv: noEnv})
	ctx := context.Background()
	var names []string
	for tool, err := range s.cs.Tools(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, tool.Name)
		in, _ := json.Marshal(tool.InputSchema)
		out, _ := json.Marshal(tool.OutputSchema)
		if !strings.Contains(string(in), `"type":"object"`) || !strings.Contains(string(out), `"properties"`) || tool.Description == "" {
			t.Errorf("%s: input schema %s, output schema %s, description %q", tool.Name, in, out, tool.Description)
		}
	}
	want := []string{"tla_check", "tla_definition", "tla_generate_draft", "tla_generate_spec", "tla_modelcheck", "tla_symbols"}
	slices.Sort(names)
	if !reflect.DeepEqual(names, want) {
		t.Errorf("tools = %v, want %v", names, want)
	}
	var uris []string
	for r, err := range s.cs.Resources(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		uris = append(uris, r.URI)
	}
	if !slices.Contains(uris, promptURI) || !slices.Contains(uris, stdlibURIPrefix+"Naturals") || len(uris) != 1+len(stdlib.Names()) {
		t.Errorf("resources = %v", uris)
	}
}

func TestResourcesReadThePromptAndStandardModules(t *testing.T) {
	s := connect(t, Options{LookupEnv: noEnv})
	ctx := context.Background()
	res, err := s.cs.ReadResource(ctx, &sdk.ReadResourceParams{URI: promptURI})
	if err != nil {
		t.Fatal(err)
	}
	prompt, _ := actions.TranslationPrompt("")
	if len(res.Contents) != 1 || res.Contents[0].Text != prompt || !strings.Contains(prompt, "{source_code}") {
		t.Errorf("prompt resource = %.200v", res.Contents)
	}
	for _, uri := range []string{stdlibURIPrefix + "Sequences", stdlibURIPrefix + "Sequences.tla"} {
		res, err = s.cs.ReadResource(ctx, &sdk.ReadResourceParams{URI: uri})
		if err != nil {
			t.Fatalf("%s: %v", uri, err)
		}
		want, _ := stdlib.Lookup("Sequences")
		if res.Contents[0].Text != string(want) || !strings.Contains(res.Contents[0].Text, "Len") {
			t.Errorf("%s = %.200s", uri, res.Contents[0].Text)
		}
	}
	if _, err := s.cs.ReadResource(ctx, &sdk.ReadResourceParams{URI: stdlibURIPrefix + "NoSuchModule"}); err == nil {
		t.Error("reading a module that does not exist succeeded")
	}
}

func TestCheckAnswersWhatTheCheckerFinds(t *testing.T) {
	dir := writeFiles(t, map[string]string{"Counter.tla": counterTLA, "Helpers.tla": helpersTLA, "Bad.tla": badTLA})
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})

	var out CheckOutput
	s.callOK("tla_check", map[string]any{"files": []string{"Counter.tla", filepath.Join(dir, "Bad.tla")}}, &out)
	want, err := sany.Check(context.Background(), sany.Config{}, filepath.Join(dir, "Bad.tla"))
	if err != nil || !sany.HasErrors(want) {
		t.Fatalf("the checker itself: %v %v", want, err)
	}
	wantJSON := []sany.JSONDiagnostic{}
	for _, d := range want {
		wantJSON = append(wantJSON, d.JSON())
	}
	if !reflect.DeepEqual(out.Diagnostics, wantJSON) || out.Errors != len(want) || out.Clean {
		t.Errorf("tla_check = %+v\nwant diagnostics %+v", out, wantJSON)
	}
	if d := out.Diagnostics[0]; d.Line != 3 || d.Column != 9 || !strings.Contains(d.Message, "y") || d.File != filepath.Join(dir, "Bad.tla") {
		t.Errorf("first diagnostic %+v", d)
	}

	// Text stands for a file in the working folder: Helpers.tla is found
	// beside it, and an unsaved fix wins over the broken file on disk.
	s.callOK("tla_check", map[string]any{"text": counterTLA}, &out)
	if !out.Clean || len(out.Diagnostics) != 0 {
		t.Errorf("Counter as text: %+v", out)
	}
	s.callOK("tla_check", map[string]any{"file": "Bad.tla", "text": strings.Replace(badTLA, "y = 0", "x = 0", 1)}, &out)
	if !out.Clean {
		t.Errorf("Bad.tla with its fix unsaved: %+v", out)
	}
	s.callOK("tla_check", map[string]any{"file": "Bad.tla"}, &out)
	if out.Clean {
		t.Errorf("Bad.tla on disk: %+v", out)
	}
}

func TestSymbolsListDeclarationsAndDefinitions(t *testing.T) {
	dir := writeFiles(t, map[string]string{"Counter.tla": counterTLA, "Helpers.tla": helpersTLA})
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})
	var out SymbolsOutput
	s.callOK("tla_symbols", map[string]any{"file": "Counter.tla"}, &out)
	if out.Module != "Counter" || !reflect.DeepEqual(out.Extends, []string{"Naturals", "Helpers"}) {
		t.Errorf("module %q extends %v", out.Module, out.Extends)
	}
	var got []string
	for _, sym := range out.Symbols {
		got = append(got, sym.Kind+" "+sym.Signature)
	}
	want := []string{
		"constant CONSTANT Max", "variable VARIABLE count", "operator Init", "operator Inc",
		`function Sum[n \in Nat]`, "operator AnyBig", "operator Twice(F(_), v)",
		"instance H == INSTANCE Helpers", "operator UseH", "operator Next",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("symbols:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	byName := map[string]Symbol{}
	for _, sym := range out.Symbols {
		byName[sym.Name] = sym
	}
	if in := byName["Init"]; !strings.HasPrefix(in.Description, "state-level operator") || in.Line != 7 || in.Column != 1 || in.EndLine != 7 || in.EndColumn != 17 || in.Comment != "The counter starts at zero." || in.File != filepath.Join(dir, "Counter.tla") {
		t.Errorf("Init = %+v", in)
	}
	if inc := byName["Inc"]; inc.Comment != "Count up to Max." || inc.Line != 10 {
		t.Errorf("Inc = %+v", inc)
	}
	if tw := byName["Twice"]; tw.Arity != 2 {
		t.Errorf("Twice = %+v", tw)
	}

	s.callOK("tla_symbols", map[string]any{"file": "Counter.tla", "includeImported": true}, &out)
	byName = map[string]Symbol{}
	for _, sym := range out.Symbols {
		byName[sym.Name] = sym
	}
	if d := byName["Double"]; d.Module != "Helpers" || d.Signature != "Double(n)" || d.Comment != "twice n" || d.Standard {
		t.Errorf("Double = %+v", d)
	}
	if _, ok := byName["Hidden"]; ok {
		t.Error("a LOCAL definition of an imported module is listed")
	}
	if nat := byName["Nat"]; nat.Module != "Naturals" || !nat.Standard || nat.File != stdlib.Path("Naturals") {
		t.Errorf("Nat = %+v", nat)
	}

	// A module with errors still has symbols.
	s.callOK("tla_symbols", map[string]any{"text": "---- MODULE Broken ----\nVARIABLE v\nA == v +\nB == 1\n===="}, &out)
	names := []string{}
	for _, sym := range out.Symbols {
		names = append(names, sym.Name)
	}
	if !slices.Contains(names, "v") || !slices.Contains(names, "B") {
		t.Errorf("symbols of a broken module: %v", names)
	}
}

func TestDefinitionResolvesNamesAsTLAScopesThem(t *testing.T) {
	dir := writeFiles(t, map[string]string{"Counter.tla": counterTLA, "Helpers.tla": helpersTLA})
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})
	def := func(args map[string]any) DefinitionOutput {
		t.Helper()
		args["file"] = "Counter.tla"
		var out DefinitionOutput
		s.callOK("tla_definition", args, &out)
		return out
	}
	// line/column of the n-th occurrence of word on a line of Counter.tla
	at := func(line int, word string, nth int) map[string]any {
		l := strings.Split(counterTLA, "\n")[line-1]
		col := -1
		for i := 0; i < nth; i++ {
			col += 1 + strings.Index(l[col+1:], word)
		}
		return map[string]any{"line": line, "column": col + 1}
	}
	for _, tc := range []struct {
		name                       string
		args                       map[string]any
		kind, module, sig          string
		line, column               int
		wantText, wantInFile, note string
	}{
		{name: "own operator", args: map[string]any{"name": "Inc"}, kind: "operator", module: "Counter", sig: "Inc", line: 10, column: 1, wantText: "Inc == count < Max"},
		{name: "variable by position", args: at(10, "count", 2), kind: "variable", module: "Counter", sig: "VARIABLE count", line: 4, column: 10},
		{name: "extended module", args: map[string]any{"name": "Double"}, kind: "operator", module: "Helpers", sig: "Double(n)", line: 3, column: 1, wantInFile: "Helpers.tla"},
		{name: "through an instance", args: at(19, "Double", 1), kind: "operator", module: "Helpers", sig: "Double(n)", line: 3, column: 1},
		{name: "instance name", args: map[string]any{"name": "H"}, kind: "instance", module: "Counter", sig: "H == INSTANCE Helpers", line: 18, column: 1},
		{name: "standard module", args: map[string]any{"name": "Nat"}, kind: "operator", module: "Naturals", wantInFile: "<stdlib>/Naturals.tla"},
		{name: "bound variable", args: at(14, "k", 3), kind: "bound", module: "Counter", line: 14, column: 14},
		{name: "function's own bound", args: at(12, "n", 3), kind: "bound", module: "Counter", line: 12, column: 5},
		{name: "operator parameter", args: at(16, "F", 2), kind: "parameter", module: "Counter", sig: "F(_)", line: 16, column: 7},
		{name: "LET definition", args: at(19, "m", 2), kind: "operator", module: "Counter", sig: "m", line: 19, column: 27},
		{name: "built-in operator", args: at(10, `/\`, 1), kind: "builtin"},
		{name: "standard operator", args: at(10, "<", 1), kind: "operator", module: "Naturals", sig: "a < b", wantInFile: "<stdlib>/Naturals.tla", note: "less than"},
		{name: "module name in EXTENDS", args: at(2, "Helpers", 1), kind: "module", module: "Helpers", line: 1, column: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := def(tc.args)
			if !out.Found || len(out.Definitions) != 1 {
				t.Fatalf("%+v", out)
			}
			d := out.Definitions[0]
			if d.Kind != tc.kind || d.Module != tc.module || (tc.sig != "" && d.Signature != tc.sig) ||
				(tc.line != 0 && (d.Line != tc.line || d.Column != tc.column)) ||
				!strings.Contains(d.Text, tc.wantText) || !strings.HasSuffix(d.File, tc.wantInFile) ||
				!strings.Contains(strings.ToLower(d.Comment), tc.note) || (tc.kind == "builtin") != (d.File == "") {
				t.Errorf("definition %+v", d)
			}
		})
	}
	// A name no module defines, and a built-in operator.
	for _, name := range []string{"NoSuchThing", "SUBSET"} {
		if out := def(map[string]any{"name": name}); out.Found || len(out.Definitions) != 0 || !strings.Contains(out.Message, "not defined") {
			t.Errorf("%s: %+v", name, out)
		}
	}
	// A LOCAL definition of an extended module is not visible.
	if out := def(map[string]any{"name": "Hidden"}); out.Found {
		t.Errorf("Hidden: %+v", out)
	}
}

func TestBadArgumentsGiveClearToolErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"Counter.tla": counterTLA, "Helpers.tla": helpersTLA})
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})
	for _, tc := range []struct {
		tool string
		args any
		want string
	}{
		{"tla_check", map[string]any{}, `give "file"`},
		{"tla_check", map[string]any{"files": []string{"Missing.tla"}}, "cannot read Missing.tla: no such file"},
		{"tla_check", map[string]any{"files": "Counter.tla"}, "files"},
		{"tla_check", map[string]any{"files": []string{"."}}, "is a folder"},
		{"tla_check", map[string]any{"bogus": 1}, "bogus"},
		{"tla_symbols", map[string]any{"file": 42}, "file"},
		{"tla_symbols", map[string]any{"text": "no module here"}, "no module header"},
		{"tla_definition", map[string]any{"file": "Counter.tla"}, `give "name"`},
		{"tla_definition", map[string]any{"file": "Counter.tla", "line": 999, "column": 1}, "past the end"},
		{"tla_definition", map[string]any{"file": "Counter.tla", "line": 5, "column": 1}, "no name at line 5"},
		{"tla_generate_spec", map[string]any{}, "source"},
		{"tla_generate_spec", map[string]any{"source": "x.go", "maxRepairRounds": -1}, "maxRepairRounds"},
		{"tla_generate_spec", map[string]any{"source": "missing.go", "offline": true}, "cannot read the source file"},
		{"tla_generate_draft", map[string]any{"source": ""}, "source"},
		{"tla_modelcheck", map[string]any{"file": "Counter.tla", "maxStates": -5}, "must not be negative"},
		{"tla_modelcheck", map[string]any{}, `give "file"`},
	} {
		if got := s.callErr(tc.tool, tc.args); !strings.Contains(got, tc.want) {
			t.Errorf("%s(%v): %q, want it to say %q", tc.tool, tc.args, got, tc.want)
		}
	}
	// An unknown tool is a protocol error, and the server still answers.
	if _, err := s.cs.CallTool(context.Background(), &sdk.CallToolParams{Name: "tla_nothing"}); err == nil {
		t.Error("calling an unknown tool succeeded")
	}
	var out CheckOutput
	s.callOK("tla_check", map[string]any{"file": "Counter.tla"}, &out)
	if !out.Clean {
		t.Errorf("after the bad calls: %+v", out)
	}
}
