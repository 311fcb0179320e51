// Package vscode_test checks the VS Code extension's static parts: the
// TextMate grammar and language configuration (with the grammar engine
// VS Code uses, through node), and the per-platform packages, each of
// which must hold a server built for its platform.
//
// The tools are the extension's npm dependencies (scripts/editors/
// install-deps.sh installs them); without them the tests skip, unless
// TLA_GEN_REQUIRE_EDITORS=1 (CI), where they fail.
package vscode_test

import (
	"archive/zip"
	"bytes"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// requireTool ends the test when a tool is missing: a skip, or a failure
// under TLA_GEN_REQUIRE_EDITORS=1.
func requireTool(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("TLA_GEN_REQUIRE_EDITORS") == "1" {
		t.Fatalf("%s is missing and TLA_GEN_REQUIRE_EDITORS=1: run scripts/editors/install-deps.sh", what)
	}
	t.Skipf("%s is missing: run scripts/editors/install-deps.sh (TLA_GEN_REQUIRE_EDITORS=1 makes this a failure)", what)
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestGrammarAndLanguageConfiguration runs test/grammar.test.js: the
// grammar over a fixture module and the TLA+ Examples, scopes asserted.
func TestGrammarAndLanguageConfiguration(t *testing.T) {
	node, err := exec.LookPath("node")
	requireTool(t, err == nil, "node")
	requireTool(t, exists(filepath.Join("node_modules", "vscode-textmate")), "editors/vscode/node_modules (vscode-textmate)")
	out, err := exec.Command(node, "--test", "test/").CombinedOutput()
	if err != nil {
		t.Fatalf("node --test test/: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("# fail 0")) || bytes.Contains(out, []byte("\n# pass 0")) {
		t.Fatalf("node --test test/ passed nothing:\n%s", out)
	}
}

// platform is a package target and the machine its server must be for.
type platform struct {
	target string
	check  func(io.ReaderAt) (string, error) // describes the binary or says why it is wrong
}

var platforms = []platform{
	{"linux-x64", elfFor(elf.EM_X86_64)},
	{"linux-arm64", elfFor(elf.EM_AARCH64)},
	{"darwin-x64", machoFor(macho.CpuAmd64)},
	{"darwin-arm64", machoFor(macho.CpuArm64)},
	{"win32-x64", peFor(pe.IMAGE_FILE_MACHINE_AMD64)},
}

func elfFor(machine elf.Machine) func(io.ReaderAt) (string, error) {
	return func(r io.ReaderAt) (string, error) {
		f, err := elf.NewFile(r)
		if err != nil {
			return "", fmt.Errorf("not an ELF file: %v", err)
		}
		if f.Class != elf.ELFCLASS64 || f.Machine != machine || f.Type != elf.ET_EXEC {
			return "", fmt.Errorf("ELF %v %v %v, want a 64-bit %v executable", f.Class, f.Machine, f.Type, machine)
		}
		return fmt.Sprintf("ELF %v %v", f.Class, f.Machine), nil
	}
}

func machoFor(cpu macho.Cpu) func(io.ReaderAt) (string, error) {
	return func(r io.ReaderAt) (string, error) {
		f, err := macho.NewFile(r)
		if err != nil {
			return "", fmt.Errorf("not a Mach-O file: %v", err)
		}
		if f.Cpu != cpu || f.Type != macho.TypeExec {
			return "", fmt.Errorf("Mach-O %v %v, want a %v executable", f.Cpu, f.Type, cpu)
		}
		return fmt.Sprintf("Mach-O %v", f.Cpu), nil
	}
}

func peFor(machine uint16) func(io.ReaderAt) (string, error) {
	return func(r io.ReaderAt) (string, error) {
		f, err := pe.NewFile(r)
		if err != nil {
			return "", fmt.Errorf("not a PE file: %v", err)
		}
		if f.Machine != machine || f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 {
			return "", fmt.Errorf("PE machine %#x characteristics %#x, want an executable for %#x", f.Machine, f.Characteristics, machine)
		}
		return fmt.Sprintf("PE machine %#x", f.Machine), nil
	}
}

// TestPlatformPackagesHoldTheirPlatformsServer builds the five platform
// packages (scripts/editors/package-vscode.sh --all; TLA_GEN_VSIX_DIR
// names a folder of them already built) and checks that each .vsix holds
// exactly one server, at the path the extension looks in, built for its
// platform as its file header says, and says its target in its manifest.
func TestPlatformPackagesHoldTheirPlatformsServer(t *testing.T) {
	dir := os.Getenv("TLA_GEN_VSIX_DIR")
	if dir == "" {
		requireTool(t, exists(filepath.Join("node_modules", ".bin", "vsce")), "editors/vscode/node_modules (vsce)")
		dir = t.TempDir()
		out, err := exec.Command(filepath.Join("..", "..", "scripts", "editors", "package-vscode.sh"), "--all", dir).CombinedOutput()
		if err != nil {
			t.Fatalf("package-vscode.sh --all: %v\n%s", err, out)
		}
	}
	for _, p := range platforms {
		t.Run(p.target, func(t *testing.T) {
			path := filepath.Join(dir, "tla-gen-lsp-"+p.target+".vsix")
			zr, err := zip.OpenReader(path)
			if err != nil {
				t.Fatal(err)
			}
			defer zr.Close()
			exe := ""
			if strings.HasPrefix(p.target, "win32-") {
				exe = ".exe"
			}
			want := "extension/server/" + p.target + "/tla-gen-lsp" + exe
			var servers []string
			var server []byte
			var manifest, pkg string
			for _, f := range zr.File {
				switch {
				case strings.HasPrefix(f.Name, "extension/server/") && !strings.HasSuffix(f.Name, "/"):
					servers = append(servers, f.Name)
					if f.Name == want {
						server = read(t, f)
					}
				case f.Name == "extension.vsixmanifest":
					manifest = string(read(t, f))
				case f.Name == "extension/package.json":
					pkg = string(read(t, f))
				}
			}
			if len(servers) != 1 || server == nil {
				t.Fatalf("servers in the package: %v, want only %s", servers, want)
			}
			desc, err := p.check(bytes.NewReader(server))
			if err != nil {
				t.Fatalf("%s: %v", want, err)
			}
			t.Logf("%s: %s, %d bytes", want, desc, len(server))
			if !strings.Contains(manifest, `TargetPlatform="`+p.target+`"`) {
				t.Errorf("extension.vsixmanifest does not name target %s:\n%s", p.target, manifest)
			}
			if !strings.Contains(pkg, `"grammars"`) || !hasEntry(zr, "extension/syntaxes/tlaplus.tmLanguage.json") || !hasEntry(zr, "extension/out/extension.js") {
				t.Errorf("the package lacks the grammar or the extension's code")
			}
			if p.target == hostTarget() {
				runServer(t, server, exe)
			}
		})
	}
}

// runServer runs the host's server from its package: it must start.
func runServer(t *testing.T, server []byte, exe string) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "tla-gen-lsp"+exe)
	if err := os.WriteFile(bin, server, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "tla-gen-lsp ") {
		t.Errorf("the packaged server: %v %s", err, out)
	}
}

func hostTarget() string {
	arch := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	goos := runtime.GOOS
	if goos == "windows" {
		goos = "win32"
	}
	return goos + "-" + arch
}

func hasEntry(zr *zip.ReadCloser, name string) bool {
	for _, f := range zr.File {
		if f.Name == name {
			return true
		}
	}
	return false
}

func read(t *testing.T, f *zip.File) []byte {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
