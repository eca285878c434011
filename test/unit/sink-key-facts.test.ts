// Factor III across files: a module's value that another file of the app hands to a secret-taking API is reported
// where it is written, as the same two lines in one file are; the node layer finds the uses with the engine's own
// sink lists and resolves each import as the toolchain would. No link out of the workspace is followed.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hardcodedCredential } from '../../server/src/engine/rules/hardcoded-credential';
import { Grammars } from '../../server/src/grammars';
import { countsSinkKeyUses, SinkKeyFacts } from '../../server/src/sinkKeyFacts';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const GO = {
  'go.mod': 'module github.com/acme/blog\n\ngo 1.22\n',
  'pkg/setting/setting.go': 'package setting\n\nvar (\n\tRunMode   = "release"\n\tJwtSecret = "your-256-bit-secret-key"\n)\n',
  'pkg/util/jwt.go':
    'package util\n\nimport (\n\t"github.com/golang-jwt/jwt/v5"\n\n\t"github.com/acme/blog/pkg/setting"\n)\n\nfunc Sign(c jwt.MapClaims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(setting.JwtSecret))\n}\n',
};

const JS = {
  'package.json': '{ "dependencies": { "jsonwebtoken": "^9.0.2" } }\n',
  'src/constants.js': "export const APP_NAME = 'kanban';\nexport const SIGNER = 'p4Nz8Qc2Lw7Xr5Tb';\n",
  'src/token.js': "import jwt from 'jsonwebtoken';\nimport { APP_NAME, SIGNER } from './constants.js';\n\nexport const sign = (id) => jwt.sign({ sub: id, iss: APP_NAME }, SIGNER);\n",
};

const PYTHON = {
  'requirements.txt': 'PyJWT\n',
  'config.py': 'import os\n\nJWT_SECRET = "your-jwt-secret"\nISSUER = "notes"\nDATABASE_URL = os.environ.get("DATABASE_URL")\n',
  'api/__init__.py': '',
  'api/auth.py': 'import jwt\n\nimport config\n\n\ndef issue(uid):\n    return jwt.encode({"uid": uid, "iss": config.ISSUER}, config.JWT_SECRET, algorithm="HS256")\n',
};

const audit = (root: string, jobs = 1) => auditWith([hardcodedCredential], root, jobs);

describe('hardcoded-credential across files: values other files use as a key', () => {
  it("reports Go's package constant another package signs JWTs with, and nothing else of that package", async () => {
    assert.deepEqual(findingsWithRelated(await audit(tree(GO))), ['pkg/setting/setting.go:5 -> ']);
  });

  it("reports Go's constant another package keys a JWT middleware with (`Key: []byte(consts.SecretKey)`), not the claim's name beside it", async () => {
    const hertz = {
      'go.mod': 'module github.com/acme/mall\n\ngo 1.21\n',
      'pkg/consts/consts.go': 'package consts\n\nconst (\n\tSecretKey   = "secret key"\n\tIdentityKey = "id"\n)\n',
      'biz/mw/jwt.go':
        'package mw\n\nimport (\n\t"github.com/hertz-contrib/jwt"\n\n\t"github.com/acme/mall/pkg/consts"\n)\n\nfunc New() (*jwt.HertzJWTMiddleware, error) {\n\treturn jwt.New(&jwt.HertzJWTMiddleware{Key: []byte(consts.SecretKey), IdentityKey: consts.IdentityKey})\n}\n',
    };
    assert.deepEqual(findingsWithRelated(await audit(tree(hertz))), ['pkg/consts/consts.go:4 -> ']);
  });

  it('reports a JS export imported into jwt.sign, the use related; not the other export', async () => {
    assert.deepEqual(findingsWithRelated(await audit(tree(JS))), ['src/constants.js:2 -> src/token.js:4']);
  });

  it("reports Python's module constant read as config.JWT_SECRET by jwt.encode, the use related; not the issuer", async () => {
    assert.deepEqual(findingsWithRelated(await audit(tree(PYTHON))), ['config.py:3 -> api/auth.py:7']);
  });

  it('stays silent when the value is read from the environment, and when no file uses it as a key', async () => {
    const readFromEnv = { ...JS, 'src/constants.js': "export const APP_NAME = 'kanban';\nexport const SIGNER = process.env.JWT_SECRET;\n" };
    assert.deepEqual(findingsWithRelated(await audit(tree(readFromEnv))), []);
    const unused = { ...GO, 'pkg/util/jwt.go': 'package util\n' };
    assert.deepEqual(findingsWithRelated(await audit(tree(unused))), []);
  });

  it('reads no file through a link out of the workspace', async () => {
    const outside = tree({ 'token.js': JS['src/token.js'] });
    const root = tree({ 'package.json': JS['package.json'], 'src/constants.js': JS['src/constants.js'] });
    symlinkSync(join(outside, 'token.js'), join(root, 'src', 'token.js'));
    assert.deepEqual(await new SinkKeyFacts(new Grammars()).forFile(join(root, 'src/constants.js'), root, root), []);
  });

  it('finds the same with worker threads, which gather the uses from their own scans', async () => {
    for (const files of [GO, JS, PYTHON]) {
      const root = tree(files);
      assert.deepEqual(findingsWithRelated(await audit(root, 2)), findingsWithRelated(await audit(root, 1)));
    }
  });

  it('relates the first use by path, in the audit as in the editor, whatever order the files are read in', async () => {
    const user = (name: string) => `import jwt from 'jsonwebtoken';\nimport { SIGNER } from './constants.js';\n\nexport const ${name} = (t) => jwt.verify(t, SIGNER);\n`;
    const root = tree({ ...JS, 'src/zeta.js': user('zeta'), 'src/alpha.js': user('alpha') });
    const expected = ['src/constants.js:2 -> src/alpha.js:4'];
    assert.deepEqual(findingsWithRelated(await audit(root)), expected);
    assert.deepEqual(findingsWithRelated(await audit(root, 2)), expected);
    const uses = await new SinkKeyFacts(new Grammars()).forFile(join(root, 'src/constants.js'), root, root);
    assert.deepEqual(uses.map((use) => use.path), ['src/alpha.js', 'src/token.js', 'src/zeta.js']);
  });

  it('counts uses in app source only: not dependencies, builds, hidden folders, declarations or bundles', () => {
    const counted = ['src/token.js', 'api/auth.py', 'pkg/util/jwt.go', 'web/app.tsx'];
    const left = ['node_modules/x/token.js', 'dist/token.js', '.next/server/token.js', 'src/types.d.ts', 'public/app.min.js', 'vendor/x/jwt.go', 'README.md'];
    assert.deepEqual(counted.filter(countsSinkKeyUses), counted);
    assert.deepEqual(left.filter(countsSinkKeyUses), []);
  });
});
