Used by E4224_Test as an EXTENDS target; the + operator type is a CONSTANT,
as opposed to the + defined in Naturals which is an operator.
---- MODULE E4224_Extended ----
CONSTANT _+_
====

