---- MODULE StringOrderModules ----
\* TLC orders strings (sets, CHOOSE, record fields) by when they became
\* values: the .cfg's first, then every identifier as the parser reads the
\* modules, then string literals, imported modules' before the importer's.
EXTENDS StringOrderLib, Naturals
CONSTANT C
VARIABLES x, y, z, w, v
Init == /\ x = {"m", "k", "zz", "aa", "rstr", "astr"}
        /\ y = CHOOSE s \in {"q", "aa", "k"} : TRUE
        /\ z = [f \in {"k", "m", "q"} |-> 1]
        /\ w = C
        /\ v = {"libName", "StringOrderModules", "aa", "Nat"}
aa == 1
Next == UNCHANGED <<x, y, z, w, v>>
Inv == x = {}
====
