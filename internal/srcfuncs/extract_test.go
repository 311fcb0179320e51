package srcfuncs

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	src, err := os.ReadFile("testdata/lock.go")
	if err != nil {
		t.Fatal(err)
	}
	got, missing := Extract(Go, src, []string{"main", "try_acquire_lock", "Server.release", "NoSuchFunc"})
	want := `// from line 18
// TryAcquireLock grants name to client if it is free.
func (s *Server) TryAcquireLock(name, client string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if h, ok := s.holder[name]; ok && h != client {
		return ErrHeld
	}
	s.holder[name] = client
	return nil
}

// from line 29
func (s Server) release(name string) {
	delete(s.holder, name)
}

// from line 39
func main() {
	s := &Server{holder: map[string]string{}}
	_ = s.TryAcquireLock("a", "b")
}
`
	if got != want {
		t.Errorf("Extract:\n%s\nwant:\n%s", got, want)
	}
	if !slices.Equal(missing, []string{"NoSuchFunc"}) {
		t.Errorf("missing = %v, want [NoSuchFunc]", missing)
	}
}

func TestExtractPythonKeepsIndentAndSkipsNested(t *testing.T) {
	src, err := os.ReadFile("testdata/worker.py")
	if err != nil {
		t.Fatal(err)
	}
	got, missing := Extract(Python, src, []string{"wrap", "submit()", "Pool.busy"})
	if len(missing) != 0 {
		t.Errorf("missing = %v", missing)
	}
	if !strings.HasPrefix(got, "# from line 18\n    @property\n    def busy(self):") {
		t.Errorf("busy not first, with its decorator and indentation:\n%s", got)
	}
	if strings.Count(got, "def wrap():") != 1 {
		t.Errorf("wrap, nested in submit, should appear once:\n%s", got)
	}
	if strings.Count(got, "# from line") != 2 {
		t.Errorf("want two extracts (busy, submit):\n%s", got)
	}
}

func TestExtractAllOverloads(t *testing.T) {
	src := []byte("class A {\n  void f(int x) {}\n  void f(String s) {}\n  void g() {}\n}\n")
	got, missing := Extract(Java, src, []string{"f"})
	if len(missing) != 0 || strings.Count(got, "void f(") != 2 || strings.Contains(got, "void g") {
		t.Errorf("Extract(f) = %q, missing %v; want both overloads only", got, missing)
	}
}
