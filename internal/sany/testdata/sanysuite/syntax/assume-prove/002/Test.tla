---- MODULE Test ----
THEOREM thm ==
  ASSUME asm :: 
    ASSUME P
    PROVE Q
  PROVE C
OMITTED
====
