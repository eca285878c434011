// Factor I from the CLI: a manifest's paths are judged against the git repository holding it, found
// from the nearest `.git` (folder, or a worktree's or submodule's file) even when only a subfolder is
// audited; outside any repository, the audited folder is the codebase.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, workspace } from './helpers';

interface JsonFinding {
  ruleId: string;
  path: string;
  severity: string;
  range: { start: { line: number } };
}

const RULE = 'dependency-outside-codebase';

/** The line of each Factor I finding (the JSON report counts lines from 1), for the file at `path` (relative to cwd). */
function outsideLines(cwd: string, path: string, ...args: string[]): number[] {
  const run = runCli(['audit', ...args, '--format', 'json', '--exit-zero'], cwd);
  assert.equal(run.code, 0, run.stderr);
  const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
  return findings.filter((finding) => finding.ruleId === RULE && finding.path === path).map((finding) => finding.range.start.line);
}

const apiManifest = JSON.stringify(
  {
    name: 'api',
    dependencies: {
      shared: 'file:../shared', // services/shared: inside the repository
      'legacy-auth': 'file:../../../legacy-auth', // above the repository root
      'eslint-config': 'file:/opt/src/eslint-config', // absolute
      express: '^4.19.2',
    },
  },
  null,
  2,
);
const SHARED_LINE = 4;
const LEGACY_LINE = 5;
const ABSOLUTE_LINE = 6;

describe('dependency-outside-codebase from the CLI', () => {
  it('judges a subfolder audit against the whole repository: a sibling folder inside it is one codebase', () => {
    const root = workspace({ 'services/api/package.json': apiManifest, 'services/shared/package.json': '{ "name": "shared" }\n' });
    const api = join(root, 'services', 'api');
    assert.deepEqual(outsideLines(api, 'package.json', '.'), [LEGACY_LINE, ABSOLUTE_LINE]);
    // The same from the repository root: the same findings, whatever folder is audited.
    assert.deepEqual(outsideLines(root, 'services/api/package.json'), [LEGACY_LINE, ABSOLUTE_LINE]);
  });

  it('outside any repository, the audited folder is the codebase: a sibling of it is another codebase', () => {
    const root = workspace({ 'services/api/package.json': apiManifest }, { git: false });
    assert.deepEqual(outsideLines(join(root, 'services', 'api'), 'package.json', '.'), [SHARED_LINE, LEGACY_LINE, ABSOLUTE_LINE]);
  });

  it("a submodule (its `.git` is a file) is its own codebase: a path into the superproject leaves it", () => {
    const root = workspace({
      'libs/payments/.git': 'gitdir: ../../.git/modules/libs/payments\n',
      'libs/payments/composer.json': '{\n  "repositories": [\n    { "type": "path", "url": "../core" }\n  ]\n}\n',
      'libs/core/composer.json': '{ "name": "acme/core" }\n',
    });
    assert.deepEqual(outsideLines(root, 'libs/payments/composer.json'), [3]);
  });

  it('reads pyproject.toml, Pipfile and Gemfile alike, and leaves a monorepo path inside the repository alone', () => {
    const root = workspace({
      'services/ingest/pyproject.toml':
        '[project]\nname = "ingest"\n\n[tool.uv.sources]\ningest-core = { path = "../../libs/ingest-core" }\nvendor-sdk = { path = "../../../vendor-sdk" }\n',
      'worker/Pipfile': '[packages]\ncommon = {path = "../libs/common"}\nops = {path = "../../ops-common"}\n',
      'web/Gemfile': 'gem "catalog", path: "../engines/catalog"\ngem "acme_auth", path: "../../acme_auth"\n',
    });
    assert.deepEqual(outsideLines(root, 'services/ingest/pyproject.toml'), [6]);
    assert.deepEqual(outsideLines(root, 'worker/Pipfile'), [3]);
    assert.deepEqual(outsideLines(root, 'web/Gemfile'), [2]);
  });
});
