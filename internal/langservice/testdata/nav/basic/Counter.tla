------------------------------ MODULE Counter ------------------------------
EXTENDS (*@extNat*)Naturals, (*@extLib*)Lib, FiniteSets

VARIABLE (*@declCount*)count, (*@declSeen*)seen

(*@declVars*)vars == <<(*@useCountInVars*)count, seen>>

TypeOK == /\ count (*@useIn*)\in Nat
          /\ seen \in [last: Nat, total: Nat]

(* The initial state: nothing counted yet. *)
(*@declInit*)Init == /\ count = 0
        /\ seen = [last |-> 0, total |-> 0]

(*@declStep*)Step((*@paramBy*)by) ==
    LET (*@letNext*)next == (*@useCountInStep*)count + (*@useParam*)by
    IN  /\ count' = (*@useLet*)next
        /\ seen' = [seen EXCEPT !.last = by]

(*@declNext*)Next == \E (*@boundI*)i \in 1..3 : (*@useStep*)Step((*@useBound*)i)
                   \/ ((*@useDouble*)Double(count) > Limit /\ UNCHANGED vars)

(*@declSpec*)Spec == (*@useInit*)Init /\ [][Next]_(*@useVars*)vars

(*@declL*)L == INSTANCE (*@instLib*)Lib WITH Limit <- 10

Small == (*@useLPrefix*)L!(*@useLBelow*)Below(count)

Size == (*@useCard*)Cardinality({count})

THEOREM (*@declThm*)Safe == Spec => []TypeOK
  <1>1. Init => TypeOK
    BY DEF TypeOK
  <1>2. TypeOK /\ [Next]_vars => TypeOK'
    OBVIOUS
  <1>3. QED
    BY (*@useStep1*)<1>1, <1>2
=============================================================================
\* want definition useCountInVars declCount
\* want definition useCountInStep declCount
\* want definition useParam paramBy
\* want definition useLet letNext
\* want definition useBound boundI
\* want definition useStep declStep
\* want definition useDouble libDouble
\* want definition useInit declInit
\* want definition useVars declVars
\* want definition useLPrefix declL
\* want definition useLBelow libBelow
\* want definition extLib Lib.tla#Lib
\* want definition instLib Lib.tla#Lib
\* want definition extNat stdlib:Naturals#Naturals
\* want definition useCard stdlib:FiniteSets#Cardinality
\* want hover useDouble "Double(n)" "constant-level operator of 1 argument" "from module Lib" "Twice the given number."
\* want hover useInit "Init" "state-level operator" "The initial state: nothing counted yet."
\* want hover useStep "Step(by)" "action-level operator"
\* want hover useBound "bound variable"
\* want hover useCard "Cardinality(S)" "number of elements"
\* want hover useCountInVars "VARIABLE count" "state-level variable"
\* want hover useIn "a \in b" "built-in operator" "Set membership"
\* want references useDouble libDouble useDouble
\* want references useLBelow libBelow useLBelow
