package langservice

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// levelName names a level as users know it.
func levelName(l semantic.Level) string {
	switch l {
	case semantic.ConstantLevel:
		return "constant"
	case semantic.StateLevel:
		return "state"
	case semantic.ActionLevel:
		return "action"
	default:
		return "temporal"
	}
}

// kindName says what a symbol is, for hovers and completion details.
func kindName(sym *semantic.Symbol) string {
	switch sym.Kind {
	case semantic.KindBuiltin:
		return "built-in operator"
	case semantic.KindConstant:
		return "constant"
	case semantic.KindVariable:
		return "variable"
	case semantic.KindOperator:
		return "operator"
	case semantic.KindParam:
		return "parameter"
	case semantic.KindBound:
		return "bound variable"
	case semantic.KindInstance:
		return "module instance"
	case semantic.KindTheorem:
		return "theorem"
	case semantic.KindModule:
		return "module"
	case semantic.KindStep:
		return "proof step"
	case semantic.KindNew:
		return "NEW declaration"
	}
	return "name"
}

// Signature is the declaration text of sym: the left side of a definition
// (Op(x, F(_)), a ++ b, f[x \in S]), the declared parameter of a CONSTANT,
// or the name alone. Whitespace runs are collapsed.
func Signature(sym *semantic.Symbol) string {
	if sym.File == nil || !sym.Pos.IsValid() || int(sym.End) > sym.File.Size() {
		return sym.Name
	}
	text := sym.File.Text()[sym.Pos:sym.End]
	switch sym.Kind {
	case semantic.KindOperator, semantic.KindInstance, semantic.KindTheorem:
		if i := defEqIndex(text); i >= 0 {
			text = text[:i]
		} else if sym.Kind != semantic.KindOperator {
			return sym.Name
		}
	case semantic.KindConstant:
		return "CONSTANT " + strings.Join(strings.Fields(stripComments(string(text))), " ")
	case semantic.KindVariable:
		return "VARIABLE " + sym.Name
	case semantic.KindParam, semantic.KindNew:
	case semantic.KindModule:
		return "MODULE " + sym.Name
	default:
		return sym.Name
	}
	sig := strings.Join(strings.Fields(stripComments(string(text))), " ")
	sig = strings.TrimPrefix(sig, "LOCAL ")
	return truncate(sig, 200)
}

// defEqIndex finds the == (or ≜) that ends a definition's left side.
func defEqIndex(text []byte) int {
	i := bytes.Index(text, []byte("=="))
	j := bytes.Index(text, []byte("≜"))
	switch {
	case i < 0:
		return j
	case j < 0:
		return i
	}
	return min(i, j)
}

// Describe is a one-line description of sym: its kind and level, and the
// module it comes from when that is not the module at hand.
func Describe(sym *semantic.Symbol, here string) string {
	var b strings.Builder
	switch sym.Kind {
	case semantic.KindOperator, semantic.KindConstant, semantic.KindVariable, semantic.KindTheorem, semantic.KindNew, semantic.KindParam, semantic.KindBound:
		fmt.Fprintf(&b, "%s-level %s", levelName(sym.Level), kindName(sym))
	default:
		b.WriteString(kindName(sym))
	}
	if sym.Kind == semantic.KindOperator || sym.Kind == semantic.KindConstant {
		if sym.Arity > 0 {
			fmt.Fprintf(&b, " of %d argument", sym.Arity)
			if sym.Arity > 1 {
				b.WriteString("s")
			}
		}
	}
	if sym.Module != "" && sym.Module != here && sym.Kind != semantic.KindBuiltin && sym.Kind != semantic.KindModule {
		fmt.Fprintf(&b, ", from module %s", sym.Module)
	}
	return b.String()
}

// DocComment returns the comment written above sym's declaration (the
// \* lines or the (* ... *) block ending on the line before it), or else
// the \* comment at the end of its first line, without comment markers.
func DocComment(sym *semantic.Symbol) string {
	if sym.File == nil || !sym.Pos.IsValid() {
		return ""
	}
	f := sym.File
	line := f.SANYPosition(sym.Pos).Line - 1 // 0-based
	// The comment above is at most a few dozen lines: read only those.
	first := max(0, line-60)
	lines := strings.Split(string(f.Text()[f.LineStart(first+1):lineEnd(f, f.LineStart(line+1))]), "\n")
	line -= first
	if line < 0 || line >= len(lines) {
		return ""
	}
	var above []string
	for i := line - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, `\*`) {
			above = append([]string{strings.TrimSpace(strings.TrimLeft(t, `\*`))}, above...)
			continue
		}
		if strings.HasSuffix(t, "*)") {
			// A block comment: collect up to its opening.
			var block []string
			for j := i; j >= 0; j-- {
				block = append([]string{lines[j]}, block...)
				if strings.Contains(lines[j], "(*") {
					i = j
					break
				}
			}
			above = append(cleanBlock(block), above...)
			continue
		}
		break
	}
	if doc := strings.TrimSpace(strings.Join(above, "\n")); doc != "" {
		return doc
	}
	own := lines[line]
	col := int(sym.Pos) - int(f.LineStart(line+first+1))
	if col >= 0 && col <= len(own) {
		if k := strings.Index(own[col:], `\*`); k >= 0 {
			return strings.TrimSpace(strings.TrimLeft(own[col+k:], `\*`))
		}
	}
	return ""
}

// cleanBlock strips the (* *) markers and the decoration of a block
// comment's lines.
func cleanBlock(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		l = strings.TrimPrefix(l, "(*")
		l = strings.TrimSuffix(l, "*)")
		l = strings.Trim(l, "* ")
		if strings.Trim(l, "*-=() ") == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// lineOf returns the 1-based line of p in f.
func lineOf(f *token.File, p token.Pos) int { return f.SANYPosition(p).Line }

// stripComments removes (* *) comments (nested) and \* line comments
// from a piece of TLA+ text.
func stripComments(s string) string {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "(*"):
			depth++
			i++
		case depth > 0 && strings.HasPrefix(s[i:], "*)"):
			depth--
			i++
		case depth > 0:
		case strings.HasPrefix(s[i:], `\*`):
			for i < len(s) && s[i] != '\n' {
				i++
			}
			b.WriteByte(' ')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// truncate shortens s to at most n bytes, at a character boundary, with
// an ellipsis when it cut something.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
