package srcfuncs

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Languages Find understands, as returned by LanguageOf.
const (
	Go         = "go"
	Rust       = "rust"
	C          = "c"
	CPP        = "cpp"
	Java       = "java"
	CSharp     = "csharp"
	Kotlin     = "kotlin"
	JavaScript = "javascript"
	TypeScript = "typescript"
	Python     = "python"
)

// Func is one function or method definition.
type Func struct {
	Name string // as written, e.g. "handleRequest"; for C++ "Foo::bar" it is "bar"
	// Parent is the class, struct, impl, trait or receiver type the function
	// belongs to, or "" for free functions.
	Parent string
	// Start and End are byte offsets of the whole definition, half-open,
	// from its attached doc comment, attributes or decorators to the end of
	// its body.
	Start, End int
	// NameStart and NameEnd are the byte offsets of Name in the source.
	NameStart, NameEnd int
	Line               int // 1-based line of the name
}

// QualifiedName returns "Parent.Name", or Name for a free function.
func (f Func) QualifiedName() string {
	if f.Parent == "" {
		return f.Name
	}
	return f.Parent + "." + f.Name
}

// extensions maps lower-case file extensions to languages. It is built
// on first use: a process that reads no source file does not pay for it.
var extensions = sync.OnceValue(func() map[string]string {
	return map[string]string{
		".go":  Go,
		".rs":  Rust,
		".c":   C,
		".h":   C,
		".cc":  CPP,
		".cpp": CPP, ".cxx": CPP, ".c++": CPP, ".hpp": CPP, ".hh": CPP, ".hxx": CPP, ".h++": CPP, ".ipp": CPP,
		".java": Java,
		".cs":   CSharp,
		".kt":   Kotlin, ".kts": Kotlin,
		".js": JavaScript, ".jsx": JavaScript, ".mjs": JavaScript, ".cjs": JavaScript,
		".ts": TypeScript, ".tsx": TypeScript, ".mts": TypeScript, ".cts": TypeScript,
		".py": Python, ".pyi": Python, ".pyw": Python,
	}
})

// LanguageOf returns the language of the file at path judged by its
// extension, or "" if Find does not know it. Headers ending in .h are
// taken as C; C++ code in them is still found by the C rules, apart from
// class members.
func LanguageOf(path string) string {
	return extensions()[strings.ToLower(filepath.Ext(path))]
}

// Find returns the function definitions in src, in source order. lang is
// one of the language constants (as LanguageOf returns); Find returns nil
// for other languages. Nested definitions (methods of classes, inner
// functions where a language has them) are returned as well as the outer
// ones.
func Find(lang string, src []byte) []Func {
	var funcs []Func
	switch lang {
	case Go:
		funcs = findGo(src)
	case Python:
		funcs = findPython(src)
	default:
		l, ok := braceLanguages()[lang]
		if !ok {
			return nil
		}
		funcs = findBraces(l, src)
	}
	lines := newLineTable(src)
	for i := range funcs {
		funcs[i].Line = lines.lineOf(funcs[i].NameStart)
	}
	sort.SliceStable(funcs, func(i, j int) bool {
		if funcs[i].Start != funcs[j].Start {
			return funcs[i].Start < funcs[j].Start
		}
		return funcs[i].NameStart < funcs[j].NameStart
	})
	return funcs
}

// lineTable finds 1-based line numbers of byte offsets.
type lineTable []int // offsets of line starts

func newLineTable(src []byte) lineTable {
	t := lineTable{0}
	for i, b := range src {
		if b == '\n' {
			t = append(t, i+1)
		}
	}
	return t
}

func (t lineTable) lineOf(off int) int {
	return sort.SearchInts(t, off+1)
}
