package op

import "sync"

// ByName returns the operator whose canonical name is name, or nil.
func ByName(name string) *Operator { return byName()[name] }

// Canonical returns SANY's canonical name of an operator spelling, so that
// synonyms compare equal: Canonical("/\\") == Canonical("∧") == "\\land".
// A spelling that is no operator's is returned unchanged. Prefix minus
// must be passed as "-." (the parser does this).
func Canonical(spelling string) string {
	if o := bySpelling()[spelling]; o != nil {
		return o.Name
	}
	return spelling
}

// BySpelling returns the operator spelt so, or nil.
func BySpelling(spelling string) *Operator { return bySpelling()[spelling] }

// The indexes are built on first use, not at start: a process that never
// reads TLA+ (or reads no operator) does not pay for them.
var (
	byName = sync.OnceValue(func() map[string]*Operator {
		m := make(map[string]*Operator, len(Table))
		for i := range Table {
			m[Table[i].Name] = &Table[i]
		}
		return m
	})
	bySpelling = sync.OnceValue(func() map[string]*Operator {
		m := make(map[string]*Operator, 2*len(Table))
		for i := range Table {
			for _, s := range Table[i].Spellings {
				m[s] = &Table[i]
			}
		}
		return m
	})
)
