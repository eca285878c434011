// Factor XII across Python modules: the node layer reads the modules a file imports, finds the functions
// in them that create the schema or migrate, and the start path's call of one is reported in the importing
// file with the migration as its related location; names alone (`init_db`) decide nothing, and no link out
// of the workspace is followed.
import assert from 'node:assert/strict';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AuditResult } from '../../server/src/auditRun';
import { startupMigration } from '../../server/src/engine/rules/startup-migration';
import { mayUseImportedPort } from '../../server/src/engine/rules/hardcoded-port/javascript-imported';
import { hardcodedPort } from '../../server/src/engine/rules/hardcoded-port';
import { importedModules, migratingFunctionsIn } from '../../server/src/engine/rules/startup-migration/python-imported';
import { Grammars } from '../../server/src/grammars';
import { MigrationFacts } from '../../server/src/migrationFacts';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const RULES = [startupMigration];

const FASTAPI = {
  'requirements.txt': 'fastapi\nSQLAlchemy\n',
  'app/__init__.py': '',
  'app/db/__init__.py': '',
  'app/db/base.py': 'from sqlalchemy.orm import declarative_base\n\nfrom app.db.session import engine\n\nBase = declarative_base()\n\n\ndef init_db():\n    Base.metadata.create_all(bind=engine)\n',
  'app/main.py': 'from fastapi import FastAPI\n\nfrom app.db.base import init_db\n\napp = FastAPI()\n\n\n@app.on_event("startup")\ndef on_startup():\n    init_db()\n',
};

const FLASK = {
  'requirements.txt': 'Flask\nFlask-SQLAlchemy\n',
  'wsgi.py': 'from notes import create_app\n\napp = create_app()\n',
  'notes/models.py': 'from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\ndef _tables():\n    db.create_all()\n\n\ndef init_db():\n    _tables()\n',
  'notes/__init__.py': 'from flask import Flask\n\nfrom . import models\n\n\ndef create_app():\n    app = Flask(__name__)\n    with app.app_context():\n        models.init_db()\n    return app\n',
};

const audit = (root: string, jobs = 1): Promise<AuditResult> => auditWith(RULES, root, jobs);

describe('startup-migration across Python modules', () => {
  it("reports a FastAPI start-up hook's call of another module's init_db that creates the tables, in one thread and in a pool", async () => {
    const root = tree(FASTAPI);
    const expected = ['app/main.py:10 -> app/db/base.py:9'];
    assert.deepEqual(findingsWithRelated(await audit(root)), expected);
    assert.deepEqual(findingsWithRelated(await audit(root, 2)), expected);
  });

  it("follows a relative module import and the module's own helper (Flask factory -> models.init_db -> db.create_all)", async () => {
    assert.deepEqual(findingsWithRelated(await audit(tree(FLASK))), ['notes/__init__.py:9 -> notes/models.py:7']);
  });

  it('stays silent when the imported init_db creates no tables (the FastAPI template adds the first superuser)', async () => {
    const root = tree({ ...FASTAPI, 'app/db/base.py': 'def init_db():\n    session.add(User(email=FIRST_SUPERUSER))\n    session.commit()\n' });
    assert.deepEqual(findingsWithRelated(await audit(root)), []);
  });

  it("reports an app factory's own migration once, in the factory's module, not again at wsgi.py's create_app()", async () => {
    const root = tree({
      'requirements.txt': 'Flask\nFlask-Migrate\n',
      'wsgi.py': 'from rsvp import create_app\n\napp = create_app()\n',
      'rsvp/__init__.py': 'from flask import Flask\nfrom flask_migrate import upgrade\n\n\ndef create_app():\n    app = Flask(__name__)\n    with app.app_context():\n        upgrade()\n    return app\n',
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['rsvp/__init__.py:8 -> ']);
  });

  it('follows no link out of the workspace', async () => {
    const outside = tree({ 'base.py': FASTAPI['app/db/base.py'] });
    const root = tree(FASTAPI);
    rmSync(join(root, 'app/db/base.py'));
    symlinkSync(join(outside, 'base.py'), join(root, 'app/db/base.py'));
    assert.deepEqual(findingsWithRelated(await audit(root)), []);
  });

  it('reads again after forget(), and reads the editor buffer when given', async () => {
    const root = tree(FASTAPI);
    const facts = new MigrationFacts(new Grammars());
    const main = join(root, 'app/main.py');
    assert.deepEqual((await facts.forFile(main, root, root)).map((fact) => `${fact.module}.${fact.name}`), ['app.db.base.init_db']);
    writeFileSync(join(root, 'app/db/base.py'), 'def init_db():\n    pass\n');
    assert.equal((await facts.forFile(main, root, root)).length, 1, 'cached until told');
    facts.forget();
    assert.deepEqual(await facts.forFile(main, root, root), []);
    assert.deepEqual(await facts.forFile(main, root, root, 'x = 1\n'), []);
    assert.equal(MigrationFacts.wants('tests/conftest.py'), false);
    assert.equal(MigrationFacts.wants('scripts/init_db.py'), false);
  });

  it("reports a Procfile process's script that migrates, found by its #! line when it has no extension (bin/web)", async () => {
    const root = tree({
      Procfile: 'release: ./bin/release\nweb: ./bin/web\n',
      Gemfile: "source 'https://rubygems.org'\ngem 'rails'\n",
      'bin/web': '#!/usr/bin/env bash\nset -e\nbundle exec rails db:migrate\nbundle exec puma -C config/puma.rb\n',
      'bin/release': '#!/usr/bin/env bash\nset -e\nbundle exec rails db:migrate\n',
    });
    assert.deepEqual(findingsWithRelated(await auditWith([startupMigration], root)), ['bin/web:3 -> ']);
  });

  it('reads imports lexically, and only in a file that shows a start path', () => {
    const text = 'from fastapi import FastAPI\nfrom .database import (\n    init_db,\n    get_session as session,\n)\nimport app.models as models, os\n\napp = FastAPI()\n';
    assert.deepEqual(importedModules(text), [
      { module: 'fastapi', names: ['FastAPI'] },
      { module: '.database', names: ['init_db', 'get_session'] },
      { module: 'app.models', names: [] },
      { module: 'os', names: [] },
    ]);
    assert.deepEqual(importedModules('from .database import init_db\n\ninit_db()\n'), []);
  });

  it('finds the migrating functions of a module: directly, through a helper, not behind a flag or in a nested function', async () => {
    const grammars = new Grammars();
    await grammars.ensure('python');
    const text = 'import os\n\ndef a():\n    Base.metadata.create_all(bind=engine)\n\ndef b():\n    a()\n\ndef c():\n    if os.environ.get("RUN_MIGRATIONS"):\n        a()\n\ndef d():\n    def inner():\n        Base.metadata.create_all(bind=engine)\n    return inner\n';
    assert.deepEqual(migratingFunctionsIn('db.py', text, grammars).map((fn) => `${fn.name}:${fn.range.start.line + 1}:${fn.label}`), ['a:4:Base.metadata.create_all()', 'b:4:Base.metadata.create_all()']);
  });

  it("follows a start script's own commands to manage.py and package.json beside it: only a definition that migrates counts", async () => {
    const root = tree({
      'requirements.txt': 'Flask\nFlask-SQLAlchemy\n',
      'web/manage.py':
        'from flask.cli import FlaskGroup\n\nfrom project import app, db\n\ncli = FlaskGroup(app)\n\n\n@cli.command("create_db")\ndef create_db():\n    db.drop_all()\n    db.create_all()\n\n\n@cli.command()\ndef show_config():\n    print(app.config["ENV"])\n\n\nif __name__ == "__main__":\n    cli()\n',
      'web/package.json': '{\n  "scripts": {\n    "setup": "prisma migrate deploy && node seed.js",\n    "check": "node check-env.js"\n  }\n}\n',
      'web/entrypoint.sh': '#!/bin/sh\npython manage.py show_config\nnpm run check\npython manage.py create_db\nexec "$@"\n',
      'web/Dockerfile': 'FROM node:20\nCMD ["sh", "-c", "npm run setup && node server.js"]\n',
      'other/entrypoint.sh': '#!/bin/sh\npython manage.py create_db\nnpm run setup\nexec "$@"\n',
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['web/Dockerfile:2 -> web/package.json:3', 'web/entrypoint.sh:4 -> web/manage.py:10']);
    const facts = new MigrationFacts(new Grammars());
    const found = await facts.forFile(join(root, 'web/entrypoint.sh'), root, root);
    assert.deepEqual(found.map((fact) => `${fact.module}:${fact.name}`), ['manage.py:create_db', 'package.json:setup']);
    assert.equal(MigrationFacts.wants('web/entrypoint.sh'), true);
    assert.equal(MigrationFacts.wants('docker/Dockerfile.prod'), true);
    assert.equal(MigrationFacts.wants('web/README.md'), false);
  });

  it("follows a start script to the shell script beside it that it runs by path (paperless-ngx's docker-prepare.sh): only a script that migrates, only when run", async () => {
    const root = tree({
      'docker/docker-prepare.sh': '#!/usr/bin/env bash\nmigrations() {\n  (\n    flock 200\n    python3 manage.py migrate --no-input\n  ) 200>/data/migration_lock\n}\nmigrations\n',
      'docker/wait-for-redis.sh': '#!/usr/bin/env bash\nuntil redis-cli -u "$1" ping; do sleep 5; done\n',
      'docker/docker-entrypoint.sh': '#!/usr/bin/env bash\nset -e\ninitialize() {\n  /sbin/wait-for-redis.sh "$REDIS"\n  /sbin/docker-prepare.sh\n}\ninitialize\nexec "$@"\n',
      'docker/healthcheck.sh': '#!/bin/sh\necho "run docker-prepare.sh first"\nexec curl -f http://localhost:8000/\n',
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['docker/docker-entrypoint.sh:5 -> docker/docker-prepare.sh:5']);
  });

  it("follows an entrypoint's Artisan command (behind a variable) and Django management command to the app's command classes: only one that migrates counts", async () => {
    const root = tree({
      'crm/artisan': '#!/usr/bin/env php\n<?php\n',
      'crm/app/Console/Commands/UpdateCrm.php':
        "<?php\n\nnamespace App\\Console\\Commands;\n\nuse Illuminate\\Console\\Command;\n\nclass UpdateCrm extends Command\n{\n    protected $signature = 'crm:update {--force}';\n\n    public function handle(): int\n    {\n        $this->call('optimize:clear');\n        $this->call('migrate', ['--force' => true]);\n        return 0;\n    }\n}\n",
      'crm/app/Console/Commands/WarmCache.php': "<?php\n\nclass WarmCache extends Command\n{\n    protected $signature = 'crm:warm-cache';\n\n    public function handle() { Artisan::call('config:cache'); }\n}\n",
      'crm/docker/entrypoint.sh': '#!/bin/sh\nARTISAN="php /var/www/app/artisan"\n${ARTISAN} crm:warm-cache\n${ARTISAN} crm:update --force\nexec "$@"\n',
      'clinic/manage.py': 'import sys\nfrom django.core.management import execute_from_command_line\n\nexecute_from_command_line(sys.argv)\n',
      'clinic/requirements.txt': 'Django\n',
      'clinic/records/management/commands/setup_clinic.py':
        'from django.core.management import call_command\nfrom django.core.management.base import BaseCommand\n\n\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        call_command("migrate", interactive=False)\n',
      'clinic/records/management/commands/report.py':
        'from django.core.management import call_command\nfrom django.core.management.base import BaseCommand\n\n\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        call_command("check")\n',
      'clinic/docker-entrypoint.sh': '#!/bin/sh\npython manage.py report\npython manage.py setup_clinic\nexec gunicorn clinic.wsgi\n',
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), [
      'clinic/docker-entrypoint.sh:3 -> clinic/records/management/commands/setup_clinic.py:7',
      'crm/docker/entrypoint.sh:4 -> crm/app/Console/Commands/UpdateCrm.php:14',
    ]);
  });

  it("reports main's call of another package's exported function that runs AutoMigrate (gin-vue-admin's RegisterTables), the body related; not one behind a flag, nor an import outside the module, nor a database set-up its own file reports", async () => {
    const root = tree({
      'go.mod': 'module github.com/acme/admin\n\ngo 1.22\n',
      'main.go': 'package main\n\nimport (\n\t"github.com/acme/admin/core"\n\t"github.com/acme/admin/initialize"\n\t"github.com/other/lib/setup"\n)\n\nfunc main() {\n\tinitialize.RegisterTables()\n\tsetup.RegisterTables()\n\tinitialize.InitDB()\n\tcore.RunServer()\n}\n',
      'initialize/db.go': 'package initialize\n\nimport "gorm.io/gorm"\n\nfunc InitDB() *gorm.DB {\n\tdb, _ := gorm.Open(nil, &gorm.Config{})\n\tdb.AutoMigrate(Tag{})\n\treturn db\n}\n',
      'initialize/gorm.go': 'package initialize\n\nimport "github.com/acme/admin/global"\n\nfunc RegisterTables() {\n\tdb := global.DB\n\tdb.AutoMigrate(User{})\n}\n\nfunc Optional() {\n\tif global.Config.AutoMigrate {\n\t\tglobal.DB.AutoMigrate(User{})\n\t}\n}\n\nfunc helper() {\n\tglobal.DB.AutoMigrate(User{})\n}\n',
      'vendor/github.com/other/lib/setup/setup.go': 'package setup\n\nfunc RegisterTables() {\n\tdb.AutoMigrate(Thing{})\n}\n',
      'initialize/gorm_test.go': 'package initialize\n\nfunc TestTables() {\n\tglobal.DB.AutoMigrate(User{})\n}\n',
    });
    // InitDB opens the database: its own file reports it (one finding), not main's call again.
    assert.deepEqual(findingsWithRelated(await audit(root)), ['initialize/db.go:7 -> ', 'main.go:10 -> initialize/gorm.go:7']);
    const facts = new MigrationFacts(new Grammars());
    const found = await facts.forFile(join(root, 'main.go'), root, root);
    assert.deepEqual(found.map((fact) => `${fact.module}:${fact.name}`), ['github.com/acme/admin/initialize:RegisterTables']);
  });
});

// Factor VII from the same reading of a Go module's packages: a server's address taken from another package's
// function that returns a fixed address (go-gin-api's configs.ProjectPort()), the return related.
describe('hardcoded-port across Go packages', () => {
  it("reports main's Addr: configs.ProjectPort() when the function returns a fixed address; not one that reads PORT, nor a package outside the module", async () => {
    const root = tree({
      'go.mod': 'module github.com/example/ginapi\n\ngo 1.22\n',
      'configs/configs.go': 'package configs\n\n// ProjectPort is the address.\nfunc ProjectPort() string {\n\treturn ":9999"\n}\n\nfunc Name() string { return "api" }\n',
      'internal/config/config.go': 'package config\n\nimport "os"\n\nfunc ListenAddr() string {\n\treturn ":" + os.Getenv("PORT")\n}\n',
      'main.go':
        'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/example/ginapi/configs"\n\t"github.com/example/ginapi/internal/config"\n)\n\nfunc main() {\n\tgo http.ListenAndServe(config.ListenAddr(), nil)\n\ts := &http.Server{Addr: configs.ProjectPort()}\n\t_ = s.ListenAndServe()\n}\n',
    });
    assert.deepEqual(findingsWithRelated(await auditWith([hardcodedPort], root)), ['main.go:12 -> configs/configs.go:5']);
    const facts = new MigrationFacts(new Grammars());
    const found = await facts.portsForFile(join(root, 'main.go'), root, root);
    assert.deepEqual(found.map((fact) => `${fact.module}:${fact.name}:${fact.port}`), ['github.com/example/ginapi/configs:ProjectPort:9999']);
    assert.equal(MigrationFacts.wantsPorts('cmd/api/main.go'), true);
    assert.equal(MigrationFacts.wantsPorts('configs/configs_test.go'), false);
  });

  it("reports Flask's app.run(port=get_port()) when the imported settings function returns a fixed number; not one that reads PORT", async () => {
    const root = tree({
      'requirements.txt': 'Flask\n',
      'settings.py': 'import os\n\n\ndef get_port():\n    return 5050\n\n\ndef get_env_port():\n    return int(os.environ.get("PORT", 5000))\n',
      'app.py': 'from flask import Flask\n\nfrom settings import get_env_port, get_port\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(port=get_env_port())\n    app.run(host="0.0.0.0", port=get_port())\n',
    });
    assert.deepEqual(findingsWithRelated(await auditWith([hardcodedPort], root)), ['app.py:9 -> settings.py:5']);
  });

  it("reports JS/TS app.listen(config.port) when the required config module exports a fixed port; not one read from PORT or set again", async () => {
    const root = tree({
      'package.json': '{ "dependencies": { "express": "^4.19.2" } }\n',
      'src/config/index.js': 'module.exports = {\n  port: 3050,\n  db: { port: 5432 },\n};\n',
      'src/settings.js': "const settings = { port: 5050 };\nif (process.env.PORT) settings.port = Number(process.env.PORT);\nmodule.exports = settings;\n",
      'src/env.ts': 'export const PORT = Number(process.env.PORT ?? 3000);\nexport const getPort = () => 8081;\n',
      'src/index.js': "const app = require('express')();\nconst config = require('./config');\nconst settings = require('./settings');\n\napp.listen(config.port);\napp.listen(settings.port);\n",
      'src/main.ts': "import { PORT, getPort } from './env.js';\n\napp.listen(PORT);\napp.listen(getPort());\n",
    });
    const expected = ['src/index.js:5 -> src/config/index.js:2', 'src/main.ts:4 -> src/env.ts:2'];
    assert.deepEqual(findingsWithRelated(await auditWith([hardcodedPort], root)).sort(), expected);
    // An audit reads a JS/TS file's imports in its second pass, after the file's own scan (in a worker) says it may bind one.
    assert.deepEqual(findingsWithRelated(await auditWith([hardcodedPort], root, 2)).sort(), expected);
    const found = await new MigrationFacts().portsForFile(join(root, 'src/index.js'), root, root);
    assert.deepEqual(found.map((fact) => `${fact.module}:${fact.name}:${fact.port}`), ['./config:port:3050', './config:db.port:5432']);
    assert.equal(MigrationFacts.wantsPorts('src/server.ts'), true);
  });

  it('reads a JS/TS file\'s imports only when it may bind one of their ports: a listen call, a port option, a gRPC bind', () => {
    const binds = [
      "const config = require('./config');\napp.listen(config.port);\n",
      "import { settings } from '../settings';\nserve({ fetch: app.fetch, port: settings.serverPort });\n",
      "import { ADDRESS } from './env';\nserver.bindAsync(ADDRESS, grpc.ServerCredentials.createInsecure(), start);\n",
    ];
    const others = [
      "import { report } from './report';\nexport const summary = () => report(import.meta.url);\n",
      "const express = require('express');\napp.listen(3000);\n",
      "import { support } from './support.js';\nexport default support;\n",
    ];
    assert.deepEqual(binds.map(mayUseImportedPort), [true, true, true]);
    assert.deepEqual(others.map(mayUseImportedPort), [false, false, false]);
  });

  it('follows no JS/TS import out of the workspace', async () => {
    const outside = tree({ 'config.js': 'module.exports = { port: 3050 };\n' });
    const root = tree({ 'package.json': '{}\n', 'src/index.js': "const config = require('./config');\napp.listen(config.port);\n" });
    symlinkSync(join(outside, 'config.js'), join(root, 'src', 'config.js'));
    assert.deepEqual(await new MigrationFacts().portsForFile(join(root, 'src/index.js'), root, root), []);
  });

  it("reports a JS entry's call of a relative module's exported init() whose body migrates; not an init() that only connects, nor one the module reports itself", async () => {
    const root = tree({
      'package.json': '{ "name": "tasks", "scripts": { "start": "node src/server.js" } }\n',
      'src/db.js': "const knex = require('knex')(require('../knexfile'));\n\nasync function init() {\n  await knex.raw('select 1');\n  await knex.migrate.latest();\n}\n\nmodule.exports = { knex, init };\n",
      'src/cache.js': "const { createClient } = require('redis');\nconst client = createClient();\nasync function init() {\n  await client.connect();\n}\nmodule.exports = { client, init };\n",
      'src/app.js': "const Fastify = require('fastify');\nconst { sequelize } = require('./models');\nmodule.exports = async function buildApp() {\n  await sequelize.sync({ alter: true });\n  return Fastify();\n};\n",
      'src/server.js': "const database = require('./db');\nconst cache = require('./cache');\nconst buildApp = require('./app');\n\nasync function main() {\n  await cache.init();\n  await database.init();\n  const app = await buildApp();\n  app.listen(3000);\n}\n\nmain();\n",
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['src/app.js:4 -> ', 'src/server.js:7 -> src/db.js:5']);
  });

  it("reports a Procfile's web process that runs the Django project's command migrating before it serves; not the release process", async () => {
    const command = 'from django.core.management import call_command\nfrom django.core.management.base import BaseCommand\n\n\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        call_command("migrate", interactive=False)\n        call_command("runserver", "0.0.0.0:8000")\n';
    const root = tree({
      'manage.py': 'import sys\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n',
      'shop/__init__.py': '',
      'shop/management/__init__.py': '',
      'shop/management/commands/__init__.py': '',
      'shop/management/commands/run.py': command,
      Procfile: 'release: python manage.py run\nweb: python manage.py run\n',
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['Procfile:2 -> shop/management/commands/run.py:7']);
  });

  it("reports npm start's runner that names a script whose Node file migrates before it imports the server; not a seed script, nor a status check", async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'guestbook', scripts: { start: 'run-s build:css boot', boot: 'node --enable-source-maps scripts/boot.mjs', seed: 'node scripts/seed.mjs', 'db:status': 'node scripts/status.mjs' } }, null, 2) + '\n',
      'scripts/boot.mjs': "import { execSync } from 'node:child_process';\n\nexecSync('npx prisma migrate deploy', { stdio: 'inherit' });\nawait import('../dist/server.js');\n",
      'scripts/seed.mjs': "import { execSync } from 'node:child_process';\nexecSync('npx prisma migrate deploy');\n",
      'scripts/status.mjs': "import { execSync } from 'node:child_process';\nexecSync('npx prisma migrate status');\n",
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['package.json:4 -> ']);
  });

  it('reports a start script that migrates once, in package.json: not again in the Procfile or compose process that runs `npm start`', async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'shop', scripts: { start: 'knex migrate:latest && node server.js' } }, null, 2) + '\n',
      'server.js': "require('http').createServer().listen(process.env.PORT);\n",
      Procfile: 'web: npm start\n',
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: npm start\n',
    });
    assert.deepEqual(findingsWithRelated(await audit(root)), ['package.json:4 -> ']);
  });
});
