package modelcfg

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// Level is how much of a behaviour a formula looks at, as TLA+'s levels:
// it decides whether a name goes under INVARIANT or PROPERTY.
type Level int

const (
	LevelConstant Level = iota // no variables
	LevelState                 // the current state: an invariant
	LevelAction                // a pair of states (primes, UNCHANGED, [A]_v)
	LevelTemporal              // a behaviour ([], <>, ~>, WF, SF)
)

func (l Level) String() string {
	return [...]string{"constant", "state", "action", "temporal"}[l]
}

type levelState int

const (
	levelTodo levelState = iota
	levelBusy            // being computed: a recursive definition
	levelDone
)

// Level returns the level of the operator called name (LevelConstant for
// unknown names).
func (s *Spec) Level(name string) Level {
	if d, ok := s.Defs[name]; ok {
		return s.levelOf(d)
	}
	return LevelConstant
}

// levelOf computes a definition's level from the syntax of its body and
// the levels of the definitions it uses. It is syntactic, as a first
// approximation of SANY's level checking: enough to sort a
// configuration's names, not to judge a spec.
func (s *Spec) levelOf(d *Def) Level {
	switch d.state {
	case levelDone:
		return d.level
	case levelBusy:
		return LevelConstant // recursion adds nothing new
	}
	d.state = levelBusy
	vars := map[string]bool{}
	for _, v := range s.Variables {
		vars[v.Name] = true
	}
	level := LevelConstant
	raise := func(l Level) {
		if l > level {
			level = l
		}
	}
	if d.body != nil {
		ast.Inspect(d.body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.OpApp:
				switch n.Op.Name {
				case "'", "UNCHANGED", "\\cdot":
					raise(LevelAction)
				case "[]", "<>", "~>", "-+->":
					raise(LevelTemporal)
				}
			case *ast.ActionExpr:
				raise(LevelAction)
			case *ast.Fairness:
				raise(LevelTemporal)
			case *ast.QuantExpr:
				if n.Quant == ast.TemporalExists || n.Quant == ast.TemporalForall {
					raise(LevelTemporal)
				}
			case *ast.Ident:
				if vars[n.Name] {
					raise(LevelState)
				} else if other, ok := s.Defs[n.Name]; ok && other != d {
					raise(s.levelOf(other))
				}
			}
			return true
		})
	}
	d.level, d.state = level, levelDone
	return level
}
