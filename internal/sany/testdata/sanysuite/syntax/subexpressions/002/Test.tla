---- MODULE Test ----
tree_nav == op(a, b)!<<!>>!3!(x, y)!:!@
====
