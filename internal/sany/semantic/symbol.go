package semantic

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Kind says what a name denotes.
type Kind int

const (
	KindBuiltin  Kind = iota // TRUE, \in, ENABLED, ...
	KindConstant             // CONSTANT c or CONSTANT F(_)
	KindVariable             // VARIABLE x
	KindOperator             // a definition Op(x) == e, f[x \in S] == e, or a RECURSIVE declaration
	KindParam                // a formal parameter of a definition or LAMBDA
	KindBound                // a bound identifier: \E x \in S, CHOOSE x, [x \in S |-> e]
	KindInstance             // I == INSTANCE M
	KindTheorem              // THEOREM T == e, ASSUME A == e
	KindModule               // a module name usable in proofs (MODULE M)
	KindStep                 // a proof step name such as <1>2
	KindNew                  // NEW x in an ASSUME/PROVE
)

// Symbol is one declared or defined name. Symbols of a checked module are
// not modified once the module's check is over, so modules can be shared.
type Symbol struct {
	Name         string
	Kind         Kind
	Arity        int   // number of arguments; -1 for variadic built-ins
	ParamArities []int // arity of each parameter (operator parameters > 0)
	Module       string
	File         *token.File
	Pos, End     token.Pos // the whole declaration or definition
	Local        bool

	// Level data, as SANY's LevelNode computes it (see levels.go).
	Level     Level
	Weights   []bool  // the result's level depends on argument i
	MaxLevels []Level // highest level argument i may have
	// Level data of operator parameters (SANY's minMaxLevel and
	// opLevelCond): MinMaxLevels[i][j] is the least level the j-th
	// argument of operator parameter i must accept, and OpLevelCond[i][j][k]
	// says the body gives operator parameter i, as its k-th argument,
	// something that depends on parameter j.
	MinMaxLevels [][]Level
	OpLevelCond  [][][]bool
	outer        []*Symbol // parameters of enclosing definitions the body depends on
	// outerAll and outerNonLeibniz: parameters of enclosing definitions
	// the body mentions, and mentions in a non-Leibniz position
	outerAll, outerNonLeibniz []*Symbol
	// nonLeibnizArgs[i]: the body uses parameter i where equals may not be
	// substituted for equals (SANY's isLeibnizArg is its negation)
	nonLeibnizArgs []bool
	owner          *Symbol // KindParam: the definition it belongs to
	index          int     // KindParam: its position
	recursive      bool    // declared RECURSIVE and not yet defined
	defined        bool
	// originFree: the module that defines it declares no CONSTANT or
	// VARIABLE, so every import of the definition means the same thing
	originFree bool
	// fromDecl: the definition's body is built from declarations (see
	// builtFromDecls), for the record lint
	fromDecl bool

	labels map[string]*labelDef // labels declared in a definition, theorem or step
	goal   *apGoal              // a theorem's or step's ASSUME/PROVE statement
	body   ast.Expr             // a definition's body or a theorem's or step's statement, for Op!1 selectors
	// funcParams is the number of bound identifiers of a function
	// definition f[x, y \in S] == e (2 here; a tuple <<k, l>> \in S counts
	// one); 0 for anything else
	funcParams int
	// proofBody says what a theorem or step name stands for when it is
	// not an expression (see proofNameAsExpr); "" for an expression
	proofBody string

	builtin  *builtinOp         // KindBuiltin only
	target   *Module            // KindInstance: the instantiated module
	instDefs map[string]*Symbol // KindInstance: target's definitions with the substitutions' levels
	instMax  []Level            // a definition seen through I(x, y) == INSTANCE: highest level of x, y
	// instNonLeibniz[i]: seen through I(x, y) == INSTANCE, the definition
	// is not Leibniz in I's parameter i
	instNonLeibniz []bool
	// paramLimits: the highest level the definition (or theorem) lets
	// each CONSTANT or VARIABLE of its module have where it uses it
	// (SANY's levelConstraints), which INSTANCE carries over to what it
	// substitutes
	paramLimits map[*Symbol]Level
}

// paramArities returns the arity of parameter i, 0 if unknown.
func (s *Symbol) paramArity(i int) int {
	if i < len(s.ParamArities) {
		return s.ParamArities[i]
	}
	return 0
}

// leibnizArg reports whether argument i may be replaced by an equal one
// without changing the application's meaning: for a built-in, whether its
// level depends on the argument (SANY's ArgWeights); for a definition,
// whether its body uses the parameter only in such positions.
func (s *Symbol) leibnizArg(i int) bool {
	if s.builtin != nil {
		return s.builtin.weight(i)
	}
	return i >= len(s.nonLeibnizArgs) || !s.nonLeibnizArgs[i]
}

// isLeibniz reports whether every argument of s is Leibniz.
func (s *Symbol) isLeibniz() bool {
	n := s.Arity
	if s.builtin != nil && n < 0 {
		n = 1
	}
	for i := 0; i < n; i++ {
		if !s.leibnizArg(i) {
			return false
		}
	}
	return true
}

// maxLevelOf returns the highest level argument i may have.
func (s *Symbol) maxLevelOf(i int) Level {
	if s.builtin != nil {
		return s.builtin.maxLevel(i)
	}
	if i < len(s.MaxLevels) {
		return s.MaxLevels[i]
	}
	return TemporalLevel
}

// weightOf reports whether the level of an application depends on argument i.
func (s *Symbol) weightOf(i int) bool {
	if s.builtin != nil {
		return s.builtin.weight(i)
	}
	if i < len(s.Weights) {
		return s.Weights[i]
	}
	return true
}

// describe names the kind of symbol for messages.
func (s *Symbol) isDeclaration() bool {
	return s.Kind == KindConstant || s.Kind == KindVariable
}

// minMaxLevel returns MinMaxLevels[i][j], or ConstantLevel.
func (s *Symbol) minMaxLevel(i, j int) Level {
	if i < len(s.MinMaxLevels) && j < len(s.MinMaxLevels[i]) {
		return s.MinMaxLevels[i][j]
	}
	return ConstantLevel
}

// opLevelCond returns OpLevelCond[i][j][k], or false.
func (s *Symbol) opLevelCond(i, j, k int) bool {
	if i < len(s.OpLevelCond) && j < len(s.OpLevelCond[i]) && k < len(s.OpLevelCond[i][j]) {
		return s.OpLevelCond[i][j][k]
	}
	return false
}

// raiseMinMax records that argument j of operator parameter i must
// accept level l.
func (s *Symbol) raiseMinMax(i, j int, l Level) {
	if i >= len(s.MinMaxLevels) || j >= len(s.MinMaxLevels[i]) {
		return
	}
	if l > s.MinMaxLevels[i][j] {
		s.MinMaxLevels[i][j] = l
	}
}

// setOpLevelCond records OpLevelCond[i][j][k].
func (s *Symbol) setOpLevelCond(i, j, k int) {
	if i < len(s.OpLevelCond) && j < len(s.OpLevelCond[i]) && k < len(s.OpLevelCond[i][j]) {
		s.OpLevelCond[i][j][k] = true
	}
}
