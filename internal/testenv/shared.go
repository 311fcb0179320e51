package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// RequireSharedEnv names the environment variable that, set to 1, turns
// every skip on a missing ../shared into a failure. CI sets it.
const RequireSharedEnv = "TLA_GEN_REQUIRE_SHARED"

// SharedRequired reports whether tests must fail, rather than skip, when
// the shared materials are absent.
func SharedRequired() bool { return os.Getenv(RequireSharedEnv) == "1" }

// SharedPath is ../shared/elem... beside the module root (the folder
// holding go.mod, found upwards from the working directory), and whether
// it exists.
func SharedPath(elem ...string) (string, bool) {
	root, ok := ModuleRoot()
	if !ok {
		return "", false
	}
	p := filepath.Join(append([]string{filepath.Dir(root), "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		return p, false
	}
	return p, true
}

// Shared returns ../shared/elem..., or ends the test when it is absent:
// a skip normally, a failure when TLA_GEN_REQUIRE_SHARED=1.
func Shared(t testing.TB, elem ...string) string {
	t.Helper()
	p, ok := SharedPath(elem...)
	if !ok {
		MissingShared(t, "../shared/"+filepath.ToSlash(filepath.Join(elem...)))
	}
	return p
}

// MissingShared ends the test because what (a shared file or folder) is
// absent: a skip normally, a failure when TLA_GEN_REQUIRE_SHARED=1.
func MissingShared(t testing.TB, what string) {
	t.Helper()
	if SharedRequired() {
		t.Fatalf("%s is absent and %s=1: this test must run", what, RequireSharedEnv)
	}
	t.Skipf("%s is absent; skipping (set %s=1 to make this a failure)", what, RequireSharedEnv)
}

// ModuleRoot is the nearest folder holding go.mod at or above the working
// directory.
func ModuleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
