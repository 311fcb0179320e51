\* Every ASSUME must hold: each checks one construct's value as TLC
\* computes it.
---- MODULE Constructs ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC, Bags
CONSTANT A, B

RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
fib[n \in 0..10] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]
Twice(F(_), x) == F(F(x))
Inc(x) == x + 1
Sum(S) == LET RECURSIVE S2(_) S2(T) == IF T = {} THEN 0 ELSE LET e == CHOOSE e \in T : TRUE IN e + S2(T \ {e}) IN S2(S)
I == INSTANCE Inner WITH K <- 7
P(k) == INSTANCE Inner WITH K <- k
r == [a |-> 1, b |-> <<2, 3>>]

ASSUME Fact(5) = 120
ASSUME fib[10] = 55
ASSUME Twice(Inc, 3) = 5
ASSUME Twice(LAMBDA y : y * 2, 3) = 12
ASSUME Sum(1..4) = 10
ASSUME I!Double = 14 /\ P(2)!Double = 4
ASSUME (CHOOSE x \in {3, 1, 2} : x > 1) = 2
ASSUME {x * x : x \in 1..3} = {1, 4, 9}
ASSUME {x \in 1..10 : x % 3 = 0} = {3, 6, 9}
ASSUME [r EXCEPT !.a = @ + 1, !.b[2] = 0] = [a |-> 2, b |-> <<2, 0>>]
ASSUME <<1, 2>> = [i \in 1..2 |-> i]
ASSUME DOMAIN r = {"a", "b"}
ASSUME r.b[1] = 2
ASSUME Len(Append(<<1>>, 2) \o <<3>>) = 3
ASSUME SubSeq(<<1, 2, 3, 4>>, 2, 3) = <<2, 3>>
ASSUME SelectSeq(<<1, 2, 3, 4>>, LAMBDA z : z % 2 = 0) = <<2, 4>>
ASSUME Head(<<5, 6>>) = 5 /\ Tail(<<5, 6>>) = <<6>>
ASSUME Cardinality(SUBSET {1, 2, 3}) = 8
ASSUME UNION {{1}, {2, 3}} = {1, 2, 3}
ASSUME {1, 2} \X {3} = {<<1, 3>>, <<2, 3>>}
ASSUME [{1, 2} -> {0}] = {[i \in {1, 2} |-> 0]}
ASSUME Cardinality([a : {1, 2}, b : {3}]) = 2
ASSUME (1 :> "x" @@ 2 :> "y")[2] = "y"
ASSUME \A x \in 1..3 : \E y \in 1..3 : y = x
ASSUME CASE 1 > 2 -> FALSE [] 2 > 1 -> TRUE [] OTHER -> FALSE
ASSUME (-7) \div 2 = -4 /\ (-7) % 2 = 1 /\ -7 \div 2 = -3 /\ 2^10 = 1024
ASSUME SortSeq(<<3, 1, 2>>, <) = <<1, 2, 3>>
ASSUME Cardinality(Permutations({1, 2, 3})) = 6
ASSUME ToString(<<1, "a", {A, B}>>) = "<<1, \"a\", {A, B}>>"
ASSUME ToString([a |-> 1, b |-> 2]) = "[a |-> 1, b |-> 2]"
ASSUME ToString(1 :> 2 @@ 3 :> 4) = "(1 :> 2 @@ 3 :> 4)"
ASSUME ToString(0..2) = "0..2"
ASSUME SetToBag({A}) (+) SetToBag({A}) = (A :> 2)
ASSUME BagToSet(SetToBag({1, 2})) = {1, 2}
ASSUME A # B /\ A \in {A, B}
ASSUME 3 \in Nat /\ -3 \notin Nat /\ 5 \in Nat \ {0}
ASSUME LET x == 3 y == x + 1 IN y = 4
ASSUME IF A = B THEN FALSE ELSE TRUE

VARIABLE v
Init == v = 0
Next == UNCHANGED v
====
