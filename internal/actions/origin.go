package actions

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// OriginName is the file, in .tla-gen/<Module>/, that records which source
// and draft a generated spec came from.
const OriginName = "origin.json"

// Origin is the content of origin.json. Paths are relative to the spec's
// folder when they can be (so that a moved project keeps working), and
// Draft is "" when the spec was generated without one.
type Origin struct {
	Source string `json:"source"`
	Draft  string `json:"draft"`
}

// stateDirOf is the .tla-gen/<Module> folder of a spec.
func stateDirOf(specPath string) string {
	base := filepath.Base(specPath)
	return filepath.Join(filepath.Dir(specPath), StateDirName, strings.TrimSuffix(base, filepath.Ext(base)))
}

// writeOrigin records where the spec at specPath came from.
func writeOrigin(specPath, sourcePath, draftPath string) error {
	dir := filepath.Dir(specPath)
	o := Origin{Source: relTo(dir, sourcePath)}
	if draftPath != "" {
		o.Draft = relTo(dir, draftPath)
	}
	data, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(stateDirOf(specPath), OriginName), append(data, '\n'))
}

func relTo(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return abs
}

// ReadOrigin returns the absolute source and draft paths recorded for the
// spec at specPath; ok is false when the spec has no record (it was not
// generated here, or the record is unreadable). draftPath is "" when the
// spec was generated without a draft.
func ReadOrigin(specPath string) (sourcePath, draftPath string, ok bool) {
	if abs, err := filepath.Abs(specPath); err == nil {
		specPath = abs
	}
	data, err := os.ReadFile(filepath.Join(stateDirOf(specPath), OriginName))
	if err != nil {
		return "", "", false
	}
	var o Origin
	if json.Unmarshal(data, &o) != nil || o.Source == "" {
		return "", "", false
	}
	dir := filepath.Dir(specPath)
	resolve := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, filepath.FromSlash(p))
	}
	return resolve(o.Source), resolve(o.Draft), true
}

// CheckConformance returns the draft-conformance diagnostics (Kind
// conformance.KindConformance, to be published with source "tla-gen") of
// text as the content of the spec at specPath. draftPath "" means the
// draft recorded in the spec's origin.json at generation time; a spec
// with no known draft, an unreadable draft, or a module that does not
// parse gets none. It is cheap enough to run on every change.
func CheckConformance(specPath string, text []byte, draftPath string) []sany.Diagnostic {
	if draftPath == "" {
		_, draftPath, _ = ReadOrigin(specPath)
		if draftPath == "" {
			return nil
		}
	}
	data, err := os.ReadFile(draftPath)
	if err != nil {
		return nil
	}
	return conformanceOf(specPath, text, draft.Parse(string(data)))
}

// describeOrigin is a short "from X with draft Y" for messages.
func describeOrigin(sourcePath, draftPath string) string {
	if draftPath == "" {
		return fmt.Sprintf("from %s without a draft", filepath.Base(sourcePath))
	}
	return fmt.Sprintf("from %s and %s", filepath.Base(sourcePath), filepath.Base(draftPath))
}
