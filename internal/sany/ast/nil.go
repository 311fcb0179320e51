package ast

import "reflect"

// isTypedNil reports whether n holds a nil pointer inside a non-nil
// interface, so that optional fields (a nil *Ident, a nil Proof) are
// skipped by Children.
func isTypedNil(n Node) bool {
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
