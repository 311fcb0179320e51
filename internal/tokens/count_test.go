package tokens

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Reference encodings published by OpenAI (tiktoken's README and cookbook),
// independent of this package.
func TestEncodersMatchPublishedTokenIDs(t *testing.T) {
	tests := []struct {
		enc  Encoding
		text string
		want []int
	}{
		{Cl100kBase, "hello world", []int{15339, 1917}},
		{Cl100kBase, "tiktoken is great!", []int{83, 1609, 5963, 374, 2294, 0}},
		{O200kBase, "hello world", []int{24912, 2375}},
	}
	for _, tt := range tests {
		tk, err := get(tt.enc)
		if err != nil {
			t.Fatalf("%s: %v", tt.enc, err)
		}
		if got := tk.EncodeOrdinary(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s %q = %v, want %v", tt.enc, tt.text, got, tt.want)
		}
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		model, text string
		want        int
	}{
		{"gpt-4", "", 0},
		{"gpt-4", "tiktoken is great!", 6},
		{"gpt-4o", "tiktoken is great!", 6},
		{"local-llama", "hello world", 2},
		// Special-token text counts as ordinary characters, not as one token.
		{"gpt-4", "<|endoftext|>", 7},
		// The encodings differ on TLA+'s Unicode symbols.
		{"gpt-4", "≜ ∧ ⟨⟩", 5},
		{"gpt-4o", "≜ ∧ ⟨⟩", 10},
	}
	for _, tt := range tests {
		if got := Count(tt.model, tt.text); got != tt.want {
			t.Errorf("Count(%q, %q) = %d, want %d", tt.model, tt.text, got, tt.want)
		}
	}
}

func TestCountUnknownEncodingFallsBackToCl100k(t *testing.T) {
	got, err := CountEncoding("no-such-encoding", "tiktoken is great!")
	if err != nil || got != 6 {
		t.Errorf("CountEncoding(unknown) = %d, %v; want 6, nil", got, err)
	}
}

func TestCountIsSafeConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			model := "gpt-4"
			if i%2 == 0 {
				model = "gpt-4o"
			}
			if n := Count(model, "hello world"); n != 2 {
				t.Errorf("Count(%s) = %d, want 2", model, n)
			}
		}()
	}
	wg.Wait()
}

func TestEstimateOverCountsSourceCode(t *testing.T) {
	src := strings.Repeat("func (s *Server) handle(ctx context.Context, req *Request) error {\n\treturn nil\n}\n", 20)
	if est, real := Estimate(src), Count("gpt-4", src); est < real {
		t.Errorf("Estimate = %d < Count = %d; a budget built on it would overflow", est, real)
	}
}

const offlineChildEnv = "TOKENS_TEST_OFFLINE_CHILD"

// TestCountWorksWithoutNetwork builds both encoders in a fresh process whose
// proxy points at a closed port and whose tiktoken cache is empty: any
// attempt to download a BPE table would fail there, so a correct count
// proves that the tables come from the binary.
func TestCountWorksWithoutNetwork(t *testing.T) {
	if os.Getenv(offlineChildEnv) != "" {
		t.Skip("running as the child")
	}
	cache := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestOfflineChild$", "-test.v")
	cmd.Env = append(os.Environ(),
		offlineChildEnv+"=1",
		"HTTPS_PROXY=http://127.0.0.1:9",
		"HTTP_PROXY=http://127.0.0.1:9",
		"https_proxy=http://127.0.0.1:9",
		"http_proxy=http://127.0.0.1:9",
		"NO_PROXY=",
		"no_proxy=",
		"TIKTOKEN_CACHE_DIR="+cache,
		"DATA_GYM_CACHE_DIR="+cache,
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestOfflineChild") {
		t.Fatalf("child did not run the offline test:\n%s", out)
	}
	t.Logf("child:\n%s", out)
	entries, _ := os.ReadDir(cache)
	if len(entries) > 0 {
		t.Errorf("tiktoken wrote to its download cache %s: %v", filepath.Base(cache), entries)
	}
}

// TestOfflineChild is the body of TestCountWorksWithoutNetwork.
func TestOfflineChild(t *testing.T) {
	if os.Getenv(offlineChildEnv) == "" {
		t.Skip("only runs as the child of TestCountWorksWithoutNetwork")
	}
	start := time.Now()
	if n, err := CountEncoding(Cl100kBase, "tiktoken is great!"); err != nil || n != 6 {
		t.Errorf("cl100k count = %d, %v; want 6, nil", n, err)
	}
	t.Logf("first cl100k_base count took %s", time.Since(start))
	start = time.Now()
	if n, err := CountEncoding(O200kBase, "hello world"); err != nil || n != 2 {
		t.Errorf("o200k count = %d, %v; want 2, nil", n, err)
	}
	t.Logf("first o200k_base count took %s", time.Since(start))
}

func BenchmarkBuildEncoder(b *testing.B) {
	// Measures building an encoder. tiktoken-go keeps the decoded table
	// after the first build, so this is the cost of every build but the
	// first; TestOfflineChild logs the first one.
	for b.Loop() {
		e := &encoder{}
		e.once.Do(func() {
			installOfflineLoader()
			e.tk, e.err = newTiktoken(Cl100kBase)
		})
		if e.err != nil {
			b.Fatal(e.err)
		}
	}
}

func BenchmarkCount(b *testing.B) {
	src, err := os.ReadFile("count.go")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(src), 10)
	for _, model := range []string{"gpt-4", "gpt-4o"} {
		b.Run(model, func(b *testing.B) {
			Count(model, "warm up")
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Count(model, text)
			}
		})
	}
}

func TestPrepare(t *testing.T) {
	for _, model := range []string{"gpt-4o", "gpt-4", "local"} {
		if err := Prepare(model); err != nil {
			t.Errorf("Prepare(%s): %v", model, err)
		}
		tk, err := get(EncodingFor(model))
		if err != nil || tk == nil {
			t.Errorf("encoder for %s not built: %v", model, err)
		}
	}
}
