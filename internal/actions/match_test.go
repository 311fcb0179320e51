package actions_test

import (
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestLensesAndConformanceAgree: for every core function, the code lens
// (Trace) links the action that the conformance check accepts as its
// model, and a core function the check reports as missing gets no lens.
func TestLensesAndConformanceAgree(t *testing.T) {
	source := []byte("package raft\n\nfunc Incr() {}\n\nfunc become_follower() {}\n\ntype Server struct{}\n\nfunc (s *Server) handle() {}\n\nfunc TypeOK() {}\n\nfunc Missing() {}\n")
	spec := []byte(`---- MODULE Raft ----
EXTENDS Naturals
VARIABLE x
vars == <<x>>
TypeOK == x \in Nat
Init == x = 0
Incr == x' = x + 1
BecomeFollower == x' = 0
handle == UNCHANGED x
Next == Incr \/ BecomeFollower \/ handle
Spec == Init /\ [][Next]_vars
====
`)
	cores := []string{"Incr", "become_follower", "Server.handle()", "TypeOK", "Missing"}
	var d draft.Draft
	for _, c := range cores {
		d.Core = append(d.Core, draft.Function{Name: c})
	}
	links := actions.TraceTexts("raft.go", source, "Raft.tla", spec, d)
	linked := map[string]string{}
	for _, l := range links {
		linked[l.Function] = l.Action
	}
	f := token.NewFile("Raft.tla", spec)
	file, errs := parser.ParseFile(f)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	missing := map[string]bool{}
	for _, diag := range conformance.Check(f, file.Modules[0], conformance.Expectations{CoreFunctions: cores}) {
		if name, ok := strings.CutPrefix(diag.Message, "no action for core function `"); ok {
			missing[strings.TrimSuffix(name, "`")] = true
		}
	}
	want := map[string]string{"Incr": "Incr", "become_follower": "BecomeFollower", "Server.handle()": "handle", "TypeOK": "TypeOK"}
	for _, c := range cores {
		if linked[c] != want[c] {
			t.Errorf("lens for %s: %q, want %q", c, linked[c], want[c])
		}
		if missing[c] != (want[c] == "") {
			t.Errorf("conformance says %s missing = %v, but its lens is %q", c, missing[c], linked[c])
		}
	}
}
