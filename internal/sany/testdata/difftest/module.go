package main

import (
	"regexp"
	"strings"
)

// module is one source module with what the mutations need to know of it.
type module struct {
	name      string
	src       string
	mask      string // src with comments and strings blanked (see maskCode)
	end       int    // offset of the closing ==== line
	variables []string
	constants []string
	defs      map[string]bool // names defined at the start of a line: Name == or Name(...) ==
}

var (
	declRE = regexp.MustCompile(`(?m)^\s*(VARIABLES?|CONSTANTS?)\s+((?:[A-Za-z_][A-Za-z0-9_]*(?:\([_, ]*\))?\s*,\s*)*[A-Za-z_][A-Za-z0-9_]*(?:\([_, ]*\))?)`)
	defRE  = regexp.MustCompile(`(?m)^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\([^)]*\))?\s*==`)
	wordRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)
)

func newModule(name, src string) *module {
	m := &module{name: name, src: src, defs: map[string]bool{}}
	m.mask, m.end = maskCode(src)
	for _, d := range declRE.FindAllStringSubmatch(m.mask, -1) {
		names := wordRE.FindAllString(strings.ReplaceAll(d[2], "_", " "), -1)
		if strings.HasPrefix(d[1], "VARIABLE") {
			m.variables = append(m.variables, names...)
		} else {
			m.constants = append(m.constants, names...)
		}
	}
	for _, d := range defRE.FindAllStringSubmatch(m.mask, -1) {
		m.defs[d[1]] = true
	}
	return m
}

// span is a byte range of the module text.
type span struct{ start, end int }

// matches returns the ranges of submatch group of re in the mask.
func (m *module) matches(re *regexp.Regexp, group int) []span {
	var out []span
	for _, x := range re.FindAllStringSubmatchIndex(m.mask, -1) {
		if x[2*group] >= 0 {
			out = append(out, span{x[2*group], x[2*group+1]})
		}
	}
	return out
}

// replace returns the text with s replaced by repl.
func (m *module) replace(s span, repl string) string {
	return m.src[:s.start] + repl + m.src[s.end:]
}

// matchBracket returns the offset of the bracket closing the one at open
// in the mask, or -1.
func (m *module) matchBracket(open int) int {
	depth := 0
	for i := open; i < len(m.mask); i++ {
		switch m.mask[i] {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
