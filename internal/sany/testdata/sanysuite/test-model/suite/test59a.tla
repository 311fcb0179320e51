------------------------------- MODULE test59a ------------------------------- 
EXTENDS Naturals
\* Test of INSTANCE inside LET

VARIABLE x

xplus1 == x+1

=============================================================================