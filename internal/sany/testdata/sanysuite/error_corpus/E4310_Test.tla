Stuttering-sensitive always property.
Must be of form [][A]_v when [] followed by action-level formula.
---- MODULE E4310_Test ----
VARIABLE v
op == [](v')
====

