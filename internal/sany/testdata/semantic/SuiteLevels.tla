---- MODULE SuiteLevels ----
\* Level rules of SANY met in its own test suite (testdata/sanysuite):
\* what an INSTANCE may substitute (levels, Leibniz operators, the
\* instantiated module's constraints) and the proof of a temporal goal.
\* Real SANY reports these errors, at these places, on this file.
VARIABLE v
---- MODULE Inner ----
CONSTANT F(_), c
VARIABLE w
op == F(0')
Use(x) == F(x) /\ w' = c
ASSUME c = c
====
NonLeibniz(a) == a'
I1 == INSTANCE Inner WITH F <- NonLeibniz, c <- 1, w <- v(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED "Level error in instantiating module 'Inner':\nThe level of the expression or operator substituted for 'F' \nmust be at most 0."*)(*ERROR INSTANCE_SUBSTITUTION_NON_LEIBNIZ_OPERATOR "Error in instantiating module 'Inner':\n A non-Leibniz operator substituted for 'F'."*)(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINT_NOT_MET "Level error in instantiating module 'Inner':\nThe level of the argument 0 of the operator NonLeibniz \nmust be at least 2."*)
I2 == INSTANCE Inner WITH F <- ', c <- [](v = 0), w <- v(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED "Level error in instantiating module 'Inner':\nThe level of the expression or operator substituted for 'F' \nmust be at most 0."*)(*ERROR INSTANCE_SUBSTITUTION_NON_LEIBNIZ_OPERATOR "Error in instantiating module 'Inner':\n A non-Leibniz operator substituted for 'F'."*)(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED "Level error in instantiating module 'Inner':\nThe level of the expression or operator substituted for 'c' \nmust be at most 0."*)(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINT_NOT_MET "Level error in instantiating module 'Inner':\nThe level of the argument 0 of the operator ' \nmust be at least 2."*)
THEOREM []v
<1> HAVE v(*ERROR TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_TAKE_WITNESS_HAVE "Non-constant TAKE, WITNESS, or HAVE for temporal goal."*)
<1> TAKE x \in {v}(*ERROR TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_TAKE_WITNESS_HAVE "Non-constant TAKE, WITNESS, or HAVE for temporal goal."*)
<1> CASE v(*ERROR TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_CASE "Non-constant CASE for temporal goal."*)
<1> QED
THEOREM ASSUME NEW y \in []v(*ERROR ASSUME_PROVE_NEW_CONSTANT_HAS_TEMPORAL_LEVEL_BOUND "Level error:\nTemporal formula used as set."*) PROVE TRUE
====
