---- MODULE Test ----
op == WF_<<x, y>>(f)
op == SF_x(f)
====
