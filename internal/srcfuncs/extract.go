package srcfuncs

import (
	"fmt"
	"sort"
	"strings"
)

// Extract returns the text of the functions called names in src, in source
// order, each preceded by a comment in the language's syntax saying where
// it comes from ("// from line 12"), and the names it found no function
// for, in the order given.
//
// A name matches a function's Name, or its qualified name as
// "Parent.Name" or "Parent::Name"; failing that, a function whose name is
// the same ignoring case and underscores ("try_acquire_lock" finds
// "TryAcquireLock"). A trailing "()" is ignored. All functions that match
// are extracted (overloads, methods of the same name in different
// classes), and a function nested in another extracted one is not
// repeated.
func Extract(lang string, src []byte, names []string) (string, []string) {
	funcs := Find(lang, src)
	var picked []Func
	var missing []string
	for _, name := range names {
		found := matchFuncs(funcs, name)
		if len(found) == 0 {
			missing = append(missing, name)
		}
		picked = append(picked, found...)
	}
	sort.SliceStable(picked, func(i, j int) bool { return picked[i].Start < picked[j].Start })

	comment := "//"
	if lang == Python {
		comment = "#"
	}
	lines := newLineTable(src)
	var b strings.Builder
	end := -1
	for _, f := range picked {
		if f.Start < end {
			continue // the same function again, or one nested in the last
		}
		start := lineStartIfBlank(src, f.Start)
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s from line %d\n", comment, lines.lineOf(start))
		b.Write(src[start:f.End])
		b.WriteString("\n")
		end = f.End
	}
	return b.String(), missing
}

// matchFuncs returns the functions name refers to.
func matchFuncs(funcs []Func, name string) []Func {
	name = strings.TrimSuffix(strings.TrimSpace(name), "()")
	var exact, loose []Func
	want := normalizeName(name)
	for _, f := range funcs {
		switch {
		case f.Name == name, f.QualifiedName() == name, f.Parent != "" && f.Parent+"::"+f.Name == name:
			exact = append(exact, f)
		case normalizeName(f.Name) == want || f.Parent != "" && normalizeName(f.QualifiedName()) == want:
			loose = append(loose, f)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return loose
}

// normalizeName folds case and drops underscores and the separators of
// qualified names, so that naming conventions do not matter.
func normalizeName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r != '_' && r != '.' && r != ':' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lineStartIfBlank moves i back to the start of its line when only
// indentation precedes it, so that extracted code keeps its first line's
// indentation like the lines after it.
func lineStartIfBlank(src []byte, i int) int {
	j := i
	for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
		j--
	}
	if j == 0 || src[j-1] == '\n' {
		return j
	}
	return i
}
