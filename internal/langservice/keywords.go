package langservice

// keywords are TLA+'s reserved words, offered by completion.
var keywords = []string{
	"ACTION", "ASSUME", "ASSUMPTION", "AXIOM", "BY", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS",
	"COROLLARY", "DEF", "DEFINE", "DEFS", "ELSE", "EXCEPT", "EXTENDS", "HAVE", "HIDE", "IF", "IN",
	"INSTANCE", "LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "NEW", "OBVIOUS", "OMITTED", "ONLY",
	"OTHER", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "RECURSIVE", "STATE", "SUFFICES",
	"TAKE", "TEMPORAL", "THEN", "THEOREM", "USE", "VARIABLE", "VARIABLES", "WITH", "WITNESS",
	"WF_", "SF_",
}

// wordOperators are the built-in operators and values spelled as words.
var wordOperators = []string{
	"ENABLED", "UNCHANGED", "SUBSET", "UNION", "DOMAIN", "TRUE", "FALSE", "BOOLEAN", "STRING",
}

// isReserved reports whether name cannot be a user's identifier.
func isReserved(name string) bool {
	for _, k := range keywords {
		if k == name || k == name+"_" {
			return true
		}
	}
	for _, k := range wordOperators {
		if k == name {
			return true
		}
	}
	return false
}

// asciiOperator is a backslash operator with its Unicode form.
type asciiOperator struct {
	ASCII, Unicode, Doc string
}

// asciiOperators are the \-spelled operators completion offers after a
// backslash, each with the Unicode character editors may display.
var asciiOperators = []asciiOperator{
	{`\in`, "∈", "set membership"}, {`\notin`, "∉", "not a member"},
	{`\A`, "∀", "for all"}, {`\E`, "∃", "there exists"}, {`\AA`, "", "temporal for all"}, {`\EE`, "", "temporal exists"},
	{`\cup`, "∪", "union"}, {`\union`, "∪", "union"}, {`\cap`, "∩", "intersection"}, {`\intersect`, "∩", "intersection"},
	{`\subseteq`, "⊆", "subset or equal"}, {`\subset`, "⊂", "proper subset"}, {`\supseteq`, "⊇", "superset or equal"},
	{`\supset`, "⊃", "proper superset"}, {`\X`, "×", "Cartesian product"}, {`\times`, "×", "Cartesian product"},
	{`\land`, "∧", "and"}, {`\lor`, "∨", "or"}, {`\lnot`, "¬", "not"}, {`\neg`, "¬", "not"},
	{`\equiv`, "≡", "equivalence"}, {`\leq`, "≤", "less or equal"}, {`\geq`, "≥", "greater or equal"},
	{`\div`, "÷", "integer division"}, {`\o`, "∘", "sequence concatenation"}, {`\circ`, "∘", "sequence concatenation"},
	{`\forall`, "∀", "for all"}, {`\exists`, "∃", "there exists"}, {`\oplus`, "⊕", "bag addition"},
	{`\ominus`, "⊖", "bag subtraction"}, {`\sqsubseteq`, "⊑", "bag inclusion"}, {`\prec`, "≺", ""}, {`\preceq`, "⪯", ""},
	{`\succ`, "≻", ""}, {`\succeq`, "⪰", ""}, {`\ll`, "≪", ""}, {`\gg`, "≫", ""}, {`\cdot`, "⋅", "action composition"},
	{`\uplus`, "⊎", ""}, {`\sim`, "∼", ""}, {`\simeq`, "≃", ""}, {`\approx`, "≈", ""}, {`\cong`, "≅", ""},
	{`\doteq`, "≐", ""}, {`\propto`, "∝", ""}, {`\star`, "⋆", ""}, {`\bullet`, "●", ""}, {`\bigcirc`, "◯", ""},
	{`\wr`, "≀", ""}, {`\sqcap`, "⊓", ""}, {`\sqcup`, "⊔", ""}, {`\sqsubset`, "⊏", ""}, {`\sqsupset`, "⊐", ""},
	{`\sqsupseteq`, "⊒", ""}, {`\asymp`, "≍", ""}, {`\odot`, "⊙", ""}, {`\oslash`, "⊘", ""}, {`\otimes`, "⊗", ""},
}
