package conformance

import (
	"strings"
	"unicode"
)

// LooseName folds what naming conventions change between a program and
// its spec: case and underscores (become_follower, becomeFollower and
// BecomeFollower all give "becomefollower").
func LooseName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r != '_' {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ActionName reduces a core function as a draft names it to the name an
// action would have: "Server.handle()" and "Server::handle" give "handle".
func ActionName(core string) string {
	s := strings.TrimSpace(core)
	s = strings.Trim(s, "`")
	s = strings.TrimSuffix(s, "()")
	if i := strings.LastIndexAny(s, ".:"); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSpace(s)
}
