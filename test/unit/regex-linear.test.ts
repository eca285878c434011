// Every regular expression of the server and engine runs in linear time. The regexes are found
// in two ways: every regex literal in server/src (read with the TypeScript parser, so a new one
// is tested without anyone listing it), and the token formats built at run time. Each is run on
// adversarial strings (a prefix of its own literal text, then a long run of a "pump") and must
// neither be slow nor scale worse than linearly when the run doubles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { TOKEN_FORMATS } from '../../server/src/engine/secrets';

const SOURCE_ROOT = resolve(__dirname, '../../server/src');

interface FoundRegex {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** `new RegExp(x)` / `RegExp(x)` whose pattern is not a literal: each file must be listed with why it is safe. */
const DYNAMIC_REGEX_FILES: Readonly<Record<string, string>> = {
  'engine/secrets/tokenFormats.ts': 'token formats: tested below through TOKEN_FORMATS',
  'engine/fixes/plan.ts': 'an escaped literal word between fixed boundaries',
  'engine/prefilter.ts': 'an alternation of escaped literal words between fixed one-character lookarounds',
  'engine/checkRuns.ts': "an alternation of a check's escaped keywords",
  'engine/prefilter-toplevel.ts': "an alternation of a check's escaped lowercase fragments (hasFragmentInCode)",
  'engine/rules/startup-migration/javascript-prefilter.ts': 'an alternation of escaped literal words (the tool and app sync keywords, `synchronize`, the DDL verbs)',
  'engine/regions.ts': 'an alternation of escaped names (rebound imports) between fixed one-character lookarounds, or a fixed `\\u`',
  'engine/secrets/tokens.ts': "an alternation of the token formats' escaped keywords; token formats without their g flag: tested below through TOKEN_FORMATS",
  'engine/rules/hardcoded-credential/keywords.ts': 'token formats without their g flag: tested below through TOKEN_FORMATS',
  'engine/rules/hardcoded-credential/login-beside.ts': "escaped literal words (a password name's prefix, a chosen word's value) between fixed parts, one bounded `{1,40}?` type annotation and one bounded `{1,80}` env read before a fallback's `||`/`??`/`,`",
  'engine/rules/hardcoded-credential/credential-value.ts': "an identifier checked against `^[A-Za-z_][A-Za-z0-9_]{0,80}$` between fixed words and bounded `{0,12}`/`{0,4}` runs",
  'engine/rules/hardcoded-credential/settings-loads.ts': "an escaped module name between fixed words and `[ \\t]+` runs",
  'engine/rules/memory-session-store/javascript-held-state.ts': 'an alternation of literal lowercase words (the per-user and identity word lists, `store`)',
  'engine/rules/per-process-secret/env-guard.ts': "an escaped identifier between fixed words and one-character classes, `\\s*` runs and one bounded `{1,60}` type annotation",
  'engine/rules/hardcoded-credential/javascript-own-parameters.ts': 'the literal OWN_CREDENTIAL_PARAMETER (tested as a literal) with the g flag',
  'engine/rules/memory-session-store/local-uploads.ts': "an identifier node's text ($ escaped) between fixed words, `\\s*` and one `[^\\n;]*` tail",
};

function collect(): { literals: FoundRegex[]; dynamic: string[] } {
  const literals: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const name = relative(SOURCE_ROOT, file).replace(/\\/g, '/');
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const close = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        literals.push({ where: `${name}:${line} ${text}`, regex: new RegExp(text.slice(1, close), text.slice(close + 1)) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        if (!node.arguments?.[0] || !ts.isStringLiteral(node.arguments[0])) dynamic.push(name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

const PUMPS = [
  'a', 'A', 'Z', '0', '7', 'f', '_', '-', '.', '/', '+', '=', ':', '@', ' ', '\t', '\n', '\r\n', '[', ']', '\\', '"', "'", '`',
  '$', '%', '#', '*', '|', ',', 'é', '😀', 'aA', 'a-', 'a.', 'a_', 'a:', ':@', 'a ', '[a=', '[a', '0a', 'a/', 'A2', 'a\\n',
];

/** Literal fragments of a regex (`sk_`, `live`, `hooks.slack.com`), and all of them in order. */
function prefixesOf(regex: RegExp): string[] {
  const plain = regex.source.replace(/\\[dDwWsSbBnrtfv]|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\[[^\]]*\]|\{\d*,?\d*\}|\(\?<?[=!:]?/gi, ' ');
  const fragments = (plain.replace(/\\(.)/g, '$1').match(/[A-Za-z0-9_.:/@=-]{2,}/g) ?? []).slice(0, 8);
  return ['', ...fragments, fragments.join('')];
}

function attack(prefix: string, pump: string, times: number): string {
  return `${prefix}${pump.repeat(times)}!`;
}

function run(regex: RegExp, text: string): number {
  const copy = new RegExp(regex.source, regex.flags);
  const started = performance.now();
  if (copy.global) for (const _ of text.matchAll(copy)) void _;
  else copy.test(text);
  return performance.now() - started;
}

function bestOf(times: number, measure: () => number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) best = Math.min(best, measure());
  return best;
}

/** The inputs that took longest at a small size, per regex: the ones worth doubling. */
function worstInputs(regex: RegExp, keep: number): { prefix: string; pump: string }[] {
  const timed: { prefix: string; pump: string; ms: number }[] = [];
  for (const prefix of prefixesOf(regex)) {
    for (const pump of PUMPS) timed.push({ prefix, pump, ms: run(regex, attack(prefix, pump, Math.ceil(1000 / pump.length))) });
  }
  return timed.sort((a, b) => b.ms - a.ms).slice(0, keep);
}

/**
 * Below this, a doubling ratio is timer and GC noise on a loaded machine; a quadratic regex at
 * 40k characters needs hundreds of millions of steps, far above it.
 */
const NOISE_MS = 50;
const RUN = 20_000;
/** Linear doubles; quadratic quadruples. Between them, with room for noise. */
const MAX_RATIO = 3;

/** Time at n and 2n (best of three each); undefined when the growth is linear or within noise. */
function superlinearGrowth(regex: RegExp, prefix: string, pump: string): string | undefined {
  const times = Math.ceil(RUN / pump.length);
  const small = bestOf(3, () => run(regex, attack(prefix, pump, times)));
  const large = bestOf(3, () => run(regex, attack(prefix, pump, times * 2)));
  if (large <= NOISE_MS || large / Math.max(small, 1) < MAX_RATIO) return undefined;
  return `${JSON.stringify(prefix)} + ${JSON.stringify(pump)} × n: ${small.toFixed(1)} ms at n=${times}, ${large.toFixed(1)} ms at n=${times * 2}`;
}

function assertLinear(found: FoundRegex, attempts = 3): void {
  for (const { prefix, pump } of worstInputs(found.regex, 3)) {
    // A failure must repeat: one GC pause on a busy CI machine is not a bug.
    let failure = superlinearGrowth(found.regex, prefix, pump);
    for (let retry = 1; failure !== undefined && retry < attempts; retry++) failure = superlinearGrowth(found.regex, prefix, pump);
    assert.equal(failure, undefined, `${found.where} is not linear: ${failure}`);
  }
}

/**
 * Known superlinear regexes in files whose owner is still at work, keyed by `file:line`: they run
 * as todo tests (reported, not failing) until fixed. Remove an entry once its fix lands.
 */
// Regexes known to be superlinear, each with the fix it needs (empty: every known one is fixed).
const KNOWN_SUPERLINEAR: Readonly<Record<string, string>> = {};

describe('every regular expression runs in linear time', () => {
  const { literals, dynamic } = collect();

  it('finds the regexes of every module (a sanity floor, so a broken collector fails loudly)', () => {
    assert.ok(literals.length >= 60, `only ${literals.length} regex literals found`);
    assert.ok(TOKEN_FORMATS.filter((format) => format.pattern).length >= 30);
  });

  it('builds regexes at run time only where it is known to be safe', () => {
    const unknown = [...new Set(dynamic)].filter((file) => !(file in DYNAMIC_REGEX_FILES));
    assert.deepEqual(unknown, [], 'a new `new RegExp(non-literal)`: test its patterns here and list the file');
  });

  describe('token formats', () => {
    for (const format of TOKEN_FORMATS) {
      if (format.pattern) it(format.id, () => assertLinear({ where: `token format ${format.id}`, regex: format.pattern! }));
    }
  });

  describe('regex literals in server/src', () => {
    for (const found of literals) {
      const known = KNOWN_SUPERLINEAR[found.where.split(' ')[0]!];
      it(found.where, known ? { todo: known } : {}, () => assertLinear(found, known ? 1 : 3));
    }
  });
});
