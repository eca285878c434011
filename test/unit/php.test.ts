// PHP and php.ini: what the examples cannot show. The move-to-env fix end to end (.env, .env.example,
// .gitignore) with the fixed file re-parsed by the same grammar, where the fix is withheld, the ini
// reader's offsets, the fixture app, and deep input that must not overflow.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { phpEnvRead } from '../../server/src/engine/fixes/envRead-php';
import { planFix } from '../../server/src/engine/fixes/plan';
import { parseIni } from '../../server/src/engine/languages/ini';
import { isGuardedIni } from '../../server/src/engine/rules/hardcoded-credential/php-guarded-ini';
import { scan } from '../../server/src/engine/scan';
import type { Finding, MoveToEnvFix } from '../../server/src/engine/types';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['php']);

function findings(path: string, code: string, ruleId?: string): Finding[] {
  return scan({ path }, code, { treeSitter: grammars }).filter((finding) => ruleId === undefined || finding.ruleId === ruleId);
}

function parsesCleanly(code: string): boolean {
  const tree = grammars.parse('php', code);
  assert.ok(tree, 'the php grammar is loaded');
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

function fixCredential(path: string, code: string, neighbours: { env?: string; gitignore?: string } = {}, index = 0) {
  const finding = findings(path, code, 'hardcoded-credential')[index];
  assert.ok(finding?.fix, `a finding with a fix in:\n${code}`);
  const plan = planFix({ fix: finding.fix, language: 'php', documentText: code, relativePathOfDocumentFromAppRoot: path, neighbours });
  assert.ok(plan, 'the fix has a plan');
  const files = Object.fromEntries(plan.files.map((file) => [file.file, file.text]));
  return { text: applyEdits(code, plan.documentEdits), files, fix: finding.fix as MoveToEnvFix, title: plan.title };
}

describe('php move-to-env fix', () => {
  it("moves a password in a Laravel config file to .env and reads it with env()", () => {
    const code = `<?php\n\nreturn [\n    'connections' => [\n        'mysql' => [\n            'host' => env('DB_HOST', '127.0.0.1'),\n            'password' => 'Kq7-pW2x-Lm4',\n        ],\n    ],\n];\n`;
    const { text, files, title } = fixCredential('config/database.php', code);
    assert.equal(text, code.replace(`'Kq7-pW2x-Lm4'`, `env('MYSQL_PASSWORD')`));
    assert.equal(title, 'Move to environment variable MYSQL_PASSWORD');
    assert.match(files.env ?? '', /^MYSQL_PASSWORD=.*Kq7-pW2x-Lm4/m);
    assert.match(files.envExample ?? '', /^MYSQL_PASSWORD=$/m);
    assert.match(files.gitignore ?? '', /^\.env$/m);
    assert.ok(parsesCleanly(text));
  });

  it("turns env('X', 'secret') into env('X') and keeps the variable name", () => {
    const code = `<?php\n\nreturn ['stripe' => ['secret' => env('STRIPE_SECRET', 'Fb9-kQ2m-Zt71')]];\n`;
    const { text, files, fix } = fixCredential('config/services.php', code);
    assert.equal(text, `<?php\n\nreturn ['stripe' => ['secret' => env('STRIPE_SECRET')]];\n`);
    assert.equal(fix.existingEnvName, 'STRIPE_SECRET');
    assert.match(files.env ?? '', /^STRIPE_SECRET=Fb9-kQ2m-Zt71$/m);
    assert.ok(parsesCleanly(text));
  });

  it('keeps the read the code used for getenv() ?: and $_ENV ?? fallbacks', () => {
    const code = `<?php\n$dbPassword = getenv('DB_PASSWORD') ?: 'Tr0ub4dor-3x';\n$jwtSecret = $_ENV['JWT_SECRET'] ?? 'jwt-s3cret-7f3a';\n`;
    const first = fixCredential('src/bootstrap.php', code, {}, 0).text;
    assert.equal(first, `<?php\n$dbPassword = getenv('DB_PASSWORD');\n$jwtSecret = $_ENV['JWT_SECRET'] ?? 'jwt-s3cret-7f3a';\n`);
    const second = fixCredential('src/bootstrap.php', code, {}, 1).text;
    assert.equal(second, `<?php\n$dbPassword = getenv('DB_PASSWORD') ?: 'Tr0ub4dor-3x';\n$jwtSecret = $_ENV['JWT_SECRET'];\n`);
    assert.ok(parsesCleanly(first) && parsesCleanly(second));
  });

  it('reads with getenv() outside Laravel config, and with $_ENV in files that only use $_ENV', () => {
    const plain = `<?php\n$pdo = new PDO('mysql:host=db.internal;dbname=shop', 'shop', 'Sh0p-Db-2024');\n`;
    const fixed = fixCredential('public/db.php', plain).text;
    assert.equal(fixed, `<?php\n$pdo = new PDO('mysql:host=db.internal;dbname=shop', 'shop', getenv('DB_PASSWORD'));\n`);
    assert.ok(parsesCleanly(fixed));
    const symfony = `<?php\n$host = $_SERVER['DB_HOST'];\n$apiToken = 'a8Fk2-Lp9q-Zx71-Mn3v';\n`;
    assert.equal(fixCredential('src/config.php', symfony).text, `<?php\n$host = $_SERVER['DB_HOST'];\n$apiToken = $_ENV['API_TOKEN'];\n`);
  });

  it('offers no fix where an env read would not compile: property defaults, constants, parameter defaults', () => {
    const code = `<?php\nclass Mailer\n{\n    const SMTP_PASSWORD = 'Sm7p-Pa55word';\n    public $Password = 'Sm7p-Pa55word2';\n    private array $config = ['api_key' => '715b2a0549d4b235352a43b16b526d4c'];\n    public function __construct(private string $token = 'JeJPF0vpZFwKh86J') {}\n}\n`;
    const found = findings('src/Mailer.php', code, 'hardcoded-credential');
    assert.equal(found.length, 4);
    assert.deepEqual(found.map((finding) => finding.fix), [undefined, undefined, undefined, undefined]);
  });

  it('a URL password in a PHP string is reported at the password and the fix moves the whole URL', () => {
    const code = `<?php\n$redis = new Redis();\n$url = "redis://app:Rd5-s3cret-x@cache.internal:6379/0";\n`;
    const [finding] = findings('src/cache.php', code, 'hardcoded-credential');
    assert.equal(code.slice(finding!.span.start, finding!.span.end), 'Rd5-s3cret-x');
    assert.ok(!finding!.message.includes('Rd5-s3cret-x'), 'the message never shows the secret');
    const { text } = fixCredential('src/cache.php', code);
    assert.equal(text, `<?php\n$redis = new Redis();\n$url = getenv('REDIS_URL');\n`);
  });

  it('decodes escapes in double-quoted strings before judging and writing the value', () => {
    const code = `<?php\n$dbPassword = "p\\$ss-W0rd\\x21x";\n`;
    const { files } = fixCredential('src/db.php', code);
    assert.match(files.env ?? '', /p\$ss-W0rd!x/);
  });

  it('phpEnvRead refuses names that are not identifiers', () => {
    assert.equal(phpEnvRead(`<?php $a = 'x';`, { start: 11, end: 14 }, 'A-B'), undefined);
  });
});

describe('php.ini reader', () => {
  it('reads sections, quoted and bare values with exact offsets, and skips comments', () => {
    const text = `; comment\n[Session]\nsession.save_handler = files ; trailing\nsession.save_path = "/var/lib/php/sessions"\n# also a comment\nempty =\n`;
    const entries = parseIni(text);
    assert.deepEqual(entries.map((entry) => [entry.section, entry.key, entry.value]), [
      ['Session', 'session.save_handler', 'files'],
      ['Session', 'session.save_path', '/var/lib/php/sessions'],
      ['Session', 'empty', ''],
    ]);
    const [handler, path] = entries;
    assert.equal(text.slice(handler!.valueSpan.start, handler!.valueSpan.end), 'files');
    assert.equal(text.slice(path!.valueSpan.start, path!.valueSpan.end), '"/var/lib/php/sessions"');
    assert.equal(text.slice(handler!.keySpan.start, handler!.keySpan.end), 'session.save_handler');
  });

  it('reads `key value` directives only when asked (Fluentd), never tags or @-lines', () => {
    const text = `<match app.**>\n  @type elasticsearch\n  host es.internal # the cluster\n  password "s3cret pw"\n</match>\n[OUTPUT]\n    HTTP_Passwd abc\n`;
    assert.deepEqual(parseIni(text), []);
    const entries = parseIni(text, { spaceSeparated: true });
    assert.deepEqual(entries.map((entry) => [entry.section, entry.key, entry.value]), [
      ['', 'host', 'es.internal'],
      ['', 'password', 's3cret pw'],
      ['OUTPUT', 'HTTP_Passwd', 'abc'],
    ]);
    const password = entries[1]!;
    assert.equal(text.slice(password.valueSpan.start, password.valueSpan.end), '"s3cret pw"');
    assert.equal(text.slice(password.keySpan.start, password.keySpan.end), 'password');
  });
});

describe('php fixture app', () => {
  const root = join(__dirname, '..', 'fixtures', 'php');
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const rulesIn = (path: string, language?: 'ini') =>
    scan({ path, ...(language ? { language } : {}) }, read(path), { treeSitter: grammars }).map((finding) => finding.ruleId).sort();

  it('reports each factor once in the Laravel app and stays silent on its clean files', () => {
    assert.deepEqual(rulesIn('config/logging.php'), ['file-logger']);
    assert.deepEqual(rulesIn('config/session.php'), ['memory-session-store']);
    assert.deepEqual(rulesIn('config/database.php'), ['hardcoded-credential']);
    assert.deepEqual(rulesIn('app/Providers/AppServiceProvider.php'), ['startup-migration']);
    assert.deepEqual(rulesIn('docker/php.ini'), ['file-logger', 'memory-session-store']);
    assert.deepEqual(rulesIn('config/services.php'), []);
    assert.deepEqual(rulesIn('app/Http/Requests/RegisterRequest.php'), []);
    assert.deepEqual(rulesIn('database/migrations/2024_01_01_000000_create_users_table.php'), []);
  });
});

describe('php robustness', () => {
  it('walks 20k nested arrays and 20k chained concatenations without overflowing the stack', () => {
    const depth = 20_000;
    const nested = `<?php\n$config = ['password' => 'Xk9-deep-Pa55', 'tree' => ${'['.repeat(depth)}'leaf'${']'.repeat(depth)}];\n`;
    assert.equal(findings('src/deep.php', nested, 'hardcoded-credential').length, 1);
    const chain = `<?php\nfile_put_contents(__DIR__${" . 'x'".repeat(20_000)} . '.log', $m, FILE_APPEND);\n`;
    const found = findings('src/chain.php', chain, 'file-logger');
    assert.equal(found.length, 1);
  });
});

describe('php files that are INI behind an exit guard', () => {
  it('reads a file as INI only when its first line is the guard and no PHP block follows', () => {
    assert.equal(isGuardedIni('; <?php exit; // DO NOT DELETE ?>\n[database]\npassword = x\n'), true);
    assert.equal(isGuardedIni("# <?php exit('No direct script access allowed'); ?>\r\nDB_PASSWORD=x\n"), true);
    assert.equal(isGuardedIni('; <?php exit; ?> DO NOT REMOVE THIS LINE\n[database]\n'), true);
    assert.equal(isGuardedIni('; <?php exit; ?>\n<?php\n$a = 1;\n'), false);
    assert.equal(isGuardedIni("<?php exit('No direct script access allowed'); ?>\nx=1\n"), false);
    assert.equal(isGuardedIni('[database]\n; <?php exit; ?>\n'), false);
  });

  it('is total and quick on any input', () => {
    const parts = fc.constantFrom(';', '#', ' ', '\n', '\r', '<?php', '<?', '?>', 'exit', 'die', ';', '(', ')', 'x', '=', '"');
    fc.assert(fc.property(fc.oneof(fc.array(parts, { maxLength: 60 }).map((p) => p.join('')), fc.string({ maxLength: 300 })), (text) => {
      assert.equal(typeof isGuardedIni(text), 'boolean');
    }), { numRuns: 500 });
    const started = performance.now();
    isGuardedIni('; <?php exit '.repeat(50_000));
    isGuardedIni(';' + ' <?php exit'.repeat(15) + '\n' + 'a=b\n'.repeat(100_000));
    assert.ok(performance.now() - started < 1000);
  });
});
