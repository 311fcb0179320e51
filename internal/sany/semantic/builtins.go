package semantic

import (
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

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

// builtinForms lists SANY's built-ins that are not operator symbols (the
// operator symbols' level data is in op.Table): the constants, and the
// $-names SANY gives syntactic forms (IF, CASE, [A]_v, ...), which are
// never looked up from source text but share the scope.
var builtinForms = []builtinOp{
	{"STRING", 0, c0, nil, nil},
	{"FALSE", 0, c0, nil, nil},
	{"TRUE", 0, c0, nil, nil},
	{"BOOLEAN", 0, c0, nil, nil},
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

// builtinOperators converts op.Table's built-in operators to builtinOps.
func builtinOperators() []builtinOp {
	var ops []builtinOp
	for i := range op.Table {
		o := &op.Table[i]
		if o.Builtin == nil {
			continue
		}
		b := builtinOp{name: o.Name, arity: o.Builtin.Arity, level: Level(o.Builtin.Level), weights: o.Builtin.Weights}
		for _, l := range o.Builtin.ArgLevels {
			b.maxLevels = append(b.maxLevels, Level(l))
		}
		ops = append(ops, b)
	}
	return ops
}

// builtinScope maps each built-in name to its symbol. It is built on
// first use from op.Table and builtinForms and never modified, so
// concurrent checks share it.
var builtinScope = sync.OnceValue(func() map[string]*Symbol {
	table := append(builtinOperators(), builtinForms...)
	m := make(map[string]*Symbol, len(table))
	for i := range table {
		b := &table[i]
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
})

// builtin returns the symbol of a built-in operator or syntactic form.
func builtin(name string) *Symbol { return builtinScope()[name] }
