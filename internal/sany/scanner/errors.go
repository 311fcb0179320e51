package scanner

import (
	"fmt"
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// ErrorKind tells lexical errors (bad characters, unterminated strings and
// comments) from parse errors (unexpected tokens, precedence conflicts).
type ErrorKind int

const (
	Lexical ErrorKind = iota
	Parse
)

func (k ErrorKind) String() string {
	if k == Lexical {
		return "lexical"
	}
	return "parse"
}

// Error is one lexical or parse error. Pos is where SANY reports it;
// NoColumn is set when SANY gives only a line (an unclosed comment).
// ColumnZero is set when SANY reports column 0 of Pos's line, which
// happens for end of file right after a line end inside a token. NoLocation
// is set when SANY reports the error without any position (for example
// "@ used in !.@"); Pos then still points at the cause, for editors.
type Error struct {
	Kind       ErrorKind
	Pos        token.Pos
	End        token.Pos
	NoColumn   bool
	ColumnZero bool
	NoLocation bool
	Msg        string
}

func (e *Error) Error() string { return e.Msg }

// ErrorList is a list of errors, sortable by position.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(kind ErrorKind, pos, end token.Pos, msg string) {
	*l = append(*l, &Error{Kind: kind, Pos: pos, End: end, Msg: msg})
}

func (l ErrorList) Len() int           { return len(l) }
func (l ErrorList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool { return l[i].Pos < l[j].Pos }

// Sort orders the list by position, keeping the order of equal positions.
func (l ErrorList) Sort() { sort.Stable(l) }

// Err returns l as an error, or nil if l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Msg
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Msg, len(l)-1)
}
