package eval

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// TLC's messages name a value's class (a failed cast) or the kind its
// class reports (Value.getKindString). One of our values may stand for
// several of TLC's classes; these take the likelier.

// javaClass is the class TLC would hold v in, for the messages that name
// it; where one value here stands for several classes of TLC's, the
// likelier.
func javaClass(v Value) string {
	name := "Value"
	switch x := v.(type) {
	case value.Bool:
		name = "BoolValue"
	case value.Int:
		name = "IntValue"
	case *value.Str:
		name = "StringValue"
	case *value.ModelVal:
		name = "ModelValue"
	case *value.Func:
		switch {
		case x.Dom == nil:
			name = "TupleValue"
		case x.HasStringDomain():
			name = "RecordValue"
		default:
			name = "FcnRcdValue"
		}
	case *lazyFunc:
		name = "FcnLambdaValue"
	case *value.Set:
		name = "SetEnumValue"
	case *value.Interval:
		name = "IntervalValue"
	case *value.Subset:
		name = "SubsetValue"
	case *value.FuncSet:
		name = "SetOfFcnsValue"
	case *value.RecordSet:
		name = "SetOfRcdsValue"
	case *value.Product:
		name = "SetOfTuplesValue"
	case *value.Filtered:
		name = "SetPredValue"
	case *value.Union:
		name = "UnionValue"
	case *value.Infinite:
		name = "UserValue"
	case *closure:
		name = "OpLambdaValue"
	}
	return "tlc2.value.impl." + name
}

// valueImage is TLC's ValueImage: the kind each class of value reports.
var valueImage = map[string]string{
	"BoolValue":        "a Boolean value",
	"IntValue":         "an integer",
	"StringValue":      "a string",
	"ModelValue":       "a model value",
	"TupleValue":       "a tuple",
	"RecordValue":      "a record",
	"FcnRcdValue":      "a function  of the form (d1 :> e1 @@ ... @@ dN :> eN)",
	"FcnLambdaValue":   "a function of the form  [x \\in S |-> expr]",
	"SetEnumValue":     "a set of the form {e1, ... ,eN}",
	"IntervalValue":    "a set of the form i..j",
	"SubsetValue":      "a set of the form SUBSET S",
	"SetOfFcnsValue":   "a set of the form [S -> T]",
	"SetOfRcdsValue":   "a set of the form [d1 : S1, ... , dN : SN]",
	"SetOfTuplesValue": "a cartesian product",
	"SetPredValue":     "a set of the form {x \\in S : expr}",
	"UnionValue":       "a set of the form UNION  S",
	"UserValue":        "a special set constant",
	"OpLambdaValue":    "an operator",
}

// tlcKind is how TLC names the kind of v in its messages.
func tlcKind(v Value) string {
	if image, ok := valueImage[strings.TrimPrefix(javaClass(v), "tlc2.value.impl.")]; ok {
		return image
	}
	if v.Kind() == value.KindOp {
		return "an operator"
	}
	return kindName(v)
}
