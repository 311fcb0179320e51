package langservice

import (
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// alignJunctions keeps bulleted /\ and \/ lists aligned when edits change
// the length of a name written before a list's first bullet on the same
// line (Next == /\ …, renamed to Step == /\ …): the list's other lines
// move by as many columns, since TLA+ reads the bullets' column. It
// returns the edits with the indentation edits added, or ok false when a
// line cannot move left far enough (too little leading blank space).
func (s *Spec) alignJunctions(edits []Edit) ([]Edit, bool) {
	byFile := map[string][]Edit{}
	for _, e := range edits {
		byFile[e.Path] = append(byFile[e.Path], e)
	}
	out := edits
	for path, es := range byFile {
		f := es[0].File
		var lists []*ast.JunctionList
		for _, m := range s.Analysis.Modules {
			if m.Path != path || m.AST == nil {
				continue
			}
			ast.Inspect(m.AST, func(n ast.Node) bool {
				if j, ok := n.(*ast.JunctionList); ok && len(j.Bullets) > 0 {
					lists = append(lists, j)
				}
				return true
			})
		}
		shift := map[int]int{} // 1-based line → columns to move right
		for _, e := range es {
			delta := len(e.NewText) - int(e.End-e.Pos)
			if delta == 0 {
				continue
			}
			line := lineOf(f, e.Pos)
			moved := map[int]bool{}
			for _, j := range lists {
				if j.Bullets[0] < e.End || lineOf(f, j.Bullets[0]) != line {
					continue
				}
				for l := line + 1; l <= lineOf(f, j.End()); l++ {
					if !moved[l] {
						moved[l] = true
						shift[l] += delta
					}
				}
			}
		}
		lines := make([]int, 0, len(shift))
		for l := range shift {
			lines = append(lines, l)
		}
		sort.Ints(lines)
		text := f.Text()
		for _, l := range lines {
			d := shift[l]
			start := f.LineStart(l)
			switch {
			case d > 0:
				out = append(out, Edit{Path: path, File: f, Pos: start, End: start, NewText: spaces(d)})
			case d < 0:
				n := 0
				for int(start)+n < len(text) && text[int(start)+n] == ' ' {
					n++
				}
				if n < -d {
					return nil, false
				}
				out = append(out, Edit{Path: path, File: f, Pos: start, End: start + token.Pos(-d)})
			}
		}
	}
	return out, true
}

func spaces(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}
