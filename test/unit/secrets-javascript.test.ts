// hardcoded-credential in JS/TS beyond its examples: what a user sees in messages and fixes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { hardcodedCredential } from '../../server/src/engine/rules/hardcoded-credential';
import { javascriptCheck } from '../../server/src/engine/rules/hardcoded-credential/javascript';
import { scan } from '../../server/src/engine/scan';
import type { Finding, ScanOptions } from '../../server/src/engine/types';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { parseMarkers } from '../helpers/markers';

const JS_EXAMPLES = exampleSets('hardcoded-credential', 'javascript').flatMap((set) => set.examples.invalid);
const run = (path: string, code: string, options?: ScanOptions): Finding[] => scan({ path }, code, options, [hardcodedCredential]);
const clean = (marked: string): string => parseMarkers(marked).code;

describe('hardcoded-credential (JS/TS) messages', () => {
  for (const example of JS_EXAMPLES) {
    it(`never shows the secret: ${example.name ?? example.path}`, () => {
      const code = clean(example.code);
      for (const finding of run(example.path, code, example.options)) {
        const secret = code.slice(finding.span.start, finding.span.end).replace(/^[`'"]|[`'"]$/g, '');
        assert.ok(!finding.message.includes(secret), `message shows the secret: ${finding.message}`);
        if (finding.fix?.kind === 'move-to-env') assert.ok(!finding.message.includes(finding.fix.value));
      }
    });
  }
});

describe('hardcoded-credential (JS/TS) fixes', () => {
  for (const example of JS_EXAMPLES) {
    it(`leaves code that parses: ${example.name ?? example.path}`, () => {
      const code = clean(example.code);
      for (const finding of run(example.path, code, example.options)) {
        if (finding.fix?.kind !== 'move-to-env') continue;
        const fixed = applyEdits(code, [{ span: finding.fix.span, text: `process.env.${finding.fix.envName}` }]);
        const { diagnostics } = ts.transpileModule(fixed, { fileName: example.path, reportDiagnostics: true });
        assert.equal(diagnostics?.length, 0, fixed);
        // One occurrence fewer: a password that is the login beside it (`user || 'admin'`, `password || 'admin'`) keeps the login's.
        const value = finding.fix.value;
        const count = (text: string) => text.split(value).length - 1;
        assert.ok(count(fixed) < count(code), `the value stays in the code:\n${fixed}`);
      }
    });
  }

  const noFix: [string, string][] = [
    ['a token inside a longer string', `fetch(u, { headers: { Authorization: 'Bearer ghp_2B2aopc6XnmeKEIKjb8vGYQFyFK2zxEzhdiu' } });`],
    ['a URL in a template literal with substitutions', 'const url = `redis://:r3d1s-pw@${host}:6379`;'],
    ['a URL that is only part of the literal', `const line = 'DATABASE_URL=postgres://app:pg-s3cret-41@db/app';`],
    ['a destructuring default from process.env', `const { JWT_SECRET = 'dev-jwt-8s7d6f' } = process.env;`],
    ['an envalid default', `cleanEnv(process.env, { JWT_SECRET: str({ default: 'dev-jwt-8s7d6f' }) });`],
    ['a write to process.env', `process.env.API_SECRET = '7Hq!x9Lm';`],
  ];
  for (const [name, code] of noFix) {
    it(`offers no in-place fix for ${name}, and still reports it`, () => {
      const findings = run('src/app.ts', code);
      assert.equal(findings.length, 1, code);
      assert.equal(findings[0]?.fix, undefined);
    });
  }

  it('moves the whole URL when it is the whole literal, while reporting only the password', () => {
    const code = `const db = new Sequelize('postgres://app:pg-s3cret-41@db.internal/app');`;
    const [finding] = run('src/db.ts', code);
    assert.equal(code.slice(finding!.span.start, finding!.span.end), 'pg-s3cret-41');
    assert.deepEqual(finding?.fix, {
      kind: 'move-to-env',
      span: { start: code.indexOf(`'postgres`), end: code.indexOf(`');`) + 1 },
      envName: 'DATABASE_URL',
      value: 'postgres://app:pg-s3cret-41@db.internal/app',
    });
  });
});

describe('hardcoded-credential (JS/TS) options', () => {
  it('allowedValues silences exactly the listed value', () => {
    const code = `const dbPassword = 'hunter2';\nconst apiKey = 'k3y-9f8e7d';\n`;
    assert.equal(run('src/a.ts', code).length, 2);
    assert.deepEqual(run('src/a.ts', code, { allowedValues: ['hunter2'] }).map((f) => f.range.start.line), [1]);
  });

  it('allowedValues matches the password part of a URL', () => {
    const code = `const url = 'postgres://app:local-pg-9@db.internal/app';`;
    assert.equal(run('src/a.ts', code, { allowedValues: ['local-pg-9'] }).length, 0);
  });

  it('the severity setting turns the rule off', () => {
    assert.equal(run('src/a.ts', `const dbPassword = 'hunter2';`, { rules: { 'hardcoded-credential': 'off' } }).length, 0);
  });
});

describe('hardcoded-credential (JS/TS) prefilter', () => {
  it('is inclusive: every invalid example contains one of its keywords or matches one of its patterns', () => {
    // The main check's, or those of another JS check of the rule (an env template loaded as config has its own words).
    const checks = [javascriptCheck, ...hardcodedCredential.checks.filter((check) => check.languages.includes('javascript'))];
    // An example given another module's sink-key uses is let through by that fact (javascript-imported-keys.ts mayReport), not by its words.
    for (const example of JS_EXAMPLES.filter((candidate) => (candidate.options?.sinkKeyUses?.length ?? 0) === 0)) {
      const text = clean(example.code);
      const lowered = text.toLowerCase();
      const passes = checks.some((check) => check.keywords.some((keyword) => lowered.includes(keyword)) || (check.patterns ?? []).some((pattern) => pattern.test(text)));
      assert.ok(passes, example.name);
    }
  });

  it('skips files without any keyword (they are never parsed)', () => {
    const code = `export function add(a: number, b: number) { return a + b; }\n`;
    assert.ok(!javascriptCheck.keywords.some((keyword) => code.toLowerCase().includes(keyword)));
  });

  it('reports a token in a test file: tests are code too', () => {
    assert.equal(run('test/billing.test.ts', `const stripe = new Stripe('sk_live_kMfMHnEZTgNNRk1u7560Zlgw');`).length, 1);
  });
});
