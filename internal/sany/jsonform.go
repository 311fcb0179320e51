package sany

// JSONDiagnostic is the JSON form of a Diagnostic shared by the CLI's
// "check -format json" and the MCP server's tla_check. Positions are
// 1-based lines and columns in the file, columns counted as SANY counts
// them, the end inclusive; 0 when there is no location. For a module that
// is not the first of its file SANY counts lines from the module's
// header: SANYLine is that line (absent for first modules, where it is
// Line).
type JSONDiagnostic struct {
	File      string `json:"file"`
	Module    string `json:"module"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	SANYLine  int    `json:"sanyLine,omitempty"`
	Severity  string `json:"severity" jsonschema:"error or warning"`
	Code      int    `json:"code" jsonschema:"SANY's error code; 0 for lexical and parse errors"`
	CodeName  string `json:"codeName"`
	Kind      string `json:"kind" jsonschema:"the phase that found it: lexical, parse, semantic, level, module, lint or conformance"`
	Message   string `json:"message"`
	// Checker is "native" or "tla2tools" when more than the native
	// checker ran.
	Checker string `json:"checker,omitempty"`
}

// JSON returns d's JSON form.
func (d Diagnostic) JSON() JSONDiagnostic {
	start, end := d.Start(), d.EndInclusive()
	sev := "error"
	if d.Severity != SeverityError {
		sev = "warning"
	}
	j := JSONDiagnostic{
		File: d.Path, Module: d.Module,
		Line: start.Line, Column: start.Column, EndLine: end.Line, EndColumn: end.Column,
		Severity: sev, Code: int(d.Code), CodeName: d.Code.String(), Kind: string(d.Kind), Message: d.Message,
	}
	if d.LineOffset > 0 && d.HasLocation() {
		j.SANYLine = d.SANYStart().Line
	}
	return j
}
