package tla2tools

import (
	"strconv"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// phase is the part of SANY that printed a report.
type phase int

const (
	phaseLexical  phase = iota // token manager
	phaseParse                 // JavaCC parser
	phaseAnalysis              // semantic analysis, level checking, linting, module loading
	phaseCrash                 // a Java exception escaped SANY
)

// report is one problem as SANY printed it, before it is placed in a file.
// Line and column numbers are SANY's (1-based, UTF-16 units, TABs to
// multiples of 8); 0 means "not printed".
type report struct {
	severity        sany.Severity
	phase           phase
	module          string // "" for "Unknown location" and crashes
	line, col       int
	endLine, endCol int // inclusive end, when SANY prints a range
	message         string
}

// parsedFileLine is one "Parsing file" line: the file SANY read, and for a
// module that SANY extracted from a file holding several modules (to a
// temporary file), the file it came from.
type parsedFileLine struct {
	path, extractedFrom string
}

// transcript is what SANY's standard output says.
type transcript struct {
	reports []report
	parsed  []parsedFileLine
}

// Lines that give SANY's output its structure.
var (
	semanticLocationLine = lazy.Regexp(`^line (\d+), col (\d+) to line (\d+), col (\d+) of module (\S+)$`)
	lexicalErrorLine     = lazy.Regexp(`^Lexical error at line (\d+), column (\d+)\.`)
	openCommentLine      = lazy.Regexp(`^Lexical \{error: EOF reached, possibly open comment starting around line (\d+)`)
	encounteredAt        = lazy.Regexp(`at line (\d+), column (\d+)`)
	lineColIn            = lazy.Regexp(`line (\d+), col (\d+)`)
	rangeIn              = lazy.Regexp(`line (\d+), col (\d+) to line (\d+), col (\d+)`)
	couldNotParseModule  = lazy.Regexp(`^Could not parse module (\S+) from file `)
	// A Java exception's toString: a qualified class name ending in
	// Exception or Error, then optionally ": message".
	javaExceptionLine = lazy.Regexp(`^(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)(?::.*)?$`)
)

const (
	warningTreatedAsError = "Warning treated as error: "
	frontEndException     = "tla2sany.drivers.FrontEndException: "
)

// isStructural reports whether line starts a new part of the output, so it
// cannot belong to the message before it.
func isStructural(line string) bool {
	for _, prefix := range []string{
		"Parsing file ", "Semantic processing of module ", "Linting of module ",
		"Semantic errors:", "*** Errors: ", "*** Warnings: ", "Warnings (",
		"Fatal errors while parsing TLA+ spec", "Fatal errors in semantic processing",
		"***Parse Error***", "Lexical error at line ", "Lexical {error: ",
		"****** SANY", warningTreatedAsError,
	} {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return isLocationLine(line) || javaExceptionLine().MatchString(line)
}

func isLocationLine(line string) bool {
	return line == "Unknown location" || strings.HasPrefix(line, "In module ") || semanticLocationLine().MatchString(line)
}

// parseOutput reads SANY's standard output (as printed by `tla2sany.SANY
// -error-codes FILE`). SANY re-prints its whole list of semantic errors
// after each module it processes, and prints a parse error's "Could not
// parse module" follow-up twice; each problem is kept once, in first-print
// order.
func parseOutput(out string) transcript {
	lines := strings.Split(strings.ReplaceAll(out, "\r\n", "\n"), "\n")
	var t transcript
	seen := map[report]bool{}
	add := func(r report) {
		if !seen[r] {
			seen[r] = true
			t.reports = append(t.reports, r)
		}
	}
	severity := sany.SeverityError
	crashed := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.HasPrefix(line, "Parsing file "):
			t.parsed = append(t.parsed, parsedFile(strings.TrimPrefix(line, "Parsing file ")))
		case line == "Semantic errors:", strings.HasPrefix(line, "*** Errors: "),
			strings.HasPrefix(line, "Fatal errors while parsing TLA+ spec"):
			severity = sany.SeverityError
		case strings.HasPrefix(line, "*** Warnings: "), strings.HasPrefix(line, "Linting of module "),
			strings.HasPrefix(line, "Warnings (") && strings.Contains(line, " during syntax parsing of "):
			severity = sany.SeverityWarning
		case line == "***Parse Error***":
			var r report
			r, i = parseErrorBlock(lines, i+1)
			r.module = lastParsedModule(t.parsed)
			add(r)
		case lexicalErrorLine().MatchString(line):
			m := lexicalErrorLine().FindStringSubmatch(line)
			add(report{severity: sany.SeverityError, phase: phaseLexical, module: lastParsedModule(t.parsed),
				line: atoi(m[1]), col: atoi(m[2]), message: line})
		case openCommentLine().MatchString(line):
			m := openCommentLine().FindStringSubmatch(line)
			add(report{severity: sany.SeverityError, phase: phaseLexical, module: lastParsedModule(t.parsed),
				line: atoi(m[1]), message: line})
		case isLocationLine(strings.TrimPrefix(line, warningTreatedAsError)):
			sev := severity
			if rest, ok := strings.CutPrefix(line, warningTreatedAsError); ok {
				line, sev = rest, sany.SeverityError
			}
			var r report
			r, i = locatedBlock(lines, i, line)
			r.severity = sev
			if m := couldNotParseModule().FindStringSubmatch(r.message); m != nil && hasSyntaxReport(t.reports) {
				// The follow-up of a lexical or parse error, which names
				// the module that failed: SANY attributes the error to it.
				t.reports[len(t.reports)-1].module = m[1]
				continue
			}
			add(r)
		case strings.HasPrefix(line, "Fatal errors in semantic processing"):
			// An AbortException: its message is on the next line.
			msg := line
			if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
				msg = lines[i+1]
			}
			if !crashed {
				crashed = true
				add(report{severity: sany.SeverityError, phase: phaseCrash, message: msg})
			}
		case javaExceptionLine().MatchString(line):
			// The exception SANY caught, then the same wrapped in the
			// FrontEndException that its main method prints: keep one.
			if !crashed {
				crashed = true
				add(report{severity: sany.SeverityError, phase: phaseCrash, message: strings.TrimPrefix(line, frontEndException)})
			}
		}
	}
	return t
}

// parseErrorBlock reads the lines after "***Parse Error***": the message
// up to an empty line or the residual parser stack, then that stack. It
// returns the report and the index of the last line consumed.
func parseErrorBlock(lines []string, i int) (report, int) {
	for i < len(lines) && lines[i] == "" {
		i++
	}
	var msg []string
	for ; i < len(lines) && lines[i] != "" && lines[i] != "Residual stack trace follows:"; i++ {
		msg = append(msg, lines[i])
	}
	for i < len(lines) && lines[i] == "" {
		i++
	}
	if i < len(lines) && lines[i] == "Residual stack trace follows:" {
		for i++; i < len(lines) && lines[i] != ""; i++ {
		}
	}
	r := report{severity: sany.SeverityError, phase: phaseParse, message: strings.Join(msg, "\n")}
	if m := encounteredAt().FindStringSubmatch(r.message); m != nil {
		r.line, r.col = atoi(m[1]), atoi(m[2])
	} else if m := rangeIn().FindStringSubmatch(r.message); m != nil {
		// A precedence conflict names the range of the first operator.
		r.line, r.col, r.endLine, r.endCol = atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4])
	} else if m := lineColIn().FindStringSubmatch(r.message); m != nil {
		r.line, r.col = atoi(m[1]), atoi(m[2])
	}
	return r, i
}

// locatedBlock reads a location line (at index i, text loc) and the
// message after it. The message ends at two empty lines in a row (SANY
// ends each entry with three newlines), at a line that starts a new part
// of the output, or at the end; it may itself hold one empty line (the
// circular-dependency message does). It returns the index of the last line
// consumed.
func locatedBlock(lines []string, i int, loc string) (report, int) {
	r := report{phase: phaseAnalysis}
	switch {
	case loc == "Unknown location":
	case strings.HasPrefix(loc, "In module "):
		r.module = strings.TrimPrefix(loc, "In module ")
	default:
		m := semanticLocationLine().FindStringSubmatch(loc)
		r.line, r.col, r.endLine, r.endCol = atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4])
		r.module = m[5]
	}
	j := i + 1
	if j < len(lines) && lines[j] == "" {
		j++
	}
	var msg []string
	for ; j < len(lines); j++ {
		if isStructural(lines[j]) {
			break
		}
		if lines[j] == "" && (j+1 >= len(lines) || lines[j+1] == "") {
			break
		}
		msg = append(msg, lines[j])
	}
	for len(msg) > 0 && msg[len(msg)-1] == "" {
		msg = msg[:len(msg)-1]
	}
	r.message = strings.Join(msg, "\n")
	return r, j - 1
}

// hasSyntaxReport reports whether the last report is a lexical or parse
// error.
func hasSyntaxReport(reports []report) bool {
	if len(reports) == 0 {
		return false
	}
	p := reports[len(reports)-1].phase
	return p == phaseLexical || p == phaseParse
}

// parsedFile splits "PATH" or "TMPPATH (ORIGINALPATH)".
func parsedFile(s string) parsedFileLine {
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndex(s, " ("); k > 0 {
			return parsedFileLine{path: s[:k], extractedFrom: s[k+2 : len(s)-1]}
		}
	}
	return parsedFileLine{path: s}
}

// lastParsedModule is the module in the file SANY was reading last: the
// one a lexical or parse error is in.
func lastParsedModule(parsed []parsedFileLine) string {
	if len(parsed) == 0 {
		return ""
	}
	return moduleNameOf(parsed[len(parsed)-1].path)
}

// moduleNameOf is the module name of a .tla file path (its base name
// without extension), for either path separator.
func moduleNameOf(path string) string {
	if k := strings.LastIndexAny(path, `/\`); k >= 0 {
		path = path[k+1:]
	}
	return strings.TrimSuffix(path, ".tla")
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
