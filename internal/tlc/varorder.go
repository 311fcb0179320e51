package tlc

import (
	"unicode/utf16"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// TLC prints a state's variables in the order SANY's
// ModuleNode.getVariableDecls gives them: the root module's context is a
// java.util.Hashtable (a copy of the 72 built-in operators, then what the
// module EXTENDS, then its own names), enumerated from its last bucket to
// its first and then reversed. So the order follows each name's
// String.hashCode modulo the table's capacity, which the number of names
// decides. tlcVariableOrder replays that table.

// sanyBuiltinCount is the number of built-in operators in SANY's initial
// context (tla2sany.semantic.Context.initialize), which every module
// context starts as a copy of.
const sanyBuiltinCount = 72

// tlcVariableOrder returns vars in the order TLC prints them, given the
// names of the root module's context in the order they entered it
// (sany.ProgramModule.ContextNames). With no context it keeps vars as
// they are.
func tlcVariableOrder(contextNames, vars []string) []string {
	if len(contextNames) == 0 {
		return vars
	}
	isVar := map[string]bool{}
	for _, v := range vars {
		isVar[v] = true
	}
	t := newJavaHashtable()
	for i := 0; i < sanyBuiltinCount; i++ {
		// Their names do not matter: they only fill the table, and the
		// relative order of two variables depends on the variables'
		// own buckets and on when the table grows.
		t.put(nil)
	}
	for _, name := range contextNames {
		t.put(&javaEntry{key: name, hash: javaStringHash(name)})
	}
	order := make([]string, 0, len(vars))
	for _, e := range t.elements() {
		if e != nil && isVar[e.key] {
			order = append(order, e.key)
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	if len(order) != len(vars) {
		return vars // a variable the context does not hold: keep ours
	}
	return order
}

// javaStringHash is java.lang.String.hashCode: s[0]*31^(n-1) + ... over
// UTF-16 code units, in 32-bit arithmetic.
func javaStringHash(s string) int32 {
	var h int32
	for _, u := range utf16.Encode([]rune(s)) {
		h = 31*h + int32(u)
	}
	return h
}

type javaEntry struct {
	key  string
	hash int32
	next *javaEntry
}

// javaHashtable is the part of java.util.Hashtable the order depends on:
// new entries at the head of their bucket's chain, growth to 2n+1
// buckets when the count reaches 3/4 of the capacity (checked before
// adding), rehashing old buckets from the last to the first.
type javaHashtable struct {
	table     []*javaEntry
	count     int
	threshold int
}

func newJavaHashtable() *javaHashtable {
	return &javaHashtable{table: make([]*javaEntry, 11), threshold: 8}
}

func (t *javaHashtable) index(hash int32, n int) int {
	return int(uint32(hash)&0x7FFFFFFF) % n
}

// put adds an entry; nil stands for a name whose bucket does not matter
// (it still counts towards growth).
func (t *javaHashtable) put(e *javaEntry) {
	if t.count >= t.threshold {
		t.rehash()
	}
	if e == nil {
		e = &javaEntry{key: "", hash: 0}
	}
	i := t.index(e.hash, len(t.table))
	e.next = t.table[i]
	t.table[i] = e
	t.count++
}

func (t *javaHashtable) rehash() {
	old := t.table
	n := len(old)*2 + 1
	t.table = make([]*javaEntry, n)
	t.threshold = n * 3 / 4
	for i := len(old) - 1; i >= 0; i-- {
		for e := old[i]; e != nil; {
			next := e.next
			j := t.index(e.hash, n)
			e.next = t.table[j]
			t.table[j] = e
			e = next
		}
	}
}

// elements is Hashtable.elements(): from the last bucket to the first,
// each chain from its head.
func (t *javaHashtable) elements() []*javaEntry {
	var out []*javaEntry
	for i := len(t.table) - 1; i >= 0; i-- {
		for e := t.table[i]; e != nil; e = e.next {
			out = append(out, e)
		}
	}
	return out
}

// tlcStateOrder is tlcVariableOrder as indices of vars: the order of the
// values of TLC's states (TLCStateMut), which its SYMMETRY compares
// variable by variable.
func tlcStateOrder(prog *sany.Program, vars []string) []int {
	index := map[string]int{}
	for i, v := range vars {
		index[v] = i
	}
	var order []int
	for _, v := range tlcVariableOrder(prog.Root.ContextNames, vars) {
		order = append(order, index[v])
	}
	return order
}
