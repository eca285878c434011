// Factor IX across files: the entry calls a start another module of the app exports (JS/TS `module.exports = function
// start() { app.listen(port) }`, Go `server.Run()` of the module's own package), and SIGTERM is handled in neither.
// The node layer reads the entry's imports and the entry's call is reported, the start its related location.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { noGracefulShutdown } from '../../server/src/engine/rules/no-graceful-shutdown';
import { mayCallImportedStart } from '../../server/src/engine/rules/no-graceful-shutdown/javascript-imported';
import { Grammars } from '../../server/src/grammars';
import { MigrationFacts } from '../../server/src/migrationFacts';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const SERVER_JS = "const express = require('express');\nconst app = express();\n\nmodule.exports = async function start() {\n  app.listen(Number(process.env.PORT || 3000));\n};\n";

describe('no-graceful-shutdown across modules', () => {
  it('reports the JS/TS entry that calls an exported start, in one lane and in the second pass of several', async () => {
    const root = tree({
      'package.json': '{ "dependencies": { "express": "^4.19.2", "koa": "^2.15.3" } }\n',
      'src/server.js': SERVER_JS,
      'index.js': "const start = require('./src/server');\n\nstart().catch(console.error);\n",
      'ts/app.ts': "import Koa from 'koa';\n\nexport async function load(port: number) {\n  new Koa().listen(port);\n}\n",
      'ts/main.ts': "import { load } from './app.js';\n\nawait load(Number(process.env.PORT));\n",
      'safe/http.js': "const express = require('express');\nexports.serve = (port) => express().listen(port);\n",
      'safe/main.js': "const { serve } = require('./http');\nconst server = serve(Number(process.env.PORT));\nprocess.on('SIGTERM', () => server.close());\n",
    });
    const expected = ['index.js:3 -> src/server.js:5', 'ts/main.ts:3 -> ts/app.ts:4'];
    assert.deepEqual(findingsWithRelated(await auditWith([noGracefulShutdown], root)).sort(), expected);
    assert.deepEqual(findingsWithRelated(await auditWith([noGracefulShutdown], root, 2)).sort(), expected);
  });

  it('reports a Go main that calls its own package\'s Run, which serves with no Shutdown; not when the package stops it', async () => {
    const root = tree({
      'go.mod': 'module github.com/example/guestbook\n\ngo 1.22\n',
      'server/server.go': 'package server\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc Run() error {\n\treturn http.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n',
      'main.go': 'package main\n\nimport "github.com/example/guestbook/server"\n\nfunc main() {\n\t_ = server.Run()\n}\n',
      'graceful/server.go': 'package graceful\n\nimport "net/http"\n\nfunc Run(srv *http.Server) {\n\tgo srv.ListenAndServe()\n\t_ = srv.Shutdown(nil)\n}\n',
      'cmd/other/main.go': 'package main\n\nimport "github.com/example/guestbook/graceful"\n\nfunc main() {\n\tgraceful.Run(nil)\n}\n',
    });
    assert.deepEqual(findingsWithRelated(await auditWith([noGracefulShutdown], root)), ['main.go:6 -> server/server.go:9']);
    const found = await new MigrationFacts(new Grammars()).serverStartsForFile(join(root, 'main.go'), root, root);
    assert.deepEqual(found.map((start) => `${start.module}:${start.name}`), ['github.com/example/guestbook/server:Run']);
  });

  it('reads a JS/TS file\'s imports only when a line calls what it imports by a relative path, and no signal is named', () => {
    const calls = ["const start = require('./server');\nstart();\n", "import { load } from './app.js';\nawait load(1);\n", "require('./server')();\n", "const api = require('./api');\napi.start();\n"];
    const others = [
      "const start = require('./server');\nfunction later() { start(); }\n",
      "'use strict';\nObject.defineProperty(exports, 'x', {});\nconst util = require('./util');\n",
      "const start = require('./server');\nstart();\nprocess.on('SIGTERM', stop);\n",
      "const express = require('express');\nexpress();\n",
    ];
    assert.deepEqual(calls.map(mayCallImportedStart), [true, true, true, true]);
    assert.deepEqual(others.map(mayCallImportedStart), [false, false, false, false]);
  });
});
