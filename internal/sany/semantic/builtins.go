package semantic

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// builtinOp holds SANY's level data for a built-in operator
// (tla2sany.semantic.BuiltInOperators): the level of the operator itself,
// the highest level each argument may have and whether the result's level
// depends on each argument. A variadic operator has one entry that applies
// to every argument.
type builtinOp struct {
	name      string
	arity     int // -1: variadic
	level     Level
	maxLevels []Level
	weights   []bool
}

func (b *builtinOp) maxLevel(i int) Level {
	if len(b.maxLevels) == 0 {
		return TemporalLevel
	}
	if b.arity < 0 || i >= len(b.maxLevels) {
		return b.maxLevels[len(b.maxLevels)-1]
	}
	return b.maxLevels[i]
}

func (b *builtinOp) weight(i int) bool {
	if len(b.weights) == 0 {
		return true
	}
	if b.arity < 0 || i >= len(b.weights) {
		return b.weights[len(b.weights)-1]
	}
	return b.weights[i]
}

// Short names keep the table below readable.
const (
	c0 = ConstantLevel
	s1 = StateLevel
	a2 = ActionLevel
	t3 = TemporalLevel
)

func lv(ls ...Level) []Level { return ls }
func wt(ws ...bool) []bool   { return ws }

// builtinTable lists SANY's built-in operators with their level data. The
// $-names are SANY's internal names of syntactic forms (IF, CASE, [A]_v,
// ...); they are never looked up from source text but share the table.
var builtinTable = []builtinOp{
	{"STRING", 0, c0, nil, nil},
	{"FALSE", 0, c0, nil, nil},
	{"TRUE", 0, c0, nil, nil},
	{"BOOLEAN", 0, c0, nil, nil},
	{"=", 2, c0, lv(a2, a2), wt(true, true)},
	{"/=", 2, c0, lv(a2, a2), wt(true, true)},
	{"'", 1, a2, lv(s1), wt(false)},
	{"\\lnot", 1, c0, lv(t3), wt(true)},
	{"\\land", 2, c0, lv(t3, t3), wt(true, true)},
	{"\\lor", 2, c0, lv(t3, t3), wt(true, true)},
	{"\\equiv", 2, c0, lv(t3, t3), wt(true, true)},
	{"=>", 2, c0, lv(t3, t3), wt(true, true)},
	{"SUBSET", 1, c0, lv(a2), wt(true)},
	{"UNION", 1, c0, lv(a2), wt(true)},
	{"DOMAIN", 1, c0, lv(a2), wt(true)},
	{"\\subseteq", 2, c0, lv(a2, a2), wt(true, true)},
	{"\\in", 2, c0, lv(a2, a2), wt(true, true)},
	{"\\notin", 2, c0, lv(a2, a2), wt(true, true)},
	{"\\", 2, c0, lv(a2, a2), wt(true, true)},
	{"\\intersect", 2, c0, lv(a2, a2), wt(true, true)},
	{"\\union", 2, c0, lv(a2, a2), wt(true, true)},
	{"\\times", -1, c0, lv(a2), wt(true)},
	{"~>", 2, t3, lv(t3, t3), wt(false, false)},
	{"[]", 1, t3, lv(t3), wt(false)},
	{"<>", 1, t3, lv(t3), wt(false)},
	{"ENABLED", 1, s1, lv(a2), wt(false)},
	{"UNCHANGED", 1, a2, lv(s1), wt(false)},
	{"\\cdot", 2, a2, lv(a2, a2), wt(false, false)},
	{"-+->", 2, t3, lv(t3, t3), wt(false, false)},
	{"$AngleAct", 2, a2, lv(a2, s1), wt(false, false)},
	{"$SquareAct", 2, a2, lv(a2, s1), wt(false, false)},
	{"$WF", 2, t3, lv(s1, a2), wt(false, false)},
	{"$SF", 2, t3, lv(s1, a2), wt(false, false)},
	{"$BoundedChoose", -1, c0, lv(a2), wt(true)},
	{"$UnboundedChoose", 1, c0, lv(a2), wt(true)},
	{"$BoundedExists", -1, c0, lv(t3), wt(true)},
	{"$BoundedForall", -1, c0, lv(t3), wt(true)},
	{"$UnboundedExists", 1, c0, lv(t3), wt(true)},
	{"$UnboundedForall", 1, c0, lv(t3), wt(true)},
	{"$TemporalExists", 1, t3, lv(t3), wt(false)},
	{"$TemporalForall", 1, t3, lv(t3), wt(false)},
	{"$Case", -1, c0, lv(t3), wt(true)},
	{"$ConjList", -1, c0, lv(t3), wt(true)},
	{"$DisjList", -1, c0, lv(t3), wt(true)},
	{"$Except", -1, c0, lv(a2), wt(true)},
	{"$FcnApply", 2, c0, lv(a2, a2), wt(true, true)},
	{"$FcnConstructor", -1, c0, lv(t3), wt(true)},
	{"$IfThenElse", 3, c0, lv(t3, t3, t3), wt(true, true, true)},
	{"$Pair", 2, c0, lv(t3, t3), wt(true, true)},
	{"$RcdConstructor", -1, c0, lv(t3), wt(true)},
	{"$RcdSelect", 2, c0, lv(a2, c0), wt(true, true)},
	{"$SetEnumerate", -1, c0, lv(a2), wt(true)},
	{"$SetOfAll", -1, c0, lv(a2), wt(true)},
	{"$SetOfFcns", -1, c0, lv(a2), wt(true)},
	{"$SetOfRcds", -1, c0, lv(a2), wt(true)},
	{"$SubsetOf", 1, c0, lv(a2), wt(true)},
	{"$Tuple", -1, c0, lv(a2), wt(true)},
	{"$Nop", 1, c0, lv(t3), wt(true)},
}

// builtinScope maps each built-in name to its symbol. It is built once
// from builtinTable and never modified, so concurrent checks share it.
var builtinScope = func() map[string]*Symbol {
	m := make(map[string]*Symbol, len(builtinTable))
	for i := range builtinTable {
		b := &builtinTable[i]
		m[b.name] = &Symbol{
			Name:    b.name,
			Kind:    KindBuiltin,
			Arity:   b.arity,
			Module:  "--TLA+ BUILTINS--",
			Pos:     token.NoPos,
			End:     token.NoPos,
			Level:   b.level,
			builtin: b,
			defined: true,
		}
	}
	return m
}()

// builtin returns the symbol of a built-in operator or syntactic form.
func builtin(name string) *Symbol { return builtinScope[name] }
