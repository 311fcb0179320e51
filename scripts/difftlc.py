#!/usr/bin/env python3
"""difftlc: differential testing of `tla-gen-lsp modelcheck` against real TLC
on random specs shaped like the ones model pipelines write (model values,
functions with EXCEPT, records, sequences, sets, CHOOSE, LET, CASE,
RECURSIVE, quantifiers, a CONSTRAINT, SYMMETRY; with LIVE=1, WF/SF fairness
and a temporal PROPERTY instead of the invariant).

  scripts/difftlc.py gen DIR FROM TO        write specs R<FROM>..R<TO-1> into DIR
  LIVE=1 scripts/difftlc.py gen DIR FROM TO the same with fairness and properties
  TLA2TOOLS=/path/to/tla2tools.jar TLA_GEN_LSP=./tla-gen-lsp scripts/difftlc.py run DIR

`run` runs TLC (one worker) and `tla-gen-lsp modelcheck` on each spec and
compares the verdict (TLC's exit status), distinct states and depth of a
success, and the violated name of a failure; a disagreement is written to
the spec's folder as disagreement.txt. Nothing is fetched or built: bring
your own TLC. Not part of the test suite (it needs Java).
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

def tlc(d, name):
    meta = tempfile.mkdtemp(prefix='difftlc-')
    p = subprocess.run([os.environ.get('JAVA', 'java'), '-XX:+UseParallelGC', '-cp', os.environ['TLA2TOOLS'], 'tlc2.TLC', '-workers', '1', '-metadir', meta, '-config', f'{name}.cfg', f'{name}.tla'], cwd=d, capture_output=True, text=True, timeout=300)
    shutil.rmtree(meta, ignore_errors=True)
    out = p.stdout
    res = 'other'
    codes = {0: 'success', 10: 'assumption failure', 11: 'deadlock failure', 12: 'safety failure', 13: 'liveness failure'}
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
    inv = re.search(r'Error: (?:Invariant|Action property|Temporal property) (\S+) (?:is|was) violated', out)
    return dict(result=res, gen=gen, dist=dist, depth=depth, inv=inv.group(1) if inv else None, out=out)
def ours(d, name):
    p = subprocess.run([os.environ.get('TLA_GEN_LSP', 'tla-gen-lsp'), 'modelcheck', '-format', 'json', '-timeout', '120', f'{name}.tla'], cwd=d, capture_output=True, text=True, timeout=300)
    try: j = json.loads(p.stdout)
    except Exception: return dict(result='crash', out=p.stdout + p.stderr)
    v = j.get('violation') or {}
    return dict(result=j['result'], gen=j['generatedStates'], dist=j['distinctStates'], depth=j['depth'], inv=v.get('name'), msg=v.get('message'), out=p.stdout[:3000])
def one(d):
    name = os.path.basename(d)
    t = tlc(d, name); o = ours(d, name)
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
            ok = o['inv'] == t['inv']
    gen_same = o.get('gen') == t['gen']
    return name, tr, o['result'], ok, gen_same, why, t, o

def main():
    if len(sys.argv) >= 5 and sys.argv[1] == 'gen':
        out, lo, hi = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        for s in range(lo, hi):
            sp, cf = gen(s)
            d = os.path.join(out, f'R{s}')
            os.makedirs(d, exist_ok=True)
            open(os.path.join(d, f'R{s}.tla'), 'w').write(sp)
            open(os.path.join(d, f'R{s}.cfg'), 'w').write(cf)
        return
    if len(sys.argv) == 3 and sys.argv[1] == 'run':
        if 'TLA2TOOLS' not in os.environ:
            sys.exit('set TLA2TOOLS to tla2tools.jar or a folder of TLC classes')
        dirs = sorted(glob.glob(os.path.join(sys.argv[2], 'R*')), key=lambda x: int(os.path.basename(x)[1:]))
        bad = n = 0
        for d in dirs:
            name, tr, orr, ok, gs, why, t, o = one(d)
            n += 1
            bad += not ok
            print(f"{'OK ' if ok else 'BAD'} {name:6} TLC {tr:18} ours {orr:18} distinct {t['dist']}/{o.get('dist')} generated {t['gen']}/{o.get('gen')} depth {t['depth']}/{o.get('depth')}", flush=True)
            if not ok:
                open(os.path.join(d, 'disagreement.txt'), 'w').write(t['out'] + '\n===== tla-gen-lsp =====\n' + o['out'])
        print(f'{n} specs, {bad} disagree with TLC')
        sys.exit(1 if bad else 0)
    sys.exit(__doc__)

if __name__ == '__main__':
    main()
