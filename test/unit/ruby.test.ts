// Ruby: what the examples cannot express. The move-to-env fix end to end (the fixed file re-parses
// with the same grammar, the value lands in .env), the file-logger fix, secrets never shown,
// a missing grammar, and deep input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import dotenv from 'dotenv';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { planFix } from '../../server/src/engine/fixes/plan';
import { rubyEnvRead } from '../../server/src/engine/fixes/envRead-ruby';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import type { Finding } from '../../server/src/engine/types';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['ruby']);

const FIXTURES = join(__dirname, '..', 'fixtures', 'ruby');

function findings(path: string, code: string, ruleId?: string): Finding[] {
  const rules = ruleId ? RULES.filter((rule) => rule.meta.id === ruleId) : RULES;
  return scan({ path }, code, { treeSitter: grammars }, rules);
}

function parsesCleanly(code: string): boolean {
  const tree = grammars.parse('ruby', code);
  assert.ok(tree, 'the ruby grammar is loaded');
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

/** Applies the only credential finding's move-to-env fix; returns the fixed file and the new .env. */
function moveToEnv(code: string, path = 'config/initializers/app.rb'): { code: string; env: Record<string, string> } {
  const found = findings(path, code, 'hardcoded-credential');
  assert.equal(found.length, 1, `one finding in:\n${code}\n${found.map((f) => f.message).join('\n')}`);
  const fix = found[0]?.fix;
  assert.equal(fix?.kind, 'move-to-env');
  const plan = planFix({ fix: fix!, language: 'ruby', documentText: code, neighbours: { gitignore: 'node_modules\n' } });
  assert.ok(plan, 'a fix is offered');
  const env = plan.files.find((file) => file.file === 'env');
  assert.ok(env, 'the value goes to .env');
  assert.ok(plan.files.find((file) => file.file === 'gitignore')?.text.includes('.env'), '.env is git-ignored');
  return { code: applyEdits(code, plan.documentEdits), env: dotenv.parse(env.text) };
}

describe('ruby move-to-env fix', () => {
  const cases: Array<{ name: string; code: string; fixed: string; env: Record<string, string> }> = [
    { name: 'a frozen constant', code: `DB_PASSWORD = 'hunter2!x'.freeze\n`, fixed: `DB_PASSWORD = ENV.fetch("DB_PASSWORD").freeze\n`, env: { DB_PASSWORD: 'hunter2!x' } },
    {
      name: 'config.secret_key_base in a configure block',
      code: `Rails.application.configure do\n  config.secret_key_base = "f3a9c1e7b5d2"\nend\n`,
      fixed: `Rails.application.configure do\n  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")\nend\n`,
      env: { SECRET_KEY_BASE: 'f3a9c1e7b5d2' },
    },
    {
      name: 'a keyword argument without parentheses',
      code: `http_basic_authenticate_with name: 'admin', password: 'Adm1n!2024x'\n`,
      fixed: `http_basic_authenticate_with name: 'admin', password: ENV.fetch("BASIC_AUTH_PASSWORD")\n`,
      env: { BASIC_AUTH_PASSWORD: 'Adm1n!2024x' },
    },
    {
      name: 'a hash-rocket entry',
      code: `DB = { 'adapter' => 'mysql2', 'password' => "r00t\\tPass" }\n`,
      fixed: `DB = { 'adapter' => 'mysql2', 'password' => ENV.fetch("DB_PASSWORD") }\n`,
      env: { DB_PASSWORD: 'r00t\tPass' },
    },
    {
      name: 'a keyword parameter default',
      code: `def connect(api_token: 'Tq84kLz0Pw19xVb2')\n  api_token\nend\n`,
      fixed: `def connect(api_token: ENV.fetch("API_TOKEN"))\n  api_token\nend\n`,
      env: { API_TOKEN: 'Tq84kLz0Pw19xVb2' },
    },
    {
      name: 'ENV.fetch with a default',
      code: `secret = ENV.fetch('JWT_SECRET', 'qspKKDtubKyYtBlg')\n`,
      fixed: `secret = ENV.fetch("JWT_SECRET")\n`,
      env: { JWT_SECRET: 'qspKKDtubKyYtBlg' },
    },
    {
      name: "ENV['X'] || default as a method argument",
      code: `connect(ENV['DB_PASSWORD'] || "8VFQjF505OGDpf", timeout: 5)\npassword = ENV['DB_PASSWORD']\n`,
      fixed: `connect(ENV.fetch("DB_PASSWORD"), timeout: 5)\npassword = ENV['DB_PASSWORD']\n`,
      env: { DB_PASSWORD: '8VFQjF505OGDpf' },
    },
    {
      name: 'ENV.fetch with a do-block default',
      code: `key = ENV.fetch("API_KEY") do\n  'UJ6rXV11nfWd'\nend\n`,
      fixed: `key = ENV.fetch("API_KEY")\n`,
      env: { API_KEY: 'UJ6rXV11nfWd' },
    },
    {
      name: 'a connection URL',
      code: `DB = Sequel.connect('postgres://app:pg-s3cret-41@db.internal:5432/app')\n`,
      fixed: `DB = Sequel.connect(ENV.fetch("DATABASE_URL"))\n`,
      env: { DATABASE_URL: 'postgres://app:pg-s3cret-41@db.internal:5432/app' },
    },
  ];
  for (const example of cases) {
    it(`${example.name}: fixed code re-parses and the value lands in .env`, () => {
      assert.ok(parsesCleanly(example.code), 'the input parses');
      const result = moveToEnv(example.code);
      assert.equal(result.code, example.fixed);
      assert.ok(parsesCleanly(result.code), `the fixed file parses:\n${result.code}`);
      for (const [name, value] of Object.entries(example.env)) assert.equal(result.env[name], value);
    });
  }

  it('quotes an unusual existing variable name safely', () => {
    const code = `x = 'v'\n`;
    const edits = rubyEnvRead(code, { start: 4, end: 7 }, "odd'name");
    assert.deepEqual(edits, [{ span: { start: 4, end: 7 }, text: `ENV.fetch('odd\\'name')` }]);
    assert.ok(parsesCleanly(applyEdits(code, edits!)));
  });
});

describe('ruby findings', () => {
  it('never show a secret in a message, also for tokens in heredocs (reported without a fix)', () => {
    const pem = readFileSync(join(FIXTURES, 'pem_heredoc.rb'), 'utf8');
    const found = findings('config/initializers/signing.rb', pem, 'hardcoded-credential');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /private key/);
    assert.equal(found[0]!.fix, undefined);
    const body = pem.slice(found[0]!.span.start, found[0]!.span.end);
    assert.ok(body.startsWith('-----BEGIN'), 'the key itself is the range');
    for (const finding of found) assert.ok(!finding.message.includes(body.split('\n')[1]!));
  });

  it('a whole Rails app breaking the four factors reports each break once, and only those', () => {
    const files = ['config/environments/production.rb', 'config/initializers/migrate.rb', 'app/controllers/carts_controller.rb'];
    const report = files.flatMap((path) =>
      findings(path, readFileSync(join(FIXTURES, 'broken_app', path), 'utf8')).map((f) => `${path}:${f.range.start.line + 1} ${f.ruleId}`),
    );
    assert.deepEqual(report, [
      'config/environments/production.rb:3 hardcoded-credential',
      'config/environments/production.rb:5 memory-session-store',
      'config/environments/production.rb:6 file-logger',
      'config/initializers/migrate.rb:2 startup-migration',
      'app/controllers/carts_controller.rb:2 memory-session-store',
    ]);
  });

  it('the twelve-factor version of the same app is silent', () => {
    const files = ['config/environments/production.rb', 'config/initializers/migrate.rb', 'app/controllers/carts_controller.rb'];
    for (const path of files) assert.deepEqual(findings(path, readFileSync(join(FIXTURES, 'clean_app', path), 'utf8')), [], path);
  });

  it('the file-logger fix leaves Ruby that parses', () => {
    const code = `config.logger = ActiveSupport::TaggedLogging.new(Logger.new(Rails.root.join('log', 'production.log'), 'daily'))\n`;
    const [finding] = findings('config/environments/production.rb', code, 'file-logger');
    assert.equal(finding?.fix?.kind, 'replace');
    const fixed = applyEdits(code, finding.fix.kind === 'replace' ? finding.fix.edits : []);
    assert.equal(fixed, `config.logger = ActiveSupport::TaggedLogging.new(Logger.new($stdout))\n`);
    assert.ok(parsesCleanly(fixed));
  });

  it('without the grammar loaded, Ruby files are not checked (and nothing throws)', () => {
    const found = scan({ path: 'config/initializers/stripe.rb' }, `Stripe.api_key = 'sk_live_dG3HobusMLpJCTqUP5mAGByQ'\n`, {}, RULES);
    assert.deepEqual(found, []);
  });

  it('deeply nested input neither overflows the stack nor hides the findings around it', () => {
    const depth = 20_000;
    const top = `API_TOKEN = 'Tq84kLz0Pw19xVb2'\n`;
    const nested = `${top}NESTED = ${'['.repeat(depth)}'hunter2!x'${']'.repeat(depth)}\n`;
    const chain = `${top}x = ENV['A']${" || ENV['A']".repeat(5_000)} || 'hunter2!x'\n${'a.'.repeat(20_000)}b = 1\n`;
    for (const code of [nested, chain]) {
      assert.deepEqual(findings('app.rb', code, 'hardcoded-credential').map((f) => f.range.start.line), [0]);
    }
    assert.equal(findings('app.rb', `PASSWORD = [[['hunter2!x']]]\n`, 'hardcoded-credential').length, 1, 'a few arrays deep is still found');
  });
});
