package langservice

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Problem is a diagnostic the editor shows, as quick fixes receive it.
type Problem struct {
	Pos, End token.Pos
	Message  string
}

// Fix is a quick fix: a title and the edits that apply it.
type Fix struct {
	Title     string
	Edits     []Edit
	Preferred bool
}

var (
	addToExtendsRE = lazy.Regexp("defined in the standard module (\\w+): add \\w+ to EXTENDS")
	unknownNameRE  = lazy.Regexp("Unknown operator: `([^']+)'\\. Did you mean `([^']+)'\\?")
	varsMissingRE  = lazy.Regexp("vars does not list the variables? (.+)$")
	assignRE       = lazy.Regexp(`([A-Za-z0-9_]+)(\s*):=`)
	skeletonRE     = lazy.Regexp("^no type invariant|^no `(Init|Next|Spec|vars)` definition")
)

// QuickFixes returns the fixes of a problem reported in the file at path:
// a missing standard module added to EXTENDS, an unknown name replaced by
// the checker's suggestion, variables added to vars, missing TypeOK,
// Init, Next, Spec or vars definitions added, and on the problem's line
// the usual slips of programmers (:= for x' =, != for #, && and || for
// /\ and \/, == for = inside an expression).
func (s *Spec) QuickFixes(path string, p Problem) []Fix {
	m := s.moduleOf(path, p.Pos)
	if m == nil || m.File == nil || m.AST == nil {
		return nil
	}
	var fixes []Fix
	if sm := addToExtendsRE().FindStringSubmatch(p.Message); sm != nil {
		fixes = append(fixes, addExtends(m, sm[1]))
	}
	if sm := unknownNameRE().FindStringSubmatch(p.Message); sm != nil && p.End > p.Pos {
		fixes = append(fixes, Fix{Title: "Replace " + sm[1] + " by " + sm[2], Preferred: true,
			Edits: []Edit{{Path: m.Path, File: m.File, Pos: p.Pos, End: p.End, NewText: sm[2]}}})
	}
	if sm := varsMissingRE().FindStringSubmatch(p.Message); sm != nil {
		names := strings.Split(strings.ReplaceAll(sm[1], "`", ""), ", ")
		if f, ok := addToVars(m, names); ok {
			fixes = append(fixes, f)
		}
	}
	if skeletonRE().MatchString(p.Message) {
		if f, ok := addSkeleton(m, p.Message); ok {
			fixes = append(fixes, f)
		}
	}
	return append(fixes, slipFixes(m, p)...)
}

// addExtends adds module name to the EXTENDS of m, or an EXTENDS line.
func addExtends(m *sany.AnalyzedModule, name string) Fix {
	fix := Fix{Title: "Add " + name + " to EXTENDS", Preferred: true}
	if ext := m.AST.Extends; len(ext) > 0 {
		last := ext[len(ext)-1]
		fix.Edits = []Edit{{Path: m.Path, File: m.File, Pos: last.End(), End: last.End(), NewText: ", " + name}}
		return fix
	}
	at := lineEnd(m.File, m.AST.Name.End())
	fix.Edits = []Edit{{Path: m.Path, File: m.File, Pos: at, End: at, NewText: "\nEXTENDS " + name}}
	return fix
}

// lineEnd returns the offset of the end of the line holding p.
func lineEnd(f *token.File, p token.Pos) token.Pos {
	text := f.Text()
	i := int(p)
	for i < len(text) && text[i] != '\n' {
		i++
	}
	return token.Pos(i)
}

// addToVars adds variables to vars == <<...>>.
func addToVars(m *sany.AnalyzedModule, names []string) (Fix, bool) {
	for _, u := range m.AST.Units {
		d, ok := u.(*ast.OpDef)
		if !ok || d.Name.Name != "vars" {
			continue
		}
		tup, ok := d.Body.(*ast.Tuple)
		if !ok {
			return Fix{}, false
		}
		text := ", " + strings.Join(names, ", ")
		at := tup.REnd - token.Pos(len(">>"))
		if strings.HasSuffix(string(m.File.Text()[:tup.REnd]), "⟩") {
			at = tup.REnd - token.Pos(len("⟩"))
		}
		if len(tup.Elems) == 0 {
			text = strings.Join(names, ", ")
		} else {
			at = tup.Elems[len(tup.Elems)-1].End()
		}
		return Fix{Title: "Add " + strings.Join(names, ", ") + " to vars", Preferred: true,
			Edits: []Edit{{Path: m.Path, File: m.File, Pos: at, End: at, NewText: text}}}, true
	}
	return Fix{}, false
}

// addSkeleton adds the definition a conformance finding says is missing,
// before the module's closing line, so that the module still checks.
func addSkeleton(m *sany.AnalyzedModule, msg string) (Fix, bool) {
	var vars []string
	defined := map[string]bool{}
	for _, u := range m.AST.Units {
		switch u := u.(type) {
		case *ast.VarDecl:
			for _, id := range u.Names {
				vars = append(vars, id.Name)
			}
		case *ast.OpDef:
			defined[u.Name.Name] = true
		}
	}
	tuple := "<<" + strings.Join(vars, ", ") + ">>"
	var name, text string
	switch {
	case strings.HasPrefix(msg, "no type invariant"):
		name = "TypeOK"
		var b strings.Builder
		b.WriteString("\\* The set each variable ranges over (replace each TRUE).\nTypeOK ==\n")
		for _, v := range vars {
			b.WriteString("    /\\ TRUE \\* " + v + " \\in ...\n")
		}
		if len(vars) == 0 {
			b.WriteString("    TRUE\n")
		}
		text = b.String()
	case strings.Contains(msg, "`vars`"):
		name, text = "vars", "vars == "+tuple+"\n"
	case strings.Contains(msg, "`Init`"):
		name = "Init"
		var b strings.Builder
		b.WriteString("Init ==\n")
		for _, v := range vars {
			b.WriteString("    /\\ " + v + " = " + v + " \\* TODO: the initial value of " + v + "\n")
		}
		if len(vars) == 0 {
			b.WriteString("    TRUE\n")
		}
		text = b.String()
	case strings.Contains(msg, "`Next`"):
		name, text = "Next", "Next == UNCHANGED "+tuple+" \\* TODO: the disjunction of the actions\n"
	case strings.Contains(msg, "`Spec`"):
		sub := "vars"
		if !defined["vars"] {
			sub = tuple
		}
		if !defined["Init"] || !defined["Next"] {
			return Fix{}, false // Spec needs them; their own fixes come first
		}
		name, text = "Spec", "Spec == Init /\\ [][Next]_"+sub+"\n"
	default:
		return Fix{}, false
	}
	at := closingLine(m)
	return Fix{Title: "Add a " + name + " definition", Edits: []Edit{{Path: m.Path, File: m.File, Pos: at, End: at, NewText: "\n" + text}}}, true
}

// closingLine returns the offset of the start of the module's ==== line.
func closingLine(m *sany.AnalyzedModule) token.Pos {
	end := m.AST.End()
	text := m.File.Text()
	i := int(end)
	if i > len(text) {
		i = len(text)
	}
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	return token.Pos(i)
}

// slipFixes are the fixes of programmers' slips on the problem's lines.
func slipFixes(m *sany.AnalyzedModule, p Problem) []Fix {
	f := m.File
	text := f.Text()
	start := f.LineStart(lineOf(f, p.Pos))
	end := lineEnd(f, max(p.End, p.Pos))
	if int(end) > len(text) || start > end {
		return nil
	}
	line := string(text[start:end])
	if i := strings.Index(line, `\*`); i >= 0 {
		line = line[:i]
	}
	var fixes []Fix
	edit := func(title string, from, to int, repl string) {
		fixes = append(fixes, Fix{Title: title, Edits: []Edit{{Path: m.Path, File: f,
			Pos: start + token.Pos(from), End: start + token.Pos(to), NewText: repl}}})
	}
	for _, sm := range assignRE().FindAllStringSubmatchIndex(line, -1) {
		v := line[sm[2]:sm[3]]
		edit("Replace "+v+" := by "+v+"' =", sm[3], sm[1], "' =")
	}
	for _, pair := range [][3]string{{"!=", "#", "Replace != by #"}, {"&&", `/\`, `Replace && by /\`}, {"||", `\/`, `Replace || by \/`}} {
		for i := 0; ; {
			j := strings.Index(line[i:], pair[0])
			if j < 0 {
				break
			}
			edit(pair[2], i+j, i+j+2, pair[1])
			i += j + 2
		}
	}
	// == after the problem's start, on a line whose definition began
	// before it, is an equality written as a definition.
	if rel := int(p.Pos - start); rel >= 0 && rel <= len(line) {
		if j := strings.Index(line[rel:], "=="); j >= 0 && strings.Contains(line[:rel+j], "==") || j >= 0 && lineIsContinuation(line) {
			edit("Replace == by =", rel+j, rel+j+2, "=")
		}
	}
	return fixes
}

// lineIsContinuation reports whether a line continues an expression
// (starts with /\, \/ or blanks) rather than starting a definition.
func lineIsContinuation(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return len(t) < len(line) || strings.HasPrefix(t, `/\`) || strings.HasPrefix(t, `\/`)
}
