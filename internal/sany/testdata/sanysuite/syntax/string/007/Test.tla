---- MODULE Test ----
op == "\\ \n \r \f \t \""
====
