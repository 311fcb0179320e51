---- MODULE Test ----
op == \b01010101
op == \B10101010
op == \o01234567
op == \O76543210
op == \h0123456789abcdef
op == \H9876543210FEDCBA
====
