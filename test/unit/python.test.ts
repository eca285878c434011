// Python: what the examples cannot show. The move-to-env fix end to end (.env, .env.example,
// .gitignore, `import os` where Python allows it) with the fixed file re-parsed by the same grammar,
// the file-logger rewrites re-parsed, the fixture apps, and deep input that must not overflow.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { pythonEnvRead } from '../../server/src/engine/fixes/envRead-python';
import { planFix } from '../../server/src/engine/fixes/plan';
import { scan } from '../../server/src/engine/scan';
import type { Finding, MoveToEnvFix } from '../../server/src/engine/types';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['python']);

function findings(path: string, code: string, ruleId?: string): Finding[] {
  return scan({ path }, code, { treeSitter: grammars }).filter((finding) => ruleId === undefined || finding.ruleId === ruleId);
}

function parsesCleanly(code: string): boolean {
  const tree = grammars.parse('python', code);
  assert.ok(tree, 'the python grammar is loaded');
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

/** Applies the first credential finding's move-to-env fix; returns the new document and the neighbour files. */
function fixCredential(path: string, code: string, neighbours: { env?: string; gitignore?: string } = {}) {
  const [finding] = findings(path, code, 'hardcoded-credential');
  assert.ok(finding?.fix, `a finding with a fix in:\n${code}`);
  const plan = planFix({ fix: finding.fix, language: 'python', documentText: code, relativePathOfDocumentFromAppRoot: path, neighbours });
  assert.ok(plan, 'the fix has a plan');
  const files = Object.fromEntries(plan.files.map((file) => [file.file, file.text]));
  return { text: applyEdits(code, plan.documentEdits), files, fix: finding.fix as MoveToEnvFix, title: plan.title };
}

describe('python move-to-env fix', () => {
  it('moves a Django SECRET_KEY to .env and reads it with os.environ, importing os after the docstring', () => {
    const code = `"""Django settings for mysite."""\nfrom pathlib import Path\n\nSECRET_KEY = 'django-insecure-3enPO9rc6ygAIKiKl3urSudUOdYGpPU8BtR2DvW9'\nDEBUG = False\n`;
    const { text, files, title } = fixCredential('mysite/settings.py', code);
    assert.equal(
      text,
      `"""Django settings for mysite."""\nimport os\nfrom pathlib import Path\n\nSECRET_KEY = os.environ["SECRET_KEY"]\nDEBUG = False\n`,
    );
    assert.equal(title, 'Move to environment variable SECRET_KEY');
    assert.match(files.env ?? '', /^SECRET_KEY=.*django-insecure-3enPO9rc6ygAIKiKl3urSudUOdYGpPU8BtR2DvW9/m);
    assert.match(files.envExample ?? '', /^SECRET_KEY=$/m);
    assert.match(files.gitignore ?? '', /^\.env$/m);
    assert.ok(parsesCleanly(text));
  });

  it('keeps `from __future__` imports first and leaves an existing `import os` alone', () => {
    const withFuture = `#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Config."""\nfrom __future__ import annotations\n\nDB_PASSWORD = 'Wq8-zr4Tn2'\n`;
    const fixed = fixCredential('config.py', withFuture).text;
    assert.equal(fixed, `#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Config."""\nfrom __future__ import annotations\nimport os\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n`);
    assert.ok(parsesCleanly(fixed));

    const withOs = `import sys, os.path\n\nDB_PASSWORD = 'Wq8-zr4Tn2'\n`;
    assert.equal(fixCredential('config.py', withOs).text, `import sys, os.path\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n`);
  });

  it('replaces the whole os.getenv fallback and keeps the variable the code already reads', () => {
    const code = `import os\n\nclass Config:\n    SECRET_KEY = os.getenv('FLASK_SECRET_KEY', 'k3y-Fa11back-77')\n`;
    const { text, files, fix } = fixCredential('config.py', code);
    assert.equal(text, `import os\n\nclass Config:\n    SECRET_KEY = os.environ["FLASK_SECRET_KEY"]\n`);
    assert.equal(fix.existingEnvName, 'FLASK_SECRET_KEY');
    assert.match(files.env ?? '', /^FLASK_SECRET_KEY=k3y-Fa11back-77$/m);
    assert.ok(parsesCleanly(text));
  });

  it('replaces `os.environ.get(X) or literal` and a keyword argument, and the results parse', () => {
    const orFallback = `import os\nDB_PASSWORD = os.environ.get('DB_PASSWORD') or 'Pg-Pass-0192'\n`;
    assert.equal(fixCredential('config.py', orFallback).text, `import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n`);
    const keyword = `import psycopg2\n\nconn = psycopg2.connect(\n    host='db.internal',\n    password='S7mq-pL2x',\n)\n`;
    const fixed = fixCredential('db.py', keyword).text;
    assert.equal(fixed, `import os\nimport psycopg2\n\nconn = psycopg2.connect(\n    host='db.internal',\n    password=os.environ["DB_PASSWORD"],\n)\n`);
    assert.ok(parsesCleanly(fixed));
  });

  it('moves a whole connection URL, not just its password', () => {
    const code = `from sqlalchemy import create_engine\nengine = create_engine("postgresql://shop:Pg-s3cret-41@db.internal:5432/shop")\n`;
    const { text, files } = fixCredential('database.py', code);
    assert.equal(text, `import os\nfrom sqlalchemy import create_engine\nengine = create_engine(os.environ["DATABASE_URL"])\n`);
    assert.match(files.env ?? '', /^DATABASE_URL=postgresql:\/\/shop:Pg-s3cret-41@db\.internal:5432\/shop$/m);
  });

  it('offers no in-place fix where the read would change behaviour', () => {
    const bytes = findings('app.py', `app.secret_key = b'q8#Lz!x02VbNm'\n`, 'hardcoded-credential');
    assert.equal(bytes.length, 1);
    assert.equal(bytes[0]?.fix, undefined);
    const djangoEnviron = findings('settings.py', `import environ\nenv = environ.Env()\nSECRET_KEY = env('SECRET_KEY', default='xv7-Qe2r-Kp9d-Zt4m')\n`, 'hardcoded-credential');
    assert.equal(djangoEnviron[0]?.fix, undefined);
  });

  it('never puts the import inside a docstring or before the docstring', () => {
    const text = `'''Module docstring\nover two lines.'''\nTOKEN = 'x'\n`;
    const edits = pythonEnvRead(text, { start: text.indexOf(`'x'`), end: text.indexOf(`'x'`) + 3 }, 'API_TOKEN');
    assert.ok(edits);
    assert.equal(applyEdits(text, edits), `'''Module docstring\nover two lines.'''\nimport os\nTOKEN = os.environ["API_TOKEN"]\n`);
  });
});

describe('python file-logger fixes', () => {
  it('rewrites a FileHandler and basicConfig(filename=) to stdout, and the file still parses', () => {
    const code = `import logging\nimport sys\n\nhandler = logging.FileHandler('app.log', encoding='utf-8')\nlogging.basicConfig(filename='app.log', filemode='w', level=logging.INFO)\n`;
    const reported = findings('app/log.py', code, 'file-logger');
    assert.equal(reported.length, 2);
    let fixed = code;
    for (const finding of [...reported].reverse()) {
      assert.ok(finding.fix && finding.fix.kind === 'replace');
      fixed = applyEdits(fixed, finding.fix.edits);
    }
    assert.equal(fixed, `import logging\nimport sys\n\nhandler = logging.StreamHandler(sys.stdout)\nlogging.basicConfig(stream=sys.stdout, filemode='w', level=logging.INFO)\n`);
    assert.ok(parsesCleanly(fixed));
  });
});

describe('python fixture apps', () => {
  const fixtures = join(__dirname, '..', 'fixtures', 'python');
  const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

  it('finds each factor once in the shop that breaks them', () => {
    const byRule = (path: string, name: string) => findings(path, read(name)).map((finding) => `${finding.ruleId} ${finding.range.start.line + 1}`);
    assert.deepEqual(byRule('shop/settings.py', 'broken_settings.py'), [
      'hardcoded-credential 5',
      'hardcoded-credential 13',
      'hardcoded-backing-service 14',
      'file-logger 25',
      'memory-session-store 33',
    ]);
    assert.deepEqual(byRule('shop/app.py', 'broken_app.py'), ['memory-session-store 9', 'startup-migration 26', 'hardcoded-credential 29']);
  });

  it('stays silent on the shop that follows the factors, and on its one-off admin files', () => {
    // `os.environ.get('DB_HOST', 'localhost')` is a local default after an environment read: information, as in every language.
    const information: Record<string, string[]> = { 'clean_settings.py': ['hardcoded-backing-service 14'] };
    for (const [path, name] of [
      ['shop/settings.py', 'clean_settings.py'],
      ['shop/app.py', 'clean_app.py'],
      ['alembic/env.py', 'alembic_env.py'],
      ['shop/management/commands/setup.py', 'management_command.py'],
    ]) {
      const found = findings(path!, read(name!));
      assert.deepEqual(found.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${finding.message}`), [], name);
      assert.deepEqual(found.filter((finding) => finding.severity === 'info').map((finding) => `${finding.ruleId} ${finding.range.start.line + 1}`), information[name!] ?? [], name);
    }
  });
});

describe('python robustness', () => {
  it('reads through deeply nested and very long input without overflowing the stack', () => {
    const depth = 100_000;
    const nested = `x = ${'['.repeat(depth)}'a'${']'.repeat(depth)}\nDB_PASSWORD = 'Wq8-zr4Tn2'\n`;
    assert.deepEqual(findings('config.py', nested, 'hardcoded-credential').map((finding) => finding.range.start.line), [1]);
    const chain = `password = a${'.b'.repeat(depth / 5)}\nlogger = a${'.b'.repeat(depth / 5)}.FileHandler('x.log')\n`;
    assert.deepEqual(findings('app.py', chain), []);
    const subscripts = `config${"['k']".repeat(20_000)} = 'Wq8-zr4Tn2'\n`;
    assert.deepEqual(findings('app.py', subscripts), []);
  });

  it('still reports in a file with a syntax error elsewhere', () => {
    const code = `def broken(:\n    pass\n\nDB_PASSWORD = 'Wq8-zr4Tn2'\n`;
    assert.equal(findings('config.py', code, 'hardcoded-credential').length, 1);
  });
});

describe('Python string escapes that are not code points', () => {
  it('a lone \\U or one past U+10FFFF is kept as written, never thrown on', () => {
    for (const escape of ['\\U', '\\U00110000', '\\x', '\\u12']) {
      const code = `import os\ndb_password = '${escape}Vq8-Pg-s3cret-41-zk'\n`;
      assert.doesNotThrow(() => findings('database.py', code), escape);
      assert.deepEqual(findings('database.py', code, 'hardcoded-credential').map((f) => f.range.start.line), [1], escape);
    }
  });
});
