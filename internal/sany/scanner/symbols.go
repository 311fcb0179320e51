package scanner

import (
	"slices"
	"strings"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
)

// OpClass says where SANY's grammar allows an operator token (op.Class).
type OpClass = op.Class

const (
	Infix        = op.Infix
	Prefix       = op.Prefix
	Postfix      = op.Postfix
	NonExpPrefix = op.NonExpPrefix
)

// punctuation lists the fixed spellings of SANY's token manager that are
// not operator symbols (op.Table has those): punctuation, quantifiers and
// the boxed proof keywords. name is the token's Name when it differs from
// the spelling.
var punctuation = []struct {
	spelling, name string
	kind           Kind
}{
	{",", "", Comma}, {":", "", Colon}, {"::", "", ColonColon}, {"∷", "", ColonColon},
	{".", "", Dot}, {"_", "", Underscore}, {"==", "", DefEq}, {"≜", "", DefEq},
	{"(", "", LParen}, {")", "", RParen}, {"[", "", LBrack}, {"]_", "", RBrackSub}, {"]", "", RBrack},
	{"{", "", LBrace}, {"}", "", RBrace}, {"<<", "", LAngle}, {"⟨", "", LAngle},
	{">>_", "", RAngleSub}, {"⟩_", "", RAngleSub}, {">>", "", RAngle}, {"⟩", "", RAngle},
	{"!", "", Bang}, {"->", "", Arrow}, {"→", "", Arrow}, {"<-", "", LArrow}, {"←", "", LArrow},
	{"|->", "", MapsTo}, {"↦", "", MapsTo},
	{"\\E", "", EXISTS}, {"\\exists", "\\E", EXISTS}, {"∃", "\\E", EXISTS},
	{"\\A", "", FORALL}, {"\\forall", "\\A", FORALL}, {"∀", "\\A", FORALL},
	{"\\EE", "", TEXISTS}, {"\\AA", "", TFORALL},
	{"[]ASSUME", "", BOXASSUME}, {"[]PROVE", "", BOXPROVE},
}

// symbol describes one fixed spelling the scanner recognises.
type symbol struct {
	kind   Kind
	class  OpClass
	bullet bool
	name   uint16 // index in lexicon.names of the token's Name
}

// spelledSymbol is an entry of lexicon.byFirstByte.
type spelledSymbol struct {
	spelling string
	symbol
}

// lexicon is what the scanner derives from op.Table, punctuation and
// keywordList: it is built on first use and read-only after.
type lexicon struct {
	// names lists token names (SANY's canonical names of operators);
	// Token.name indexes it and 0 is the empty name.
	names []string
	// byFirstByte lists the symbol spellings by first byte, longest
	// first, so that the longest match is found without trying every
	// length.
	byFirstByte [256][]spelledSymbol
	// words holds the operators spelled as words (ENABLED, SUBSET, ...).
	words map[string]symbol
	// keywords maps reserved words to their kinds.
	keywords map[string]Kind
}

var theLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{names: []string{""}, words: map[string]symbol{}, keywords: make(map[string]Kind, len(keywordList))}
	add := func(spelling string, sym symbol) {
		lx.byFirstByte[spelling[0]] = append(lx.byFirstByte[spelling[0]], spelledSymbol{spelling, sym})
	}
	for _, p := range punctuation {
		name := p.name
		if name == "" {
			name = p.spelling
		}
		i := slices.Index(lx.names, name) // a few dozen names: no index needed
		if i < 0 {
			i = len(lx.names)
			lx.names = append(lx.names, name)
		}
		add(p.spelling, symbol{kind: p.kind, name: uint16(i)})
	}
	for i := range op.Table {
		o := &op.Table[i]
		name := uint16(len(lx.names)) // operator names are distinct and no punctuation's
		lx.names = append(lx.names, o.Name)
		for _, s := range o.Spellings {
			sym := symbol{kind: Op, class: o.Class, name: name, bullet: slices.Contains(o.Bullets, s)}
			if isWord(s) {
				lx.words[s] = sym
			} else {
				add(s, sym)
			}
		}
	}
	for i := range lx.byFirstByte {
		slices.SortFunc(lx.byFirstByte[i], func(x, y spelledSymbol) int {
			if len(x.spelling) != len(y.spelling) {
				return len(y.spelling) - len(x.spelling)
			}
			return strings.Compare(x.spelling, y.spelling)
		})
	}
	for _, k := range keywordList {
		lx.keywords[k.word] = k.kind
	}
	return lx
})

// isWord reports whether an operator is spelt as a word (ENABLED), which
// the scanner reads as it reads identifiers.
func isWord(spelling string) bool {
	for i := 0; i < len(spelling); i++ {
		if spelling[i] < 'A' || spelling[i] > 'Z' {
			return false
		}
	}
	return true
}
