package sany

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
)

// loadCorpus reads the shared SANY corpus's manifest, skipping the test
// when the corpus is not there.
func loadCorpus(t testing.TB) (string, []manifest.Entry) {
	root := manifest.Corpus(t)
	entries, err := manifest.Read(filepath.Join(root, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return root, entries
}

// entryConfig is the Config that resolves modules as SANY did for e
// (library folders relative to root).
func entryConfig(root string, e manifest.Entry) Config {
	var dirs []string
	for _, d := range e.LibraryDirs {
		dirs = append(dirs, filepath.Join(root, d))
	}
	return Config{SearchPaths: dirs}
}

// entryKind groups entries for the per-kind figures: the mutation kind,
// or the origin in parentheses for unmutated files.
func entryKind(e manifest.Entry) string {
	if e.Mutation == nil {
		return "(" + e.Origin + ")"
	}
	return e.Mutation.Kind
}

// kindClass groups error kinds as the corpus README's kind agreement does.
func kindClass(k string) string {
	switch k {
	case "lexical", "parse":
		return "syntax"
	case "semantic", "level":
		return "semantic"
	}
	return "other"
}

type ratio struct{ ok, n int }

func (r *ratio) add(ok bool) {
	r.n++
	if ok {
		r.ok++
	}
}

func (r ratio) pct() float64 {
	if r.n == 0 {
		return 100
	}
	return 100 * float64(r.ok) / float64(r.n)
}

func (r ratio) String() string { return fmt.Sprintf("%d/%d (%.1f%%)", r.ok, r.n, r.pct()) }

// TestCorpusConformance runs Check on every corpus entry and compares the
// verdict and the first error's position with real SANY's.
func TestCorpusConformance(t *testing.T) {
	root, entries := loadCorpus(t)
	r := conform(t, root, entries)
	r.log(t)
	// Floors at what was measured when they were set (README's table):
	// any drop fails. Raise them as the figures improve.
	r.requireFloors(t, floors{
		verdict: ratio{631, 631}, strict: ratio{320, 320}, lenient: ratio{320, 320}, anyOf: ratio{320, 320},
		kinds: ratio{331, 332}, warnings: ratio{299, 299}, allErrors: ratio{156, 156},
	})
}

// floors are the lowest agreement rates a conformance run may show; each
// is a ratio so that a set that grows keeps its floor.
type floors struct {
	verdict, strict, lenient, anyOf, kinds, warnings, allErrors ratio
	codes                                                       ratio // zero: not checked
}

// atLeast reports whether r's rate is at least floor's.
func (r ratio) atLeast(floor ratio) bool {
	if floor.n == 0 {
		return true
	}
	return r.ok*floor.n >= floor.ok*r.n
}

// requireFloors fails the test for every figure below its floor.
func (r *conformance) requireFloors(t *testing.T, f floors) {
	t.Helper()
	for _, c := range []struct {
		name       string
		got, floor ratio
	}{
		{"verdict agreement", r.verdict, f.verdict},
		{"strict first-error position agreement", r.strict, f.strict},
		{"lenient first-error position agreement", r.lenient, f.lenient},
		{"first error among SANY's errors", r.anyOf, f.anyOf},
		{"first error kind agreement", r.kinds, f.kinds},
		{"warnings agreement", r.warnings, f.warnings},
		{"whole error list agreement", r.allErrors, f.allErrors},
		{"first error code agreement", r.codes, f.codes},
	} {
		if !c.got.atLeast(c.floor) {
			t.Errorf("%s %s, below its floor %s", c.name, c.got, c.floor)
		}
	}
}

// conformance is how Check's answers compare with SANY's on a set of
// manifest entries.
type conformance struct {
	verdict, strict, lenient, anyOf, kinds ratio
	codes                                  ratio // first errors whose code is SANY's first error's
	warnings                               ratio // entries whose warnings agree
	allErrors                              ratio // semantic entries whose whole error list agrees
	warnMiss, allMiss                      []string
	falsePos, falseNeg                     int
	perKind                                map[string]*ratio
	verdictMiss, posMiss, codeMiss         []string
}

// conform runs Check on every entry (paths relative to root) and compares
// the verdict and the first error's position with SANY's.
func conform(t *testing.T, root string, entries []manifest.Entry) *conformance {
	r := &conformance{perKind: map[string]*ratio{}}
	for _, e := range entries {
		diags, err := Check(context.Background(), entryConfig(root, e), filepath.Join(root, e.Path))
		if err != nil {
			t.Errorf("%s: %v", e.Path, err)
			continue
		}
		var errs []Diagnostic
		for _, d := range diags {
			if d.Severity == SeverityError {
				errs = append(errs, d)
			}
		}
		if e.Verdict == "ok" || len(errs) == 0 {
			// SANY gives its warnings with the errors only if they come
			// from the same phase; compare them where no error stops it.
			if gotW, wantW := warningSet(diags), corpusWarningSet(e.Warnings); gotW == wantW {
				r.warnings.add(true)
			} else {
				r.warnings.add(false)
				r.warnMiss = append(r.warnMiss, fmt.Sprintf("%s: got [%s]; want [%s]", e.Path, gotW, wantW))
			}
		}
		want := e.Verdict == "error"
		got := len(errs) > 0
		r.verdict.add(got == want)
		pk := r.perKind[entryKind(e)]
		if pk == nil {
			pk = &ratio{}
			r.perKind[entryKind(e)] = pk
		}
		pk.add(got == want)
		if got != want {
			if got {
				r.falsePos++
				r.verdictMiss = append(r.verdictMiss, fmt.Sprintf("FP %s: %s", e.Path, errs[0]))
			} else {
				r.falseNeg++
				r.verdictMiss = append(r.verdictMiss, fmt.Sprintf("FN %s: want %s %q", e.Path, e.Errors[0].Kind, e.Errors[0].Message))
			}
		}
		if !want || !got {
			continue
		}
		r.kinds.add(kindClass(string(errs[0].Kind)) == kindClass(e.Errors[0].Kind) ||
			(errs[0].Kind == KindModule && kindClass(e.Errors[0].Kind) == "other"))
		if e.SanyInternalError || e.Errors[0].Line == nil {
			continue
		}
		if kindClass(e.Errors[0].Kind) == "semantic" {
			gotAll, wantAll := errorList(errs), corpusErrorList(e.Errors)
			r.allErrors.add(gotAll == wantAll)
			if gotAll != wantAll {
				r.allMiss = append(r.allMiss, fmt.Sprintf("%s: got [%s]; want [%s]", e.Path, gotAll, wantAll))
			}
		}
		first := errs[0]
		pos := first.SANYStart()
		match := func(w manifest.Error, withCol bool) bool {
			if w.Line == nil || w.Module == nil || *w.Module != first.Module || *w.Line != pos.Line {
				return false
			}
			return !withCol || w.Col == nil || *w.Col == pos.Column
		}
		if w := e.Errors[0]; w.Code != nil {
			r.codes.add(first.Code.String() == *w.Code)
			if first.Code.String() != *w.Code {
				r.codeMiss = append(r.codeMiss, fmt.Sprintf("%s: got %s %q; want %s %q", e.Path, first.Code, first.Message, *w.Code, w.Message))
			}
		}
		r.strict.add(match(e.Errors[0], true))
		r.lenient.add(match(e.Errors[0], false))
		found := false
		for _, w := range e.Errors {
			found = found || match(w, true)
		}
		r.anyOf.add(found)
		if !match(e.Errors[0], true) {
			w := e.Errors[0]
			r.posMiss = append(r.posMiss, fmt.Sprintf("%s: got %s:%d:%d %q; want %s:%d:%v %q",
				e.Path, first.Module, pos.Line, pos.Column, first.Message, deref(w.Module), *w.Line, derefInt(w.Col), w.Message))
		}
	}
	return r
}

// log reports the figures and the first disagreements.
func (r *conformance) log(t *testing.T) {
	t.Logf("verdict agreement: %s; false positives %d, false negatives %d", r.verdict, r.falsePos, r.falseNeg)
	t.Logf("first error, strict (module+line+col): %s", r.strict)
	t.Logf("first error, lenient (module+line): %s", r.lenient)
	t.Logf("first error matches any of SANY's errors: %s", r.anyOf)
	t.Logf("first error kind agreement: %s", r.kinds)
	t.Logf("first error code agreement: %s", r.codes)
	t.Logf("warnings agreement (entries without errors): %s", r.warnings)
	t.Logf("whole error list agreement (entries with semantic/level errors): %s", r.allErrors)
	var ks []string
	for k := range r.perKind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, "\n  %-32s %s", k, r.perKind[k])
	}
	t.Logf("verdict agreement per mutation kind:%s", b.String())
	for i, m := range r.verdictMiss {
		if i == logLimit(60) {
			break
		}
		t.Log("verdict: " + m)
	}
	for i, m := range r.codeMiss {
		if i == logLimit(20) {
			break
		}
		t.Log("code: " + m)
	}
	for i, m := range r.allMiss {
		if i == logLimit(20) {
			break
		}
		t.Log("error list: " + m)
	}
	for i, m := range r.warnMiss {
		if i == logLimit(20) {
			break
		}
		t.Log("warnings: " + m)
	}
	for i, m := range r.posMiss {
		if i == logLimit(60) {
			break
		}
		t.Log("position: " + m)
	}
}

// logLimit is how many disagreements of one sort are logged: n, or all of
// them when TLA_CONFORMANCE_ALL is set (for working through a family).
func logLimit(n int) int {
	if os.Getenv("TLA_CONFORMANCE_ALL") != "" {
		return -1
	}
	return n
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func derefInt(i *int) any {
	if i == nil {
		return "<nil>"
	}
	return *i
}

// warningSet lists the located warnings of diags as "code@module:line:col",
// sorted, for comparison with SANY's.
func warningSet(diags []Diagnostic) string {
	var out []string
	for _, d := range diags {
		if d.Severity == SeverityWarning {
			p := d.SANYStart()
			out = append(out, fmt.Sprintf("%s@%s:%d:%d", d.Code, d.Module, p.Line, p.Column))
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// corpusWarningSet is warningSet of SANY's recorded warnings.
func corpusWarningSet(ws []manifest.Error) string {
	var out []string
	for _, w := range ws {
		code := ""
		if w.Code != nil {
			code = *w.Code
		}
		if w.Line == nil {
			out = append(out, fmt.Sprintf("%s@%s:0:0", code, deref(w.Module)))
			continue
		}
		out = append(out, fmt.Sprintf("%s@%s:%d:%d", code, deref(w.Module), *w.Line, derefInt(w.Col)))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// errorList lists the semantic and level errors of errs as
// "code@module:line:col" in order, without repeats of one message with
// one range, as the corpus records SANY's.
func errorList(errs []Diagnostic) string {
	var out []string
	seen := map[string]bool{}
	for _, d := range errs {
		if (d.Kind != KindSemantic && d.Kind != KindLevel) || !d.HasLocation() {
			continue // as corpusErrorList, which has no position to compare
		}
		p := d.SANYStart()
		k := fmt.Sprintf("%s@%s:%d:%d", d.Code, d.Module, p.Line, p.Column)
		e := d.EndInclusive()
		full := fmt.Sprintf("%s-%d:%d %s", k, e.Line, e.Column, d.Message)
		if !seen[full] {
			seen[full] = true
			out = append(out, k)
		}
	}
	return strings.Join(out, " ")
}

// corpusErrorList is errorList of SANY's recorded errors.
func corpusErrorList(ws []manifest.Error) string {
	var out []string
	for _, w := range ws {
		if kindClass(w.Kind) != "semantic" || w.Line == nil {
			continue
		}
		code := ""
		if w.Code != nil {
			code = *w.Code
		}
		out = append(out, fmt.Sprintf("%s@%s:%d:%v", code, deref(w.Module), *w.Line, derefInt(w.Col)))
	}
	return strings.Join(out, " ")
}
