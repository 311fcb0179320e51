---- MODULE ProofSteps ----
EXTENDS Naturals, TLAPS

CONSTANT N
ASSUME NAssump == N \in Nat

VARIABLE x

Init == x = 0
Next == x < N /\ x' = x + 1
Spec == Init /\ [][Next]_x

Inv == x \in 0..N

THEOREM Safety == Spec => []Inv
<1>1. Init => Inv
  BY NAssump DEF Init, Inv
<1>2. Inv /\ [Next]_x => Inv'
  <2>1. SUFFICES ASSUME Inv, [Next]_x PROVE Inv'
    OBVIOUS
  <2>2. CASE Next
    BY <2>2, NAssump DEF Inv, Next
  <2>3. CASE UNCHANGED x
    BY <2>3 DEF Inv
  <2>4. QED
    BY <2>1, <2>2, <2>3
<1>3. QED
  BY <1>1, <1>2, PTL DEF Spec
ASSUME x' = x
====
