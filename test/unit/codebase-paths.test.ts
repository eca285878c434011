// Factor I's arithmetic: where a declared path leads from the manifest's place in its repository, the
// folder each manifest's spec names, and the node layer's repository lookup (nearest `.git`, no git run).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CodebaseRoots } from '../../server/src/codebaseRoots';
import { npmSpecPath, requirementPath } from '../../server/src/engine/rules/dependency-outside-codebase/manifests';
import { destinationOf, fileUrlPath, globBase } from '../../server/src/engine/rules/dependency-outside-codebase/paths';

describe('destinationOf', () => {
  const cases: [path: string, manifest: string | undefined, expected: string][] = [
    ['../shared', 'services/api/package.json', 'inside'],
    ['../../libs/x', 'services/api/package.json', 'inside'],
    ['../../..', 'services/api/package.json', 'outside'],
    ['../../../x', 'services/api/package.json', 'outside'],
    ['..', 'package.json', 'outside'],
    ['./vendor/../..', 'package.json', 'outside'],
    ['vendor/x.tgz', 'package.json', 'inside'],
    ['.', 'package.json', 'inside'],
    ['..\\..\\x', 'a/package.json', 'outside'],
    ['..\\x', 'a/package.json', 'inside'],
    ['/opt/x', undefined, 'absolute'],
    ['~/src/x', undefined, 'absolute'],
    ['C:\\src\\x', undefined, 'absolute'],
    ['D:/src/x', 'package.json', 'absolute'],
    ['\\\\share\\x', 'package.json', 'absolute'],
    ['../x', undefined, 'unknown'],
    ['$HOME/x', 'package.json', 'unknown'],
    ['%USERPROFILE%\\x', 'package.json', 'unknown'],
    ['', 'package.json', 'unknown'],
  ];
  for (const [path, manifest, expected] of cases) {
    it(`${path} from ${manifest ?? 'an unknown place'}: ${expected}`, () => assert.equal(destinationOf(path, manifest), expected));
  }
});

describe('the folder a spec names', () => {
  it('npm: file:, link:, portal: and bare paths; nothing for registry, alias, git, URL and workspace specs', () => {
    assert.equal(npmSpecPath('file:../x'), '../x');
    assert.equal(npmSpecPath('FILE:../x'), '../x');
    assert.equal(npmSpecPath('file:///opt/x'), '/opt/x');
    assert.equal(npmSpecPath('file:/home/dev/x'), '/home/dev/x');
    assert.equal(npmSpecPath('link:../x'), '../x');
    assert.equal(npmSpecPath('portal:../x'), '../x');
    assert.equal(npmSpecPath('../x'), '../x');
    assert.equal(npmSpecPath('./x'), './x');
    assert.equal(npmSpecPath('..'), '..');
    assert.equal(npmSpecPath('~/x'), '~/x');
    for (const spec of ['^1.2.0', 'latest', 'npm:@a/b@^2', 'github:org/x#v1', 'git+https://h/x.git#v1', 'https://h/x.tgz', 'workspace:*', 'org/x', '.x', '...']) {
      assert.equal(npmSpecPath(spec), undefined, spec);
    }
  });

  it('file URLs: relative, absolute, PDM and Hatch project-relative; a remote host names no local folder', () => {
    assert.equal(fileUrlPath('file:../x'), '../x');
    assert.equal(fileUrlPath('file:///srv/x'), '/srv/x');
    assert.equal(fileUrlPath('file://localhost/srv/x'), '/srv/x');
    assert.equal(fileUrlPath('file://fileserver/share/x'), undefined);
    assert.equal(fileUrlPath('file:///${PROJECT_ROOT}/../x'), '../x');
    assert.equal(fileUrlPath('file:///${PROJECT_ROOT}'), '.');
    assert.equal(fileUrlPath('{root:uri}/../x'), '../x');
    assert.equal(fileUrlPath('{root:parent:uri}/x'), '../x');
    assert.equal(fileUrlPath('{root:parent:parent:uri}/x'), '../../x');
    assert.equal(fileUrlPath('{root:uri}'), '.');
    assert.equal(fileUrlPath('https://h/x'), undefined);
  });

  it('PEP 508 and PDM requirement strings', () => {
    assert.equal(requirementPath('x @ file:///srv/x.whl'), '/srv/x.whl');
    assert.equal(requirementPath('x[a,b] @ file:../x ; python_version >= "3.11"'), '../x');
    assert.equal(requirementPath('-e file:///${PROJECT_ROOT}/../x#egg=x'), '../x');
    assert.equal(requirementPath('-e ../x'), '../x');
    for (const requirement of ['x>=1', 'x @ git+https://h/x.git@v1', 'x @ https://h/x.whl', '-e git+https://h/x.git#egg=x', 'x; python_version<"3"']) {
      assert.equal(requirementPath(requirement), undefined, requirement);
    }
  });

  it('workspace globs: the folder before the first glob segment; a negation names none', () => {
    assert.equal(globBase('../tokens/*'), '../tokens');
    assert.equal(globBase('packages/**'), 'packages');
    assert.equal(globBase('*'), '.');
    assert.equal(globBase('../design-tokens'), '../design-tokens');
    assert.equal(globBase('!packages/legacy'), undefined);
  });
});

describe('CodebaseRoots', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-codebase-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text = '{}\n') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  mkdirSync(join(root, 'repo', '.git'), { recursive: true });
  write('repo/services/api/package.json');
  write('repo/libs/payments/.git', 'gitdir: ../../.git/modules/libs/payments\n');
  write('repo/libs/payments/composer.json');
  write('loose/app/package.json');

  it('a manifest in a repository: its path from the nearest .git, whatever folder was audited', async () => {
    const roots = new CodebaseRoots();
    assert.equal(await roots.repositoryPath(join(root, 'repo/services/api/package.json'), join(root, 'repo/services/api')), 'services/api/package.json');
    assert.equal(await roots.repositoryPath(join(root, 'repo/libs/payments/composer.json'), undefined), 'composer.json');
  });

  it('outside any repository: relative to the audited folder, else unknown', async () => {
    const roots = new CodebaseRoots();
    assert.equal(await roots.repositoryPath(join(root, 'loose/app/package.json'), join(root, 'loose')), 'app/package.json');
    assert.equal(await roots.repositoryPath(join(root, 'loose/app/package.json'), undefined), undefined);
    assert.equal(await roots.repositoryPath(join(root, 'loose/app/package.json'), join(root, 'repo')), undefined);
  });

  it('wants only the manifests the rule reads', () => {
    for (const path of ['package.json', 'a/composer.json', 'pyproject.toml', 'x/Pipfile', 'Gemfile', 'api/gems.rb']) assert.ok(CodebaseRoots.wants(path), path);
    for (const path of ['tsconfig.json', 'Pipfile.lock', 'config.toml', 'package-lock.json', 'Gemfile.lock', 'app.rb']) assert.ok(!CodebaseRoots.wants(path), path);
  });
});
