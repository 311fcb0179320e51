package srcfuncs

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// findGo finds Go function and method declarations exactly, with
// go/parser. A fragment without a package clause is parsed as if it had
// one; offsets still refer to src.
func findGo(src []byte) []Func {
	funcs, ok := parseGo(src, 0)
	if ok {
		return funcs
	}
	const prefix = "package p;"
	text := append([]byte(prefix), src...)
	funcs, _ = parseGo(text, len(prefix))
	return funcs
}

// parseGo parses text, whose first shift bytes are not part of the
// caller's source. ok is false when the package clause was missing.
func parseGo(text []byte, shift int) (funcs []Func, ok bool) {
	fset := token.NewFileSet()
	// Errors are ignored: go/parser returns what it could parse.
	file, _ := parser.ParseFile(fset, "", text, parser.ParseComments|parser.SkipObjectResolution)
	if file == nil || !file.Package.IsValid() {
		return nil, false
	}
	tf := fset.File(file.Pos())
	offset := func(p token.Pos) int {
		o := tf.Offset(p) - shift
		return min(max(o, 0), len(text)-shift)
	}
	for _, decl := range file.Decls {
		fd, isFunc := decl.(*ast.FuncDecl)
		if !isFunc || fd.Name == nil || fd.Name.Name == "_" || !fd.Name.Pos().IsValid() {
			continue
		}
		start := fd.Pos()
		if fd.Doc != nil {
			start = fd.Doc.Pos()
		}
		f := Func{
			Name:      fd.Name.Name,
			Parent:    receiverType(fd.Recv),
			Start:     offset(start),
			End:       offset(fd.End()),
			NameStart: offset(fd.Name.Pos()),
			NameEnd:   offset(fd.Name.End()),
		}
		if f.NameEnd <= f.NameStart || f.Start > f.NameStart || f.End < f.NameEnd {
			continue
		}
		funcs = append(funcs, f)
	}
	return funcs, true
}

// receiverType returns "Server" for the receivers (s *Server),
// (Server) and (l *List[T]), or "" for functions.
func receiverType(recv *ast.FieldList) string {
	if recv == nil || len(recv.List) == 0 {
		return ""
	}
	t := recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
