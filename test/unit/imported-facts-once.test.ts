// Issue #12: the app's files a file imports are read once for every question asked of them (migrations, ports, server
// starts: server/src/migrationFacts/), and an audit's first scan says which files' imports are worth reading at all.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Grammars } from '../../server/src/grammars';
import { MigrationFacts } from '../../server/src/migrationFacts';
import { importsWorthReading } from '../../server/src/migrationFacts/gates';
import { tree } from '../helpers/crossFileAudit';

describe('imported facts, read once', () => {
  it('answers a later question of a JS/TS module from the one read of it (the file gone since)', async () => {
    const root = tree({
      'config.js': "const { migrate } = require('./migrator');\nmodule.exports = { port: 3050, async init() { await migrate.latest(); } };\n",
      'index.js': "const config = require('./config');\nconst app = require('express')();\nconfig.init().then(() => app.listen(config.port));\n",
    });
    const facts = new MigrationFacts(new Grammars());
    const index = join(root, 'index.js');
    const ports = await facts.portsForFile(index, root, root);
    assert.deepEqual(ports.map((port) => `${port.module}.${port.name}=${port.port}`), ['./config.port=3050']);
    rmSync(join(root, 'config.js'));
    // The module was read for its ports; the question of its server starts is answered from that read, not a new one.
    assert.deepEqual((await facts.factsForFile(index, root, root, { ports: true, serverStarts: true })).ports, ports);
    facts.forget();
    assert.deepEqual(await facts.portsForFile(index, root, root), []);
  });

  it('reads a Go package once for its ports and its migrations', async () => {
    const root = tree({
      'go.mod': 'module example.com/shop\n\ngo 1.22\n',
      'configs/configs.go': 'package configs\n\nfunc ProjectPort() string {\n\treturn ":9999"\n}\n',
      'main.go': 'package main\n\nimport "example.com/shop/configs"\n\nfunc main() {\n\t_ = configs.ProjectPort()\n}\n',
    });
    const facts = new MigrationFacts(new Grammars());
    const main = join(root, 'main.go');
    assert.deepEqual((await facts.portsForFile(main, root, root)).map((port) => port.name), ['ProjectPort']);
    rmSync(join(root, 'configs/configs.go'));
    assert.deepEqual((await facts.factsForFile(main, root, root, { ports: true, migrations: true })).ports.map((port) => port.name), ['ProjectPort']);
    assert.equal(await facts.goModulePath(main, root), 'example.com/shop');
  });

  it("says from a file's own text whose imports may matter: Go by go.mod's module path, Python by a start path's imports", () => {
    const go = 'package main\n\nimport (\n\t"net/http"\n\t"example.com/shop/configs"\n)\n\nfunc main() {}\n';
    assert.deepEqual(importsWorthReading('main.go', go, 'example.com/shop'), { mayUseImportedPort: true, mayCallImportedMigration: true, mayCallImportedStart: true });
    assert.deepEqual(importsWorthReading('main.go', go, 'example.com/other'), {}, 'no package of this module');
    assert.deepEqual(importsWorthReading('main.go', go), {}, 'no go.mod');
    const stops = go.replace('func main() {}', 'func main() {\n\t_ = srv.Shutdown(ctx)\n}');
    assert.equal(importsWorthReading('main.go', stops, 'example.com/shop').mayCallImportedStart, undefined, 'a main that stops its server');
    assert.deepEqual(importsWorthReading('app/main.py', 'from fastapi import FastAPI\nfrom app.db.base import init_db\n\napp = FastAPI()\n'), { mayUseImportedPort: true, mayCallImportedMigration: true });
    assert.deepEqual(importsWorthReading('app/util.py', 'import os\n\ndef slug(text):\n    return text.lower()\n'), {});
    assert.deepEqual(importsWorthReading('README.md', "require('./config')"), {});
  });
});
