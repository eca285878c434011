// Cross-file facts in the editor, as in the CLI: an open server file shows the port its imported config module
// exports (Factor VII), and an open config module shows the value another file signs JWTs with (Factor III), each
// with the other file as related information.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';

describe('cross-file facts over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-crossfile-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'package.json'), '{ "dependencies": { "express": "^4.19.2", "jsonwebtoken": "^9.0.2" } }\n');
  writeFileSync(join(root, 'src', 'constants.js'), "export const SIGNER = 'p4Nz8Qc2Lw7Xr5Tb';\n");
  writeFileSync(join(root, 'src', 'config.js'), 'module.exports = {\n  port: 3050,\n};\n');
  writeFileSync(join(root, 'src', 'token.js'), "import jwt from 'jsonwebtoken';\nimport { SIGNER } from './constants.js';\n\nexport const sign = (id) => jwt.sign({ sub: id }, SIGNER);\n");
  const client = new TestClient({ workspace: root });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it("reports app.listen(config.port) with the config module's port as related information", async () => {
    const uri = client.open('src/server.js', "const app = require('express')();\nconst config = require('./config');\nconst server = app.listen(config.port);\n", 'javascript');
    const diagnostic = (await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-port'))).find((d) => d.code === 'hardcoded-port');
    assert.equal(diagnostic!.range.start.line, 2);
    assert.deepEqual(diagnostic!.relatedInformation?.map((info) => `${info.location.uri}:${info.location.range.start.line}`), [`${pathToFileURL(join(root, 'src', 'config.js')).href}:1`]);
    client.close(uri);
  });

  it('reports an exported value another file hands to jwt.sign, the use related', async () => {
    const uri = client.open('src/constants.js', "export const SIGNER = 'p4Nz8Qc2Lw7Xr5Tb';\n", 'javascript');
    const diagnostic = (await client.nextDiagnostics(uri, (list) => list.some((d) => d.code === 'hardcoded-credential'))).find((d) => d.code === 'hardcoded-credential');
    assert.equal(diagnostic!.range.start.line, 0);
    assert.deepEqual(diagnostic!.relatedInformation?.map((info) => `${info.location.uri}:${info.location.range.start.line}`), [`${pathToFileURL(join(root, 'src', 'token.js')).href}:3`]);
    client.close(uri);
  });
});
