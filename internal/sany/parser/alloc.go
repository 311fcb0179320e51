package parser

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// slab hands out values of one node type from chunks, so that the most
// common nodes cost an allocation per chunk instead of one each. Chunks
// start small, for the many short files, and double up to maxChunk. A
// chunk stays alive while any of its nodes does, which is how a parsed
// tree is used anyway: whole.
type slab[T any] struct {
	free []T
	size int
}

const (
	minChunk = 16
	maxChunk = 1024
)

func (s *slab[T]) alloc() *T {
	if len(s.free) == 0 {
		s.size = min(max(2*s.size, minChunk), maxChunk)
		s.free = make([]T, s.size)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	return x
}

// exprSlab hands out argument lists from chunks. A list has its length as
// capacity, so that appending to it copies instead of overwriting its
// neighbour.
type exprSlab struct {
	free []ast.Expr
	size int
}

func (s *exprSlab) alloc(n int) []ast.Expr {
	if len(s.free) < n {
		s.size = min(max(2*s.size, minChunk), maxChunk)
		s.free = make([]ast.Expr, max(s.size, n))
	}
	xs := s.free[:n:n]
	s.free = s.free[n:]
	return xs
}

// keepExprs copies a list gathered in a scratch buffer (usually on the
// caller's stack) to the slab.
func (p *parser) keepExprs(xs []ast.Expr) []ast.Expr {
	out := p.nodes.exprs.alloc(len(xs))
	copy(out, xs)
	return out
}

// nodes holds the parser's slabs.
type nodes struct {
	idents slab[ast.Ident]
	opApps slab[ast.OpApp]
	exprs  exprSlab
}

func (p *parser) newIdent(pos, end token.Pos, name string) *ast.Ident {
	id := p.nodes.idents.alloc()
	*id = ast.Ident{NamePos: pos, NameEnd: end, Name: name}
	return id
}

// newOpApp returns an operator application with room for n arguments.
func (p *parser) newOpApp(op *ast.Ident, fix ast.Fixity, n int) *ast.OpApp {
	x := p.nodes.opApps.alloc()
	*x = ast.OpApp{Op: op, Fix: fix, Args: p.nodes.exprs.alloc(n)}
	return x
}
