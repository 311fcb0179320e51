package langservice

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
)

// TestBackslashCompletionsAreOperatorsOrQuantifiers keeps the completion
// list to spellings the checker knows: an operator of op.Table (whose
// Unicode form it shows) or a quantifier.
func TestBackslashCompletionsAreOperatorsOrQuantifiers(t *testing.T) {
	for _, a := range asciiOperators {
		o := op.BySpelling(a.ASCII)
		_, quantifier := quantifierUnicode[a.ASCII]
		switch {
		case o != nil && a.Unicode() != o.Unicode():
			t.Errorf("%s shows %q, its operator's Unicode spelling is %q", a.ASCII, a.Unicode(), o.Unicode())
		case o == nil && !quantifier && a.ASCII != `\AA` && a.ASCII != `\EE`:
			t.Errorf("%s is neither an operator nor a quantifier", a.ASCII)
		}
	}
	if got := (asciiOperator{ASCII: `\land`}).Unicode(); got != "∧" {
		t.Errorf(`\land shows %q, want ∧`, got)
	}
}

func TestWordOperatorsAreReserved(t *testing.T) {
	for _, w := range []string{"ENABLED", "UNCHANGED", "SUBSET", "UNION", "DOMAIN", "TRUE", "STRING", "LET", "WF"} {
		if !isReserved(w) {
			t.Errorf("%s is not reserved", w)
		}
	}
	if isReserved("Enabled") || isReserved("x") {
		t.Error("an identifier is reserved")
	}
}

// TestStandardDocsAreKeyedByCanonicalNames: symbols carry SANY's
// canonical names, so a description keyed by another spelling ((+) for
// \oplus) would never be shown.
func TestStandardDocsAreKeyedByCanonicalNames(t *testing.T) {
	for name := range standardDocs() {
		if c := op.Canonical(name); c != name {
			t.Errorf("standardDoc has %q, which symbols name %q", name, c)
		}
	}
	if standardDoc("\\oplus") == "" || standardDoc("\\land") == "" {
		t.Error("no description of \\oplus or \\land")
	}
}
