INstanced by E4222_Instance_Test to form a circular dependency graph.
---- MODULE E4222_Instanced ----
---- MODULE Inner ----
INSTANCE E4222_Instance_Test
====
INSTANCE Inner
====

