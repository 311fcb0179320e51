package pluscal

import (
	"hash/crc32"
	"strconv"
	"strings"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
)

// checksum is the translator's checksum of lines: the CRC-32 (IEEE) of
// their UTF-8 bytes joined without line ends, in lower-case hexadecimal
// without leading zeros.
func checksum(lines []string) string {
	return strconv.FormatUint(uint64(crc32.ChecksumIEEE([]byte(strings.Join(lines, "")))), 16)
}

// fairChecksum is the recorded checksum of every "--fair algorithm": the
// translator hashes the word "fair" instead of the algorithm (its
// expression `fair ? "fair" : "" + ast` binds the concatenation to the
// second branch only), and SANY's check repeats the slip.
var fairChecksum = sync.OnceValue(func() string { return checksum([]string{"fair"}) })

// javaSpace is Java's regular-expression \s, which, unlike Go's, matches
// a vertical tab.
const javaSpace = `[ \t\n\x0B\f\r]`

// checksumHeader matches the checksums of a "\* BEGIN TRANSLATION" line:
// either a quoted hexadecimal value or "\in STRING" (checking turned
// off) for each of the algorithm and the translation. The names are
// case-insensitive and may be spelled checksum(pluscal) and chksum(tla+).
var checksumHeader = lazy.Regexp(strings.ReplaceAll(
	`\\\* BEGIN TRANSLATION\s+\(\s*(?i:ch(?:ec)?ksum\(p(?:lus)?cal\))\s*(?:=\s*"(?P<pcal>[0-9A-Fa-f]*)"|\\in\s*STRING)`+
		`\s*/\\\s*(?i:ch(?:ec)?ksum\(tla\+?\))\s*(?:=\s*"(?P<tla>[0-9A-Fa-f]*)"|\\in\s*STRING)\s*\)`,
	`\s`, javaSpace))

// recordedChecksums are the checksums of a BEGIN TRANSLATION line; a nil
// field was not recorded ("\in STRING") and is not checked.
type recordedChecksums struct {
	algorithm, translation *string
}

// parseChecksums reads the recorded checksums of line; ok is false when
// the line records none.
func parseChecksums(line string) (recordedChecksums, bool) {
	m := checksumHeader().FindStringSubmatchIndex(line)
	if m == nil {
		return recordedChecksums{}, false
	}
	group := func(name string) *string {
		i := checksumHeader().SubexpIndex(name)
		if m[2*i] < 0 {
			return nil
		}
		s := line[m[2*i]:m[2*i+1]]
		return &s
	}
	return recordedChecksums{algorithm: group("pcal"), translation: group("tla")}, true
}
