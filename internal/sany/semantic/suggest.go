package semantic

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
)

// suggest returns a hint for an unknown name: the standard module that
// defines it, or a close name in scope.
func suggest(name string, sc *scope) string {
	if m := op.Home(name); m != "" {
		return "It is defined in the standard module " + m + ": add " + m + " to EXTENDS."
	}
	best, bestDist := "", 3
	for s := sc; s != nil; s = s.parent {
		for cand := range s.names {
			if d := editDistance(strings.ToLower(name), strings.ToLower(cand)); d < bestDist ||
				(d == bestDist && best != "" && cand < best) {
				if d == 0 && cand == name {
					continue
				}
				best, bestDist = cand, d
			}
		}
	}
	if best == "" || bestDist > len(name)/3+1 {
		return ""
	}
	return "Did you mean `" + best + "'?"
}

// editDistance is the Levenshtein distance of a and b.
func editDistance(a, b string) int {
	if a == b {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
