// The neighbour files a fix touches: env names, .gitignore, package.json scripts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEnvName, toEnvName } from '../../server/src/engine/fixes/envName';
import { ensureIgnored, GITIGNORE_COMMENT, isIgnored } from '../../server/src/engine/fixes/gitignore';
import { addNpmScript, toolOf } from '../../server/src/engine/fixes/packageScripts';

describe('resolveEnvName', () => {
  const env = new Map([
    ['DB_PASSWORD', 'old-value'],
    ['DB_PASSWORD_2', 'other'],
    ['API_KEY', 'k3y'],
  ]);

  it('keeps the proposed name when it is free', () => {
    assert.equal(resolveEnvName('STRIPE_KEY', 'v', env), 'STRIPE_KEY');
  });

  it('reuses a name that already holds the same value', () => {
    assert.equal(resolveEnvName('API_KEY', 'k3y', env), 'API_KEY');
  });

  it('suffixes a clashing name until free: never overwrites a different value', () => {
    assert.equal(resolveEnvName('DB_PASSWORD', 'new-value', env), 'DB_PASSWORD_3');
    assert.equal(resolveEnvName('DB_PASSWORD', 'other', env), 'DB_PASSWORD_2');
  });

  it('treats a name the code already reads as taken', () => {
    assert.equal(resolveEnvName('SESSION_SECRET', 's', new Map(), new Set(['SESSION_SECRET'])), 'SESSION_SECRET_2');
  });

  it('turns any proposal into a valid name', () => {
    assert.equal(toEnvName('dbPassword'), 'DB_PASSWORD');
    assert.equal(toEnvName('api-key.v2'), 'API_KEY_V2');
    assert.equal(toEnvName('2fa secret'), '_2FA_SECRET');
    assert.equal(toEnvName('***'), 'SECRET');
    assert.equal(resolveEnvName('stripe key', 'v', new Map()), 'STRIPE_KEY');
  });
});

describe('ensureIgnored', () => {
  for (const rules of ['.env', '.env*', '*.env', '/.env', '**/.env', '.env\n!.env.example', 'node_modules\r\n.env\r\n']) {
    it(`leaves a .gitignore that already ignores .env alone: ${JSON.stringify(rules)}`, () => {
      assert.deepEqual(ensureIgnored(rules, '.env'), { text: rules, changed: false });
    });
  }

  it('creates the file when there is none', () => {
    assert.deepEqual(ensureIgnored(undefined, '.env'), { text: `${GITIGNORE_COMMENT}\n.env\n`, changed: true });
  });

  it('appends after a negation so .env ends up ignored', () => {
    const result = ensureIgnored('.env\n!.env\n', '.env');
    assert.deepEqual(result, { text: `.env\n!.env\n\n${GITIGNORE_COMMENT}\n.env\n`, changed: true });
    assert.ok(isIgnored(result.text, '.env'));
  });

  it('keeps CRLF and adds a missing final newline', () => {
    assert.deepEqual(ensureIgnored('node_modules\r\ndist', '.env'), {
      text: `node_modules\r\ndist\r\n\r\n${GITIGNORE_COMMENT}\r\n.env\r\n`,
      changed: true,
    });
  });

  it('does not add a second blank line after one already there', () => {
    assert.equal(ensureIgnored('dist\n\n', '.env').text, `dist\n\n${GITIGNORE_COMMENT}\n.env\n`);
  });

  it('reads paths below the .gitignore folder', () => {
    assert.ok(isIgnored('.env', './apps/api/.env'));
    assert.ok(!isIgnored('/.env', 'apps/api/.env'));
    assert.equal(ensureIgnored('/.env\n', 'apps/api/.env').changed, true);
  });
});

describe('addNpmScript', () => {
  const command = 'knex migrate:latest';
  const added = (text: string) => {
    const result = addNpmScript(text, 'migrate', command);
    assert.ok(!('error' in result), 'error' in result ? result.error : '');
    return result.text;
  };

  it('keeps 2-space, 4-space and tab indentation, and CRLF', () => {
    assert.equal(
      added('{\n  "name": "shop",\n  "scripts": {\n    "start": "node server.js"\n  }\n}\n'),
      '{\n  "name": "shop",\n  "scripts": {\n    "start": "node server.js",\n    "migrate": "knex migrate:latest"\n  }\n}\n',
    );
    assert.equal(
      added('{\n    "name": "shop",\n    "scripts": {\n        "start": "node server.js"\n    }\n}'),
      '{\n    "name": "shop",\n    "scripts": {\n        "start": "node server.js",\n        "migrate": "knex migrate:latest"\n    }\n}',
    );
    assert.equal(
      added('{\r\n\t"name": "shop"\r\n}\r\n'),
      '{\r\n\t"name": "shop",\r\n\t"scripts": {\r\n\t\t"migrate": "knex migrate:latest"\r\n\t}\r\n}\r\n',
    );
  });

  it('changes nothing when the script, or another with the same command, exists', () => {
    const text = '{\n  "scripts": {\n    "db:migrate": "knex migrate:latest"\n  }\n}\n';
    assert.deepEqual(addNpmScript(text, 'migrate', command), { text, name: 'db:migrate', changed: false });
    const sameTool = '{\n  "scripts": {\n    "migrate": "npx knex migrate:latest --env production"\n  }\n}\n';
    assert.deepEqual(addNpmScript(sameTool, 'migrate', command), { text: sameTool, name: 'migrate', changed: false });
  });

  it('never overwrites a different script: picks a free name', () => {
    const text = '{\n  "scripts": {\n    "migrate": "node scripts/seed.js",\n    "migrate:knex": "x"\n  }\n}\n';
    const result = addNpmScript(text, 'migrate', command);
    assert.ok(!('error' in result));
    assert.equal(result.name, 'migrate:2');
    assert.match(result.text, /"migrate": "node scripts\/seed.js"/);
    assert.match(result.text, /"migrate:2": "knex migrate:latest"/);
  });

  it('reports a package.json it cannot edit', () => {
    assert.ok('error' in addNpmScript('{ "name": ', 'migrate', command));
    assert.ok('error' in addNpmScript('{ "scripts": [] }', 'migrate', command));
    assert.ok('error' in addNpmScript('[]', 'migrate', command));
  });

  it('tells which tool a command runs', () => {
    assert.equal(toolOf('NODE_ENV=production npx --yes knex migrate:latest'), 'knex');
    assert.equal(toolOf('node db/migrate.js --up'), 'node db/migrate.js');
    assert.equal(toolOf('npm run migrate'), 'run migrate');
  });
});
