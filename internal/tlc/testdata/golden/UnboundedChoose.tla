---- MODULE UnboundedChoose ----
\* A "no value" as LLM-written specs often define it: TLC cannot evaluate
\* a CHOOSE over no set unless the configuration replaces NoVal.
EXTENDS Naturals
VARIABLE x
NoVal == CHOOSE v : v \notin {1, 2}
Init == x = NoVal
Next == x' = x
====
