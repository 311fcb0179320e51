package stdlib

import (
	"embed"
	"sort"
	"strings"
)

//go:embed modules/*.tla
var modules embed.FS

// Lookup returns the text of the standard module called name.
func Lookup(name string) ([]byte, bool) {
	text, err := modules.ReadFile("modules/" + name + ".tla")
	if err != nil {
		return nil, false
	}
	return text, true
}

// Path returns the pseudo path under which diagnostics name a standard module.
func Path(name string) string { return "<stdlib>/" + name + ".tla" }

// Names lists the embedded standard modules, sorted.
func Names() []string {
	entries, _ := modules.ReadDir("modules")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".tla"))
	}
	sort.Strings(names)
	return names
}
