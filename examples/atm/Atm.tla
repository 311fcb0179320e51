---- MODULE Atm ----
\* The spec of atm.go as tla-gen-lsp generates it from atm.draft.md: each
\* ATM withdraws in two steps, Check and Debit, because Withdraw releases
\* the lock between covers and debit. NoOverdraft does not hold; the model
\* checker's trace shows both ATMs checking before either debits.
EXTENDS Integers

CONSTANTS ATMs, Amount, Initial

VARIABLES balance, pc

vars == <<balance, pc>>

TypeOK ==
    /\ balance \in Int
    /\ pc \in [ATMs -> {"idle", "checked", "done"}]

Init ==
    /\ balance = Initial
    /\ pc = [a \in ATMs |-> "idle"]

\* covers: the check, under the lock.
Check(a) ==
    /\ pc[a] = "idle"
    /\ balance >= Amount
    /\ pc' = [pc EXCEPT ![a] = "checked"]
    /\ UNCHANGED balance

\* debit: the debit, under the lock again.
Debit(a) ==
    /\ pc[a] = "checked"
    /\ balance' = balance - Amount
    /\ pc' = [pc EXCEPT ![a] = "done"]

\* Every ATM is done or gave up: the system stops.
Done ==
    /\ \A a \in ATMs : pc[a] = "done" \/ (pc[a] = "idle" /\ balance < Amount)
    /\ UNCHANGED vars

Next ==
    \/ \E a \in ATMs : Check(a)
    \/ \E a \in ATMs : Debit(a)
    \/ Done

Spec == Init /\ [][Next]_vars

NoOverdraft == balance >= 0
====
