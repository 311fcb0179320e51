---- MODULE Test ----
op ≜
    CASE 1 → 2
    □ 3 → 4
    □ OTHER → 5
====
