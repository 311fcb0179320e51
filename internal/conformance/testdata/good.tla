\* A spec that follows every rule: no diagnostics.
\* expect-core: TryAcquireLock, ReleaseLock, Expire
\* expect-vars: holder, clock
---- MODULE Good ----
EXTENDS Naturals

CONSTANTS Clients, Locks

VARIABLES holder, clock

vars == <<holder, clock>>

TypeInvariant ==
    /\ holder \in [Locks -> Clients \cup {"none"}]
    /\ clock \in Nat

Init ==
    /\ holder = [l \in Locks |-> "none"]
    /\ clock = 0

\* A helper action, reached through the actions that use it.
Tick == clock' = clock + 1

TryAcquireLock(c, l) ==
    /\ holder[l] = "none"
    /\ holder' = [holder EXCEPT ![l] = c]
    /\ Tick

ReleaseLock(c, l) ==
    LET owner == holder[l] IN
    /\ owner = c
    /\ holder' = [holder EXCEPT ![l] = "none"]
    /\ UNCHANGED clock

Expire(l) == holder' = [holder EXCEPT ![l] = "none"] /\ Tick

CanAcquire == ENABLED (holder' = holder)

Next ==
    \/ \E c \in Clients, l \in Locks : TryAcquireLock(c, l) \/ ReleaseLock(c, l)
    \/ \E l \in Locks : Expire(l)

Fairness == \A l \in Locks : WF_vars(Expire(l))

Spec == Init /\ [][Next]_vars /\ Fairness

TypeOK == TypeInvariant
====
