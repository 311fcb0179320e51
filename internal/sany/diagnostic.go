package sany

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Severity says how serious a Diagnostic is. Only errors make a module fail.
type Severity int

const (
	SeverityError Severity = iota
	SeverityWarning
	SeverityInfo
)

func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	default:
		return "info"
	}
}

// Kind is the phase that found a problem, named as the SANY corpus names it.
type Kind string

const (
	KindLexical  Kind = "lexical"
	KindParse    Kind = "parse"
	KindSemantic Kind = "semantic"
	KindLevel    Kind = "level"
	KindModule   Kind = "module" // module file not found, name/file mismatch, cycles
	KindLint     Kind = "lint"   // SANY's linter warnings, given only for a spec without errors
)

// Diagnostic is one problem found in one file.
//
// File may be nil for problems SANY reports without a location (for example
// a module name that differs from its file name); then Pos and End are
// token.NoPos and Path names the file concerned.
type Diagnostic struct {
	Path     string      // file the problem is in
	File     *token.File // its text, for position conversion; nil if unknown
	Module   string      // module the problem is in; "" if unknown
	Pos, End token.Pos   // half-open byte range; NoPos if no location
	Severity Severity
	Kind     Kind
	Code     Code // SANY's error code; 0 for lexical and parse errors
	Message  string
	// LineOffset is the number of lines of the file before the header of
	// Module when Module is not the file's first top-level module: SANY
	// extracts such modules to temporary files and numbers their lines
	// from the header. It is 0 otherwise. Start is the true position;
	// SANYStart is the one SANY prints.
	LineOffset int
}

// HasLocation reports whether the diagnostic points into a file.
func (d Diagnostic) HasLocation() bool { return d.File != nil && d.Pos.IsValid() }

// Start returns SANY's 1-based line and column of the first character,
// or the zero Position if there is no location.
func (d Diagnostic) Start() token.Position {
	if !d.HasLocation() {
		return token.Position{}
	}
	return d.File.SANYPosition(d.Pos)
}

// SANYStart returns the start as SANY prints it, with lines counted from
// the module header for modules SANY extracts to temporary files.
func (d Diagnostic) SANYStart() token.Position {
	p := d.Start()
	if p.Line > d.LineOffset {
		p.Line -= d.LineOffset
	}
	return p
}

// EndInclusive returns SANY's position of the last character of the range
// (SANY prints inclusive ends), or Start if the range is empty.
func (d Diagnostic) EndInclusive() token.Position {
	if !d.HasLocation() {
		return token.Position{}
	}
	return d.File.SANYLastPosition(d.Pos, d.End)
}

// String formats the diagnostic as "path:line:col: severity: message",
// the CLI's text format.
func (d Diagnostic) String() string {
	if !d.HasLocation() {
		return fmt.Sprintf("%s: %s: %s", d.Path, d.Severity, d.Message)
	}
	p := d.Start()
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.Path, p.Line, p.Column, d.Severity, d.Message)
}

// HasErrors reports whether any diagnostic is an error.
func HasErrors(diags []Diagnostic) bool {
	for _, d := range diags {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}
