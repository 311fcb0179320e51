package draft

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
)

// headingOf reports whether a line starts a section, and returns any list
// written after a colon on the same line ("Core functions: Lock, Unlock").
// Headings are "# …" lines, lines wholly in bold, short lines ending in a
// colon, all-capital lines, and list items whose whole text is a section
// name (numbered outlines such as "2. HELPER FUNCTIONS").
func headingOf(trimmed, body string, isBullet bool) (sec section, rest string, ok bool) {
	hashed := headingHashes().MatchString(trimmed)
	text := body
	if hashed {
		text = headingText(trimmed)
	}
	label, after, hasColon := strings.Cut(stripMarkup(text), ":")
	label = strings.TrimSpace(label)
	after = strings.TrimSpace(after)
	sec = classify(label)
	bold := strings.HasPrefix(text, "**") && strings.Contains(text[2:], "**")
	caps := label == strings.ToUpper(label) && strings.ContainsAny(label, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && len(label) > 3
	switch {
	case hashed:
		return sec, listAfter(sec, after), true
	case sec == sectionNone:
		return sectionNone, "", false
	case strings.HasPrefix(body, "`") || (identifier().MatchString(label) && !sectionWords[strings.ToLower(label)]):
		// "- `ElectionSafety`: …" or "MutualExclusion: …" is an item whose
		// name happens to contain a section word.
		return sectionNone, "", false
	case isBullet && hasColon && after != "" && !caps && !bold:
		// "- Core functions: …" could be an item named like a section only
		// in a perverse draft; treat it as a heading with an inline list.
		return sec, listAfter(sec, after), true
	case bold || caps || (hasColon && len(label) < 60) || isBullet:
		return sec, listAfter(sec, after), true
	}
	return sectionNone, "", false
}

// sectionWords are the single words that can head a section by themselves.
var sectionWords = map[string]bool{
	"core": true, "helpers": true, "helper": true, "infrastructure": true, "variables": true,
	"invariants": true, "properties": true, "safety": true, "liveness": true,
}

// listAfter keeps the text after a heading's colon only for sections that
// hold lists of names.
func listAfter(sec section, after string) string {
	switch sec {
	case sectionCore, sectionHelper, sectionInfrastructure:
		return after
	}
	return ""
}

// classify names the section a heading opens.
func classify(label string) section {
	l := strings.ToLower(label)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(l, w) {
				return true
			}
		}
		return false
	}
	switch {
	case l == "":
		return sectionNone
	case has("module name"):
		return sectionModuleName
	case has("core") && has("analysis", "detail", "key logic"):
		return sectionCoreAnalysis
	case has("core"):
		return sectionCore
	case has("helper"):
		return sectionHelper
	case has("infrastructure", "omitted", "to omit"):
		return sectionInfrastructure
	case has("state variable", "essential variable", "variables"):
		return sectionVariables
	case has("invariant", "propert", "safety", "liveness", "quality assurance"):
		return sectionProperties
	case has("classification", "overview", "summary", "translation strategy", "abstraction", "analysis"):
		// A known kind of section that holds no list we read.
		return sectionNone
	}
	return sectionNone
}

// headingText strips "#" marks and numbering from a heading.
func headingText(line string) string {
	t := headingHashes().ReplaceAllString(strings.TrimSpace(line), "")
	t = strings.TrimSpace(strings.TrimRight(t, "#"))
	return numbering().ReplaceAllString(t, "")
}

var numbering = lazy.Regexp(`^(\d+(\.\d+)*[.)]?|[A-Z][.)])\s+`)

// stripMarkup removes emphasis and code marks.
func stripMarkup(s string) string {
	s = strings.NewReplacer("**", "", "`", "").Replace(s)
	return strings.TrimSpace(s)
}

// splitItem splits "`name`: description", "name — description",
// "**name** - description" or "name (type): description" into its name
// part and its description.
func splitItem(body string) (name, desc string) {
	body = strings.TrimSpace(body)
	if strings.HasPrefix(body, "`") {
		if end := strings.Index(body[1:], "`"); end >= 0 {
			name, desc = body[1:end+1], body[end+2:]
			return name + leadingParens(desc), trimSeparator(dropParens(desc))
		}
	}
	plain := stripMarkup(body)
	for _, sep := range []string{": ", " — ", " – ", " - ", ":"} {
		if i := strings.Index(plain, sep); i > 0 {
			return strings.TrimSpace(plain[:i]), strings.TrimSpace(plain[i+len(sep):])
		}
	}
	return plain, ""
}

// leadingParens returns a "(…)" that opens desc, so "`x` (Nat): …" keeps
// its type with the name.
func leadingParens(desc string) string {
	d := strings.TrimSpace(desc)
	if strings.HasPrefix(d, "(") {
		if end := strings.Index(d, ")"); end > 0 {
			return " " + d[:end+1]
		}
	}
	return ""
}

func dropParens(desc string) string {
	d := strings.TrimSpace(desc)
	if strings.HasPrefix(d, "(") {
		if end := strings.Index(d, ")"); end > 0 {
			return d[end+1:]
		}
	}
	return d
}

func trimSeparator(s string) string {
	s = strings.TrimSpace(s)
	for _, sep := range []string{":", "—", "–", "-"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, sep))
	}
	return strings.TrimSpace(stripMarkup(s))
}

// functionName extracts a function's name from "(*SpinLock).Lock()",
// "func Lock", "SpinLock.Lock", "Lock(id int)" or "Lock"; "" if the text
// names no function (a sentence, say).
func functionName(s string) string {
	s = stripMarkup(s)
	s = strings.TrimPrefix(s, "func ")
	if strings.HasPrefix(s, "(") {
		if end := strings.Index(s, ")"); end > 0 && end+1 < len(s) && s[end+1] == '.' {
			s = s[end+2:]
		}
	}
	if i := strings.Index(s, "("); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "."); i >= 0 {
		s = s[i+1:]
	}
	if !identifier().MatchString(s) {
		return ""
	}
	return s
}

// identOrEmpty returns the identifier a variable or property item is
// named by, ignoring a "(type)" after it.
func identOrEmpty(name string) string {
	n := strings.TrimSpace(stripMarkup(name))
	if i := strings.Index(n, "("); i > 0 {
		n = strings.TrimSpace(n[:i])
	}
	if !identifier().MatchString(n) {
		return ""
	}
	return n
}

// parenthesised returns the text of "name (text)", or "".
func parenthesised(name string) string {
	i, j := strings.Index(name, "("), strings.LastIndex(name, ")")
	if i < 0 || j <= i {
		return ""
	}
	return strings.TrimSpace(stripMarkup(name[i+1 : j]))
}

// splitType reads a leading type in "BOOLEAN — whether it is held" or
// "Type: [Procs -> Nat]. …"; the type is the part before a dash.
func splitType(desc string) (typ, rest string) {
	d := strings.TrimSpace(desc)
	if t, r, ok := strings.Cut(d, " — "); ok && len(t) < 40 {
		return strings.TrimSpace(t), strings.TrimSpace(r)
	}
	if t, r, ok := strings.Cut(d, " – "); ok && len(t) < 40 {
		return strings.TrimSpace(t), strings.TrimSpace(r)
	}
	return "", d
}

// firstIdentifier returns the first identifier in s, skipping markup.
func firstIdentifier(s string) string {
	for _, f := range strings.FieldsFunc(stripMarkup(s), func(r rune) bool {
		return !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	}) {
		if identifier().MatchString(f) {
			return f
		}
	}
	return ""
}
