Stuttering-sensitive eventually property.
Must be of form <><<A>>_v when <> followed by action-level formula.
---- MODULE E4311_Test ----
VARIABLE v
op == <>(v')
====

