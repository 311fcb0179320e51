---- MODULE ArithModelValue ----
\* Arithmetic and an order on model values, as when processes are model
\* values but the code indexed them by number.
EXTENDS Integers
CONSTANT Procs
VARIABLE turn, n
Init == turn = (CHOOSE p \in Procs : TRUE) /\ n = 0
Next == /\ n < 3
        /\ n' = n + 1
        /\ turn' = IF n < 2 THEN turn ELSE turn + 1
====
