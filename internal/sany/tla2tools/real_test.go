package tla2tools

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// realSANYSuffixes pick corpus entries of different kinds: a clean spec, a
// lexical, a parse and a semantic error, a level error, an error in an
// EXTENDed sibling, a module extracted from a multi-module file, a module
// name mismatch, and the crash on '%'.
var realSANYSuffixes = []string{
	"examples/specifications/DieHard/DieHard.tla",
	"__unclosed_string/MC.tla",
	"__defeq_single_eq/MC.tla",
	"CigaretteSmokers__level_box_action/CigaretteSmokers.tla",
	"__extended_module_semantic_error__CarTalkPuzzle/MC.tla",
	"BufferedRandomAccessFile__bad_except/BufferedRandomAccessFile.tla",
	"GameOfLife__module_name_mismatch/GameOfLife.tla",
	"sums_even__missing_extends_naturals/sums_even.tla",
	"__tab_indentation",
	"__unicode_undefined_identifier",
}

// TestRealSANY runs the real tla2tools.jar named by $TLA2TOOLS_JAR (a jar
// or a folder of SANY's classes) on a few corpus files and compares the
// diagnostics with the manifest.
func TestRealSANY(t *testing.T) {
	jar := os.Getenv("TLA2TOOLS_JAR")
	if jar == "" {
		t.Skip("TLA2TOOLS_JAR not set; skipping the test against real SANY")
	}
	java, err := exec.LookPath("java")
	if err != nil {
		t.Skip("no java on PATH; skipping the test against real SANY")
	}
	root, entries := loadCorpus(t)
	tried := 0
	for _, suffix := range realSANYSuffixes {
		for _, e := range entries {
			if !strings.HasSuffix(e.Path, suffix) && !strings.Contains(e.Path, suffix+"/") {
				continue
			}
			tried++
			path := filepath.Join(root, e.Path)
			var libs []string
			for _, d := range e.LibraryDirs {
				libs = append(libs, filepath.Join(root, d))
			}
			diags, err := Check(context.Background(), Options{Java: java, Jar: jar, SearchPaths: libs}, path)
			if err != nil {
				t.Errorf("%s: %v", e.Path, err)
				continue
			}
			if problems := compareWithManifest(diags, e, path); len(problems) > 0 {
				t.Errorf("%s:\n  %s", e.Path, strings.Join(problems, "\n  "))
			}
			break
		}
	}
	if tried == 0 {
		t.Fatal("none of the chosen corpus entries was found")
	}
	t.Logf("ran real SANY on %d corpus files", tried)
}
