// Runs the extension's TextMate grammar with the engine VS Code uses
// (vscode-textmate on the Oniguruma regular expressions of
// vscode-oniguruma) and checks the scopes of known tokens: in a fixture
// module written to hold each construct, and in every module of the TLA+
// Examples in ../shared/sany-corpus (which SANY accepts, so each one's
// closing ==== must still be seen as the module's end: no comment,
// string or PlusCal block may run away).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const EXT = path.join(__dirname, '..');
const ROOT = path.join(EXT, '..', '..');
const SHARED_EXAMPLES = path.join(ROOT, '..', 'shared', 'sany-corpus', 'examples', 'specifications');

let grammarPromise;
function grammar() {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const pkg = JSON.parse(fs.readFileSync(path.join(EXT, 'package.json'), 'utf8'));
        const entry = pkg.contributes.grammars.find((g) => g.scopeName === scopeName);
        if (!entry) return null;
        const file = path.join(EXT, entry.path);
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    return registry.loadGrammar('source.tlaplus');
  })();
  return grammarPromise;
}

// tokenize returns, for each line, its tokens as {text, scopes}.
async function tokenize(text) {
  const g = await grammar();
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}

// scopesAt returns the scopes of the token holding the first character of
// the nth (1-based) occurrence of needle on the line that starts with
// linePrefix.
function scopesAt(lines, source, linePrefix, needle, nth = 1) {
  const srcLines = source.split(/\r?\n/);
  const i = srcLines.findIndex((l) => l.startsWith(linePrefix));
  assert.ok(i >= 0, `no line starts with ${JSON.stringify(linePrefix)}`);
  let col = -1;
  for (let k = 0; k < nth; k++) {
    col = srcLines[i].indexOf(needle, col + 1);
    assert.ok(col >= 0, `${JSON.stringify(needle)} #${nth} not on line ${i + 1}`);
  }
  const tok = lines[i].find((t) => t.start <= col && col < t.start + t.text.length);
  return tok.scopes;
}

const has = (scopes, prefix) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

test('the grammar is the one package.json contributes for tlaplus', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(EXT, 'package.json'), 'utf8'));
  const entry = pkg.contributes.grammars.find((g) => g.language === 'tlaplus');
  assert.ok(entry, 'no grammar for language tlaplus');
  assert.strictEqual(pkg.contributes.languages.find((l) => l.id === 'tlaplus').configuration, './language-configuration.json');
  const ignore = fs.readFileSync(path.join(EXT, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes('!' + entry.path.replace(/^\.\//, '')), '.vscodeignore leaves the grammar out of the package');
});

test('known tokens of the fixture module have their scopes', async () => {
  const source = fs.readFileSync(path.join(__dirname, 'fixtures', 'Grammar.tla'), 'utf8');
  const lines = await tokenize(source);
  const cases = [
    // [line prefix, needle, nth, scope the token must have, scope it must not have]
    ['------------------------------ MODULE', 'MODULE', 1, 'keyword.other.module'],
    ['------------------------------ MODULE', 'Grammar', 1, 'entity.name.type.module'],
    ['EXTENDS', 'EXTENDS', 1, 'keyword.other'],
    ['CONSTANTS', 'CONSTANTS', 1, 'keyword.other'],
    ['VARIABLES', 'VARIABLES', 1, 'keyword.other'],
    ['(* A block', '(*', 1, 'comment.block'],
    ['(* A block', 'nested', 1, 'comment.block'],
    ['(* A block', 'that goes on', 1, 'comment.block'],
    ['   over lines', '"not a string"', 1, 'comment.block', 'string.quoted.double'],
    ['   over lines', '\\* not', 1, 'comment.block', 'comment.line'],
    ['\\* A line comment', 'unclosed', 1, 'comment.line.backslash-star'],
    ['Init ==', 'Init', 1, 'entity.name.function.definition'],
    ['Init ==', '==', 1, 'keyword.operator.definition'],
    ['Init ==', '/\\', 1, 'keyword.operator.logical', 'comment'],
    ['        /\\ msgs', '<<', 1, 'punctuation.definition.tuple'],
    ['Inc(p)', 'Inc', 1, 'entity.name.function.definition'],
    ["Inc(p)", "'", 1, 'keyword.operator.prime'],
    ['Inc(p)', '\\b101', 1, 'constant.numeric.binary'],
    ['Inc(p)', '\\o17', 1, 'constant.numeric.octal'],
    ['Inc(p)', '\\hFF', 1, 'constant.numeric.hex'],
    ['Inc(p)', '3', 1, 'constant.numeric.decimal'],
    ['Inc(p)', 'UNCHANGED', 1, 'keyword.operator.word'],
    ['Str ==', '"a', 1, 'string.quoted.double'],
    ['Str ==', '\\"', 1, 'constant.character.escape'],
    ['Str ==', '(* inside', 1, 'string.quoted.double', 'comment'],
    ['Max[', 'Max', 1, 'entity.name.function.definition'],
    ['Max[', '\\in', 1, 'keyword.operator.set'],
    ['Max[', 'SUBSET', 1, 'keyword.operator.word'],
    ['Max[', 'Nat', 1, 'support.type'],
    ['Max[', 'CHOOSE', 1, 'keyword.operator.word'],
    ['Max[', '\\A', 1, 'keyword.operator.quantifier'],
    ['Max[', '<=', 1, 'keyword.operator.comparison'],
    ['Uni ==', '∀', 1, 'keyword.operator.quantifier'],
    ['Uni ==', '∈', 1, 'keyword.operator.set'],
    ['Uni ==', '≠', 1, 'keyword.operator.comparison'],
    ['Uni ==', '⇒', 1, 'keyword.operator.logical'],
    ['Uni ==', '′', 1, 'keyword.operator.prime'],
    ['Uni ==', '∧', 1, 'keyword.operator.logical'],
    ['Uni ==', '≜', 1, 'keyword.operator.definition'],
    ['Lively', 'WF_', 1, 'keyword.operator.fairness'],
    ['Lively', '[]', 1, 'keyword.operator.temporal'],
    ['Lively', '<>', 1, 'keyword.operator.temporal'],
    ['Lively', '~>', 1, 'keyword.operator.logical'],
    ['Recs', 'EXCEPT', 1, 'keyword.operator.word'],
    ['Recs', '@', 1, 'variable.language.at'],
    ['Recs', '|->', 1, 'keyword.operator.function'],
    ['Recs', '\\cup', 1, 'keyword.operator.set'],
    ['Recs', '\\notin', 1, 'keyword.operator.set'],
    ['LOCAL Helper', 'LOCAL', 1, 'storage.modifier.local'],
    ['LOCAL Helper', 'Helper', 1, 'entity.name.function.definition'],
    ['LOCAL Helper', 'IF', 1, 'keyword.control'],
    ['LOCAL Helper', 'THEN', 1, 'keyword.control'],
    ['LOCAL Helper', 'TRUE', 1, 'constant.language'],
    ['I == INSTANCE', 'INSTANCE', 1, 'keyword.other.module'],
    ['I == INSTANCE', 'Sequences', 1, 'entity.name.type.module'],
    ['(* --algorithm', '--algorithm', 1, 'keyword.other.algorithm.pluscal'],
    ['(* --algorithm', 'Counter', 1, 'entity.name.type.algorithm.pluscal'],
    ['variables y', 'variables', 1, 'keyword.control.pluscal'],
    ['variables y', '0', 1, 'constant.numeric.decimal'],
    ['  Step:', 'Step', 1, 'entity.name.label.pluscal'],
    ['  Step:', 'while', 1, 'keyword.control.pluscal'],
    ['    y :=', ':=', 1, 'keyword.operator.assignment.pluscal'],
    ['    y :=', '\\* count', 1, 'comment.line.backslash-star'],
    ['end algorithm', 'end', 1, 'keyword.control.pluscal'],
    ['end algorithm', '*)', 1, 'comment.block', 'meta.embedded.block.pluscal'],
    ['-----------------------------------------------------------------------------', '-', 1, 'meta.separator'],
    ['THEOREM Safe', 'THEOREM', 1, 'keyword.other'],
    ['THEOREM Safe', '=>', 1, 'keyword.operator.logical'],
    ['<1>1.', '<1>1.', 1, 'entity.name.label.proof-step'],
    ['  BY DEF', 'BY', 1, 'keyword.other.proof'],
    ['  BY DEF', 'DEF', 1, 'keyword.other.proof'],
    ['<1>2. QED', 'QED', 1, 'keyword.other.proof'],
    ['  OBVIOUS', 'OBVIOUS', 1, 'keyword.other.proof'],
    ['=====', '=', 1, 'meta.module.end'],
  ];
  const failures = [];
  for (const [prefix, needle, nth, want, notWant] of cases) {
    const scopes = scopesAt(lines, source, prefix, needle, nth);
    if (!has(scopes, want + '.tlaplus') && !has(scopes, want)) {
      failures.push(`${prefix}… ${needle}: ${scopes.join(' ')} lacks ${want}`);
    }
    if (notWant && scopes.some((s) => s.startsWith(notWant))) {
      failures.push(`${prefix}… ${needle}: ${scopes.join(' ')} has ${notWant}`);
    }
  }
  // Everything after the PlusCal block's end is outside it.
  const after = scopesAt(lines, source, 'THEOREM Safe', 'Init');
  if (after.some((s) => s.includes('pluscal') || s.startsWith('comment'))) failures.push(`THEOREM line: ${after.join(' ')}`);
  assert.deepStrictEqual(failures, []);
});

test('a PlusCal algorithm ends with its comment, even after \\* or **', async () => {
  for (const end of ['begin skip; \\* done *)', '****************************)']) {
    const source = `(* --algorithm A\nvariables v = 0;\n${end}\nFoo == 1\n====`;
    const lines = await tokenize(source);
    const foo = scopesAt(lines, source, 'Foo', 'Foo');
    assert.ok(has(foo, 'entity.name.function.definition.tlaplus') && !foo.some((s) => s.startsWith('comment')), `${end}: Foo has ${foo.join(' ')}`);
  }
});

test('every Examples module ends, as SANY sees it, with ====', async (t) => {
  if (!fs.existsSync(SHARED_EXAMPLES)) {
    const msg = `${SHARED_EXAMPLES} is absent`;
    if (process.env.TLA_GEN_REQUIRE_SHARED === '1') assert.fail(`${msg} and TLA_GEN_REQUIRE_SHARED=1`);
    t.skip(msg);
    return;
  }
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tla')) files.push(p);
    }
  };
  walk(SHARED_EXAMPLES);
  assert.ok(files.length > 200, `only ${files.length} modules`);
  const failures = [];
  let pluscal = 0;
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const srcLines = source.split(/\r?\n/);
    const lines = await tokenize(source);
    const rel = path.relative(SHARED_EXAMPLES, file);
    const header = srcLines.findIndex((l) => /^\s*-{4,}\s*MODULE\s+\w+\s*-{4,}/.test(l));
    const last = srcLines.map((l) => /^\s*={4,}/.test(l)).lastIndexOf(true);
    if (header < 0 || last < 0) {
      failures.push(`${rel}: no header or no ====`);
      continue;
    }
    const name = srcLines[header].match(/MODULE\s+(\w+)/)[1];
    const nameTok = lines[header].find((tk) => tk.text === name);
    if (!nameTok || !has(nameTok.scopes, 'entity.name.type.module.tlaplus')) {
      failures.push(`${rel}:${header + 1}: module name scopes ${nameTok && nameTok.scopes.join(' ')}`);
    }
    const end = lines[last].find((tk) => tk.text.includes('='));
    if (!has(end.scopes, 'meta.module.end.tlaplus') || end.scopes.some((s) => s.startsWith('comment') || s.startsWith('string'))) {
      failures.push(`${rel}:${last + 1}: the closing ==== has scopes ${end.scopes.join(' ')}`);
    }
    const alg = srcLines.findIndex((l) => /^\s*(\(\*+)?\s*--(fair\s+)?algorithm\b/.test(l));
    if (alg >= 0) {
      pluscal++;
      const tok = lines[alg].find((tk) => tk.text.startsWith('--'));
      if (!tok || !has(tok.scopes, 'keyword.other.algorithm.pluscal.tlaplus')) failures.push(`${rel}:${alg + 1}: --algorithm not PlusCal`);
    }
  }
  assert.ok(pluscal >= 10, `only ${pluscal} PlusCal modules`);
  assert.deepStrictEqual(failures, [], `${failures.length} of ${files.length} modules`);
});

test('the language configuration continues /\\ and \\/ lists on Enter', () => {
  const conf = JSON.parse(fs.readFileSync(path.join(EXT, 'language-configuration.json'), 'utf8'));
  const onEnter = (line) => {
    const rule = conf.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
    return rule ? rule.action.appendText : undefined;
  };
  assert.strictEqual(onEnter('  /\\ x = 0'), '/\\ ');
  assert.strictEqual(onEnter('        \\/ y = 1'), '\\/ ');
  assert.strictEqual(onEnter('  ∧ x = 0'), '∧ ');
  assert.strictEqual(onEnter('Init == x = 0'), undefined);
  assert.strictEqual(onEnter('Next == x /\\ y'), undefined);
  assert.deepStrictEqual(conf.comments, { lineComment: '\\*', blockComment: ['(*', '*)'] });
});
