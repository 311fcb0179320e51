package ast

// CanonicalName returns SANY's canonical name of an operator symbol, so
// that synonyms compare equal: CanonicalName("/\\") == CanonicalName("∧")
// == "\\land". A spelling without synonyms is returned unchanged. Prefix
// minus must be passed as "-." (the parser does this).
func CanonicalName(spelling string) string {
	if c, ok := synonyms[spelling]; ok {
		return c
	}
	return spelling
}

// synonyms maps each alternative spelling to its canonical one, following
// SANY's tla2sany.parser.Operators table. It is read-only.
var synonyms = map[string]string{
	"~": "\\lnot", "\\neg": "\\lnot", "¬": "\\lnot",
	"□":   "[]",
	"◇":   "<>",
	"/\\": "\\land", "∧": "\\land",
	"\\/": "\\lor", "∨": "\\lor",
	"<=>": "\\equiv", "≡": "\\equiv", "⇔": "\\equiv",
	"#": "/=", "≠": "/=",
	"<=": "\\leq", "=<": "\\leq", "≤": "\\leq",
	">=": "\\geq", "≥": "\\geq",
	"\\X": "\\times", "×": "\\times",
	"\\cap": "\\intersect", "∩": "\\intersect",
	"\\cup": "\\union", "∪": "\\union",
	"\\circ": "\\o", "∘": "\\o",
	"(+)": "\\oplus", "⊕": "\\oplus",
	"(-)": "\\ominus", "⊖": "\\ominus",
	"(.)": "\\odot", "⊙": "\\odot",
	"(/)": "\\oslash", "⊘": "\\oslash",
	"(\\X)": "\\otimes", "⊗": "\\otimes",
	"≈": "\\approx",
	"≔": ":=",
	"≍": "\\asymp",
	"◯": "\\bigcirc",
	"⩴": "::=",
	"●": "\\bullet",
	"⋅": "\\cdot",
	"≅": "\\cong",
	"÷": "\\div",
	"≐": "\\doteq",
	"‥": "..",
	"…": "...",
	"‼": "!!",
	"≫": "\\gg",
	"⇒": "=>",
	"∈": "\\in",
	"⫤": "=|",
	"↝": "~>",
	"≪": "\\ll",
	"⊣": "-|",
	"∉": "\\notin",
	"⇸": "-+->",
	"≺": "\\prec",
	"⪯": "\\preceq",
	"∝": "\\propto",
	"⁇": "??",
	"⊨": "|=",
	"⊢": "|-",
	"∼": "\\sim",
	"≃": "\\simeq",
	"⊓": "\\sqcap",
	"⊔": "\\sqcup",
	"⊏": "\\sqsubset",
	"⊑": "\\sqsubseteq",
	"⊐": "\\sqsupset",
	"⊒": "\\sqsupseteq",
	"⋆": "\\star",
	"⊂": "\\subset",
	"⊆": "\\subseteq",
	"≻": "\\succ",
	"⪰": "\\succeq",
	"⊃": "\\supset",
	"⊇": "\\supseteq",
	"⊎": "\\uplus",
	"‖": "||",
	"≀": "\\wr",
	"⁺": "^+",
	// Quantifier and other keyword spellings the parser normalises too.
	"∀": "\\A", "\\forall": "\\A",
	"∃": "\\E", "\\exists": "\\E",
}
