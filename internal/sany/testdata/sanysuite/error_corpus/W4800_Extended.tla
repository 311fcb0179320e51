Used by W4800_Test as an EXTENDS target. Defines + as an operator, which will
override the definition of + defined in the Naturals module.
---- MODULE W4800_Extended ----
x + y == x
====

