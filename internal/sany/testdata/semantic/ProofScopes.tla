---- MODULE ProofScopes ----
\* A step name is known from the end of its statement: in its own proof
\* and in the later steps of its proof, not before, not outside.
EXTENDS Naturals
CONSTANT N

THEOREM T == N = N
<1>1. N = N /\ <1>1(*ERROR SYMBOL_UNDEFINED "Unknown operator: `<1>1'."*)
  BY <1>1, <1>2(*ERROR SYMBOL_UNDEFINED "Unknown operator: `<1>2'."*)
<1>2. N = N
  <2>1. N = N
    BY <1>1, <1>2, T
  <2>2. QED
    BY <2>1
<1>3. QED
  BY <1>1, <2>1(*ERROR SYMBOL_UNDEFINED "Unknown operator: `<2>1'."*) DEF <1>2(*ERROR SYMBOL_UNDEFINED "DEF clause entry should describe a defined operator."*)
====
