// The CLI over both hostile git layouts, in every output format: nothing the repository names runs.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { committedBareRepo, fsmonitorRepo } from '../helpers/hostileRepos';
import { runCli } from './helpers';

describe('CLI in repositories whose git config names commands', () => {
  for (const make of [fsmonitorRepo, committedBareRepo]) {
    const repo = make();
    after(() => repo.dispose());
    it(`audits ${make.name} and runs nothing from it`, () => {
      for (const format of ['text', 'json', 'sarif']) {
        const run = runCli(['audit', '.', '--format', format], repo.root);
        assert.equal(run.code, 1, `${format}: the credential is reported (${run.stderr})`);
      }
      assert.equal(repo.ran(), false, 'a command from the repository ran');
    });
  }
});
