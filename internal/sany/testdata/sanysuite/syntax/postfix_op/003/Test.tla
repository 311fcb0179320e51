---- MODULE Test ----
op == {
  x^+,
  x^*,
  x^#,
  x'
}
====
