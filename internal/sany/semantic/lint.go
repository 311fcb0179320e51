package semantic

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// recordLit is a record constructor [a |-> e] or set of records [a : S]
// of the module being checked, kept for SANY's record lint.
type recordLit struct {
	fields []recordLitField
}

type recordLitField struct {
	name     string
	pos, end token.Pos
	fromDecl bool // the value is built from a declaration (see builtFromDecls)
}

// sameDomain reports whether two records have the same field names.
func (r *recordLit) sameDomain(o *recordLit) bool {
	if len(r.fields) != len(o.fields) {
		return false
	}
outer:
	for _, f := range r.fields {
		for _, g := range o.fields {
			if f.name == g.name {
				continue outer
			}
		}
		return false
	}
	return true
}

func (r *recordLit) anyFromDecl() bool {
	for _, f := range r.fields {
		if f.fromDecl {
			return true
		}
	}
	return false
}

// noteRecord records the fields of a record constructor or set of
// records met in the module being checked (not in a nested module, which
// SANY does not lint).
func (c *checker) noteRecord(fs []*ast.RecordField, sc *scope) {
	if c.depth != 1 {
		return
	}
	r := &recordLit{}
	for _, f := range fs {
		r.fields = append(r.fields, recordLitField{name: f.Name.Name, pos: f.Name.Pos(), end: f.Name.End(),
			fromDecl: c.builtFromDecls(f.Value, sc)})
	}
	c.records = append(c.records, r)
}

// builtFromDecls is SANY's Linter.isBuiltFromDeclarations: e mentions a
// CONSTANT, VARIABLE, parameter or bound identifier, or an operator whose
// definition does, or one of the standard-module stubs BOOLEAN, Nat and
// Int. A name not found in sc is bound inside e.
func (c *checker) builtFromDecls(e ast.Expr, sc *scope) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.RecordField:
			found = c.builtFromDecls(n.Value, sc)
			return false
		case *ast.FieldSel:
			found = c.builtFromDecls(n.X, sc)
			return false
		case *ast.SubexprName:
			found = true
			return false
		case *ast.Ident:
			found = identFromDecl(sc.lookup(n.Name))
			return false
		}
		return true
	})
	return found
}

// identFromDecl says whether a name refers to something built from
// declarations (nil: a bound identifier of the expression itself).
func identFromDecl(sym *Symbol) bool {
	if sym == nil {
		return true
	}
	switch sym.Kind {
	case KindConstant, KindVariable, KindParam, KindBound, KindNew:
		return true
	case KindBuiltin:
		return sym.Name == "BOOLEAN"
	case KindOperator:
		return sym.Arity > 0 || sym.fromDecl ||
			sym.Name == "Nat" && sym.Module == "Naturals" || sym.Name == "Int" && sym.Module == "Integers"
	}
	return false
}

// lintRecords is SANY's Linter.lintRecords: a record field named like a
// definition or declaration of the module suggests the author expected
// the field to take its value. It is not reported when the value of a
// field of the record, or of a record with the same fields in this module
// or one it extends, is built from declarations (the author then knows
// field names are strings). SANY lints only specs without errors.
func (c *checker) lintRecords(sc *scope, extended []*recordLit) []Problem {
	all := append(append([]*recordLit{}, extended...), c.records...)
	var out []Problem
	for _, r := range c.records {
		if r.anyFromDecl() {
			continue
		}
		same := false
		for _, o := range all {
			if o.sameDomain(r) && o.anyFromDecl() {
				same = true
				break
			}
		}
		if same {
			continue
		}
		for _, f := range r.fields {
			s := sc.lookup(f.name)
			if s == nil || s.Kind == KindBuiltin {
				continue
			}
			out = append(out, Problem{Module: c.modName, Path: c.path, File: c.file, Pos: f.pos, End: f.end,
				Code: CodeRecordConstructorFieldNameClash, Lint: true,
				Message: fmt.Sprintf("The field name \"%[1]s\" in the record constructor is identical to the existing definition or declaration\n"+
					"named %[1]s, located at %[2]s.\n"+
					"The field in the record will not take the value of the %[1]s definition or declaration.\n"+
					"In TLA+, field names in records are strings, regardless of any similarly named declarations or definitions.\n"+
					"Therefore, DOMAIN [%[1]s |-> ...] = {\"%[1]s\"} holds true.", f.name, sanyLocation(s.File, s.Pos, s.End, s.Module))})
		}
	}
	return out
}
