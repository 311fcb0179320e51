------------------------------- MODULE Align --------------------------------
VARIABLE a, b
(*@alignDecl*)Go == /\ a' = 1
      /\ b' = 2
Shrink == LET (*@letS*)Long == \/ a = 1
                     \/ b = 2
          IN Long
=============================================================================
\* want rename alignDecl GoFurther ok
\* want rename letS L ok
