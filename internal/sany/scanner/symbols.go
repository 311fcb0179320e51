package scanner

import (
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// symbol describes one fixed spelling the scanner recognises.
type symbol struct {
	kind   Kind
	class  OpClass
	bullet bool
}

func op(c OpClass) symbol { return symbol{kind: Op, class: c} }

// symbols maps every punctuation and operator spelling of SANY's token
// manager (ASCII, backslash words and Unicode alternatives) to its token.
// Lexing takes the longest spelling that matches. Read-only.
var symbols = map[string]symbol{
	",": {kind: Comma}, ":": {kind: Colon}, "::": {kind: ColonColon},
	"∷": {kind: ColonColon}, ".": {kind: Dot}, "_": {kind: Underscore},
	"==": {kind: DefEq}, "≜": {kind: DefEq}, "(": {kind: LParen},
	")": {kind: RParen}, "[": {kind: LBrack}, "]_": {kind: RBrackSub},
	"]": {kind: RBrack}, "{": {kind: LBrace}, "}": {kind: RBrace},
	"<<": {kind: LAngle}, "⟨": {kind: LAngle}, ">>_": {kind: RAngleSub},
	"⟩_": {kind: RAngleSub}, ">>": {kind: RAngle}, "⟩": {kind: RAngle},
	"!": {kind: Bang}, "->": {kind: Arrow}, "→": {kind: Arrow},
	"<-": {kind: LArrow}, "←": {kind: LArrow}, "|->": {kind: MapsTo},
	"↦":   {kind: MapsTo},
	"\\E": {kind: EXISTS}, "\\exists": {kind: EXISTS}, "∃": {kind: EXISTS},
	"\\A": {kind: FORALL}, "\\forall": {kind: FORALL}, "∀": {kind: FORALL},
	"\\EE": {kind: TEXISTS}, "\\AA": {kind: TFORALL},
	"[]ASSUME": {kind: BOXASSUME}, "[]PROVE": {kind: BOXPROVE},

	// postfix
	"'": op(Postfix), "^+": op(Postfix), "⁺": op(Postfix), "^*": op(Postfix),
	"^#": op(Postfix),
	// prefix
	"-.": op(NonExpPrefix), "\\lnot": op(Prefix), "¬": op(Prefix),
	"\\neg": op(Prefix), "~": op(Prefix), "[]": op(Prefix), "□": op(Prefix),
	"<>": op(Prefix), "◇": op(Prefix),
	// infix
	"/\\": {kind: Op, class: Infix, bullet: true},
	"∧":   {kind: Op, class: Infix, bullet: true},
	"\\/": {kind: Op, class: Infix, bullet: true},
	"∨":   {kind: Op, class: Infix, bullet: true},
	"//":  op(Infix), "/=": op(Infix), "/": op(Infix),
	"\\approx": op(Infix), "\\asymp": op(Infix), "\\bigcirc": op(Infix),
	"\\bullet": op(Infix), "\\cap": op(Infix), "\\cdot": op(Infix),
	"\\circ": op(Infix), "\\cong": op(Infix), "\\cup": op(Infix),
	"\\div": op(Infix), "\\doteq": op(Infix), "\\equiv": op(Infix),
	"\\geq": op(Infix), "\\gg": op(Infix), "\\in": op(Infix), "∈": op(Infix),
	"\\intersect": op(Infix), "\\union": op(Infix), "\\land": op(Infix),
	"\\leq": op(Infix), "\\ll": op(Infix), "\\lor": op(Infix), "\\o": op(Infix),
	"\\odot": op(Infix), "\\ominus": op(Infix), "\\oplus": op(Infix),
	"\\oslash": op(Infix), "\\otimes": op(Infix), "\\prec": op(Infix),
	"\\preceq": op(Infix), "\\propto": op(Infix), "\\sim": op(Infix),
	"\\simeq": op(Infix), "\\sqcap": op(Infix), "\\sqcup": op(Infix),
	"\\sqsubset": op(Infix), "\\sqsupset": op(Infix),
	"\\sqsubseteq": op(Infix), "\\sqsupseteq": op(Infix), "\\star": op(Infix),
	"\\subset": op(Infix), "\\subseteq": op(Infix), "\\succ": op(Infix),
	"\\succeq": op(Infix), "\\supset": op(Infix), "\\supseteq": op(Infix),
	"\\uplus": op(Infix), "\\wr": op(Infix), "\\": op(Infix), "~>": op(Infix),
	"=>": op(Infix), "=<": op(Infix), "=|": op(Infix), "=": op(Infix),
	"##": op(Infix), "#": op(Infix), "^^": op(Infix), "^": op(Infix),
	"--": op(Infix), "-|": op(Infix), "-+->": op(Infix), "-": op(Infix),
	"**": op(Infix), "*": op(Infix), "++": op(Infix), "+": op(Infix),
	"<=>": op(Infix), "<:": op(Infix), "<=": op(Infix), "<": op(Infix),
	">=": op(Infix), ">": op(Infix), "...": op(Infix), "..": op(Infix),
	"||": op(Infix), "|": op(Infix), "|-": op(Infix), "|=": op(Infix),
	"&&": op(Infix), "&": op(Infix), "$$": op(Infix), "$": op(Infix),
	"??": op(Infix), "%%": op(Infix), "%": op(Infix), "@@": op(Infix),
	"!!": op(Infix), ":>": op(Infix), ":=": op(Infix), "::=": op(Infix),
	"(+)": op(Infix), "(-)": op(Infix), "(.)": op(Infix), "(/)": op(Infix),
	"(\\X)": op(Infix), "\\notin": op(Infix), "\\times": op(Infix),
	"\\X": op(Infix),
	"≈":   op(Infix), "≔": op(Infix), "≍": op(Infix), "◯": op(Infix),
	"⩴": op(Infix), "●": op(Infix), "∩": op(Infix), "⋅": op(Infix),
	"∘": op(Infix), "≅": op(Infix), "∪": op(Infix), "÷": op(Infix),
	"≐": op(Infix), "‥": op(Infix), "…": op(Infix), "≡": op(Infix),
	"‼": op(Infix), "≥": op(Infix), "≫": op(Infix), "⇔": op(Infix),
	"⇒": op(Infix), "⫤": op(Infix), "↝": op(Infix), "≤": op(Infix),
	"≪": op(Infix), "⊣": op(Infix), "≠": op(Infix), "∉": op(Infix),
	"⊙": op(Infix), "⊖": op(Infix), "⊕": op(Infix), "⊘": op(Infix),
	"⊗": op(Infix), "⇸": op(Infix), "≺": op(Infix), "⪯": op(Infix),
	"∝": op(Infix), "⁇": op(Infix), "⊨": op(Infix), "⊢": op(Infix),
	"∼": op(Infix), "≃": op(Infix), "⊓": op(Infix), "⊔": op(Infix),
	"⊏": op(Infix), "⊑": op(Infix), "⊐": op(Infix), "⊒": op(Infix),
	"⋆": op(Infix), "⊂": op(Infix), "⊆": op(Infix), "≻": op(Infix),
	"⪰": op(Infix), "⊃": op(Infix), "⊇": op(Infix), "×": op(Infix),
	"⊎": op(Infix), "‖": op(Infix), "≀": op(Infix),
}

// spelledSymbol is an entry of symbolsByFirstByte: a spelling, its
// symbol and the token name (SANY's canonical name for operators).
type spelledSymbol struct {
	spelling string
	name     uint16 // index in tokenNames
	symbol
}

// tokenNames lists the canonical names of symbols and word operators;
// Token.name indexes it and 0 is the empty name. nameIndex is its
// inverse. Both are read-only after initialisation.
var tokenNames, nameIndex = func() ([]string, map[string]uint16) {
	names := []string{""}
	index := map[string]uint16{"": 0}
	add := func(n string) {
		if _, ok := index[n]; !ok {
			index[n] = uint16(len(names))
			names = append(names, n)
		}
	}
	spellings := make([]string, 0, len(symbols)+len(wordOps))
	for s := range symbols {
		spellings = append(spellings, s)
	}
	for w := range wordOps {
		spellings = append(spellings, w)
	}
	sort.Strings(spellings)
	for _, s := range spellings {
		add(ast.CanonicalName(s))
	}
	return names, index
}()

// symbolsByFirstByte lists the spellings of symbols by first byte,
// longest first, so that the longest match is found without trying every
// length. Read-only after initialisation.
var symbolsByFirstByte = func() (index [256][]spelledSymbol) {
	for s, sym := range symbols {
		name := nameIndex[ast.CanonicalName(s)]
		index[s[0]] = append(index[s[0]], spelledSymbol{spelling: s, name: name, symbol: sym})
	}
	for i := range index {
		sort.Slice(index[i], func(a, b int) bool {
			x, y := index[i][a].spelling, index[i][b].spelling
			if len(x) != len(y) {
				return len(x) > len(y)
			}
			return x < y
		})
	}
	return index
}()
