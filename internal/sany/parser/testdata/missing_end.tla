---- MODULE missing_end ----
G == 1
H == 2 (* ERROR "expected ==== or more module body, found end of file" *)