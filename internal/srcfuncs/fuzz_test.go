package srcfuncs

import (
	"os"
	"path/filepath"
	"testing"
)

var fuzzLanguages = []string{Go, Rust, C, CPP, Java, CSharp, Kotlin, JavaScript, TypeScript, Python}

// FuzzFind runs every language's rules on arbitrary input: Find must not
// panic and every range must lie inside the input.
func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if LanguageOf(p) == "" {
			continue
		}
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"", "{", "}", "((((]]]]", "fn", "def", "def f(:\n", "'", "\"", "`${", "r#\"", "R\"x(",
		"/*", "#define {", "@\"", "$\"{", "fun f() =", "x => {", "operator()", "~", "::f(){",
		"class A { A() : b{1} {", "\"\"\"", "'\\", "'\\x", "'é", "'''", "f() {\n\t\tdef\n", "\xff\xfe{(", "impl for {",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, lang := range fuzzLanguages {
			checkInvariants(t, src, Find(lang, src))
		}
	})
}

// TestFindDeepNesting makes sure nesting far beyond any real program costs
// neither the stack nor quadratic time.
func TestFindDeepNesting(t *testing.T) {
	const n = 200000
	deep := make([]byte, 0, 2*n+20)
	deep = append(deep, "fn f() "...)
	for range n {
		deep = append(deep, '{')
	}
	for range n {
		deep = append(deep, '}')
	}
	for _, lang := range fuzzLanguages {
		checkInvariants(t, deep, Find(lang, deep))
	}
}
