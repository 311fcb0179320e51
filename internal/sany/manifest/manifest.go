package manifest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Entry is one line of a manifest: one root file and what SANY said of it.
type Entry struct {
	Path              string    `json:"path"`        // root file, relative to the manifest's folder
	Origin            string    `json:"origin"`      // "examples" or "mutant"
	Group             string    `json:"group"`       // split unit (spec directory)
	LibraryDirs       []string  `json:"libraryDirs"` // relative to the manifest's folder, in search order
	Verdict           string    `json:"verdict"`     // "ok" or "error"
	ExitCode          int       `json:"exitCode"`
	Errors            []Error   `json:"errors"` // in SANY's print order
	Warnings          []Error   `json:"warnings"`
	SanyInternalError bool      `json:"sanyInternalError"`
	Mutation          *Mutation `json:"mutation"`      // nil for unmutated files
	ModulesParsed     []string  `json:"modulesParsed"` // in SANY's "Parsing file" order
	WallSeconds       float64   `json:"wallSeconds"`
	RawOutput         string    `json:"rawOutput"` // paths normalised to ${CORPUS}, ${STDLIB}, ${TMPDIR}
	RawStderr         string    `json:"rawStderr"`
}

// Mutation says how a mutant was derived from an Examples file.
type Mutation struct {
	Kind          string `json:"kind"`
	Description   string `json:"description"`
	Source        string `json:"source"`
	MutatedModule string `json:"mutatedModule"`
}

// Error is one error or warning SANY reported. The pointer fields are
// null in the manifest where SANY gave no such thing (no location, no
// end, no code), which is not the same as zero.
type Error struct {
	Kind       string   `json:"kind"` // lexical, parse, semantic, level, other; warning or lint for warnings
	Module     *string  `json:"module"`
	Line       *int     `json:"line"` // 1-based
	Col        *int     `json:"col"`  // 1-based, UTF-16 units, TABs expanded to multiples of 8
	EndLine    *int     `json:"endLine"`
	EndCol     *int     `json:"endCol"` // inclusive
	Message    string   `json:"message"`
	Code       *string  `json:"code"` // SANY's ErrorCode name
	ParseStack []string `json:"parseStack"`
}

// maxLine bounds one manifest line: raw outputs of big specs run to
// megabytes, far past bufio's default 64 KiB.
const maxLine = 64 << 20

// Read reads the manifest at path, one Entry per non-empty line.
func Read(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []Entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), maxLine)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var e Entry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return entries, nil
}
