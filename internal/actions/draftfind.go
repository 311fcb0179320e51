package actions

import (
	"os"
	"path/filepath"
	"strings"
)

// FindDraft returns the first existing file among names, looked for in the
// source file's folder. In a name, "<file>" stands for the source's file
// name and "<stem>" for that name without its extension (see
// config.DefaultDraftNames).
func FindDraft(sourcePath string, names []string) (path string, ok bool) {
	for _, candidate := range draftCandidates(sourcePath, names) {
		if st, err := os.Stat(candidate); err == nil && st.Mode().IsRegular() {
			return candidate, true
		}
	}
	return "", false
}

// draftCandidates expands the names for sourcePath, in order.
func draftCandidates(sourcePath string, names []string) []string {
	dir, file := filepath.Split(sourcePath)
	stem := strings.TrimSuffix(file, filepath.Ext(file))
	out := make([]string, 0, len(names))
	for _, n := range names {
		n = strings.ReplaceAll(n, "<file>", file)
		n = strings.ReplaceAll(n, "<stem>", stem)
		out = append(out, filepath.Join(dir, n))
	}
	return out
}
