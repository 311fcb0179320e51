package expect

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// comment is the one syntax of an expectation.
var comment = regexp.MustCompile(`\(\*\s*(ERROR|WARNING|INFO)(@MODULE)?(?:\s+([A-Z][A-Z0-9_]*))?\s+("(?:[^"\\]|\\.)*")\s*\*\)`)

// Expectation is one expected diagnostic.
type Expectation struct {
	Kind   string // "ERROR", "WARNING" or "INFO"
	Module bool   // @MODULE: on the module's header
	Code   string // the code's name; "" to accept any
	Text   string // what the message contains
	// Start and End are the comment's byte range; Line its 1-based line.
	Start, End, Line int
	// Before is where the text before the comment ends (blanks and the
	// expectation comments just before it skipped); After is where the
	// text after it starts (blanks and following expectation comments
	// skipped; at the end of the input, the last character, where SANY
	// reports the end of file).
	Before, After int
}

// Parse returns the expectations of src in order.
func Parse(src []byte) ([]Expectation, error) {
	matches := comment.FindAllSubmatchIndex(src, -1)
	out := make([]Expectation, 0, len(matches))
	for _, m := range matches {
		text, err := strconv.Unquote(string(src[m[8]:m[9]]))
		if err != nil {
			return nil, fmt.Errorf("line %d: %s: the text is not a Go-quoted string: %v", lineOf(src, m[0]), src[m[0]:m[1]], err)
		}
		e := Expectation{Kind: string(src[m[2]:m[3]]), Module: m[4] >= 0, Text: text, Start: m[0], End: m[1], Line: lineOf(src, m[0])}
		if m[6] >= 0 {
			e.Code = string(src[m[6]:m[7]])
		}
		out = append(out, e)
	}
	for i := range out {
		out[i].Before = skipBack(src, out, i)
		out[i].After = skipForward(src, out, i)
	}
	return out, nil
}

// At reports whether a diagnostic with the byte range [pos, end) belongs
// to e: it ends right before the comment or starts right after it.
func (e Expectation) At(pos, end int) bool { return end == e.Before || pos == e.After }

// Matches reports whether a diagnostic of kind ("ERROR", "WARNING",
// "INFO"), code name and message is the one e expects (position aside).
func (e Expectation) Matches(kind, code, message string) bool {
	return kind == e.Kind && (e.Code == "" || e.Code == code) && strings.Contains(message, e.Text)
}

func (e Expectation) String() string {
	s := e.Kind
	if e.Module {
		s += "@MODULE"
	}
	if e.Code != "" {
		s += " " + e.Code
	}
	return fmt.Sprintf("line %d: %s %q", e.Line, s, e.Text)
}

func skipBack(src []byte, all []Expectation, i int) int {
	at := all[i].Start
	for {
		for at > 0 && isBlank(src[at-1]) {
			at--
		}
		if i > 0 && all[i-1].End == at {
			i--
			at = all[i].Start
			continue
		}
		return at
	}
}

func skipForward(src []byte, all []Expectation, i int) int {
	at := all[i].End
	for {
		for at < len(src) && isBlank(src[at]) {
			at++
		}
		if i+1 < len(all) && all[i+1].Start == at {
			i++
			at = all[i].End
			continue
		}
		if at >= len(src) && len(src) > 0 {
			return len(src) - 1 // JavaCC places end of file on the last character
		}
		return at
	}
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func lineOf(src []byte, off int) int { return 1 + strings.Count(string(src[:off]), "\n") }
