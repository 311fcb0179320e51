package langservice

import (
	"slices"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
)

// keywords are TLA+'s reserved words, offered by completion.
var keywords = []string{
	"ACTION", "ASSUME", "ASSUMPTION", "AXIOM", "BY", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS",
	"COROLLARY", "DEF", "DEFINE", "DEFS", "ELSE", "EXCEPT", "EXTENDS", "HAVE", "HIDE", "IF", "IN",
	"INSTANCE", "LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "NEW", "OBVIOUS", "OMITTED", "ONLY",
	"OTHER", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "RECURSIVE", "STATE", "SUFFICES",
	"TAKE", "TEMPORAL", "THEN", "THEOREM", "USE", "VARIABLE", "VARIABLES", "WITH", "WITNESS",
	"WF_", "SF_",
}

// wordValues are the built-in values spelled as words; the operators
// spelled as words (ENABLED, SUBSET, ...) come from op.Table.
var wordValues = []string{"TRUE", "FALSE", "BOOLEAN", "STRING"}

// wordOperators are the built-in operators and values spelled as words.
func wordOperators() []string {
	var words []string
	for i := range op.Table {
		for _, s := range op.Table[i].Spellings {
			if strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
				words = append(words, s)
			}
		}
	}
	return append(words, wordValues...)
}

// isReserved reports whether name cannot be a user's identifier.
func isReserved(name string) bool {
	for _, k := range keywords {
		if k == name || k == name+"_" {
			return true
		}
	}
	return slices.Contains(wordOperators(), name)
}

// asciiOperator is a backslash spelling completion offers, with what it
// means.
type asciiOperator struct {
	ASCII, Doc string
}

// Unicode returns the character editors may display for the spelling:
// the operator's Unicode spelling in op.Table, or a quantifier's.
func (a asciiOperator) Unicode() string {
	if o := op.BySpelling(a.ASCII); o != nil {
		return o.Unicode()
	}
	return quantifierUnicode[a.ASCII]
}

// quantifierUnicode are the quantifiers' Unicode spellings (quantifiers
// are keywords, not operators).
var quantifierUnicode = map[string]string{`\A`: "∀", `\forall`: "∀", `\E`: "∃", `\exists`: "∃"}

// asciiOperators are the \-spelled operators completion offers after a
// backslash, each shown with its Unicode character.
var asciiOperators = []asciiOperator{
	{`\in`, "set membership"}, {`\notin`, "not a member"},
	{`\A`, "for all"}, {`\E`, "there exists"}, {`\AA`, "temporal for all"}, {`\EE`, "temporal exists"},
	{`\cup`, "union"}, {`\union`, "union"}, {`\cap`, "intersection"}, {`\intersect`, "intersection"},
	{`\subseteq`, "subset or equal"}, {`\subset`, "proper subset"}, {`\supseteq`, "superset or equal"},
	{`\supset`, "proper superset"}, {`\X`, "Cartesian product"}, {`\times`, "Cartesian product"},
	{`\land`, "and"}, {`\lor`, "or"}, {`\lnot`, "not"}, {`\neg`, "not"},
	{`\equiv`, "equivalence"}, {`\leq`, "less or equal"}, {`\geq`, "greater or equal"},
	{`\div`, "integer division"}, {`\o`, "sequence concatenation"}, {`\circ`, "sequence concatenation"},
	{`\forall`, "for all"}, {`\exists`, "there exists"}, {`\oplus`, "bag addition"},
	{`\ominus`, "bag subtraction"}, {`\sqsubseteq`, "bag inclusion"}, {`\prec`, ""}, {`\preceq`, ""},
	{`\succ`, ""}, {`\succeq`, ""}, {`\ll`, ""}, {`\gg`, ""}, {`\cdot`, "action composition"},
	{`\uplus`, ""}, {`\sim`, ""}, {`\simeq`, ""}, {`\approx`, ""}, {`\cong`, ""},
	{`\doteq`, ""}, {`\propto`, ""}, {`\star`, ""}, {`\bullet`, ""}, {`\bigcirc`, ""},
	{`\wr`, ""}, {`\sqcap`, ""}, {`\sqcup`, ""}, {`\sqsubset`, ""}, {`\sqsupset`, ""},
	{`\sqsupseteq`, ""}, {`\asymp`, ""}, {`\odot`, ""}, {`\oslash`, ""}, {`\otimes`, ""},
}
