package op_test

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

func TestTableIsConsistent(t *testing.T) {
	names := map[string]bool{}
	spelledBy := map[string]string{}
	for i := range op.Table {
		o := &op.Table[i]
		if names[o.Name] {
			t.Errorf("%s is in the table twice", o.Name)
		}
		names[o.Name] = true
		if op.ByName(o.Name) != o {
			t.Errorf("ByName(%q) is not the table's entry", o.Name)
		}
		hasName := false
		unicodeSeen := false
		for _, s := range o.Spellings {
			if other, ok := spelledBy[s]; ok {
				t.Errorf("%q spells both %s and %s", s, other, o.Name)
			}
			spelledBy[s] = o.Name
			hasName = hasName || s == o.Name
			if got := op.Canonical(s); got != o.Name {
				t.Errorf("Canonical(%q) = %q, want %q", s, got, o.Name)
			}
			isUnicode := s[0] >= 0x80
			if unicodeSeen && !isUnicode {
				t.Errorf("%s: ASCII spelling %q after a Unicode one", o.Name, s)
			}
			unicodeSeen = unicodeSeen || isUnicode
		}
		if !hasName {
			t.Errorf("%s is not among its own spellings %q", o.Name, o.Spellings)
		}
		if o.Spellings[0][0] >= 0x80 {
			t.Errorf("%s: the first spelling %q is not ASCII", o.Name, o.Spellings[0])
		}
		for _, b := range o.Bullets {
			if spelledBy[b] != o.Name {
				t.Errorf("%s: bullet %q is not one of its spellings", o.Name, b)
			}
		}
		if o.Prec.Lo > o.Prec.Hi {
			t.Errorf("%s: precedence range %v is empty", o.Name, o.Prec)
		}
		if b := o.Builtin; b != nil {
			want := 1
			if o.Class == op.Infix {
				want = 2
			}
			if b.Arity != want && !(b.Arity == -1 && o.Class == op.Infix) {
				t.Errorf("built-in %s (class %d) has arity %d", o.Name, o.Class, b.Arity)
			}
			if len(b.ArgLevels) != len(b.Weights) || len(b.ArgLevels) == 0 {
				t.Errorf("built-in %s: %d argument levels, %d weights", o.Name, len(b.ArgLevels), len(b.Weights))
			}
			if o.Module != "" {
				t.Errorf("built-in %s names the module %s", o.Name, o.Module)
			}
		}
		if o.Definable() != (o.Builtin == nil) {
			t.Errorf("%s: Definable disagrees with Builtin", o.Name)
		}
	}
}

func TestCanonicalMergesSynonyms(t *testing.T) {
	for _, s := range []string{"/\\", "∧", "\\land"} {
		if got := op.Canonical(s); got != "\\land" {
			t.Errorf("Canonical(%q) = %q", s, got)
		}
	}
	for in, want := range map[string]string{"#": "/=", "≠": "/=", "=<": "\\leq", "(+)": "\\oplus", "++": "++", "Len": "Len", "-": "-"} {
		if got := op.Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestModulesDefineTheirOperators holds Table's Module and StandardNamed
// against the standard modules the checker embeds: each operator is
// defined (not LOCAL) by the module the table names, and each operator
// symbol a standard module defines names that module.
func TestModulesDefineTheirOperators(t *testing.T) {
	definedIn := map[string][]string{} // canonical name -> modules defining it
	for _, m := range stdlib.Names() {
		text, _ := stdlib.Lookup(m)
		f, errs := parser.ParseFile(token.NewFile(stdlib.Path(m), text))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", m, errs)
		}
		for _, mod := range f.Modules {
			for _, u := range mod.Units {
				if d, ok := u.(*ast.OpDef); ok && d.Local == token.NoPos {
					definedIn[d.Name.Name] = append(definedIn[d.Name.Name], mod.Name.Name)
				}
			}
		}
	}
	defines := func(module, name string) bool {
		for _, m := range definedIn[name] {
			if m == module {
				return true
			}
		}
		return false
	}
	for i := range op.Table {
		o := &op.Table[i]
		if o.Module != "" && !defines(o.Module, o.Name) {
			t.Errorf("%s is said to be defined by %s, which does not define it (defined in %v)", o.Name, o.Module, definedIn[o.Name])
		}
		if o.Module == "" && len(definedIn[o.Name]) > 0 {
			t.Errorf("%s is defined by %v but the table names no module", o.Name, definedIn[o.Name])
		}
		if got := op.Home(o.Name); got != o.Module {
			t.Errorf("Home(%q) = %q, want %q", o.Name, got, o.Module)
		}
	}
	for _, n := range op.StandardNamed {
		if !defines(n.Module, n.Name) {
			t.Errorf("%s is said to be defined by %s (defined in %v)", n.Name, n.Module, definedIn[n.Name])
		}
		if got := op.Home(n.Name); got != n.Module {
			t.Errorf("Home(%q) = %q, want %q", n.Name, got, n.Module)
		}
	}
	if got := op.Home("NoSuchOperator"); got != "" {
		t.Errorf("Home of an unknown name = %q", got)
	}
}

func TestUnregisteredSpellingsAreBuiltinPrefixSpellings(t *testing.T) {
	n := 0
	for i := range op.Table {
		o := &op.Table[i]
		for _, s := range o.Unregistered {
			n++
			if o.Builtin == nil || o.Class != op.Prefix || op.BySpelling(s) != o || s == o.Name {
				t.Errorf("%s: unregistered spelling %q is not another spelling of a built-in prefix operator", o.Name, s)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d unregistered spellings, SANY has 4 (~ ¬ □ ◇)", n)
	}
}
