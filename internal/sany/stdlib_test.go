package sany

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
)

// stdlibExports lists, for each standard module, names it must export
// and names it must not (LOCAL definitions and LOCAL INSTANCEs), as in
// SANY's own standard modules.
var stdlibExports = map[string]struct{ has, hasNot []string }{
	"Naturals":      {has: []string{"Nat", "+", "-", "*", "^", "<", ">", "\\leq", "\\geq", "%", "\\div", ".."}},
	"Integers":      {has: []string{"Int", "-.", "Nat", "+"}},
	"Reals":         {has: []string{"Real", "/", "Infinity", "Int", "Nat"}},
	"Sequences":     {has: []string{"Seq", "Len", "\\o", "Append", "Head", "Tail", "SubSeq", "SelectSeq"}, hasNot: []string{"+", "Nat", ".."}},
	"FiniteSets":    {has: []string{"IsFiniteSet", "Cardinality"}, hasNot: []string{"Len", "+"}},
	"TLC":           {has: []string{"Print", "PrintT", "Assert", "JavaTime", "TLCGet", "TLCSet", ":>", "@@", "Permutations", "SortSeq", "RandomElement", "Any", "ToString", "TLCEval"}, hasNot: []string{"Cardinality", "Len", "+"}},
	"TLCExt":        {has: []string{"AssertEq", "AssertError", "TLCGetOrDefault", "TLCGetAndSet", "Trace", "CounterExample", "ToTrace", "TLCModelValue", "TLCDefer", "TLCNoOp", "PickSuccessor", "TLCCache", "TLCFP", "TLCEvalDefinition"}, hasNot: []string{"Print", "Int"}},
	"Bags":          {has: []string{"IsABag", "BagToSet", "SetToBag", "BagIn", "EmptyBag", "\\oplus", "\\ominus", "BagUnion", "\\sqsubseteq", "SubBag", "BagOfAll", "BagCardinality", "CopiesIn", "Print", ":>"}, hasNot: []string{"Sum", "+"}},
	"Json":          {has: []string{"ToJson", "ToJsonArray", "ToJsonObject", "JsonSerialize", "JsonDeserialize", "ndJsonSerialize", "ndJsonDeserialize"}, hasNot: []string{"Len", "Print"}},
	"Randomization": {has: []string{"RandomSubset", "RandomSetOfSubsets", "TestRandomSetOfSubsets"}, hasNot: []string{"Cardinality"}},
	"RealTime":      {has: []string{"now", "RTBound", "RTnow", "Real", "Int"}},
	"Toolbox":       {has: []string{"_TETrace", "_TEPosition"}, hasNot: []string{"_TETraceLength", "TLCGet"}},
	"_Possible":     {has: []string{"_Track", "_Counts", "_CheckName", "_PrintCounts"}, hasNot: []string{"_Update", "_Merge", "PrintT", "Len"}},
}

// TestStandardModulesParseAndExport checks every embedded standard module
// without errors and compares its exports with SANY's.
func TestStandardModulesParseAndExport(t *testing.T) {
	names := stdlib.Names()
	if len(names) < len(stdlibExports) {
		t.Errorf("embedded modules %v, want at least %d", names, len(stdlibExports))
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			r := &FileResolver{}
			src, err := r.Resolve(name)
			if err != nil {
				t.Fatal(err)
			}
			l := newLoader(context.Background(), r, parseFile)
			m := l.loadFile(src.Path, src.Text, true, name)
			if m == nil {
				t.Fatalf("does not parse: %v", l.diags)
			}
			l.visit(m)
			if HasErrors(l.diags) {
				t.Fatalf("loading: %v", l.diags)
			}
			exports := exportsOf(t, l, moduleEnv{}, name)
			want := stdlibExports[name]
			for _, n := range want.has {
				if !exports[n] {
					t.Errorf("%s does not export %s", name, n)
				}
			}
			for _, n := range want.hasNot {
				if exports[n] {
					t.Errorf("%s exports %s, which SANY's keeps LOCAL", name, n)
				}
			}
		})
	}
}

// exportsOf checks the modules l loaded and returns the names module name
// exports.
func exportsOf(t *testing.T, l *loader, env moduleEnv, name string) map[string]bool {
	out := map[string]bool{}
	for _, m := range l.order {
		diags := checkLoaded(m, env)
		if HasErrors(diags) {
			t.Fatalf("%s: %v", m.name, diags)
		}
		if m.name == name {
			for _, n := range m.checked.Exports() {
				out[n] = true
			}
		}
	}
	var list []string
	for n := range out {
		list = append(list, n)
	}
	sort.Strings(list)
	t.Logf("%s exports %s", name, strings.Join(list, " "))
	return out
}
