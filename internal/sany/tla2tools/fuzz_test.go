package tla2tools

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzDiagnosticsOf feeds arbitrary output to the parser and placer: they
// must never panic, and every range they produce must lie in its file.
func FuzzDiagnosticsOf(f *testing.F) {
	f.Add(tabOutput, 4)
	f.Add("***Parse Error***\n\n  Precedence conflict between ops \\in in block line 3, col 9 to line 3, col 99 of module Tab and =.\n\nResidual stack trace follows:\nX starting at line 1, column 1.\n\n\n", 255)
	f.Add("Parsing file /x/Tab.tla\nLexical {error: EOF reached, possibly open comment starting around line 40\n", 255)
	f.Add("Parsing file /tmp/Other.tla (/x/Tab.tla)\nLexical error at line 2, column 1.  Encountered: \"`\" (96), after : \"\"\n\nIn module Other\n\nCould not parse module Other from file Other.tla\n", 255)
	f.Add("Warning treated as error: line 1, col 1 to line 900, col 3 of module Tab\n\nm\n\n\nWarning treated as error: nothing\n", 4)
	f.Add("In module Tab\n\nCircular dependency among .tla files; dependency cycle is:\n\n  A.tla --> B.tla\n*** Errors: 1\n", 255)
	f.Add("java.lang.NullPointerException\ntla2sany.drivers.FrontEndException: java.lang.NullPointerException\n", 255)
	dir := f.TempDir()
	root := filepath.Join(dir, "Tab.tla")
	if err := os.WriteFile(root, []byte(tabModule), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, out string, exitCode int) {
		for _, d := range diagnosticsOf(sanyRun{stdout: out, exitCode: exitCode}, root, nil) {
			if d.File == nil {
				continue
			}
			if d.Pos < 0 || d.End < d.Pos || int(d.End) > d.File.Size() {
				t.Fatalf("range [%d,%d) outside a file of %d bytes: %+v", d.Pos, d.End, d.File.Size(), d)
			}
		}
	})
}
