\* Actions that Next never reaches.
\* expect-core: Send, Receive, Drop
---- MODULE Unreachable ----
EXTENDS Naturals
VARIABLES msgs, count

vars == <<msgs, count>>

TypeInvariant == msgs \subseteq Nat /\ count \in Nat

Init == msgs = {} /\ count = 0

Bump == count' = count + 1

Send(m) == msgs' = msgs \cup {m} /\ Bump

Receive(* WARNING "action `Receive` (core function `Receive`) is not reachable from Next" *)(m) ==
    m \in msgs /\ msgs' = msgs \ {m} /\ UNCHANGED count

\* A core function's action need not prime anything to be checked.
Drop (* WARNING "action `Drop` (core function `Drop`) is not reachable from Next" *) == TRUE

\* Not a core function, but it primes a variable.
Reset (* WARNING "action `Reset` is not reachable from Next" *) == count' = 0 /\ UNCHANGED msgs

\* Only reached from another unreachable action.
Helper (* WARNING "action `Helper` is not reachable from Next" *) == UNCHANGED <<msgs, count>>
Stutter (* WARNING "action `Stutter` is not reachable from Next" *) == Helper

\* State predicates and temporal formulas are not actions.
CanSend == ENABLED Send(1)
Live == <>(count' > count)
Weak == WF_vars(Reset)

Next == \E m \in Nat : Send(m)

Spec == Init /\ [][Next]_vars /\ WF_vars(Next) /\ SF_vars(Receive(1))
====
