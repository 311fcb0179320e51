package srcfuncs

import "sync"

// braceLanguages holds the brace-structured languages. It is built once
// and only read.
var braceLanguages = sync.OnceValue(func() map[string]*braceLanguage {
	return map[string]*braceLanguage{
		Rust:       rustLanguage(),
		C:          cFamily(C),
		CPP:        cFamily(CPP),
		Java:       cFamily(Java),
		CSharp:     cFamily(CSharp),
		Kotlin:     kotlinLanguage(),
		JavaScript: jsLanguage(),
		TypeScript: jsLanguage(),
	}
})
