package tokens

import "strings"

// Encoding names a tiktoken byte-pair encoding.
type Encoding string

const (
	// O200kBase is the encoding of gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and the
	// o-series reasoning models.
	O200kBase Encoding = "o200k_base"
	// Cl100kBase is the encoding of gpt-4 and gpt-3.5-turbo, and the
	// approximation used for every model this package does not know.
	Cl100kBase Encoding = "cl100k_base"
)

// o200kPrefixes are model-name prefixes of the o200k_base family. Each is
// matched either as the whole name or followed by '-' or '.', so that
// "o1-mini" and "gpt-4o-2024-05-13" match but "o100" does not.
var o200kPrefixes = []string{"gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "chatgpt-4o", "o1", "o3", "o4"}

// EncodingFor returns the encoding used to count tokens for model.
//
// The name is matched case-insensitively, after dropping any provider
// prefix ending in '/' ("openai/gpt-4o", "azure/gpt-4"). gpt-4o, gpt-4.1,
// gpt-4.5, gpt-5 and o1/o3/o4 models use o200k_base; gpt-4 and
// gpt-3.5 use cl100k_base; anything else (llama, qwen, claude, an empty
// name) is approximated with cl100k_base.
func EncodingFor(model string) Encoding {
	name := strings.ToLower(strings.TrimSpace(model))
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	for _, p := range o200kPrefixes {
		if hasFamilyPrefix(name, p) {
			return O200kBase
		}
	}
	return Cl100kBase
}

// hasFamilyPrefix reports whether name is prefix, or starts with prefix
// followed by a separator, so that a version suffix is allowed but a longer
// name is not mistaken for a family member.
func hasFamilyPrefix(name, prefix string) bool {
	if !strings.HasPrefix(name, prefix) {
		return false
	}
	if len(name) == len(prefix) {
		return true
	}
	switch name[len(prefix)] {
	case '-', '.', ':', '_':
		return true
	}
	return false
}
