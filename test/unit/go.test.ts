// Go end to end: a small app scanned by every rule, and the move-to-env fix applied and re-parsed
// with the Go grammar (the fixed file must still parse, read the variable, and import "os" once).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { goEnvRead } from '../../server/src/engine/fixes/envRead-go';
import { planFix, type FixPlan } from '../../server/src/engine/fixes/plan';
import { scan } from '../../server/src/engine/scan';
import type { Finding, MoveToEnvFix } from '../../server/src/engine/types';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['go']);

const FIXTURES = join(__dirname, '..', 'fixtures', 'go', 'shop');

function scanGo(path: string, code: string): Finding[] {
  return scan({ path }, code, { treeSitter: grammars });
}

function lineOf(code: string, offset: number): number {
  return code.slice(0, offset).split('\n').length;
}

function parsesCleanly(code: string): boolean {
  const tree = grammars.parse('go', code);
  assert.ok(tree, 'the Go grammar is loaded');
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

/** The document after the finding's move-to-env fix, with the .env it writes. */
function applyMoveToEnv(code: string, finding: Finding | undefined): { code: string; plan: FixPlan } {
  assert.equal(finding?.fix?.kind, 'move-to-env', 'the finding offers move-to-env');
  const plan = planFix({ fix: finding.fix, language: 'go', documentText: code, neighbours: {} });
  assert.ok(plan, 'the fix can be planned');
  return { code: applyEdits(code, plan.documentEdits), plan };
}

const importsOfOs = (code: string) => code.match(/^\s*(?:import\s+)?"os"\s*$/gm)?.length ?? 0;

describe('Go: the shop fixture', () => {
  it('reports each Factor once where it is broken, and nothing in cmd/migrate', () => {
    // A connection string with a password breaks two factors: its host is config (IV), its password a credential (III).
    const main = readFileSync(join(FIXTURES, 'main.go'), 'utf8');
    const found = scanGo('main.go', main).map((f) => `${f.ruleId}:${lineOf(main, f.span.start)}:${main.slice(f.span.start, f.span.end).split('\n')[0]}`);
    assert.deepEqual(found.sort(), [
      'file-logger:25:lumberjack.Logger{Filename: "/var/log/shop/shop.log", MaxSize: 100}',
      'hardcoded-backing-service:27:"host=pg.shop.internal user=shop password=Qm7-shop-Pg-41 dbname=shop"',
      'hardcoded-backing-service:33:"postgres://shop:Qm7-shop-Pg-41@pg.shop.internal:5432/shop"',
      'hardcoded-credential:27:Qm7-shop-Pg-41',
      'hardcoded-credential:33:Qm7-shop-Pg-41',
      'hardcoded-port:40:":8080"',
      'memory-session-store:13:carts',
      'no-graceful-shutdown:40:http.ListenAndServe',
      'startup-migration:31:db.AutoMigrate(&Order{})',
    ]);
    // One start-up, one problem: golang-migrate's m.Up() in the same main is a related location.
    const migration = scanGo('main.go', main).find((f) => f.ruleId === 'startup-migration');
    assert.deepEqual(migration?.related?.map((place) => `${place.range.start.line + 1}:${main.slice(place.span?.start, place.span?.end)}`), ['37:m.Up()']);
    const migrate = readFileSync(join(FIXTURES, 'cmd', 'migrate', 'main.go'), 'utf8');
    assert.deepEqual(scanGo('cmd/migrate/main.go', migrate), []);
  });

  it('finds the config secrets, never echoes them, and leaves the port alone', () => {
    const config = readFileSync(join(FIXTURES, 'internal', 'config', 'config.go'), 'utf8');
    const findings = scanGo('internal/config/config.go', config);
    assert.deepEqual(
      findings.map((f) => config.slice(f.span.start, f.span.end)),
      ['"sk_live_ZZ9aWxFpsnpFfpf39LqVUGCQ"', '"shop-dev-jwt-Secret-7"'],
    );
    for (const finding of findings) {
      assert.ok(!finding.message.includes('ZZ9aWxFpsnpFfpf39LqVUGCQ') && !finding.message.includes('shop-dev-jwt'), finding.message);
    }
  });
});

describe('Go: move-to-env fix', () => {
  it('turns a lone const into a var reading the environment and adds "os" to the std imports', () => {
    const code = 'package db\n\nimport (\n\t"database/sql"\n\t"fmt"\n\n\t_ "github.com/lib/pq"\n)\n\nconst dbPassword = "hunter2!x"\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("postgres", fmt.Sprintf("password=%s", dbPassword))\n}\n';
    const { code: fixed, plan } = applyMoveToEnv(code, scanGo('db/db.go', code)[0]);
    assert.ok(fixed.includes('var dbPassword = os.Getenv("DB_PASSWORD")'), fixed);
    assert.ok(fixed.includes('\t"fmt"\n\t"os"\n\n\t_ "github.com/lib/pq"'), fixed);
    assert.ok(parsesCleanly(fixed));
    assert.match(plan.files.find((file) => file.file === 'env')?.text ?? '', /^DB_PASSWORD=/m);
  });

  it('moves a spec out of a const group, keeping the other constants and its comment', () => {
    const code = 'package config\n\nimport "fmt"\n\nconst (\n\tdbUser     = "app"\n\tdbPassword = "hunter2!x" // production\n\tdbName     = "shop"\n)\n\nvar dsn = fmt.Sprintf("%s:%s@/%s", dbUser, dbPassword, dbName)\n';
    const { code: fixed } = applyMoveToEnv(code, scanGo('config/config.go', code)[0]);
    assert.ok(fixed.includes('const (\n\tdbUser     = "app"\n\tdbName     = "shop"\n)\n\nvar dbPassword = os.Getenv("DB_PASSWORD") // production\n'), fixed);
    assert.equal(importsOfOs(fixed), 1);
    assert.ok(parsesCleanly(fixed));
  });

  it('offers no fix where a var would not compile: a constant used in another constant', () => {
    const code = 'package config\n\nconst dbPassword = "hunter2!x"\nconst dsn = "app:" + dbPassword\n';
    const finding = scanGo('config/config.go', code).find((f) => code.slice(f.span.start, f.span.end) === '"hunter2!x"');
    assert.ok(finding, 'the credential is still reported');
    assert.equal(finding.fix, undefined);
    assert.match(finding.noFixReason ?? '', /Go constant cannot hold a function call/);
  });

  it('replaces an env helper with a default by os.Getenv, keeping an existing "os" import', () => {
    const code = 'package config\n\nimport "os"\n\nfunc getEnv(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n\nvar jwtSecret = getEnv("JWT_SECRET", "s3cr3t-dev-Signing")\n';
    const finding = scanGo('config/config.go', code)[0];
    const { code: fixed, plan } = applyMoveToEnv(code, finding);
    assert.ok(fixed.includes('var jwtSecret = os.Getenv("JWT_SECRET")\n'), fixed);
    assert.equal(importsOfOs(fixed), 1);
    assert.ok(parsesCleanly(fixed));
    assert.equal((finding?.fix as MoveToEnvFix).existingEnvName, 'JWT_SECRET');
    assert.match(plan.files.find((file) => file.file === 'env')?.text ?? '', /^JWT_SECRET=s3cr3t-dev-Signing$/m);
  });

  it('moves a whole connection URL, in a file without imports and with an aliased os', () => {
    const bare = 'package store // storage\n\nfunc url() string {\n\treturn "postgres://app:pg-s3cret-41@db.internal:5432/app"\n}\n';
    const { code: fixedBare } = applyMoveToEnv(bare, scanGo('store/url.go', bare).find((finding) => finding.ruleId === 'hardcoded-credential'));
    assert.equal(fixedBare, 'package store // storage\n\nimport "os"\n\nfunc url() string {\n\treturn os.Getenv("DATABASE_URL")\n}\n');
    assert.ok(parsesCleanly(fixedBare));

    const aliased = 'package store\n\nimport sys "os"\n\nvar _ = sys.Args\nvar apiToken = "Zq8-live-7c1d9e2f-token"\n';
    const { code: fixedAliased } = applyMoveToEnv(aliased, scanGo('store/token.go', aliased).find((finding) => finding.ruleId === 'hardcoded-credential'));
    assert.ok(fixedAliased.includes('var apiToken = sys.Getenv("API_TOKEN")'), fixedAliased);
    assert.ok(parsesCleanly(fixedAliased));
  });

  it('keeps CRLF line endings in what it inserts', () => {
    const code = 'package c\r\n\r\nconst (\r\n\ta  = "x"\r\n\tpw = "hunter2x"\r\n)\r\n\r\nvar _ = a + pw\r\n';
    const start = code.indexOf('"hunter2x"');
    const fixed = applyEdits(code, goEnvRead(code, { start, end: start + 10 }, 'PW') ?? []);
    assert.equal(fixed, 'package c\r\n\r\nimport "os"\r\n\r\nconst (\r\n\ta  = "x"\r\n)\r\n\r\nvar pw = os.Getenv("PW")\r\n\r\nvar _ = a + pw\r\n');
    assert.ok(parsesCleanly(fixed));
  });

  it('leaves strings and comments that look like imports alone', () => {
    const code = 'package main\n\n// import "os"\nimport (\n\t"fmt" // "os" is added below\n)\n\nvar s = "import \\"os\\""\nvar password = "hunter2!x"\n\nfunc main() { fmt.Println(s, password) }\n';
    const start = code.indexOf('"hunter2!x"');
    const edits = goEnvRead(code, { start, end: start + 11 }, 'PASSWORD');
    assert.ok(edits);
    const fixed = applyEdits(code, edits);
    assert.ok(fixed.includes('import (\n\t"fmt" // "os" is added below\n\t"os"\n)'), fixed);
    assert.ok(parsesCleanly(fixed));
  });
});

describe('Go: robustness', () => {
  it('scans a deeply nested expression without overflowing, and still reports the secret beside it', () => {
    const depth = 20000;
    const code = `package main\n\nvar deep = ${'('.repeat(depth)}1${')'.repeat(depth)}\nvar chain = a${'.b'.repeat(depth)}\nconst dbPassword = "hunter2!x"\n`;
    const started = Date.now();
    const findings = scanGo('main.go', code);
    assert.ok(Date.now() - started < 5000, 'linear enough');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'hardcoded-credential').map((f) => code.slice(f.span.start, f.span.end)), ['"hunter2!x"']);
  });
});
