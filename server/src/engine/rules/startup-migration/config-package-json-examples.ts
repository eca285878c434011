import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

const pkg = (scripts: string): string => `{\n  "name": "shop",\n  "scripts": {\n${scripts}\n  }\n}\n`;

/** What the node layer reads in scripts/boot.mjs: it runs `prisma migrate deploy`, then imports the server. */
const BOOT_MIGRATES: ScanOptions = {
  importedMigrations: [{ module: 'node script', name: 'scripts/boot.mjs', label: 'execSync(...)', path: 'scripts/boot.mjs', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 56 } } }],
};

export const packageJsonExamples: Examples = {
  valid: [
    {
      name: 'Node scripts the node layer did not find migrating (a status check), and the migrating one run only by a seed script',
      path: 'package.json',
      code: pkg('    "start": "node scripts/check-env.mjs && node server.js",\n    "seed": "node scripts/boot.mjs"'),
      options: BOOT_MIGRATES,
    },
    {
      name: 'migrations in their own scripts, run as one-off processes',
      path: 'package.json',
      code: pkg(
        [
          '    "start": "node server.js",',
          '    "migrate": "knex migrate:latest",',
          '    "migrate:rollback": "knex migrate:rollback",',
          '    "db:push": "prisma db push",',
          '    "release": "npm run migrate",',
          '    "postdeploy": "npx sequelize db:migrate",',
          '    "build": "prisma generate && tsc -p .",',
          '    "heroku-postbuild": "npm run build"',
        ].join('\n'),
      ),
    },
    {
      name: 'local development and test scripts may migrate',
      path: 'package.json',
      code: pkg(
        [
          '    "dev": "prisma migrate dev && nodemon src/index.ts",',
          '    "start:dev": "npm run migrate && nest start --watch",',
          '    "test": "knex migrate:latest --env test && jest",',
          '    "pretest": "npm run migrate"',
        ].join('\n'),
      ),
    },
    {
      name: 'a script that only migrates and seeds',
      path: 'package.json',
      code: pkg('    "bootstrap": "knex migrate:latest && knex seed:run"'),
    },
    {
      name: 'a setup script that only checks the environment, run before start',
      path: 'package.json',
      code: pkg('    "setup": "node scripts/check-env.js",\n    "migrate": "knex migrate:latest",\n    "start": "npm run setup && node src/server.js"'),
    },
    {
      name: 'runners that migrate only in a release or build script, run scripts by a glob, or run no migrating script',
      path: 'package.json',
      code: pkg('    "db:deploy": "prisma migrate deploy",\n    "release": "run-s build db:deploy",\n    "dev": "run-p watch:*",\n    "start": "npm-run-all build start-server",\n    "serve": "concurrently \\"npm:lint\\" \\"npm:start-server\\""'),
    },
    {
      name: 'only package.json scripts are npm scripts',
      path: 'config/tasks.json',
      code: '{ "start": "knex migrate:latest && node server.js" }\n',
    },
  ],
  invalid: [
    {
      name: 'a runner names a script whose Node file migrates (the node layer read it), then the server starts; the named script alone starts nothing after it',
      path: 'package.json',
      code: pkg('    "start": "⟦run-s build:css boot⟧",\n    "boot": "node scripts/boot.mjs",\n    "seed": "node scripts/boot.mjs"'),
      options: BOOT_MIGRATES,
      messageIncludes: ['"start"'],
    },
    {
      name: 'start runs the Node file that migrates itself: no fix (moving it would move the server too)',
      path: 'package.json',
      code: pkg('    "start": "⟦node ./scripts/boot.mjs⟧"'),
      options: BOOT_MIGRATES,
    },
    {
      name: 'knex before node',
      path: 'package.json',
      code: pkg('    "start": "⟦knex migrate:latest⟧ && node server.js"'),
      output: pkg('    "start": "node server.js"'),
      messageIncludes: ['"start"', 'one-off'],
      fix: { kind: 'move-to-script', title: 'Move the migration to a "migrate" script', scriptName: 'migrate', command: 'knex migrate:latest' },
    },
    {
      name: 'prisma through npx',
      path: 'package.json',
      code: pkg('    "start:prod": "⟦npx prisma migrate deploy⟧ && node dist/main.js"'),
      output: pkg('    "start:prod": "node dist/main.js"'),
      fix: { scriptName: 'migrate', command: 'npx prisma migrate deploy' },
    },
    {
      name: 'an existing migrate script is reused',
      path: 'package.json',
      code: pkg('    "migrate": "node-pg-migrate up",\n    "start": "⟦npm run migrate⟧ && node index.js"'),
      output: pkg('    "migrate": "node-pg-migrate up",\n    "start": "node index.js"'),
      fix: { scriptName: 'migrate', command: 'node-pg-migrate up' },
    },
    {
      name: "the start script runs the package's own setup script, which migrates (followed within the file)",
      path: 'package.json',
      code: pkg('    "setup": "prisma migrate deploy && node prisma/seed.js",\n    "start": "⟦npm run setup⟧ && node dist/server.js"'),
      output: pkg('    "setup": "prisma migrate deploy && node prisma/seed.js",\n    "start": "node dist/server.js"'),
      fix: { scriptName: 'setup', command: 'prisma migrate deploy && node prisma/seed.js' },
    },
    {
      name: 'a migrating script run by npm-run-all, run-s or concurrently before the server (probe22b N; no fix: the runner also starts the app)',
      path: 'package.json',
      code: pkg('    "db:deploy": "prisma migrate deploy",\n    "start-docker": "⟦npm-run-all db:deploy start-server⟧",\n    "start:prod": "⟦run-s --print-label db:deploy start-server⟧",\n    "serve": "⟦concurrently \\"npm:db:deploy\\" \\"npm:start-server\\"⟧"'),
    },
    {
      name: 'prestart runs on every npm start (no in-place fix: nothing follows it)',
      path: 'package.json',
      code: pkg('    "prestart": "⟦sequelize db:migrate⟧",\n    "start": "node server.js"'),
    },
    {
      name: 'JSON escapes inside the script',
      path: 'package.json',
      code: pkg('    "serve": "⟦cross-env DATABASE_URL=\\"postgres://db/shop\\" knex migrate:latest⟧ && node server.js"'),
      output: pkg('    "serve": "node server.js"'),
      fix: { command: 'cross-env DATABASE_URL="postgres://db/shop" knex migrate:latest' },
    },
    {
      name: 'any script that migrates and then starts a server',
      path: 'package.json',
      code: pkg('    "launch": "⟦typeorm migration:run -d dist/data-source.js⟧ && node dist/main.js",\n    "up": "⟦prisma db push --accept-data-loss⟧; node dist/main"'),
    },
    {
      name: 'a migration inside sh -c is reported, without an in-place fix',
      path: 'package.json',
      code: pkg('    "start": "sh -c \'⟦db-migrate up⟧ && exec node server.js\'"'),
    },
  ],
};
