package scanner

import (
	"sort"
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
	index := map[string]uint16{"": 0}
	nameOf := func(n string) uint16 {
		i, ok := index[n]
		if !ok {
			i = uint16(len(lx.names))
			index[n] = i
			lx.names = append(lx.names, n)
		}
		return i
	}
	add := func(spelling string, sym symbol) {
		lx.byFirstByte[spelling[0]] = append(lx.byFirstByte[spelling[0]], spelledSymbol{spelling, sym})
	}
	for _, p := range punctuation {
		name := p.name
		if name == "" {
			name = p.spelling
		}
		add(p.spelling, symbol{kind: p.kind, name: nameOf(name)})
	}
	for i := range op.Table {
		o := &op.Table[i]
		name := nameOf(o.Name)
		for _, s := range o.Spellings {
			sym := symbol{kind: Op, class: o.Class, name: name, bullet: contains(o.Bullets, s)}
			if isWord(s) {
				lx.words[s] = sym
			} else {
				add(s, sym)
			}
		}
	}
	for i := range lx.byFirstByte {
		sort.Slice(lx.byFirstByte[i], func(a, b int) bool {
			x, y := lx.byFirstByte[i][a].spelling, lx.byFirstByte[i][b].spelling
			if len(x) != len(y) {
				return len(x) > len(y)
			}
			return x < y
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
	return strings.Trim(spelling, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
