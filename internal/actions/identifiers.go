package actions

import (
	"strconv"
	"strings"
	"unicode"
)

// reservedWords are TLA+'s keywords, which no definition may take.
var reservedWords = []string{
	"ACTION", "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "BY", "CASE", "CHOOSE",
	"CONSTANT", "CONSTANTS", "COROLLARY", "DEF", "DEFINE", "DEFS", "DOMAIN", "ELSE",
	"ENABLED", "EXCEPT", "EXTENDS", "FALSE", "HAVE", "HIDE", "IF", "IN", "INSTANCE",
	"LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "NEW", "OBVIOUS", "OMITTED", "ONLY",
	"OTHER", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "RECURSIVE", "SF_", "STATE",
	"STRING", "SUBSET", "SUFFICES", "TAKE", "TEMPORAL", "THEN", "THEOREM", "TRUE",
	"UNCHANGED", "UNION", "USE", "VARIABLE", "VARIABLES", "WF_", "WITH", "WITNESS",
}

// standardNames are defined by the modules a skeleton extends
// (Naturals, Sequences, FiniteSets, TLC); redefining one is an error.
var standardNames = []string{
	"Nat", "Seq", "Len", "Append", "Head", "Tail", "SubSeq", "SelectSeq",
	"IsFiniteSet", "Cardinality", "Print", "PrintT", "Assert", "JavaTime",
	"TLCGet", "TLCSet", "Permutations", "SortSeq", "RandomElement", "Any",
	"ToString", "TLCEval",
}

// standardModules cannot be the name of a generated module.
var standardModules = []string{
	"Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags", "TLC",
	"RealTime", "TLAPS", "Toolbox",
}

// tlaIdentifier turns a name into a TLA+ identifier: letters, digits and
// "_" (ASCII only), with at least one letter, and not beginning with the
// fairness prefixes "WF_" or "SF_". A valid name is returned unchanged.
func tlaIdentifier(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	id := b.String()
	if !strings.ContainsFunc(id, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }) {
		id = "x" + id
	}
	if strings.HasPrefix(id, "WF_") || strings.HasPrefix(id, "SF_") {
		id = "x" + id
	}
	return id
}

// namer hands out identifiers that clash with no keyword, standard name or
// name already taken.
type namer struct{ taken map[string]bool }

func newNamer(reserved ...string) *namer {
	n := &namer{taken: map[string]bool{}}
	for _, list := range [][]string{reservedWords, standardNames, reserved} {
		for _, w := range list {
			n.taken[w] = true
		}
	}
	return n
}

// claim returns name as an identifier, adding suffix (then a number) if
// it is taken.
func (n *namer) claim(name, suffix string) string {
	id := tlaIdentifier(name)
	if !n.taken[id] {
		n.taken[id] = true
		return id
	}
	base := id + suffix
	id = base
	for i := 2; n.taken[id]; i++ {
		id = base + strconv.Itoa(i)
	}
	n.taken[id] = true
	return id
}
