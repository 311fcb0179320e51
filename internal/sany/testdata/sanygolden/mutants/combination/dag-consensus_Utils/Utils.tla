------------- MODULE Utils ---------------

EXTENDS Integers

Max(S) == CHOOSE x \in S : \A <<y, y_2>> \in S \X S : y <= x
Min(S) == CHOOSE x ∈ S : \A y \in S : x <= y

ASSUME [](TRUE)
==========================================
