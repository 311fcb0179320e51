package draft

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
)

// Parse reads a draft analysis. It never fails: parts it cannot recognise
// are skipped, so a draft of an unexpected shape yields a Draft with fewer
// entries rather than an error.
func Parse(text string) Draft {
	p := parser{}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		p.line(line)
	}
	d := p.d
	if len(d.Core) == 0 {
		d.Core = p.analysed
	}
	return d
}

// parser holds the state of a line-by-line read.
type parser struct {
	d        Draft
	sec      section
	indent   int        // indentation of the section's first bullet; -1 before it
	analysed []Function // core functions named by analysis sub-headings
	inFence  bool
}

var (
	headingHashes = lazy.Regexp(`^#{1,6}\s+`)
	bulletPrefix  = lazy.Regexp(`^([-*+•]|\d+[.)])\s+`)
	identifier    = lazy.Regexp(`^[A-Za-z_][A-Za-z0-9_]*$`)
	moduleInline  = lazy.Regexp(`(?i)module\s+name\s*[:=-]\s*(.+)$`)
)

func (p *parser) line(raw string) {
	trimmed := strings.TrimSpace(raw)
	if strings.HasPrefix(trimmed, "```") {
		p.inFence = !p.inFence
		return
	}
	if p.inFence || trimmed == "" {
		return
	}
	if m := moduleInline().FindStringSubmatch(stripMarkup(trimmed)); m != nil && p.d.ModuleName == "" {
		if name := firstIdentifier(m[1]); name != "" {
			p.d.ModuleName = name
			return
		}
	}
	indent := len(raw) - len(strings.TrimLeft(raw, " \t"))
	body, isBullet := trimmed, false
	if loc := bulletPrefix().FindStringIndex(trimmed); loc != nil {
		body, isBullet = trimmed[loc[1]:], true
	}
	if sec, rest, ok := headingOf(trimmed, body, isBullet); ok {
		p.enter(sec, trimmed)
		if rest != "" {
			p.inlineList(rest)
		}
		return
	}
	switch {
	case p.sec == sectionModuleName && p.d.ModuleName == "":
		p.d.ModuleName = firstIdentifier(body)
	case isBullet:
		p.bullet(indent, body)
	}
}

// enter starts a section. Inside a core analysis, a heading that does
// not name a known section is the name of an analysed function.
func (p *parser) enter(sec section, heading string) {
	if sec == sectionNone && p.sec == sectionCoreAnalysis && headingHashes().MatchString(heading) {
		if name := functionName(headingText(heading)); name != "" {
			p.analysed = appendFunction(p.analysed, Function{Name: name})
		}
		return
	}
	p.sec, p.indent = sec, -1
}

// inlineList reads "Core functions: Lock, Unlock" after the colon.
func (p *parser) inlineList(rest string) {
	for _, part := range strings.Split(rest, ",") {
		p.item(strings.TrimSpace(part))
	}
}

// bullet reads one list item; deeper-indented items are details of the
// item above them and are skipped.
func (p *parser) bullet(indent int, body string) {
	if p.indent < 0 {
		p.indent = indent
	}
	if indent > p.indent {
		return
	}
	p.item(body)
}

func (p *parser) item(body string) {
	name, desc := splitItem(body)
	switch p.sec {
	case sectionCore:
		p.addFunction(&p.d.Core, name, desc)
	case sectionHelper:
		p.addFunction(&p.d.Helper, name, desc)
	case sectionInfrastructure:
		p.addFunction(&p.d.Infrastructure, name, desc)
	case sectionVariables:
		v := Variable{Name: identOrEmpty(name), Description: desc}
		if v.Name == "" {
			return
		}
		v.Type, v.Description = splitType(desc)
		if t := parenthesised(name); t != "" {
			v.Type = t
		}
		for _, old := range p.d.Variables {
			if old.Name == v.Name {
				return
			}
		}
		p.d.Variables = append(p.d.Variables, v)
	case sectionProperties:
		if n := identOrEmpty(name); n != "" {
			p.d.Properties = append(p.d.Properties, Property{Name: n, Description: desc})
		} else {
			p.d.Properties = append(p.d.Properties, Property{Description: stripMarkup(body)})
		}
	}
}

func (p *parser) addFunction(list *[]Function, name, desc string) {
	if n := functionName(name); n != "" {
		*list = appendFunction(*list, Function{Name: n, Description: desc})
	}
}

func appendFunction(list []Function, f Function) []Function {
	for _, old := range list {
		if old.Name == f.Name {
			return list
		}
	}
	return append(list, f)
}
