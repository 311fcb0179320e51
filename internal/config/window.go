package config

import "strings"

// contextWindows lists known model families by name prefix, longest
// prefixes first so that "gpt-4o" is not taken for "gpt-4". Figures are
// the providers' published input+output windows.
var contextWindows = []struct {
	prefix string
	tokens int
}{
	{"gpt-4.1", 1047576},
	{"gpt-4o", 128000},
	{"gpt-4-turbo", 128000},
	{"gpt-4-32k", 32768},
	{"gpt-4", 8192},
	{"gpt-3.5-turbo", 16385},
	{"gpt-5", 400000},
	{"chatgpt-4o", 128000},
	{"o1-mini", 128000},
	{"o1", 200000},
	{"o3", 200000},
	{"o4", 200000},
	{"claude", 200000},
	{"gemini", 1048576},
	{"deepseek", 65536},
	{"qwen2.5-coder", 32768},
	{"llama3.1", 131072},
	{"llama3.2", 131072},
	{"llama3.3", 131072},
}

// KnownContextWindow returns the context window, in tokens, of the model
// named model when the table knows its family (matched on a prefix of the
// name, case-insensitively, after any "provider/" prefix and before any
// ":tag"): gpt-4o gives 128000, true. For a name it does not know it
// returns 0, false: nothing is assumed (local servers run the same name
// with windows from 2k to 128k), the endpoint is asked instead.
func KnownContextWindow(model string) (int, bool) {
	name := strings.ToLower(strings.TrimSpace(model))
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	for _, w := range contextWindows {
		if strings.HasPrefix(name, w.prefix) {
			return w.tokens, true
		}
	}
	return 0, false
}
