package pluscal

import "strings"

// Divergence says which parts of a PlusCal translation were edited since
// the translator recorded their checksums.
type Divergence int

const (
	// Unchanged: the recomputed checksums match the recorded ones, or
	// there was nothing to compare.
	Unchanged Divergence = iota
	// TranslationChanged: the TLA+ translation was edited (SANY's
	// PLUSCAL_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION).
	TranslationChanged
	// AlgorithmChanged: the algorithm was edited (SANY's
	// PLUSCAL_ALGORITHM_CHANGED_SINCE_LAST_TRANSLATION).
	AlgorithmChanged
	// BothChanged: both were edited (SANY's
	// PLUSCAL_ALGORITHM_AND_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION).
	BothChanged
)

func (d Divergence) String() string {
	switch d {
	case TranslationChanged:
		return "translation changed"
	case AlgorithmChanged:
		return "algorithm changed"
	case BothChanged:
		return "algorithm and translation changed"
	default:
		return "unchanged"
	}
}

// Report is what Validate found.
type Report struct {
	Divergence Divergence
	// Compared is true when the module has an algorithm, a translation
	// and at least one recorded checksum, so that something was compared.
	Compared bool
	// AlgorithmVerified is true when the algorithm's recorded checksum was
	// recomputed. It is false for a plain "--algorithm", whose checksum
	// covers the translator's syntax tree (see the package comment); then
	// Divergence takes the algorithm as unchanged.
	AlgorithmVerified bool
}

// Markers the translator writes and looks for.
const (
	algorithmWord      = "algorithm"
	beginAlgorithm     = "--algorithm"
	beginFairAlgorithm = "--fair"
	translationWord    = "TRANSLATION"
	beginWord          = "BEGIN"
	endWord            = "END"
)

// Validate compares the checksums recorded in the BEGIN TRANSLATION line
// of one module with the ones recomputed from its text. firstLine and
// lastLine (1-based, inclusive) are the lines of the module, from its
// header to its closing "====" line: like SANY, Validate ignores the text
// around the module.
func Validate(text []byte, firstLine, lastLine int) Report {
	lines := moduleLines(splitLines(text), firstLine, lastLine)
	// SANY's cheap pre-check: the word "algorithm" somewhere after the
	// first column of a line.
	seen := false
	for _, line := range lines {
		if strings.Index(line, algorithmWord) > 0 {
			seen = true
			break
		}
	}
	if !seen {
		return Report{}
	}
	detabbed := make([]string, len(lines))
	for i, line := range lines {
		detabbed[i] = detab(line)
	}

	found, fair := findAlgorithm(detabbed)
	begin := findTokenPair(detabbed, 0, beginWord, translationWord)
	end := findTokenPair(detabbed, begin+1, endWord, translationWord)
	// Without an algorithm nothing is compared. Without a BEGIN
	// TRANSLATION line but with an END one, SANY's check fails
	// internally and reports nothing either.
	if !found || begin < 0 {
		return Report{}
	}
	recorded, ok := parseChecksums(detabbed[begin])
	if !ok {
		return Report{}
	}

	r := Report{Compared: true}
	algorithmChanged, translationChanged := false, false
	if recorded.algorithm != nil && fair {
		r.AlgorithmVerified = true
		algorithmChanged = *recorded.algorithm != fairChecksum()
	}
	if recorded.translation != nil {
		if end < 0 {
			// SANY's check fails internally (no end to the translation)
			// and reports nothing.
			return Report{}
		}
		// The translation is hashed as written, tabs included.
		translationChanged = *recorded.translation != checksum(lines[begin+1:end])
	}
	switch {
	case algorithmChanged && translationChanged:
		r.Divergence = BothChanged
	case translationChanged:
		r.Divergence = TranslationChanged
	case algorithmChanged:
		r.Divergence = AlgorithmChanged
	}
	return r
}

// moduleLines returns lines firstLine to lastLine (1-based, inclusive),
// clamped to the lines there are.
func moduleLines(lines []string, firstLine, lastLine int) []string {
	from := max(firstLine-1, 0)
	to := min(lastLine, len(lines))
	if from >= to {
		return nil
	}
	return lines[from:to]
}

// findAlgorithm finds the first line holding "--algorithm" or, failing
// that on the line, "--fair"; fair reports the latter.
func findAlgorithm(lines []string) (found, fair bool) {
	for _, line := range lines {
		if strings.Contains(line, beginAlgorithm) {
			return true, false
		}
		if strings.Contains(line, beginFairAlgorithm) {
			return true, true
		}
	}
	return false, false
}
