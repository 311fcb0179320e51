package tlc

import (
	"slices"
	"testing"
)

// TestJavaStringHash checks String.hashCode on values Java 17 gives.
func TestJavaStringHash(t *testing.T) {
	for s, want := range map[string]int32{"": 0, "a": 97, "hello": 99162322, "terminationDetected": 1867840934, "λx": 29725} {
		if got := javaStringHash(s); got != want {
			t.Errorf("hash(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestTLCVariableOrder: the orders TLC printed on golden specs (see
// testdata/golden/*.tlc), from their module contexts' names.
func TestTLCVariableOrder(t *testing.T) {
	naturals := []string{"Nat", "+", "-", "*", "^", "<", ">", "\\leq", "\\geq", "%", "\\div", ".."}
	ctx := append(slices.Clone(naturals), "req", "ok", "busy", "vars", "Init", "Ask", "Grant", "Toggle", "Next", "Spec", "Served")
	if got, want := tlcVariableOrder(ctx, []string{"req", "ok", "busy"}), []string{"busy", "req", "ok"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want TLC's %v", got, want)
	}
	// The order follows the hashes modulo the table's size, which the
	// number of names decides: 191 buckets up to 143 names (DieHard's
	// big, small), 383 past them (small before big).
	small := append(slices.Clone(naturals), "big", "small")
	if got, want := tlcVariableOrder(small, []string{"big", "small"}), []string{"big", "small"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want TLC's %v", got, want)
	}
	big := slices.Clone(small)
	for i := 0; i < 150; i++ {
		big = append(big, "D"+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	if got, want := tlcVariableOrder(big, []string{"big", "small"}), []string{"small", "big"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := tlcVariableOrder(nil, []string{"b", "a"}); !slices.Equal(got, []string{"b", "a"}) {
		t.Errorf("no context: got %v, want the declaration order", got)
	}
}
