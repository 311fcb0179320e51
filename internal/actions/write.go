package actions

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// StateDirName is the folder, beside generated specs, where tla-gen-lsp
// keeps what it needs to avoid overwriting user edits.
const StateDirName = ".tla-gen"

// ErrSpecEdited is returned (wrapped in a *SpecEditedError) when a spec
// would overwrite a file the user edited.
var ErrSpecEdited = errors.New("spec was edited by the user")

// SpecEditedError says that <Module>.tla was not overwritten and where the
// new text went instead.
type SpecEditedError struct {
	Path       string // the user's spec, left alone
	SavedAside string // where the new text was saved
}

func (e *SpecEditedError) Error() string {
	return fmt.Sprintf("%s was changed since tla-gen-lsp last wrote it, so it was not overwritten; "+
		"the new spec was saved to %s. Generate again with force (-force) to replace it (the old file is backed up first)",
		e.Path, e.SavedAside)
}

func (e *SpecEditedError) Is(target error) bool { return target == ErrSpecEdited }

// writeOptions are the inputs of writeSpec.
type writeOptions struct {
	Dir     string
	Module  string
	Ext     string // ".tla" when ""; ".cfg" for a model configuration
	Text    []byte
	Force   bool
	Writer  Writer       // nil: atomic write to disk
	Overlay sany.Overlay // unsaved editor text of the spec counts as its content
	Now     func() time.Time
}

// writeResult says what writeSpec did.
type writeResult struct {
	Path     string
	BackedUp string // where the previous file was copied, if it was
}

// writeSpec writes <Dir>/<Module>.tla without clobbering user edits.
//
// Policy: after each write, the SHA-256 of the text is recorded in
// <Dir>/.tla-gen/<Module>/last-generated.sha256. The spec is overwritten
// only if it does not exist, already holds exactly the new text, or still
// holds exactly what was last generated. Otherwise the user (or another
// tool) has changed it: without Force the new text is saved to
// <Dir>/.tla-gen/<Module>/<Module>.tla and a *SpecEditedError is returned;
// with Force the old file is first copied to
// <Dir>/.tla-gen/<Module>/backup-<timestamp>.tla. Unsaved editor text
// (the Overlay) counts as the file's content, so an applyEdit never
// replaces unsaved work either.
func writeSpec(ctx context.Context, o writeOptions) (writeResult, error) {
	ext := o.Ext
	if ext == "" {
		ext = ".tla"
	}
	path := filepath.Join(o.Dir, o.Module+ext)
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	stateDir := filepath.Join(filepath.Dir(path), StateDirName, o.Module)
	hashFile := lastGeneratedHashFile(stateDir, ext)
	res := writeResult{Path: path}

	existing, exists, err := currentText(path, o.Overlay)
	if err != nil {
		return res, err
	}
	if exists && !bytes.Equal(existing, o.Text) && !matchesRecordedHash(hashFile, existing) {
		if !o.Force {
			aside := filepath.Join(stateDir, o.Module+ext)
			if err := writeFileAtomic(aside, o.Text); err != nil {
				return res, fmt.Errorf("%s was changed since tla-gen-lsp last wrote it and the new spec could not be saved aside: %w", path, err)
			}
			return res, &SpecEditedError{Path: path, SavedAside: aside}
		}
		backup, err := backupPathNamed(stateDir, o.Now, ext)
		if err != nil {
			return res, err
		}
		if err := writeFileAtomic(backup, existing); err != nil {
			return res, fmt.Errorf("cannot back up %s before overwriting it: %w", path, err)
		}
		res.BackedUp = backup
	}
	if o.Writer != nil {
		err = o.Writer.WriteFile(ctx, path, o.Text)
	} else {
		err = writeFileAtomic(path, o.Text)
	}
	if err != nil {
		return res, fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := writeFileAtomic(hashFile, []byte(textHash(o.Text)+"\n")); err != nil {
		return res, fmt.Errorf("wrote %s but cannot record its hash: %w", path, err)
	}
	return res, nil
}

// lastGeneratedHashFile records the hash of what was last written: one
// file for the spec, one per other kind of generated file.
func lastGeneratedHashFile(stateDir, ext string) string {
	if ext == ".tla" {
		return filepath.Join(stateDir, "last-generated.sha256")
	}
	return filepath.Join(stateDir, "last-generated"+ext+".sha256")
}

// generatedUnchanged reports whether the file at path (its editor text
// when open) still holds what tla-gen-lsp last wrote there, so that it may
// be replaced without asking. A missing file counts as unchanged.
func generatedUnchanged(path string, overlay sany.Overlay) (bool, error) {
	text, exists, err := currentText(path, overlay)
	if err != nil || !exists {
		return !exists, err
	}
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	stateDir := filepath.Join(filepath.Dir(path), StateDirName, strings.TrimSuffix(base, ext))
	return matchesRecordedHash(lastGeneratedHashFile(stateDir, ext), text), nil
}

// currentText is the spec's content: the editor's unsaved text, else disk.
func currentText(path string, overlay sany.Overlay) ([]byte, bool, error) {
	if text, ok := overlay[filepath.Clean(path)]; ok {
		return text, true, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("cannot read the existing %s: %w", path, err)
	}
	return data, true, nil
}

func textHash(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:])
}

// matchesRecordedHash reports whether text is what was last generated.
func matchesRecordedHash(hashFile string, text []byte) bool {
	data, err := os.ReadFile(hashFile)
	if err != nil {
		return false
	}
	return strings.TrimSpace(string(data)) == textHash(text)
}

// backupPathNamed names a backup file ending in suffix that does not
// exist yet.
func backupPathNamed(stateDir string, now func() time.Time, suffix string) (string, error) {
	if now == nil {
		now = time.Now
	}
	stamp := now().UTC().Format("20060102T150405Z")
	for i := 0; i < 1000; i++ {
		name := "backup-" + stamp + suffix
		if i > 0 {
			name = fmt.Sprintf("backup-%s-%d%s", stamp, i, suffix)
		}
		p := filepath.Join(stateDir, name)
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
	}
	return "", fmt.Errorf("cannot find a free backup name in %s", stateDir)
}

// writeFileAtomic writes data to path through a temporary file in the same
// folder, synced and then renamed, so that readers see the old or the new
// file and never half of one.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := os.Chmod(tmpName, mode); err != nil {
		return err
	}
	if err := os.Rename(tmpName, path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable; not all systems support it
		d.Close()
	}
	return nil
}
