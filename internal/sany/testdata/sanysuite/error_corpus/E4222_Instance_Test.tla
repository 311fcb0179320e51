If a module imports another module, this forms a chain of module dependencies
which cannot contain a cycle.
---- MODULE E4222_Instance_Test ----
INSTANCE E4222_Instanced
====

