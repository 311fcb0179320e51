---- MODULE SuiteRules ----
\* Semantic rules of SANY met in its own test suite (testdata/sanysuite):
\* labels, function arity, module instance names, proof steps, HIDE and
\* RECURSIVE sections. Real SANY reports exactly these errors, at these
\* places, on this file.
EXTENDS Naturals
CONSTANT C

\* Labels
Rep == \A x \in {} : lbl(x, x) :: TRUE(*ERROR LABEL_PARAMETER_REPETITION "Repeated formal parameter x \nin label `lbl'."*)
Miss == \A x \in {} : lbl :: TRUE(*ERROR LABEL_PARAMETER_MISSING "Label lbl must contain formal parameter `x'."*)
Extra(x) == lbl(x) :: 0(*ERROR LABEL_PARAMETER_UNNECESSARY "Label lbl declares extra parameter(s)  x  "*)
Illegal == lbl(C(*ERROR LABEL_PARAMETER_UNNECESSARY "Illegal parameter C of label `lbl'."*)) :: 0(*ERROR LABEL_PARAMETER_UNNECESSARY "Label lbl declares extra parameter(s)  C  "*)
Twice == {lbl :: 0, lbl :: 0(*ERROR LABEL_REDEFINITION "Duplicate label `lbl'."*)}
Exc == [[i \in {1} |-> 0] EXCEPT ![1] = lbl :: 0(*ERROR LABEL_NOT_ALLOWED_IN_FUNCTION_EXCEPT "Labels inside EXCEPT clauses are not yet implemented."*)]
Nested == \A x \in {} : outer(x) :: \E y \in {} : inner(y) :: x = y
Arity == Nested!outer(*ERROR LABEL_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "Label `outer' used with wrong number of arguments."*)(1, 2)
ASSUME lab :: TRUE(*ERROR LABEL_NOT_IN_DEFINITION_OR_PROOF_STEP "Label not in definition or proof step."*)

\* Functions and instances
f[x \in {}, y \in {}] == 0
App == f[1, 2, 3](*ERROR FUNCTION_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "Function 'f' is defined with 2 parameters, but is applied to 3 arguments."*)
Tup == f[<<1, 2>>]
I == INSTANCE Naturals
Inc == I(*ERROR OPERATOR_NAME_INCOMPLETE "Operator name I is incomplete."*)
J(a) == INSTANCE Naturals
IncJ == J(1, 2)(*ERROR OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "The operator J requires 1 arguments."*)

\* Proof steps
THEOREM Thm == ASSUME NEW x, TRUE PROVE TRUE
UseThm == Thm(*ERROR ASSUME_PROVE_USED_WHERE_EXPRESSION_REQUIRED "ASSUME/PROVE used where an expression is required."*)
THEOREM TRUE
<1>a. TRUE
<1>b. HAVE TRUE
<1>c. TRUE BY <*>a
<1>d. Thm!1(*ERROR UNSUPPORTED_LANGUAGE_FEATURE "Selected a NEW declaration as an expression or operator."*)
<*>e.(*ERROR PROOF_STEP_WITH_IMPLICIT_LEVEL_CANNOT_HAVE_NAME "<*> and <+> cannot be used for a named step."*) QED
HIDE Inc(*ERROR USE_OR_HIDE_FACT_NOT_VALID "The only expression allowed as a fact in a HIDE is \nthe name of a theorem, assumption, or step."*)

\* RECURSIVE sections
RECURSIVE R(_)
CONSTANT D(*ERROR RECURSIVE_SECTION_CONTAINS_ILLEGAL_DEFINITION "A declaration may not appear within a recursive definition section."*)
R(n) == n
RECURSIVE G
G[n \in Nat] == G[n]
====
