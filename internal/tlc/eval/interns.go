package eval

import (
	_ "embed"
	"encoding/json"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// TLC compares strings and model values by the order in which its
// UniqueString table first met their names, so that order decides how
// sets of strings print, which element CHOOSE picks and in which order
// \E tries them. TLC interns, in this order:
//
//  1. the .cfg's values (internConfig);
//  2. its operator table (tlcinterns.json's builtins);
//  3. every token image of every module, as its parser reads them,
//     modules in the order SANY reads their files (readOrder), the root
//     module extending TLC's _TLCTrace besides its own EXTENDS (TLC adds
//     it to write the trace file of a counterexample);
//  4. the string literals, unquoted, as semantic analysis meets them,
//     modules in SANY's order of analysis (analysisOrder).
//
// The standard modules are TLC's own, not our declarations-only copies:
// tlcinterns.json records their imports and token images, as
// scripts/record-tlc-interns.sh read them from a real TLC.

//go:embed tlcinterns.json
var tlcInternsJSON []byte

type recordedModule struct {
	Extends   []string `json:"extends"`
	Instances []string `json:"instances"`
	Tokens    []string `json:"tokens"`
}

type recordedInterns struct {
	Builtins []string                   `json:"builtins"`
	Modules  map[string]*recordedModule `json:"modules"`
}

var tlcInterns = sync.OnceValue(func() *recordedInterns {
	var r recordedInterns
	if err := json.Unmarshal(tlcInternsJSON, &r); err != nil {
		panic("eval: tlcinterns.json: " + err.Error()) // embedded at build time
	}
	return &r
})

// internModule is one module of the intern order's graph.
type internModule struct {
	name               string
	extends, instances []string
	pm                 *sany.ProgramModule // nil for a recorded module the spec does not use
	rec                *recordedModule     // TLC's own standard module, or nil
}

// internProgram interns the spec's names in TLC's order (steps 2 to 4).
func internProgram(in *value.Interner, p *sany.Program) {
	rec := tlcInterns()
	for _, s := range rec.Builtins {
		in.Intern(s)
	}
	g := newInternGraph(p, rec)
	order, ext, inst := g.readOrder()
	for _, m := range order {
		g.internTokens(in, m)
	}
	for _, m := range g.analysisOrder(ext, inst) {
		g.internStrings(in, m)
	}
}

type internGraph struct {
	root  string
	nodes map[string]*internModule
}

func newInternGraph(p *sany.Program, rec *recordedInterns) *internGraph {
	g := &internGraph{root: p.Root.Name, nodes: map[string]*internModule{}}
	for name, r := range rec.Modules {
		g.nodes[name] = &internModule{name: name, extends: r.Extends, instances: r.Instances, rec: r}
	}
	for _, pm := range p.Modules {
		if n := g.nodes[pm.Name]; n != nil && pm.Standard {
			n.pm = pm
			continue
		}
		n := &internModule{name: pm.Name, pm: pm}
		for _, id := range pm.AST.Extends {
			n.extends = append(n.extends, id.Name)
		}
		for _, u := range pm.AST.Units {
			switch u := u.(type) {
			case *ast.Instance:
				if u.Module != nil {
					n.instances = append(n.instances, u.Module.Name)
				}
			case *ast.ModuleDef:
				if u.Instance != nil && u.Instance.Module != nil {
					n.instances = append(n.instances, u.Instance.Module.Name)
				}
			}
		}
		g.nodes[pm.Name] = n
	}
	if root := g.nodes[g.root]; root != nil {
		root.extends = append(append([]string(nil), root.extends...), "_TLCTrace")
	}
	return g
}

// readOrder is the order in which SANY reads the modules' files
// (SpecObj.loadSpec): again and again, from the root, the first
// unresolved EXTENDS name (findNextUnresolvedExtention), and when there
// is none the first unresolved INSTANCE name. It also returns, per
// module, the names its EXTENDS and INSTANCEs were resolved to, in the
// order they were (each ParseUnit's extendees and instancees).
func (g *internGraph) readOrder() (order []string, ext, inst map[string][]string) {
	type pair struct{ from, name string }
	resolved := map[pair]bool{}
	loaded := map[string]bool{g.root: true}
	order = []string{g.root}
	ext, inst = map[string][]string{}, map[string][]string{}
	// next finds the next unresolved EXTENDS name (ext) or INSTANCE
	// name below cur: cur's own first, then its extendees', then its
	// resolved instancees' (findNextUnresolvedExtention and
	// findNextUnresolvedInstantiation differ only in the first list).
	var next func(cur string, ext bool, visited map[string]bool) (pair, bool)
	next = func(cur string, ext bool, visited map[string]bool) (pair, bool) {
		n := g.nodes[cur]
		if n == nil || visited[cur] {
			return pair{}, false
		}
		visited[cur] = true
		own := n.instances
		if ext {
			own = n.extends
		}
		for _, name := range own {
			if !resolved[pair{cur, name}] {
				return pair{cur, name}, true
			}
		}
		for _, e := range n.extends {
			if p, ok := next(e, ext, visited); ok {
				return p, true
			}
		}
		for _, i := range n.instances {
			if resolved[pair{cur, i}] {
				if p, ok := next(i, ext, visited); ok {
					return p, true
				}
			}
		}
		return pair{}, false
	}
	for steps := 0; steps < 1<<16; steps++ {
		p, isExt := next(g.root, true, map[string]bool{})
		if !isExt {
			var ok bool
			if p, ok = next(g.root, false, map[string]bool{}); !ok {
				break
			}
		}
		resolved[p] = true
		if isExt {
			ext[p.from] = append(ext[p.from], p.name)
		} else {
			inst[p.from] = append(inst[p.from], p.name)
		}
		if !loaded[p.name] && g.nodes[p.name] != nil {
			loaded[p.name] = true
			order = append(order, p.name)
		}
	}
	return order, ext, inst
}

// analysisOrder is SANY's order of semantic analysis
// (SpecObj.calculateDependencies): depth first from the root, a
// module's extendees, then its instancees, then itself.
func (g *internGraph) analysisOrder(ext, inst map[string][]string) []string {
	var out []string
	added := map[string]bool{}
	var walk func(m string, depth int)
	walk = func(m string, depth int) {
		if added[m] || depth > 256 || g.nodes[m] == nil {
			return
		}
		for _, e := range ext[m] {
			walk(e, depth+1)
		}
		for _, i := range inst[m] {
			walk(i, depth+1)
		}
		if !added[m] {
			added[m] = true
			out = append(out, m)
		}
	}
	walk(g.root, 0)
	return out
}

// internTokens interns module m's token images as TLC's parser reads
// them: a recorded module's, or those of a module of the spec (its
// strings but for their quoted images, which no string spells).
func (g *internGraph) internTokens(in *value.Interner, m string) {
	n := g.nodes[m]
	if n.rec != nil {
		for _, t := range n.rec.Tokens {
			in.Intern(t)
		}
		return
	}
	if n.pm == nil || n.pm.File == nil || n.pm.AST == nil {
		return
	}
	text := n.pm.File.Text()
	toks, _ := scanner.ScanTokens(n.pm.File, string(text), true)
	for _, t := range toks {
		if t.Pos < n.pm.AST.Start || t.End > n.pm.AST.EndPos {
			continue
		}
		if t.Kind != scanner.String && t.Kind != scanner.EOF && t.Kind != scanner.Illegal {
			in.Intern(string(text[t.Pos:t.End]))
		}
	}
}

// internStrings interns module m's string literals, unquoted, in order.
func (g *internGraph) internStrings(in *value.Interner, m string) {
	n := g.nodes[m]
	if n.rec != nil {
		for _, t := range n.rec.Tokens {
			if len(t) >= 2 && t[0] == '"' && t[len(t)-1] == '"' {
				in.Intern(parser.Unquote(t))
			}
		}
		return
	}
	if n.pm == nil || n.pm.AST == nil {
		return
	}
	ast.Inspect(n.pm.AST, func(x ast.Node) bool {
		if s, ok := x.(*ast.StringLit); ok {
			in.Intern(s.Value)
		}
		return true
	})
}
