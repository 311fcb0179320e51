// Command difftest writes the inputs of the differential test of our
// SANY against the real one: mutants of the self-contained modules of the
// SANY corpus's Examples (modules importing only standard modules), one
// mistake or legal variation each, and a list of every golden case
// (mutants and the hand-written specs under specs/) to run the real SANY
// on. SANY's answers, recorded separately, become manifest.jsonl beside
// them; the test in package sany checks our checker against it.
//
// It is deterministic: the same corpus gives the same files.
//
//	go run ./internal/sany/testdata/difftest -corpus ../shared/sany-corpus \
//	    -out internal/sany/testdata/sanygolden -inputs /tmp/inputs.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// perKind is the number of mutants made of each kind; maxSource keeps
// the committed mutants small.
const (
	perKind   = 8
	maxSource = 10000
)

var standardModules = map[string]bool{
	"Naturals": true, "Integers": true, "Reals": true, "Sequences": true, "FiniteSets": true,
	"Bags": true, "TLC": true, "TLCExt": true, "Json": true, "Randomization": true,
	"RealTime": true, "Toolbox": true,
}

type corpusEntry struct {
	Path          string   `json:"path"`
	Origin        string   `json:"origin"`
	Group         string   `json:"group"`
	Verdict       string   `json:"verdict"`
	ModulesParsed []string `json:"modulesParsed"`
}

// input is one line of the list of cases to run SANY on.
type input struct {
	Path        string    `json:"path"` // relative to the golden directory
	Origin      string    `json:"origin"`
	Group       string    `json:"group"`
	LibraryDirs []string  `json:"libraryDirs"`
	Mutation    *mutDescr `json:"mutation"`
}

type mutDescr struct {
	Kind          string `json:"kind"`
	Description   string `json:"description"`
	Source        string `json:"source"`
	MutatedModule string `json:"mutatedModule"`
}

func main() {
	corpus := flag.String("corpus", "../shared/sany-corpus", "SANY corpus directory")
	out := flag.String("out", "internal/sany/testdata/sanygolden", "golden directory")
	inputs := flag.String("inputs", "", "file to write the list of cases to")
	flag.Parse()
	if err := run(*corpus, *out, *inputs); err != nil {
		fmt.Fprintln(os.Stderr, "difftest:", err)
		os.Exit(1)
	}
}

func run(corpus, out, inputsPath string) error {
	sources, err := selfContained(corpus)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(filepath.Join(out, "mutants")); err != nil {
		return err
	}
	var list []input
	for ki, mu := range mutations {
		made := 0
		for i := range sources {
			if made == perKind {
				break
			}
			e := sources[(i+ki*7)%len(sources)]
			text, err := os.ReadFile(filepath.Join(corpus, e.Path))
			if err != nil {
				return err
			}
			stem := strings.TrimSuffix(filepath.Base(e.Path), ".tla")
			m := newModule(stem, string(text))
			r := rand.New(rand.NewSource(seed(mu.kind, e.Path)))
			mutated, desc, ok := mu.apply(m, r)
			if !ok || mutated == m.src {
				continue
			}
			dir := filepath.Join("mutants", mu.kind, e.Group+"_"+stem)
			if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
				return err
			}
			rel := filepath.Join(dir, stem+".tla")
			if err := os.WriteFile(filepath.Join(out, rel), []byte(mutated), 0o644); err != nil {
				return err
			}
			list = append(list, input{Path: rel, Origin: "mutant", Group: e.Group, LibraryDirs: []string{},
				Mutation: &mutDescr{Kind: mu.kind, Description: desc, Source: e.Path, MutatedModule: stem}})
			made++
		}
		if made == 0 {
			fmt.Fprintf(os.Stderr, "difftest: no module offers a place for %s\n", mu.kind)
		}
	}
	// The same mistakes in LLM-shaped specs: the correct hand-written ones.
	for _, mu := range mutations {
		for _, name := range baseSpecs {
			dir := filepath.Join(out, "specs", name)
			text, err := os.ReadFile(filepath.Join(dir, name+".tla"))
			if err != nil {
				return err
			}
			m := newModule(name, string(text))
			r := rand.New(rand.NewSource(seed(mu.kind, name)))
			mutated, desc, ok := mu.apply(m, r)
			if !ok || mutated == m.src {
				continue
			}
			rel := filepath.Join("mutants", mu.kind, "specs_"+name)
			if err := copySiblings(dir, filepath.Join(out, rel), name+".tla"); err != nil {
				return err
			}
			rel = filepath.Join(rel, name+".tla")
			if err := os.WriteFile(filepath.Join(out, rel), []byte(mutated), 0o644); err != nil {
				return err
			}
			list = append(list, input{Path: rel, Origin: "mutant", Group: "specs/" + name, LibraryDirs: []string{},
				Mutation: &mutDescr{Kind: mu.kind, Description: desc, Source: filepath.Join("specs", name, name+".tla"), MutatedModule: name}})
		}
	}
	// Several mistakes in one module, as LLM answers often have: which
	// error comes first is then the question.
	combos, err := combinations(corpus, out, sources)
	if err != nil {
		return err
	}
	list = append(list, combos...)
	specs, err := filepath.Glob(filepath.Join(out, "specs", "*"))
	if err != nil {
		return err
	}
	sort.Strings(specs)
	for _, d := range specs {
		name := filepath.Base(d)
		rel := filepath.Join("specs", name, name+".tla")
		if _, err := os.Stat(filepath.Join(out, rel)); err != nil {
			return fmt.Errorf("spec folder %s has no %s.tla", d, name)
		}
		list = append(list, input{Path: rel, Origin: "handwritten", Group: "specs/" + name, LibraryDirs: []string{}})
	}
	if inputsPath == "" {
		return nil
	}
	f, err := os.Create(inputsPath)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, in := range list {
		if err := enc.Encode(in); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// combinable are the mutation kinds SANY reports in its semantic or
// level phase (or not at all), so that several can be seen in one module.
var combinable = []string{
	"bound_shadows_variable", "bound_shadows_variable_consistently", "constant_redefined", "variable_redefined",
	"duplicate_variable", "len_as_length", "seq_as_sequence", "true_lowercase", "false_lowercase",
	"missing_vars_def", "self_reference_without_recursive", "let_redefines_top", "param_shadows_constant",
	"circ_for_concat", "wf_without_subscript", "temporal_in_assume", "action_in_assume", "box_in_next",
	"temporal_in_action", "unchanged_primed_element", "prime_in_invariant_theorem", "fairness_in_init",
	"enabled_lowercase_fn", "choose_unbounded", "else_if_chain", "tuple_bound", "record_mapsto_as_colon",
	"unicode_in", "setminus_as_minus", "prime_on_constant_op",
}

// combinations applies two or three combinable mutations, one after the
// other, to each corpus source and hand-written base spec.
func combinations(corpus, out string, sources []corpusEntry) ([]input, error) {
	byKind := map[string]mutation{}
	for _, mu := range mutations {
		byKind[mu.kind] = mu
	}
	type base struct{ name, path, source, group, siblings string }
	var bases []base
	for _, e := range sources {
		bases = append(bases, base{strings.TrimSuffix(filepath.Base(e.Path), ".tla"), filepath.Join(corpus, e.Path), e.Path, e.Group, ""})
	}
	for _, name := range baseSpecs {
		dir := filepath.Join(out, "specs", name)
		bases = append(bases, base{name, filepath.Join(dir, name+".tla"), filepath.Join("specs", name, name+".tla"), "specs/" + name, dir})
	}
	var list []input
	for _, b := range bases {
		text, err := os.ReadFile(b.path)
		if err != nil {
			return nil, err
		}
		r := rand.New(rand.NewSource(seed("combination", b.source)))
		want := 2 + r.Intn(2)
		src := string(text)
		var kinds, descs []string
		for _, i := range r.Perm(len(combinable)) {
			if len(kinds) == want {
				break
			}
			m := newModule(b.name, src)
			mutated, desc, ok := byKind[combinable[i]].apply(m, r)
			if !ok || mutated == src {
				continue
			}
			src = mutated
			kinds = append(kinds, combinable[i])
			descs = append(descs, desc)
		}
		if len(kinds) < 2 {
			continue
		}
		dir := filepath.Join("mutants", "combination", strings.ReplaceAll(b.group, "/", "_")+"_"+b.name)
		if b.siblings != "" {
			if err := copySiblings(b.siblings, filepath.Join(out, dir), b.name+".tla"); err != nil {
				return nil, err
			}
		} else if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
			return nil, err
		}
		rel := filepath.Join(dir, b.name+".tla")
		if err := os.WriteFile(filepath.Join(out, rel), []byte(src), 0o644); err != nil {
			return nil, err
		}
		list = append(list, input{Path: rel, Origin: "mutant", Group: b.group, LibraryDirs: []string{},
			Mutation: &mutDescr{Kind: "combination", Description: strings.Join(kinds, " + ") + ": " + strings.Join(descs, "; "),
				Source: b.source, MutatedModule: b.name}})
	}
	return list, nil
}

// baseSpecs are the hand-written specs (under specs/) that real SANY
// accepts; they are mutated like the corpus modules.
var baseSpecs = []string{"KvStore", "HigherOrder", "Relay", "ProofSteps", "MutexCorrect", "TwoPhaseCorrect", "RaftLite", "HoParamLevelOk"}

// copySiblings creates dir to and copies into it the .tla files of from
// other than skip: the modules a mutated spec imports.
func copySiblings(from, to, skip string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(from, "*.tla"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if filepath.Base(f) == skip {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, filepath.Base(f)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// selfContained returns the corpus's passing Examples modules that import
// only standard modules and are at most maxSource bytes, sorted by path.
func selfContained(corpus string) ([]corpusEntry, error) {
	f, err := os.Open(filepath.Join(corpus, "manifest.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []corpusEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var e corpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, err
		}
		if e.Origin != "examples" || e.Verdict != "ok" || len(e.ModulesParsed) == 0 {
			continue
		}
		ok := true
		for _, p := range e.ModulesParsed[1:] {
			if !standardModules[strings.TrimSuffix(filepath.Base(p), ".tla")] {
				ok = false
			}
		}
		if st, err := os.Stat(filepath.Join(corpus, e.Path)); err != nil || st.Size() > maxSource {
			ok = false
		}
		if ok {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, sc.Err()
}

func seed(kind, path string) int64 {
	h := fnv.New64a()
	h.Write([]byte(kind + "\x00" + path))
	return int64(h.Sum64())
}
