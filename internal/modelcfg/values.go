package modelcfg

import (
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// constantKind is what a constant looks like from its uses and its name.
type constantKind int

const (
	kindModelValue constantKind = iota // compared with =, stored in variables
	kindSet                            // quantified over, a domain, \in it
	kindNumber                         // compared with <, added to, a bound
)

// usage counts the evidence for each kind of each constant.
type usage map[string]*[3]int

func (u usage) add(name string, k constantKind) {
	if u[name] == nil {
		u[name] = &[3]int{}
	}
	u[name][k]++
}

// setOperators take sets as operands.
var setOperators = map[string]bool{
	"\\subseteq": true, "\\subset": true, "\\supseteq": true, "\\supset": true, "\\union": true, "\\intersect": true, "\\": true,
	"SUBSET": true, "UNION": true, "\\times": true, "Cardinality": true, "IsFiniteSet": true, "Seq": true, "Permutations": true,
}

// numberOperators take numbers as operands.
var numberOperators = map[string]bool{
	"+": true, "-": true, "*": true, "<": true, ">": true, "\\leq": true, "\\geq": true, "..": true, "\\div": true, "%": true, "^": true, "-.": true,
}

// usesOf collects how the spec's own definitions and assumptions use each
// constant.
func (s *Spec) usesOf(units []ast.Expr) usage {
	consts := map[string]bool{}
	for _, c := range s.Constants {
		if c.Arity == 0 {
			consts[c.Name] = true
		}
	}
	u := usage{}
	numericVars := s.numericVariables()
	constName := func(e ast.Expr) string {
		for {
			p, ok := e.(*ast.Paren)
			if !ok {
				break
			}
			e = p.X
		}
		if id, ok := e.(*ast.Ident); ok && consts[id.Name] {
			return id.Name
		}
		return ""
	}
	numeric := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && (id.Name == "Nat" || id.Name == "Int") {
				found = true
			}
			return !found
		})
		return found
	}
	for _, body := range units {
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Bound:
				if c := constName(n.Set); c != "" {
					u.add(c, kindSet)
				}
			case *ast.FuncSet:
				if c := constName(n.Domain); c != "" {
					u.add(c, kindSet)
				}
			case *ast.OpApp:
				op := n.Op.Name
				switch {
				case (op == "\\in" || op == "\\notin") && len(n.Args) == 2:
					if c := constName(n.Args[1]); c != "" {
						u.add(c, kindSet)
					}
					if c := constName(n.Args[0]); c != "" {
						if numeric(n.Args[1]) {
							u.add(c, kindNumber)
						} else {
							u.add(c, kindModelValue)
						}
					}
				case setOperators[op]:
					for _, a := range n.Args {
						if c := constName(a); c != "" {
							u.add(c, kindSet)
						}
					}
				case numberOperators[op]:
					for _, a := range n.Args {
						if c := constName(a); c != "" {
							u.add(c, kindNumber)
						}
					}
				case op == "=" || op == "/=":
					for i, a := range n.Args {
						c := constName(a)
						if c == "" {
							continue
						}
						// Compared with a variable the type invariant
						// makes a number (balance = Initial): a number.
						if other, ok := n.Args[1-i].(*ast.Ident); ok && len(n.Args) == 2 && numericVars[other.Name] {
							u.add(c, kindNumber)
						} else {
							u.add(c, kindModelValue)
						}
					}
				}
			}
			return true
		})
	}
	return u
}

var (
	setNamePattern    = lazy.Regexp(`(?i)(set|procs|processes|nodes|servers|clients|workers|replicas|acceptors|proposers|learners|values|keys|ids|threads|peers|members|participants|agents|users|accounts|items|messages|msgs|resources|locks|readers|writers|philosophers|senders|receivers)$`)
	numberNamePattern = lazy.Regexp(`^(N|M|K|Num|Max|Min|Limit|Bound|Size|Capacity|Cap|Len|Length|Count|Depth|Timeout|Steps|Rounds|Term)`)
	nullNamePattern   = lazy.Regexp(`(?i)^(null|nil|none|nothing|novalue|noval|empty|undefined|unknown)$`)
)

// kindOf decides a constant's kind: its uses first, then its name.
func kindOf(name string, u usage) (constantKind, string) {
	if ev := u[name]; ev != nil {
		best, why := kindModelValue, "it is compared with values"
		switch {
		case ev[kindSet] > 0 && ev[kindSet] >= ev[kindNumber]:
			best, why = kindSet, "the spec uses it as a set"
		case ev[kindNumber] > 0:
			best, why = kindNumber, "the spec uses it as a number"
		}
		return best, why
	}
	switch {
	case nullNamePattern().MatchString(name):
		return kindModelValue, "its name says it is a distinct value"
	case setNamePattern().MatchString(name):
		return kindSet, "its name says it is a set"
	case numberNamePattern().MatchString(name):
		return kindNumber, "its name says it is a bound"
	}
	return kindModelValue, "nothing says otherwise"
}

// elementPrefix names the model values of a set constant: Procs → proc,
// Nodes → node; taken names get a longer prefix.
func elementPrefix(name string, taken func(string) bool) string {
	base := strings.ToLower(name)
	base = strings.TrimSuffix(base, "set")
	if strings.HasSuffix(base, "es") && strings.HasSuffix(strings.TrimSuffix(base, "es"), "ss") {
		base = strings.TrimSuffix(base, "es")
	} else if len(base) > 1 {
		base = strings.TrimSuffix(base, "s")
	}
	if base == "" || !isIdentStart(base[0]) {
		base = "v" + base
	}
	prefix := base
	for i := 0; taken(prefix+"1") && i < 26; i++ {
		prefix = fmt.Sprintf("%s%c", base, 'a'+i)
	}
	return prefix
}

func isIdentStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// numericVariables are the variables the type invariant puts in Nat, Int
// or an interval.
func (s *Spec) numericVariables() map[string]bool {
	out := map[string]bool{}
	typeOK := s.typeInvariant()
	if typeOK == nil {
		return out
	}
	vars := map[string]bool{}
	for _, v := range s.Variables {
		vars[v.Name] = true
	}
	ast.Inspect(typeOK.body, func(n ast.Node) bool {
		app, ok := n.(*ast.OpApp)
		if !ok || app.Op.Name != "\\in" || len(app.Args) != 2 {
			return true
		}
		id, ok := app.Args[0].(*ast.Ident)
		if !ok || !vars[id.Name] {
			return true
		}
		switch set := app.Args[1].(type) {
		case *ast.Ident:
			out[id.Name] = set.Name == "Nat" || set.Name == "Int"
		case *ast.OpApp:
			out[id.Name] = set.Op.Name == ".."
		}
		return false
	})
	return out
}
