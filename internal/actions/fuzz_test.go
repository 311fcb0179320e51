package actions

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
)

// FuzzTraceAndConformance feeds arbitrary specs, sources and drafts to the
// functions the editor runs on every change: they must never panic, and
// every link must point inside both texts at the names it claims.
func FuzzTraceAndConformance(f *testing.F) {
	f.Add("---- MODULE M ----\nVARIABLE x\nIncr == x' = x + 1\n====\n", "package p\nfunc Incr() {}\n", "## CORE FUNCTIONS\n- Incr\n")
	f.Add("---- MODULE M ----\nincr ==\n", "def incr(self):\n    pass\n", "CORE: incr, decr")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, spec, source, draftText string) {
		d := draft.Parse(draftText)
		for _, lang := range []string{"x.go", "x.py", "x.rs"} {
			for _, l := range TraceTexts(lang, []byte(source), "M.tla", []byte(spec), d) {
				if l.Source.Start < 0 || l.Source.End > len(source) || l.Spec.Start < 0 || l.Spec.End > len(spec) {
					t.Fatalf("link out of range: %+v", l)
				}
				if spec[l.Spec.Start:l.Spec.End] != l.Action {
					t.Fatalf("spec span %q is not action %q", spec[l.Spec.Start:l.Spec.End], l.Action)
				}
			}
		}
		conformanceOf("M.tla", []byte(spec), d)
		unfence(spec)
	})
}
