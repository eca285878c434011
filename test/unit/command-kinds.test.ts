// What a start command's words are: a migration, an install or build, a daemon. Every reading is total on
// any words (wrappers with options and nothing after them, an `env:` alone), and the project managers' run
// wrappers are seen through the way bundle exec is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAdminOrUtility, isMigration } from '../../server/src/engine/commands/kinds';
import { effectiveWords } from '../../server/src/engine/commands/words';
import { daemonizing } from '../../server/src/engine/rules/daemonized-process/daemon-commands';
import { buildStepKind } from '../../server/src/engine/rules/runtime-build-step/build-commands';

const WORDS = [
  'uv', 'pdm', 'rye', 'hatch', 'poetry', 'pipenv', 'run', '--frozen', '--with', '--', '-p', 'prod:', 'prod:yoyo', ':', 'yoyo', 'apply',
  'python', '-m', 'alembic', 'upgrade', 'head', 'sidekiq', '-d', '-L', 'delayed_job', 'start', 'drush', 'deploy', 'java', '-jar', 'db',
  'migrate', 'eval', 'Shop.Release.migrate', 'ridgepole', '--apply', '--dry-run', 'craft', 'up', 'php', 'sync', 'install', 'env', 'create',
  'X=1', 'bundle', 'exec', 'rails', 'rake', 'bin/rails', 'db:schema:load', 'db:setup', 'db:structure:load', 'db:reset', '',
];

describe('command kinds', () => {
  it('are total on any words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 12 }), (words) => {
        const effective = effectiveWords(words);
        assert.ok(effective.length <= words.length);
        isMigration(words);
        isAdminOrUtility(words);
        buildStepKind(words);
        daemonizing(words);
      }),
    );
  });

  it("peels Python project managers' run, their options and hatch's environment", () => {
    assert.deepEqual(effectiveWords(['uv', 'run', '--frozen', '--with', 'alembic', 'alembic', 'upgrade', 'head']), ['alembic', 'upgrade', 'head']);
    assert.deepEqual(effectiveWords(['hatch', 'run', 'prod:yoyo', 'apply']), ['yoyo', 'apply']);
    assert.deepEqual(effectiveWords(['pdm', 'run', '--', 'gunicorn', 'app:app']), ['gunicorn', 'app:app']);
    assert.deepEqual(effectiveWords(['uv', 'run', '--with']), []);
    assert.ok(isMigration(['rye', 'run', 'python', '-m', 'yoyo', 'apply', '--batch']));
    assert.ok(!isMigration(['hatch', 'run', 'yoyo', 'list']));
  });
});
