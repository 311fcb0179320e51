package semantic

import "testing"

// TestCodeNamesMatchSANY spot-checks values against tla2sany's ErrorCode.
func TestCodeNamesMatchSANY(t *testing.T) {
	cases := map[int]string{
		4003: "INTERNAL_ERROR",
		4004: "SUSPECTED_UNREACHABLE_CHECK",
		4200: "SYMBOL_UNDEFINED",
		4201: "SYMBOL_REDEFINED",
		4204: "OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS",
		4205: "OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED",
		4206: "ASSUMPTION_IS_NOT_CONSTANT",
		4220: "MODULE_FILE_CANNOT_BE_FOUND",
		4221: "MODULE_NAME_DIFFERENT_FROM_FILE_NAME",
		4271: "HIGHER_ORDER_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY",
		4292: "RECURSIVE_OPERATOR_DECLARATION_DEFINITION_ARITY_MISMATCH",
		4310: "ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING",
		4801: "INSTANCED_MODULES_SYMBOL_UNIFICATION_AMBIGUITY",
	}
	for v, want := range cases {
		if got := Code(v).String(); got != want {
			t.Errorf("Code(%d).String() = %q, want %q", v, got, want)
		}
	}
	if got := Code(0).String(); got != "" {
		t.Errorf("Code(0).String() = %q, want empty", got)
	}
	if got := Code(4999).String(); got != "UNKNOWN_ERROR_CODE" {
		t.Errorf("Code(4999).String() = %q", got)
	}
	if !CodeInstancedModulesSymbolUnificationAmbiguity.IsWarning() || CodeSymbolUndefined.IsWarning() {
		t.Error("IsWarning misclassifies codes")
	}
}
