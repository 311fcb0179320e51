package tla2tools

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// DefaultTimeout bounds one SANY run when Options.Timeout is 0. SANY takes
// about half a second on a small spec and a few seconds on a large one.
const DefaultTimeout = 2 * time.Minute

// Options says how to run SANY.
type Options struct {
	// Java is the java executable, a path or a name looked up on PATH;
	// "" means "java".
	Java string
	// Jar is tla2tools.jar (any class path holding tla2sany.SANY will do).
	Jar string
	// SearchPaths are folders searched for modules after the checked
	// file's own folder (SANY's -DTLA-Library).
	SearchPaths []string
	// Timeout bounds the run; 0 means DefaultTimeout.
	Timeout time.Duration
}

// Errors for trouble outside the spec. Check wraps them with details.
var (
	ErrJavaNotFound = errors.New("tla2tools backend needs Java: install a JRE or set tlaGen.javaPath")
	ErrJarNotSet    = errors.New("tla2tools backend needs tla2tools.jar: set tlaGen.tla2toolsJar (CLI: -jar)")
	ErrJarNotFound  = errors.New("tla2tools.jar not found")
	ErrTimeout      = errors.New("SANY (tla2tools) did not finish in time")
)

// stderrExcerptLimit bounds how much of SANY's standard error a crash
// diagnostic quotes.
const stderrExcerptLimit = 2000

// Check runs real SANY on the saved file at path, as
//
//	java -DTLA-Library=<search paths joined by the list separator> -cp <jar> tla2sany.SANY -error-codes <file name>
//
// in the file's folder, and returns what it reports as diagnostics with the
// fields the native checker fills (kind, module, file, byte range, code,
// message), in SANY's order. SANY reads files, so unsaved editor buffers
// are not seen.
//
// The error result is reserved for trouble outside the spec: Java or the
// jar missing, the file unreadable, the time limit reached, ctx
// cancelled. A SANY crash is a diagnostic without location.
func Check(ctx context.Context, opts Options, path string) ([]sany.Diagnostic, error) {
	java, err := findJava(opts.Java)
	if err != nil {
		return nil, err
	}
	jar, err := findJar(opts.Jar)
	if err != nil {
		return nil, err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	searchPaths := make([]string, 0, len(opts.SearchPaths))
	for _, p := range opts.SearchPaths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		searchPaths = append(searchPaths, p)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	run, err := runSANY(ctx, java, commandArgs(jar, searchPaths, filepath.Base(path)), filepath.Dir(path), timeout)
	if err != nil {
		return nil, err
	}
	return diagnosticsOf(run, path, searchPaths), nil
}

// commandArgs are java's arguments, exactly as the SANY corpus was produced.
func commandArgs(jar string, searchPaths []string, fileName string) []string {
	var args []string
	if len(searchPaths) > 0 {
		args = append(args, "-DTLA-Library="+strings.Join(searchPaths, string(os.PathListSeparator)))
	}
	return append(args, "-cp", jar, "tla2sany.SANY", "-error-codes", fileName)
}

// findJava returns the java executable to run.
func findJava(java string) (string, error) {
	if java == "" {
		java = "java"
	}
	found, err := exec.LookPath(java)
	if err != nil {
		return "", fmt.Errorf("%w (%s: %v)", ErrJavaNotFound, java, err)
	}
	// SANY runs in the checked file's folder: a relative path would not
	// find java there.
	if abs, err := filepath.Abs(found); err == nil {
		found = abs
	}
	return found, nil
}

// findJar checks that the jar exists and makes its path absolute.
func findJar(jar string) (string, error) {
	if jar == "" {
		return "", ErrJarNotSet
	}
	if abs, err := filepath.Abs(jar); err == nil {
		jar = abs
	}
	if _, err := os.Stat(jar); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("%w: %s", ErrJarNotFound, jar)
		}
		return "", fmt.Errorf("tla2tools.jar: %w", err)
	}
	return jar, nil
}

// sanyRun is what one SANY process printed.
type sanyRun struct {
	stdout, stderr string
	exitCode       int
}

// runSANY runs java in dir and waits for it, killing its whole process
// group when ctx ends or the timeout passes.
func runSANY(ctx context.Context, java string, args []string, dir string, timeout time.Duration) (sanyRun, error) {
	runCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(runCtx, java, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	killProcessGroupOnCancel(cmd)
	// Output pipes may be held open by grandchildren; don't wait for them
	// long after the process group was killed.
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if ctxErr := ctx.Err(); ctxErr != nil {
		return sanyRun{}, ctxErr
	}
	if runCtx.Err() != nil {
		return sanyRun{}, fmt.Errorf("%w (limit %s)", ErrTimeout, timeout)
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return sanyRun{}, fmt.Errorf("running %s: %w", java, err)
	}
	return sanyRun{stdout: stdout.String(), stderr: stderr.String(), exitCode: cmd.ProcessState.ExitCode()}, nil
}

// diagnosticsOf turns one run's output into diagnostics. A failed run
// that reported no error (Java could not load SANY, SANY died) becomes one
// diagnostic without location quoting its standard error.
func diagnosticsOf(run sanyRun, root string, searchPaths []string) []sany.Diagnostic {
	t := parseOutput(run.stdout)
	p := newPlacer(root, searchPaths, t.parsed)
	diags := make([]sany.Diagnostic, 0, len(t.reports))
	for _, r := range t.reports {
		diags = append(diags, p.diagnostic(r))
	}
	if run.exitCode != 0 && !sany.HasErrors(diags) {
		diags = append(diags, sany.Diagnostic{Path: root, Pos: token.NoPos, End: token.NoPos, Severity: sany.SeverityError,
			Kind: sany.KindModule, Message: crashMessage(run)})
	}
	return diags
}

// crashMessage describes a run that failed without reporting an error.
func crashMessage(run sanyRun) string {
	msg := fmt.Sprintf("SANY (tla2tools) failed with exit status %d", run.exitCode)
	excerpt := strings.TrimSpace(run.stderr)
	if excerpt == "" {
		excerpt = strings.TrimSpace(run.stdout)
	}
	if len(excerpt) > stderrExcerptLimit {
		excerpt = strings.ToValidUTF8(excerpt[:stderrExcerptLimit], "") + " …"
	}
	if excerpt != "" {
		msg += ": " + excerpt
	}
	return msg
}
