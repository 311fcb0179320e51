package modelcfg

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

var update = flag.Bool("update", false, "rewrite the expected .cfg files of testdata")

// TestGenerateGolden generates the configuration of each testdata spec
// from its draft and compares it with the expected file; the result must
// also parse and pass Check.
func TestGenerateGolden(t *testing.T) {
	specs, _ := filepath.Glob("testdata/*.tla")
	if len(specs) == 0 {
		t.Fatal("no testdata")
	}
	for _, path := range specs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			stem := strings.TrimSuffix(path, ".tla")
			spec, err := Load(path, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var d draft.Draft
			if text, err := os.ReadFile(stem + ".draft.md"); err == nil {
				d = draft.Parse(string(text))
			}
			res := Generate(spec, d)
			golden := stem + ".cfg.golden"
			if *update {
				if err := os.WriteFile(golden, []byte(res.Text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if res.Text != string(want) {
				t.Errorf("generated\n%s\nwant\n%s", res.Text, want)
			}
			c, err := cfg.Parse(golden, []byte(res.Text))
			if err != nil {
				t.Fatalf("generated .cfg does not parse: %v", err)
			}
			for _, p := range Check(spec, c) {
				if p.Severity == SeverityError && !strings.Contains(p.Message, "takes 2 argument") {
					t.Errorf("Check: %d:%d: %s", p.Pos.Line, p.Pos.Column, p.Message)
				}
			}
		})
	}
}

// TestGenerateDecisions checks each decision of the generator on the
// SpinLock spec by what the result says, independently of the golden text.
func TestGenerateDecisions(t *testing.T) {
	spec, err := Load("testdata/SpinLock.tla", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/SpinLock.draft.md")
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(spec, draft.Parse(string(text)))
	c, err := cfg.Parse("SpinLock.cfg", []byte(res.Text))
	if err != nil {
		t.Fatal(err)
	}
	values := map[string]cfg.Value{}
	for _, k := range c.Constants {
		values[k.Name.Name] = *k.Value
	}
	if v := values["Procs"]; v.Kind != cfg.SetValue || len(v.Elems) != 3 || v.Elems[0].Kind != cfg.ModelValue {
		t.Errorf("Procs = %+v, want a set of 3 model values (it is quantified over)", v)
	}
	if v := values["MaxIncrements"]; v.Kind != cfg.IntValue || v.Int.Int64() != 3 {
		t.Errorf("MaxIncrements = %+v, want 3 (ASSUME MaxIncrements \\in Nat, counter < MaxIncrements)", v)
	}
	if v := values["NoOwner"]; v.Kind != cfg.ModelValue || v.Str != "NoOwner" {
		t.Errorf("NoOwner = %+v, want the model value NoOwner", v)
	}
	if _, ok := values["Combine"]; ok {
		t.Error("the operator constant Combine got a value")
	}
	if c.Specification == nil || c.Specification.Name != "Spec" {
		t.Errorf("SPECIFICATION = %v", c.Specification)
	}
	if want := []string{"TypeOK", "MutualExclusion", "OwnerConsistent"}; !slices.Equal(res.Invariants, want) {
		t.Errorf("invariants %v, want %v", res.Invariants, want)
	}
	if want := []string{"EventuallyUnlocked"}; !slices.Equal(res.Properties, want) {
		t.Errorf("properties %v, want %v", res.Properties, want)
	}
	notes := strings.Join(res.Notes, "\n")
	for _, want := range []string{"Combine takes 2 argument", "NoStarvation is not defined", "CounterGrows is an action formula", "counter, log are unbounded"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
	if !strings.Contains(res.ProposedConstraint, "counter <= 3") || !strings.Contains(res.ProposedConstraint, "Len(log) <= 3") {
		t.Errorf("proposed constraint:\n%s", res.ProposedConstraint)
	}
	if len(c.Constraints) != 0 {
		t.Error("CONSTRAINT names a definition the spec does not have")
	}
}

// TestGenerateUsesTheSpecsConstraint: a spec that defines StateConstraint
// gets it in the .cfg; a draft of a terminating system turns the deadlock
// check off.
func TestGenerateUsesTheSpecsConstraint(t *testing.T) {
	src := `---- MODULE Count ----
EXTENDS Naturals
CONSTANT Limit
VARIABLE n
TypeOK == n \in Nat
Init == n = 0
Next == n < Limit /\ n' = n + 1
Spec == Init /\ [][Next]_n
StateConstraint == n <= Limit
====
`
	dir := t.TempDir()
	path := filepath.Join(dir, "Count.tla")
	spec, err := Load(path, []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := draft.Parse("## Core functions\n- `Count`: counts up to the limit and then terminates.\n")
	res := Generate(spec, d)
	c, err := cfg.Parse("Count.cfg", []byte(res.Text))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Constraints) != 1 || c.Constraints[0].Name != "StateConstraint" {
		t.Errorf("constraints %v\n%s", c.Constraints, res.Text)
	}
	if res.ProposedConstraint != "" {
		t.Errorf("proposed a constraint the spec already has: %s", res.ProposedConstraint)
	}
	if c.CheckDeadlock == nil || *c.CheckDeadlock {
		t.Errorf("CHECK_DEADLOCK %v for a terminating system\n%s", c.CheckDeadlock, res.Text)
	}
}

// TestCheckProblems covers each finding of Check on a small spec.
func TestCheckProblems(t *testing.T) {
	spec, err := Load("testdata/SpinLock.tla", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, cfg, want string
		severity        Severity
	}{
		{"undefined spec", "SPECIFICATION Nope\nCONSTANTS Procs = {a} MaxIncrements = 1 NoOwner = n Combine <- Max", "SPECIFICATION Nope: module SpinLock defines no operator Nope", SeverityError},
		{"temporal invariant", "SPECIFICATION Spec\nINVARIANT EventuallyUnlocked", "INVARIANT EventuallyUnlocked is a temporal formula", SeverityError},
		{"missing constant", "SPECIFICATION Spec\nCONSTANTS Procs = {a} NoOwner = n Combine <- Spec", "constant MaxIncrements (SpinLock.tla:4) has no value", SeverityError},
		{"undefined substitution", "SPECIFICATION Spec\nCONSTANTS Combine <- Plus", "Combine <- Plus: module SpinLock defines no operator Plus", SeverityError},
		{"operator constant given a value", "SPECIFICATION Spec\nCONSTANTS Combine = 3", "constant Combine takes 2 argument(s)", SeverityError},
		{"unknown constant", "SPECIFICATION Spec\nCONSTANTS Other = 3", "Other is neither a constant nor an operator of module SpinLock", SeverityWarning},
		{"no behaviour", "INVARIANT TypeOK", "names no behaviour", SeverityError},
		{"init without next", "INIT Init", "INIT without NEXT", SeverityError},
		{"state spec", "SPECIFICATION TypeOK", "SPECIFICATION TypeOK is not a temporal formula", SeverityWarning},
		{"undefined view", "SPECIFICATION Spec\nVIEW V", "VIEW V: module SpinLock defines no operator V", SeverityError},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := cfg.Parse("x.cfg", []byte(tc.cfg))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range Check(spec, c) {
				if strings.Contains(p.Message, tc.want) {
					if p.Severity != tc.severity {
						t.Errorf("severity %v, want %v", p.Severity, tc.severity)
					}
					return
				}
			}
			t.Errorf("no problem %q in %+v", tc.want, Check(spec, c))
		})
	}
}

// TestGenerateNumbersComparedWithNumericVariables: in examples/atm,
// Initial is only compared with balance (balance = Initial), which the type
// invariant makes an integer: Initial is a number, not a model value.
func TestGenerateNumbersComparedWithNumericVariables(t *testing.T) {
	spec, err := Load(filepath.Join("..", "..", "examples", "atm", "Atm.tla"), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := cfg.Parse("Atm.cfg", []byte(Generate(spec, draft.Draft{}).Text))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]cfg.ValueKind{}
	for _, k := range c.Constants {
		kinds[k.Name.Name] = k.Value.Kind
	}
	if kinds["Initial"] != cfg.IntValue || kinds["Amount"] != cfg.IntValue || kinds["ATMs"] != cfg.SetValue {
		t.Errorf("kinds %v, want Initial and Amount numbers, ATMs a set", kinds)
	}
}
