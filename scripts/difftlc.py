#!/usr/bin/env python3
"""difftlc: differential testing of `tla-gen-lsp modelcheck` against real TLC
on random specs shaped like the ones model pipelines write. Families:

  rand  model values, functions with EXCEPT, records, sequences, sets,
        CHOOSE, LET, CASE, RECURSIVE, quantifiers, a CONSTRAINT, SYMMETRY
  live  rand with WF/SF fairness and a temporal PROPERTY (also LIVE=1)
  proc  processes with a pc function and labels (PlusCal's translation),
        a message queue of records with string fields (Append, Head, Tail,
        SubSeq, SelectSeq, \o), nested EXCEPT paths, CHOOSE, set
        comprehensions, UNCHANGED, ENABLED in an invariant, TypeOK (at
        times false initially), deadlock on or off, CONSTRAINT and
        ACTION_CONSTRAINT; processes are model values, integers or strings
  err   proc with one expression TLC may fail to evaluate (outside a
        domain, CHOOSE from nothing, an integer compared with a string,
        Head of <<>>, overflow, a literal beyond 2^31-1, a non-enumerable
        set, CASE with no arm, Assert) in a guard, an update or an invariant
  lib   proc with Bags, the TLC module (:>, @@, SortSeq, ToString,
        Permutations), RECURSIVE operators and recursive functions
  fair  proc with fairness per process (\A p \in Procs : WF_vars(A(p)),
        SF) and temporal properties (~>, []<>, <>[], [][A]_v, ENABLED)
  msg   proc with a set of message records (Paxos style), a function of
        functions, and the process set as a constant of the configuration
  edge  one expression of a fixed list (EDGE: comparisons and membership
        across kinds of value, EXCEPT outside the domain, 32-bit bounds,
        infinite sets, strings as sequences, CHOOSE's order, printing of
        lazy sets) per spec, in Init, in an action or in an invariant

  scripts/difftlc.py gen DIR FROM TO [FAMILY]   write specs FROM..TO-1 of
        FAMILY (default rand) into DIR, each in its own folder X/X.tla
  TLA2TOOLS=/path/to/tla2tools.jar TLA_GEN_LSP=./tla-gen-lsp scripts/difftlc.py run DIR

`run` runs TLC (one worker) and `tla-gen-lsp modelcheck` on each spec (a
spec TLC does not finish in 300 s is skipped) and
compares the verdict (TLC's exit status; 14, a failed Assert, is a safety
failure), distinct states and depth of a
success, the violated name of a failure (for a liveness failure, one of
the properties TLC names), and, when TLC prints a trace for a safety
violation, a deadlock or an evaluation error, the trace's length (both
are shortest, BFS) and its states (a difference in states alone is
printed but not counted). A disagreement is written to the spec's folder
as disagreement.txt, and the last lines count specs and disagreements,
by family and by TLC's verdict.
Nothing is fetched or built: bring your own TLC. Not part of the test
suite (it needs Java).
"""
import glob, json, os, random, re, shutil, subprocess, sys, tempfile
def gen(seed):
    r = random.Random(seed)
    cnt = [0]
    def fresh():
        cnt[0] += 1
        return f'x{cnt[0]}'
    def I(d):  # int expr
        opts = ['a', 'c[p]', str(r.randint(0,3)), 'Len(d)', 'Cardinality(b)']
        if d > 0:
            opts += [f'({I(d-1)} + {I(d-1)})', f'({I(d-1)} % 3)', f'IF {B(d-1)} THEN {I(d-1)} ELSE {I(d-1)}',
                     chs(d), f'Cardinality({S(d-1)})',
                     f'(IF d = <<>> THEN 0 ELSE Head(d))', f'LET t{cnt[0]} == {I(d-1)} IN t{cnt[0]} * 2 % 5',
                     f'CASE {B(d-1)} -> 1 [] OTHER -> 2', 'e.cnt', f'Max2({I(d-1)}, {I(d-1)})',
                     f'SumF(c)', 'Len(SelectSeq(d, LAMBDA z: z > 0))', '(P1 :> 1 @@ P2 :> 2)[p]',
                     'Cardinality(DOMAIN c)', 'Cardinality(SUBSET b)', f'(IF {B(d-1)} THEN d ELSE <<1, 2>>)[1]']
        return r.choice(opts)
    def S(d):  # set of ints
        opts = ['b', '{}', '{1, 2}', '0..2', '{c[q] : q \\in Procs}']
        if d > 0:
            opts += [f'({S(d-1)} \\cup {S(d-1)})', f'({S(d-1)} \\cap {S(d-1)})', f'({S(d-1)} \\ {S(d-1)})',
                     flt(d), smap(d), f'{{{I(d-1)}}}',
                     f'UNION {{ {S(d-1)}, {S(d-1)} }}']
        return r.choice(opts)
    def B0(x):
        return r.choice([f'{x} > 0', f'{x} % 2 = 0', f'{x} < 2', f'{x} \\in b'])
    def chs(d):
        x = fresh(); return f'(CHOOSE {x} \\in 0..3 : {x} >= {I(d-1)} % 4)'
    def flt(d):
        x = fresh(); return f'{{{x} \\in {S(d-1)} : {B0(x)} }}'
    def smap(d):
        x = fresh(); return f'{{{x} + 1 : {x} \\in {S(d-1)}}}'
    def ex(d):
        x = fresh(); return f'(\\E {x} \\in {S(d-1)} : {x} = {I(d-1)})'
    def B(d):
        opts = ['TRUE', f'a < {r.randint(1,3)}', 'b = {}', 'p = P1', 'e.flag', 'd # <<>>']
        if d > 0:
            opts += [f'({I(d-1)} = {I(d-1)})', f'({I(d-1)} <= {I(d-1)})', f'({I(d-1)} \\in {S(d-1)})',
                     f'({S(d-1)} \\subseteq {S(d-1)})', f'~({B(d-1)})', f'({B(d-1)} /\\ {B(d-1)})', f'({B(d-1)} \\/ {B(d-1)})',
                     f'(\\A q \\in Procs : c[q] <= {I(d-1)})', ex(d), f'({B(d-1)} => {B(d-1)})',
                     'd \\in Seq(0..2)', '<<a, Len(d)>> \\in (0..3) \\X (0..2)', 'c \\in [Procs -> 0..2]',
                     'e \\in [cnt: 0..1, flag: BOOLEAN]', 'b \\in SUBSET (0..2)', '"s" \\o "t" = "st"']
        return r.choice(opts)
    nact = r.randint(2, 4)
    acts = []
    for k in range(nact):
        upd = {}
        vs = r.sample(['a', 'b', 'c', 'd', 'e'], r.randint(1, 3))
        for v in vs:
            if v == 'a': upd[v] = r.choice([f"a' = ({I(1)}) % 4", "a' = (a + 1) % 4", "a' \\in {y \\in 0..3 : y # a}"])
            if v == 'b': upd[v] = r.choice([f"b' = b \\cup {{{I(1)} % 3}}", f"b' = {S(1)} \\cap 0..3", "b' = b \\ {a}", f"b' \\in SUBSET (0..2)"])
            if v == 'c': upd[v] = r.choice([f"c' = [c EXCEPT ![p] = ({I(1)}) % 3]", "c' = [c EXCEPT ![p] = @ + 1]", f"c' = [q \\in Procs |-> IF q = p THEN 0 ELSE c[q]]"])
            if v == 'd': upd[v] = r.choice([f"d' = Append(d, {I(1)} % 3)", "d' = IF d = <<>> THEN d ELSE Tail(d)", "d' = SubSeq(d, 1, 1)", f"d' = <<{I(0)} % 3>> \\o d"])
            if v == 'e': upd[v] = r.choice(["e' = [e EXCEPT !.cnt = (@ + 1) % 3]", "e' = [e EXCEPT !.flag = ~@]", f"e' = [cnt |-> {I(1)} % 3, flag |-> {B(1)}]"])
        rest = [v for v in ['a', 'b', 'c', 'd', 'e'] if v not in vs]
        body = [B(2)] + list(upd.values())
        if rest: body.append('UNCHANGED <<' + ', '.join(rest) + '>>')
        acts.append(f"A{k}(p) ==\n    /\\ " + "\n    /\\ ".join(body))
    inv = B(2)
    deadlock = r.choice([True, False])
    actstext = chr(10).join(acts)
    nexttext = ' \\/ '.join(f'A{k}(p)' for k in range(nact))
    spec = f"""---- MODULE R{seed} ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANTS P1, P2
Procs == {{P1, P2}}
VARIABLES a, b, c, d, e
vars == <<a, b, c, d, e>>
Max2(x, y) == IF x > y THEN x ELSE y
RECURSIVE SumSet(_, _)
SumSet(f, S) == IF S = {{}} THEN 0 ELSE LET q == CHOOSE q \\in S : TRUE IN f[q] + SumSet(f, S \\ {{q}})
SumF(f) == SumSet(f, DOMAIN f)
Init == /\\ a = 0 /\\ b = {{}} /\\ c = [q \\in Procs |-> 0] /\\ d = <<>>
        /\\ e = [cnt |-> 0, flag |-> FALSE]
{actstext}
Next == \\E p \\in Procs : {nexttext}
Spec == Init /\\ [][Next]_vars
Inv == \\A p \\in Procs : {inv}
TypeOK == a \\in 0..3 /\\ b \\subseteq Nat /\\ c \\in [Procs -> Nat] /\\ e \\in [cnt : 0..2, flag : BOOLEAN]
Bound == Len(d) <= 2 /\\ \\A q \\in Procs : c[q] <= 3
====
"""
    cfg = f"""CONSTANTS P1 = P1
    P2 = P2
SPECIFICATION Spec
INVARIANT TypeOK
INVARIANT Inv
CONSTRAINT Bound
CHECK_DEADLOCK {'TRUE' if deadlock else 'FALSE'}
"""
    if os.environ.get('LIVE'):
        fair = r.choice(['WF_vars(Next)', '\\A p \\in Procs : WF_vars(A0(p))', 'SF_vars(Next)', 'WF_vars(A1(P1)) /\\ WF_vars(A0(P2))'])
        spec = spec.replace("Spec == Init /\\ [][Next]_vars", "Spec == Init /\\ [][Next]_vars /\\ " + fair)
        prop = r.choice([f'<>({B(1)})', f'[]<>({B(1)})', f'<>[]({B(1)})', f'({B(1)}) ~> ({B(1)})', "[][a' >= a \\/ a' = 0]_a"])
        spec = spec.replace("Bound ==", "Prop == " + prop.replace("p = P1", "a = 1").replace("c[p]", "c[P1]") + "\nBound ==")
        cfg = cfg.replace("INVARIANT Inv\n", "PROPERTY Prop\n")
    elif r.random() < 0.3:
        cfg += "SYMMETRY Sym\n"
        spec = spec.replace("Bound ==", "Sym == Permutations(Procs)\nBound ==")
    return spec, cfg

# ---- families shaped like a model pipeline's translation of code ----
# Processes with a pc function and labels (PlusCal's translation and the
# translate prompt's "one action per function"), a message queue of records
# with string fields, per-process records updated through nested EXCEPT
# paths, a log sequence, a counter; proc: invariants (TypeOK, mutual
# exclusion, queue bounds); err: one expression that TLC may fail to
# evaluate (outside a domain, CHOOSE from nothing, int compared with
# string, Head of <<>>, overflow, non-enumerable set, ...), on a path
# reached only in some states; lib: Bags, the TLC module's operators,
# RECURSIVE operators and recursive functions, set comprehensions; fair:
# fairness per process and temporal properties.
def gen_proc(seed, family):
    r = random.Random(f'{family}{seed}')
    name = {'proc': 'P', 'err': 'E', 'lib': 'B', 'fair': 'F', 'msg': 'M'}[family] + str(seed)
    kind = r.choice(['mv', 'int', 'str'])
    procs = {'mv': '{p1, p2}', 'int': '{1, 2}', 'str': '{"a", "b"}'}[kind]
    if r.random() < 0.25:
        procs = {'mv': '{p1, p2, p3}', 'int': '1..3', 'str': '{"a", "b", "c"}'}[kind]
    labels = ['init', 'wait', 'enter', 'cs', 'done']
    lab = lambda canon: canon if r.random() < 0.8 else r.choice(labels)
    maxq = r.randint(1, 3)
    cnt = [0]
    def fresh(base='x'):
        cnt[0] += 1
        return f'{base}{cnt[0]}'
    # Expressions over the state, with p (the acting process) in scope.
    def I(d):
        opts = ['total', 'st[p].cnt', 'Len(queue)', 'Len(log)', 'Cardinality(st[p].seen)', str(r.randint(0, 3)),
                'Cardinality({q \\in Procs : pc[q] = "cs"})', '(IF queue = <<>> THEN 0 ELSE Head(queue).val)']
        if family == 'lib':
            opts += ['SumSeq(log)', 'Fact[total % 4]', 'BagCardinality(bag)', 'CopiesIn(total % 3, bag)',
                     'Len(SortSeq(log, <))', 'Cardinality(Permutations(st[p].seen))', 'Cardinality(DOMAIN (p :> 1 @@ Owner))',
                     'Len(ToString(total))', 'MaxOf({st[q].cnt : q \\in Procs})', 'Cardinality(SUBSET st[p].seen)',
                     'Count(log, 1)', 'Fib[Len(log)]', '(Owner @@ (p :> 3))[p]']
        if d > 0:
            opts += [f'({I(d-1)} + {I(d-1)})', f'({I(d-1)} % 3)', f'IF {B(d-1)} THEN {I(d-1)} ELSE {I(d-1)}',
                     f'(CHOOSE {(x := fresh())} \\in 0..3 : {x} >= {I(d-1)} % 4)',
                     f'Cardinality({{{(x := fresh())} \\in Procs : st[{x}].cnt >= {I(d-1)}}})',
                     f'LET {(x := fresh("t"))} == {I(d-1)} IN {x} * {x} % 4',
                     f'(CASE {B(d-1)} -> 1 [] {B(d-1)} -> 2 [] OTHER -> 0)',
                     f'(({I(d-1)} - 2) \\div 2 + ({I(d-1)} - 5) % 3)', f'-({I(d-1)})',
                     f'Len([{(x := fresh("i"))} \\in 1..{I(d-1)} % 3 |-> {x} * {x}])']
        return r.choice(opts)
    def B(d):
        opts = ['TRUE', 'queue = <<>>', 'pc[p] = "cs"', 'st[p].status = "idle"', 'p \\in st[p].seen',
                f'total < {r.randint(1, 3)}', '\\E q \\in Procs : pc[q] = "done"', 'log # <<>>']
        if family == 'lib':
            opts += ['BagIn(1, bag)', 'SetToBag({1}) \\sqsubseteq bag', 'IsABag(bag)', 'ToString(total) = "1"',
                     'SortSeq(log, >) = log', '\\E s \\in Permutations(Procs) : s[p] = p',
                     'st \\in [Procs -> [status : {"idle", "busy"}, cnt : 0..5, seen : SUBSET Procs]]']
        if d > 0:
            opts += [f'({I(d-1)} = {I(d-1)})', f'({I(d-1)} <= {I(d-1)})', f'~({B(d-1)})',
                     f'({B(d-1)} /\\ {B(d-1)})', f'({B(d-1)} \\/ {B(d-1)})', f'({B(d-1)} => {B(d-1)})',
                     f'(\\A {(x := fresh("q"))} \\in Procs : st[{x}].cnt <= {I(d-1)})',
                     f'(\\E {(x := fresh("m"))} \\in {{queue[i] : i \\in 1..Len(queue)}} : {x}.from = p)',
                     f'(\\E {(x := fresh("i"))} \\in DOMAIN log : log[{x}] = {I(d-1)} % 3)']
        return r.choice(opts)
    # Error injections for family err: each is an integer or boolean
    # expression that fails in some states only (or in all).
    errI = ['Head(queue).val', 'log[Len(log)]', '<<1, 2, 0>>[total + 1]', '(CHOOSE q \\in Procs : st[q].cnt > 1) = p',
            'total \\div (2 - total)', 'total * 1000000000', '2^(total * 15)', '(CASE total = 0 -> 1 [] total = 1 -> 2)',
            'Cardinality({n \\in Nat : n < total})', 'st[p].missing', 'Tail(log)[1]', 'Len(SubSeq(log, 2, 4))',
            '(total - 3) * 1000000 * 1000000', 'st[total].cnt', 'total % (total - 1)', 'Len(Tail(queue))',
            'Cardinality({1, "a"})', 'pc[p] + 1', '(IF total THEN 1 ELSE 0)', '-2147483648 - total',
            '2147483647 + total', 'Len(Append(total, 1))', 'Cardinality(DOMAIN st[p].cnt)',
            '(IF \\E n \\in Nat : n = total THEN 1 ELSE 0)']
    errB = ['total = "x"', 'pc[p] = 1', 'p \\in 1..3', 'st[p] = [cnt |-> 0]', 'queue = {}', 'log = "abc"',
            'Assert(total < 2, "total too big")', '"a" < "b"', 'p = "a"', '{p} \\subseteq Nat', 'total \\in {"x", "y"}',
            '(queue # <<>> => Head(queue).type = 1)', '\\A n \\in Int : n > total', 'p < 2']
    def inject():
        e = f'({r.choice(errI)} >= {r.randint(0, 2)})' if r.random() < 0.55 else f'({r.choice(errB)})'
        if r.random() < 0.5:
            # Reached only after some steps: the trace up to it matters.
            when = r.choice(['total >= 1', 'Len(log) > 0', 'pc[p] = "cs"', 'queue # <<>>', 'st[p].cnt > 1'])
            e = f'({when} => {e})'
        return e
    acts = []
    def act(nm, guard, upd, params=True):
        changed = [v for v, _ in upd]
        rest = [v for v in VARS if v not in changed]
        body = list(guard) + [u for _, u in upd]
        if rest:
            body.append('UNCHANGED ' + ('<<' + ', '.join(rest) + '>>' if r.random() < 0.8 or len(rest) > 1 else rest[0]))
        acts.append((nm, params, f"{nm}{'(p)' if params else ''} ==\n    /\\ " + "\n    /\\ ".join(body)))
    VARS = ['pc', 'queue', 'st', 'log', 'total'] + (['bag'] if family == 'lib' else []) + (['msgs', 'ack'] if family == 'msg' else [])
    g = lambda: [B(r.randint(0, 2))] if r.random() < 0.3 else []
    # Send: a record onto the queue.
    l1, l2 = lab('init'), lab('wait')
    act('Send', [f'pc[p] = "{l1}"', f'Len(queue) < {maxq}'] + g(),
        [('queue', f'queue\' = Append(queue, [type |-> "{r.choice(["req", "ack"])}", from |-> p, val |-> ({I(1)}) % 3])'
                   if r.random() < 0.7 else f'queue\' = queue \\o <<[type |-> "req", from |-> p, val |-> total % 3]>>'),
         ('pc', f'pc\' = [pc EXCEPT ![p] = "{l2}"]'),
         ('st', r.choice([f'st\' = [st EXCEPT ![p].status = "busy", ![p].cnt = @ + 1]',
                          f'st\' = [st EXCEPT ![p] = [@ EXCEPT !.cnt = @ + 1, !.status = "busy"]]',
                          f'st\' = [st EXCEPT ![p].cnt = (@ + 1) % 3]']))])
    # Recv: the head of the queue into the log.
    guardq = [] if (family == 'err' and r.random() < 0.3) else ['queue # <<>>']
    l3 = lab('enter')
    recv_upd = [('queue', r.choice(["queue' = Tail(queue)", "queue' = SubSeq(queue, 2, Len(queue))",
                                   "queue' = SelectSeq(Tail(queue), LAMBDA m: m.val # 2)"])),
                ('log', r.choice(["log' = Append(log, Head(queue).val)", "log' = log \\o <<Head(queue).val>>",
                                  "log' = IF Len(log) < 3 THEN Append(log, Head(queue).val) ELSE <<>>"])),
                ('st', r.choice(["st' = [st EXCEPT ![Head(queue).from].seen = @ \\cup {p}, ![p].status = \"idle\"]",
                                 "st' = [st EXCEPT ![p].seen = @ \\cup {Head(queue).from}]",
                                 "st' = [q \\in Procs |-> IF q = p THEN [st[q] EXCEPT !.status = \"idle\"] ELSE st[q]]"])),
                ('pc', f'pc\' = [pc EXCEPT ![p] = "{l3}"]')]
    act('Recv', [f'pc[p] \\in {{"{lab("wait")}", "{lab("wait")}"}}'] + guardq + g(), r.sample(recv_upd, r.randint(2, 4)))
    # Enter / leave a critical section guarded by the others' pc.
    act('Enter', [f'pc[p] = "{lab("enter")}"', r.choice(['\\A q \\in Procs \\ {p} : pc[q] # "cs"', 'TRUE',
                                                               '~\\E q \\in Procs : q # p /\\ pc[q] = "cs"'])] + g(),
        [('pc', 'pc\' = [pc EXCEPT ![p] = "cs"]')] + ([('total', "total' = total + 1")] if r.random() < 0.6 else []))
    act('Leave', ['pc[p] = "cs"'] + g(),
        [('pc', f'pc\' = [pc EXCEPT ![p] = "{r.choice(["done", "init", "done"])}"]'),
         ('st', r.choice(['st\' = [st EXCEPT ![p] = [status |-> "idle", cnt |-> 0, seen |-> {}]]',
                          'st\' = [st EXCEPT ![p].seen = {}]', 'st\' = st']))])
    if r.random() < 0.5:
        act('Reset', ['pc[p] = "done"', f'total < {r.randint(1, 3)}'],
            [('pc', 'pc\' = [pc EXCEPT ![p] = "init"]'), ('total', "total' = total + 1")])
    if r.random() < 0.4:
        x, y = fresh('q'), fresh('w')
        act('Pick', ['pc[p] = "init"', f'\\E {x} \\in Procs : st[{x}].cnt >= {r.randint(0, 2)}'],
            [('st', f'st\' = LET {y} == CHOOSE {x} \\in Procs : st[{x}].cnt >= {r.randint(0, 2) if family == "err" else 0} IN [st EXCEPT ![{y}].cnt = 0, ![p].seen = @ \\cup {{{y}}}]'),
             ('pc', 'pc\' = [pc EXCEPT ![p] = "wait"]')])
    if family == 'msg':
        # Messages as a set of records (Paxos style), acknowledgements as a
        # function of functions, a tuple-domain function.
        act('Broadcast', [f'pc[p] = "{lab("init")}"', f'Cardinality(msgs) < {r.randint(2, 4)}'] + g(),
            [('msgs', r.choice(['msgs\' = msgs \\cup {[type |-> "prepare", from |-> p, bal |-> total]}',
                                'msgs\' = msgs \\cup {[type |-> "prepare", from |-> p, bal |-> b] : b \\in 0..total}',
                                'msgs\' = msgs \\cup {[type |-> t, from |-> p, bal |-> st[p].cnt] : t \\in {"prepare", "promise"}}'])),
             ('pc', f'pc\' = [pc EXCEPT ![p] = "{lab("wait")}"]')])
        x = fresh('m')
        act('Reply', [f'\\E {x} \\in msgs : {x}.type = "prepare" /\\ {x}.from # p /\\ ~ack[p][{x}.from]'] + g(),
            [('ack', r.choice([f'ack\' = [ack EXCEPT ![p][CHOOSE {x} \\in {{q \\in Procs : q # p}} : TRUE] = TRUE]',
                               f'ack\' = [ack EXCEPT ![p] = [q \\in Procs |-> @[q] \\/ \\E {x} \\in msgs : {x}.from = q /\\ q # p]]',
                               f'ack\' = [q \\in Procs |-> [w \\in Procs |-> IF q = p /\\ w # p THEN TRUE ELSE ack[q][w]]]'])),
             ('msgs', r.choice([f'msgs\' = msgs \\cup {{[type |-> "promise", from |-> p, bal |-> 0]}}',
                                f'msgs\' = {{{x} \\in msgs : {x}.from # p}}', 'msgs\' = msgs']))])
        act('Decide', [f'\\A q \\in Procs \\ {{p}} : ack[p][q]', f'pc[p] # "done"'],
            [('pc', 'pc\' = [pc EXCEPT ![p] = "done"]'),
             ('st', r.choice(['st\' = [st EXCEPT ![p].status = "busy", ![p].seen = {q \\in Procs : ack[p][q]}]',
                              'st\' = [st EXCEPT ![p] = [@ EXCEPT !.seen = @ \\cup {m.from : m \\in msgs}]]']))])
    if family == 'lib':
        act('Tally', ['pc[p] # "done"', 'BagCardinality(bag) < 3'] + g(),
            [('bag', r.choice(["bag' = bag (+) SetToBag({total % 3})", "bag' = bag (+) SetToBag({st[p].cnt % 3, 1})",
                               "bag' = IF BagIn(1, bag) THEN bag (-) SetToBag({1}) ELSE bag (+) SetToBag({1})"])),
             ('log', r.choice(["log' = SortSeq(log, >)", "log' = log", "log' = IF log = <<>> THEN log ELSE SubSeq(SortSeq(log, <), 1, 1)"]))])
    if family == 'err':
        # The injection goes into one guard, one update or the invariant.
        where = r.choice(['guard', 'update', 'inv', 'guard'])
        k = r.randrange(len(acts))
        nm, params, text = acts[k]
        e = inject()
        if where == 'guard':
            text = text.replace('\n    /\\ ', f'\n    /\\ {e}\n    /\\ ', 1)
        elif where == 'update':
            text = text + f'\n    /\\ {e} \\/ TRUE'
        acts[k] = (nm, params, text)
    terminating = r.random() < 0.5
    mainacts = [a for a in acts]
    nexttext = '\n    \\/ '.join(f'\\E p \\in Procs : {nm}(p)' if params else nm for nm, params, _ in mainacts)
    if terminating:
        nexttext += '\n    \\/ Terminating'
    init_total = '0'
    typeok = (f'/\\ pc \\in [Procs -> {{{", ".join(chr(34) + l + chr(34) for l in labels)}}}]\n'
              f'    /\\ queue \\in Seq([type : {{"req", "ack"}}, from : Procs, val : 0..2])\n'
              f'    /\\ st \\in [Procs -> [status : {{"idle", "busy"}}, cnt : Nat, seen : SUBSET Procs]]\n'
              f'    /\\ total \\in 0..{r.choice([3, 5, 9])}\n    /\\ log \\in Seq(0..2)')
    if r.random() < 0.08:
        init_total = '1' if r.random() < 0.5 else '-1'
        typeok = typeok.replace('total \\in 0..', 'total \\in 2..')
    invs = []
    invdefs = {
        'TypeOK': typeok,
        'Mutex': '\\A p, q \\in Procs : p # q => ~(pc[p] = "cs" /\\ pc[q] = "cs")',
        'QueueOK': f'/\\ Len(queue) <= {maxq}\n    /\\ \\A i \\in 1..Len(queue) : queue[i].val < 3 /\\ queue[i].from \\in Procs',
        'SeenOK': '\\A p \\in Procs : st[p].seen \\subseteq Procs /\\ (st[p].status = "busy" => st[p].cnt > 0)',
        'Inv': f'\\A p \\in Procs : pc[p] = "{r.choice(["cs", "done", "enter"])}" => {B(2)}',
        'CsCount': f'Cardinality({{p \\in Procs : pc[p] = "cs"}}) <= {r.randint(1, 2)}',
        'Live': '(\\E p \\in Procs : pc[p] # "done") => ENABLED Next',
    }
    if family == 'msg':
        invdefs = {
        'TypeOK': typeok + '\n    /\\ msgs \\subseteq [type : {"prepare", "promise"}, from : Procs, bal : 0..3]'
                           '\n    /\\ ack \\in [Procs -> [Procs -> BOOLEAN]]',
        'MsgOK': f'\\A m \\in msgs : m.bal <= total /\\ (m.type = "promise" => \\E n \\in msgs : n.type = "prepare")',
        'AckOK': '\\A p \\in Procs : ~ack[p][p] /\\ (pc[p] = "done" => \\A q \\in Procs \\ {p} : ack[p][q])',
        'Agree': '\\A p, q \\in Procs : pc[p] = "done" /\\ pc[q] = "done" => st[p].seen = st[q].seen',
        'Inv': f'\\A p \\in Procs : pc[p] = "{r.choice(["cs", "done", "wait"])}" => {B(2)}',
    }
    invs = r.sample(list(invdefs), r.randint(1, 3))
    if family == 'err' and where == 'inv':
        invdefs['Inv'] = f'\\A p \\in Procs : {inject()}'
        if 'Inv' not in invs: invs.append('Inv')
    deadlock = r.random() < 0.5
    const = f'/\\ total <= 3\n    /\\ Len(log) <= 3\n    /\\ \\A p \\in Procs : st[p].cnt <= 3' + ('\n    /\\ Cardinality(msgs) <= 4' if family == 'msg' else '')
    libdefs = ''
    if family == 'lib':
        libdefs = r'''RECURSIVE SumSeq(_)
SumSeq(s) == IF s = <<>> THEN 0 ELSE Head(s) + SumSeq(Tail(s))
Fact[n \in 0..5] == IF n = 0 THEN 1 ELSE n * Fact[n - 1]
Fib[n \in 0..6] == IF n < 2 THEN n ELSE Fib[n - 1] + Fib[n - 2]
RECURSIVE Count(_, _)
Count(s, v) == IF s = <<>> THEN 0 ELSE (IF Head(s) = v THEN 1 ELSE 0) + Count(Tail(s), v)
MaxOf(S) == CHOOSE m \in S : \A n \in S : n <= m
Owner == [q \in Procs |-> 0]
'''
        const += '\n    /\\ BagCardinality(bag) <= 3'
    vs = ', '.join(VARS)
    procsdef = f'Procs == {procs}\n'
    consts = 'CONSTANTS p1, p2' + (', p3' if 'p3' in procs else '') + '\n' if kind == 'mv' else ''
    # The processes as a constant the configuration gives, as the
    # translate prompt's template has them, or defined in the module.
    procsconst = kind == 'mv' and r.random() < 0.5
    if procsconst:
        consts, procsdef = 'CONSTANT Procs\n', ''
    extends = 'Naturals, Integers, Sequences, FiniteSets, TLC' + (', Bags' if family == 'lib' else '')
    initbag = '\n    /\\ bag = EmptyBag' if family == 'lib' else ''
    if family == 'msg':
        initbag = '\n    /\\ msgs = {}\n    /\\ ack = [p \\in Procs |-> [q \\in Procs |-> FALSE]]'
    spec = f"""---- MODULE {name} ----
EXTENDS {extends}
{consts}{procsdef}VARIABLES {vs}
vars == <<{vs}>>
{libdefs}Init ==
    /\\ pc = [p \\in Procs |-> "{r.choice(["init", "init", "wait"])}"]
    /\\ queue = <<>>
    /\\ st = [p \\in Procs |-> [status |-> "idle", cnt |-> 0, seen |-> {{}}]]
    /\\ log = <<>>
    /\\ total = {init_total}{initbag}
{chr(10).join(t for _, _, t in acts)}
Terminating ==
    /\\ \\A p \\in Procs : pc[p] = "done"
    /\\ UNCHANGED vars
Next ==
    \\/ {nexttext}
Spec == Init /\\ [][Next]_vars
""" + ''.join(f'{k} ==\n    {v}\n' for k, v in invdefs.items() if k in invs) + f"Bound ==\n    {const}\n"
    cfg = ''
    if procsconst:
        cfg += f'CONSTANT Procs = {procs}\n'
    elif kind == 'mv':
        cfg += 'CONSTANTS ' + ' '.join(f'{c} = {c}' for c in ['p1', 'p2', 'p3'] if c in procs) + '\n'
    cfg += 'SPECIFICATION Spec\n'
    if family == 'fair':
        fair = r.choice(['\\A p \\in Procs : WF_vars(Send(p))', '\\A p \\in Procs : WF_vars(Send(p) \\/ Recv(p))',
                         'WF_vars(Next)', '\\A p \\in Procs : SF_vars(Enter(p)) /\\ WF_vars(Leave(p))',
                         '\\A p \\in Procs : WF_vars(Recv(p)) /\\ WF_vars(Leave(p))', '\\A p \\in Procs : WF_pc(Enter(p))',
                         '\\A p \\in Procs : WF_vars(Enter(p) \\/ Leave(p)) /\\ SF_vars(Recv(p))', 'TRUE'])
        spec = spec.replace('Spec == Init /\\ [][Next]_vars\n', f'Spec == Init /\\ [][Next]_vars /\\ {fair}\n')
        props = r.sample(['\\A p \\in Procs : pc[p] = "cs" ~> pc[p] # "cs"', '[]<>(queue = <<>>)', '<>[](total >= 1)',
                          '<>(\\A p \\in Procs : pc[p] = "done")', "[][total' >= total]_total", '\\A p \\in Procs : []<>(pc[p] # "cs")',
                          '(queue # <<>>) ~> (queue = <<>>)', '\\A p \\in Procs : <>(st[p].cnt > 0)', '[](ENABLED Next)',
                          '<>[](Len(queue) <= 1)', '\\E p \\in Procs : <>(pc[p] = "cs")', '[]((total > 0) => [](total > 0))'],
                         r.randint(1, 2))
        for i, pr in enumerate(props):
            spec += f'Prop{i} == {pr}\n'
            cfg += f'PROPERTY Prop{i}\n'
        invs = [i for i in invs if i in ('TypeOK', 'Mutex')]
    for i in invs:
        cfg += f'INVARIANT {i}\n'
    if r.random() < 0.8 or family != 'fair':
        cfg += 'CONSTRAINT Bound\n'
    if r.random() < 0.2:
        spec += "Steps == total' <= total + 1 /\\ Len(queue') <= Len(queue) + 1\n"
        cfg += 'ACTION_CONSTRAINT Steps\n'
    cfg += f'CHECK_DEADLOCK {"TRUE" if deadlock else "FALSE"}\n'
    spec += '====\n'
    return name, spec, cfg

# One expression at a time, where TLC's answer is a rule of its evaluator
# rather than of the search: comparisons across kinds of value, EXCEPT
# outside the domain, integer bounds, non-enumerable sets, strings as
# sequences, the TLC module's operators. Seed k takes expression
# k % len(EDGE) and puts it in Init, in an action met on the second step,
# or in an invariant (k // len(EDGE) % 3).
EDGE = [
    '1 = "a"', '"a" = 1', '<<1>> = {1}', '[a |-> 1] = <<1>>', '{} = <<>>', '<<>> = [y \\in {} |-> 1]',
    '"a" \\in {1, 2}', '1 \\in {"a"}', 'm1 = 1', 'm1 \\in Nat', 'm1 < 2', '{m1} \\subseteq 1..3', 'm1 \\in {"a"}',
    '1..3 = {1, 2, 3}', 'Nat \\subseteq Int', 'SUBSET Nat = {}', 'Cardinality(Nat) > 0', '(CHOOSE n \\in Nat : n > 2) = 3',
    '\\E n \\in Nat : n > 2', '\\A n \\in Nat : n >= 0', '<<1, 2>> \\in Seq(Nat)', 'Len("abc") = 3', 'Head("abc") = "a"',
    '"abc"[1] = "a"', 'Append("ab", "c") = "abc"', 'SubSeq("abc", 1, 2) = "ab"', 'DOMAIN "abc" = 1..3',
    '[y \\in {1, 2} |-> y] = <<1, 2>>', '(1 :> 2) = <<2>>', '[a |-> 1].b = 1', '<<1, 2>>[3] = 1', '<<1, 2>>[0] = 1',
    '[<<1, 2>> EXCEPT ![3] = 1] = <<1, 2>>', '[[a |-> 1] EXCEPT !.c = 1] = [a |-> 1]', '[[a |-> 1] EXCEPT !.a = "s"].a = "s"',
    '2^31 > 0', '2^30 + 2^30 > 0', '-2147483647 - 1 < 0', '-2147483647 - 2 < 0', '2147483647 * 2 > 0', '7 \\div 0 = 0', '7 % 0 = 0',
    '7 % -2 = 1', '-7 \\div 2 = -4', '-7 % 2 = 1', '0^0 = 1', '2^-1 = 0', '(IF 1 THEN TRUE ELSE FALSE)', '(1 /\\ TRUE)', 'TRUE = 1',
    'BOOLEAN = {TRUE, FALSE}', '(CASE x = 7 -> TRUE)', '{1, "a"} = {}', 'Cardinality({1, "a"}) = 2', '{[a |-> 1], [b |-> 2]} # {}',
    'SortSeq(<<"b", "a">>, <) = <<"a", "b">>', 'Permutations({1, 2}) = {<<1, 2>>, <<2, 1>>}', 'ToString(<<1, "a">>) = "<<1, \\"a\\">>"',
    '(1 :> 2 @@ 1 :> 3)[1] = 2', 'Assert(x < 1, "x too big")', '"a" < "b"', '{"b", "a"} = {"a", "b"}', 'Len(<<>> \\o "ab") = 2',
    '[y \\in 1..2 |-> y] \\o <<3>> = <<1, 2, 3>>', 'Tail(<<>>) = <<>>', 'Head(<<>>) = 1', 'SubSeq(<<1, 2>>, 2, 1) = <<>>',
    'SubSeq(<<1, 2>>, 0, 1) = <<1>>', 'SubSeq(<<1, 2>>, 2, 3) = <<2>>', 'SelectSeq(<<1, 2, 3>>, LAMBDA y : y > 1) = <<2, 3>>',
    '[y \\in {} |-> 1] = <<>>', 'DOMAIN [a |-> 1, b |-> 2] = {"a", "b"}', '[a |-> 1, b |-> 2] = ("a" :> 1 @@ "b" :> 2)',
    '<<1, 2>> = (1 :> 1 @@ 2 :> 2)', 'Cardinality([a : {1, 2}, b : {3}]) = 2', '[{1} -> {2, 3}] = {[y \\in {1} |-> 2], [y \\in {1} |-> 3]}',
    'Cardinality(SUBSET (1..20)) > 0', 'STRING = {}', '"a" \\in STRING', '1 \\in STRING', 'Int = Nat', '-1 \\in Nat',
    '(CHOOSE y \\in {} : TRUE) = 1', '(CHOOSE y \\in {1, 2} : y > 5) = 1', 'UNION {{1}, {"a"}} = {}', '{1} \\cup {"a"} = {}',
    '{1, 2} \\ {"a"} = {1, 2}', '(x :> 1)[x + 1] = 1', 'm1 = m2', 'm1 # "m1"', '{m1, m2} = {m2, m1}', 'CHOOSE y \\in {m1, m2} : TRUE',
    '(CHOOSE y \\in {m2, m1} : TRUE) = m1', 'IsFiniteSet(Nat)', 'IsFiniteSet({1, 2})', 'x \\in {x}', '{x, x + 1} \\subseteq 0..1',
    '\\A s \\in SUBSET {1, 2} : Cardinality(s) <= 2', 'Len(Permutations({1, 2, 3}) \\X {1}) = 6', '(<<1, 2>> \\X {3}) = {}',
    'Seq({1}) = {}', '<<1>> \\in Seq({1})', '"" = <<>>', 'Len("") = 0', 'ToString(m1) = "m1"', 'ToString("a") = "\\"a\\""',
    # Membership of a value of another kind, comparisons with infinite sets.
    '"a" \\in Nat', '<<1>> \\in STRING', 'm1 \\in STRING', '1 \\in [a : {1}]', '<<>> \\in [a : {1}]', '[b |-> 1] \\in [a : {1}]',
    '1 \\in [{1} -> {2}]', '(2 :> 2) \\in [{1} -> {2}]', '[a |-> 1] \\in {1} \\X {2}', '(0 :> 1) \\in {1} \\X {2}',
    '(0 :> 1) \\in Seq({1})', '"ab" \\in Seq(STRING)', '1 \\in SUBSET {1}', 'm1 \\in SUBSET {1}', '{"a"} \\subseteq Nat',
    '{} = Nat', 'Nat = Nat', 'Nat = Int', 'SUBSET Nat = SUBSET Nat', 'Seq({1}) = Seq({1})', '<<1>> = [a |-> 1]',
    '<<1, 2>> = [a |-> 1]', '[a |-> 1] = (1 :> 1 @@ 2 :> 2)', '("a" :> 1) = <<1>>', '<<1>> = (m1 :> 1)', '(0 :> 5) = <<5>>',
    # CHOOSE's order and printing (ToString) of values TLC keeps lazily.
    '(CHOOSE f \\in [{1, 2} -> {0, 1}] : f[1] # f[2]) = <<0, 1>>', '(CHOOSE s \\in SUBSET {1, 2, 3} : Cardinality(s) = 2) = {1, 2}',
    '(CHOOSE r \\in [a : {1, 2}, b : {"x", "y"}] : r.a = 2).b = "x"', '(CHOOSE s \\in {"b", "a", "c"} : TRUE) = "a"',
    '(CHOOSE p \\in Permutations({1, 2, 3}) : p[1] = 2) = <<2, 1, 3>>', '(CHOOSE s \\in {<<1, 2>>, <<2>>, <<>>} : TRUE) = <<>>',
    'ToString(SUBSET {1, 2}) = "{{}, {1}, {2}, {1, 2}}"', 'ToString({1} \\X {2}) = "{<<1, 2>>}"', 'ToString([a : {1}]) = "{[a |-> 1]}"',
    'ToString(SUBSET (1..7)) = "SUBSET (1..7)"', 'ToString(UNION {{1}, {2}}) = "{1, 2}"', '{m2, m1, 3, "x"} # {}',
]

def gen_edge(seed):
    e = EDGE[seed % len(EDGE)]
    where = seed // len(EDGE) % 3
    name = f'G{seed}'
    init = f'x = 0 /\\ ({e})' if where == 0 else 'x = 0'
    step = f'\\/ x = 1 /\\ ({e}) /\\ x\' = 2' if where == 1 else ''
    inv = f'(x = 2 => ({e}))' if where == 2 else 'TRUE'
    spec = f"""---- MODULE {name} ----
EXTENDS Integers, Sequences, FiniteSets, TLC
CONSTANTS m1, m2
VARIABLE x
Init == {init}
Next == \\/ x < 2 /\\ x' = x + 1
        {step}
Inv == {inv}
====
"""
    cfg = 'CONSTANTS m1 = m1 m2 = m2\nINIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n'
    return name, spec, cfg

def tlc(d, name):
    meta = tempfile.mkdtemp(prefix='difftlc-')
    try:
        p = subprocess.run([os.environ.get('JAVA', 'java'), '-XX:+UseParallelGC', '-cp', os.environ['TLA2TOOLS'], 'tlc2.TLC', '-workers', '1', '-metadir', meta, '-config', f'{name}.cfg', f'{name}.tla'], cwd=d, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        # A state space too large to compare: skipped, not counted.
        return dict(result='timeout', gen=None, dist=None, depth=None, inv=None, invs=[], out='', trace=None)
    finally:
        shutil.rmtree(meta, ignore_errors=True)
    out = p.stdout
    res = 'other'
    codes = {0: 'success', 10: 'assumption failure', 11: 'deadlock failure', 12: 'safety failure', 13: 'liveness failure',
             14: 'safety failure'}  # 14: an Assert failed, a safety failure in the manifest's words
    if 'No error has been found' in out: res = 'success'
    elif re.search(r'Error: Invariant \S+ is violated', out): res = 'safety failure'
    elif 'Deadlock reached' in out: res = 'deadlock failure'
    elif 'Temporal properties were violated' in out or re.search(r'Temporal property \S+ was violated', out): res = 'liveness failure'
    elif re.search(r'Error: Action property \S+ of|Error: Invariant|is violated', out): res = 'safety failure'
    elif 'Parse Error' in out or 'Semantic error' in out or 'semantic error' in out.lower(): res = 'parse'
    elif 'Error:' in out: res = 'error'
    if p.returncode in codes and res != 'parse': res = codes[p.returncode]
    elif res not in ('parse',): res = 'error'
    m = re.search(r'([\d,]+) states generated, ([\d,]+) distinct states found', out)
    gen = dist = None
    if m: gen, dist = int(m.group(1).replace(',', '')), int(m.group(2).replace(',', ''))
    m = re.search(r'depth of the complete state graph search is (\d+)', out)
    depth = int(m.group(1)) if m else None
    # A name, or a part of a property named by its range ("line 9, col 5
    # to line 9, col 17 of module M").
    inv = re.search(r'Error: (?:Invariant|Action property|Temporal property) (line \d+, col \d+ to line \d+, col \d+ of module \S+|\S+) (?:is|was) violated', out)
    invs = [inv.group(1)] if inv else []
    # TLC names every property its lasso violates: "Temporal properties
    # P, Q, and R were violated."
    m = re.search(r'Error: Temporal properties (.*) were violated', out)
    if m:
        invs = [x for x in re.split(r',? and |, ', m.group(1)) if x]
    return dict(result=res, gen=gen, dist=dist, depth=depth, inv=inv.group(1) if inv else None, invs=invs, out=out,
                trace=tlc_trace(out))

def tlc_trace(out):
    """The counterexample TLC printed, as a list of states (each a sorted
    list of 'var = value' entries), or None when it printed none."""
    m = re.search(r'(?:violated by the initial state|While working on the initial state):\n(.*?)\n\n', out, re.S)
    if m:
        return [state_entries(m.group(1))]
    if 'Error: The behavior up to this point is:' not in out and 'Error: The following behavior constitutes a counter-example:' not in out:
        return None
    body = re.split(r'Error: The behavior up to this point is:\n|Error: The following behavior constitutes a counter-example:\n', out, 1)[1]
    return trace_states(body)

def trace_states(text):
    states = []
    for block in re.split(r'^(?:State \d+|Back to state \d+)[^\n]*\n', text, flags=re.M)[1:]:
        block = block.split('\n\n')[0]
        states.append(state_entries(block))
    return states

def state_entries(block):
    entries = []
    for line in block.split('\n'):
        if line.startswith('/\\ ') or not entries:
            entries.append(line.removeprefix('/\\ '))
        elif line:
            entries[-1] += '\n' + line
    return sorted(e for e in entries if e)
def ours(d, name):
    p = subprocess.run([os.environ.get('TLA_GEN_LSP', 'tla-gen-lsp'), 'modelcheck', '-format', 'json', '-timeout', '120', f'{name}.tla'], cwd=d, capture_output=True, text=True, timeout=300)
    try: j = json.loads(p.stdout)
    except Exception: return dict(result='crash', out=p.stdout + p.stderr)
    v = j.get('violation') or {}
    o = dict(result=j['result'], gen=j['generatedStates'], dist=j['distinctStates'], depth=j['depth'], inv=v.get('name'), msg=v.get('message'), out=p.stdout[:3000])
    o['tracelen'] = len(j.get('trace') or [])
    if j['result'] in ('safety failure', 'deadlock failure', 'error'):
        # The trace as printed in text mode, to compare with TLC's state for state.
        t = subprocess.run([os.environ.get('TLA_GEN_LSP', 'tla-gen-lsp'), 'modelcheck', '-timeout', '120', f'{name}.tla'], cwd=d, capture_output=True, text=True, timeout=300).stdout
        o['trace'] = tlc_trace(t)
        o['out'] = t[:6000]
    return o
def one(d):
    name = os.path.basename(d)
    t = tlc(d, name)
    if t['result'] == 'timeout':
        return name, 'timeout', '-', None, False, 'TLC ran out of time', t, {}
    o = ours(d, name)
    tr = t['result']
    ok = True
    why = ''
    if tr == 'parse':
        ok = o['result'] in ('error',)  # ours reports SANY errors as error
        why = 'parse'
    elif tr == 'error':
        ok = o['result'] == 'error'
    else:
        ok = o['result'] == tr
        if ok and tr == 'success':
            ok = (o['dist'], o['depth']) == (t['dist'], t['depth'])
            why = f"dist {o['dist']} vs {t['dist']} depth {o['depth']} vs {t['depth']}"
        if ok and tr in ('safety failure', 'liveness failure'):
            # Ours names the first property (in the configuration's order)
            # that does not hold; TLC all those its counterexample violates.
            ok = o['inv'] in t['invs'] if tr == 'liveness failure' and t['invs'] else (o['inv'] or None) == t['inv']
            why = f"violated {o['inv']} vs {', '.join(t['invs']) or None}"
    # A safety counterexample is a shortest one (BFS): the same length as
    # TLC's; so is the behaviour up to an evaluation error or a deadlock.
    if ok and tr in ('safety failure', 'deadlock failure', 'error') and t['trace'] is not None:
        ok = o['tracelen'] == len(t['trace'])
        why = f"trace length {o['tracelen']} vs {len(t['trace'])}"
        if ok and o.get('trace') is not None and o['trace'] != t['trace']:
            why = 'trace states differ'
    gen_same = o.get('gen') == t['gen']
    return name, tr, o['result'], ok, gen_same, why, t, o

FAMILY_OF_LETTER = {'R': 'rand/live', 'P': 'proc', 'E': 'err', 'B': 'lib', 'F': 'fair', 'M': 'msg', 'G': 'edge'}
FAMILIES = ('rand', 'live', 'proc', 'err', 'lib', 'fair', 'msg', 'edge')

def spec_dirs(root):
    """The spec folders under root (each X/X.tla), by family letter and seed."""
    dirs = [d for d in glob.glob(os.path.join(root, '*')) if os.path.isfile(os.path.join(d, os.path.basename(d) + '.tla'))]
    return sorted(dirs, key=lambda x: (os.path.basename(x)[0], int(os.path.basename(x)[1:])))

def main():
    if len(sys.argv) >= 5 and sys.argv[1] == 'gen':
        out, lo, hi = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        family = sys.argv[5] if len(sys.argv) > 5 else ('live' if os.environ.get('LIVE') else 'rand')
        if family not in FAMILIES:
            sys.exit(f'unknown family {family}; one of {", ".join(FAMILIES)}')
        for s in range(lo, hi):
            if family in ('rand', 'live'):
                if family == 'live': os.environ['LIVE'] = '1'
                name, (sp, cf) = f'R{s}', gen(s)
            elif family == 'edge':
                name, sp, cf = gen_edge(s)
            else:
                name, sp, cf = gen_proc(s, family)
            d = os.path.join(out, name)
            os.makedirs(d, exist_ok=True)
            open(os.path.join(d, f'{name}.tla'), 'w').write(sp)
            open(os.path.join(d, f'{name}.cfg'), 'w').write(cf)
        return
    if len(sys.argv) == 3 and sys.argv[1] == 'run':
        if 'TLA2TOOLS' not in os.environ:
            sys.exit('set TLA2TOOLS to tla2tools.jar or a folder of TLC classes')
        bad = n = 0
        verdicts = {}
        families = {}  # by the module name's letter: [specs, disagreements]
        for d in spec_dirs(sys.argv[2]):
            name, tr, orr, ok, gs, why, t, o = one(d)
            if ok is None:
                print(f'SKIP {name:6} {why}', flush=True)
                continue
            n += 1
            bad += not ok
            verdicts[tr] = verdicts.get(tr, 0) + 1
            fam = families.setdefault(FAMILY_OF_LETTER.get(name[0], name[0]), [0, 0])
            fam[0] += 1
            fam[1] += not ok
            tl = len(t['trace']) if t.get('trace') is not None else '-'
            print(f"{'OK ' if ok else 'BAD'} {name:6} TLC {tr:18} ours {orr:18} distinct {t['dist']}/{o.get('dist')} generated {t['gen']}/{o.get('gen')} depth {t['depth']}/{o.get('depth')} trace {tl}/{o.get('tracelen', '-')} {why if not ok or why == 'trace states differ' else ''}", flush=True)
            if not ok:
                open(os.path.join(d, 'disagreement.txt'), 'w').write(t['out'] + '\n===== tla-gen-lsp =====\n' + o['out'])
        print('by family: ' + ', '.join(f'{k} {v[0]} ({v[1]} disagree)' for k, v in sorted(families.items())))
        print(f'{n} specs ({", ".join(f"{v} {k}" for k, v in sorted(verdicts.items()))} by TLC), {bad} disagree with TLC')
        sys.exit(1 if bad else 0)
    sys.exit(__doc__)

if __name__ == '__main__':
    main()
