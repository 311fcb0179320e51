---- MODULE Test ----
op == f(
  ^+,
  ^*,
  ^#,
  '
)
====
