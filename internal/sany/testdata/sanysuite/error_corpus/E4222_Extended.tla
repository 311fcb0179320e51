Extended by E4222_Test to form a circular dependency graph.
---- MODULE E4222_Extended ----
EXTENDS E4222_Test
====

