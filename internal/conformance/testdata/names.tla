\* Core functions named by the program's conventions.
\* expect-core: becomeFollower, try_acquire_lock, Server.release_lock(), request_vote, becomeFollower
---- MODULE Names ---- (* WARNING@MODULE "no action for core function `request_vote`" *)
VARIABLES role, holder

vars == <<role, holder>>

TypeOK == role \in {"follower", "leader"} /\ holder \in {"a", "b"}

Init == role = "follower" /\ holder = "a"

BecomeFollower (* INFO "core function `becomeFollower` is modelled by `BecomeFollower`" *) ==
    role' = "follower" /\ UNCHANGED holder

TryAcquireLock (* INFO "core function `try_acquire_lock` is modelled by `TryAcquireLock`" *) ==
    holder' = "b" /\ UNCHANGED role

ReleaseLock (* INFO "core function `Server.release_lock()` is modelled by `ReleaseLock`" *) ==
    holder' = "a" /\ UNCHANGED role

Next == BecomeFollower \/ TryAcquireLock \/ ReleaseLock

Spec == Init /\ [][Next]_vars
====
