HIDE statements can only refer to theorems, assumptions, or proof steps.
---- MODULE E4357_Test ----
def == TRUE
HIDE def
====

