// A file committed before .gitignore listed it is still tracked: every clone has it, so the audit must
// read it (a `.env.production` pushed once, then ignored, is the classic leak). Real git, real trees.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { auditPaths } from '../../server/src/auditRun';
import { walk } from '../../server/src/walk';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

/** A repository whose `.env.production` and `config/local.yml` were committed, then listed in .gitignore. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'tfl-tracked-'));
  made.push(root);
  git(root, 'init', '-q');
  execFileSync('mkdir', ['-p', join(root, 'config')]);
  writeFileSync(join(root, '.env.production'), 'DB_PASSWORD=Qx8vN2mLr7Tz4Kw9\n');
  writeFileSync(join(root, 'config/local.yml'), 'db:\n  password: Hn3kW9qZx2Lp5Rt8\n');
  writeFileSync(join(root, 'app.js'), 'console.log(process.env.DB_PASSWORD);\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'init');
  writeFileSync(join(root, '.gitignore'), '.env*\nconfig/local.yml\n');
  writeFileSync(join(root, '.env.local'), 'API_KEY=Zr5tY8uI1oP4aS7dF0gH\n');
  return root;
}

async function walked(root: string): Promise<Map<string, boolean | undefined>> {
  const files = new Map<string, boolean | undefined>();
  for await (const file of walk([root])) files.set(file.relativePath, file.trackedDespiteIgnore);
  return files;
}

describe('files git tracks although .gitignore lists them', () => {
  it('are walked, marked, and the untracked ignored ones are not', async () => {
    const files = await walked(repository());
    assert.equal(files.get('.env.production'), true);
    assert.equal(files.get('config/local.yml'), true);
    assert.equal(files.get('app.js'), undefined);
    assert.equal(files.has('app.js'), true);
    assert.equal(files.has('.env.local'), false);
  });

  it('are audited, a tracked .env with its own message', async () => {
    const root = repository();
    const result = await auditPaths([root], { base: root });
    const messages = result.files.filter((file) => file.path === '.env.production').flatMap((file) => file.findings.map((finding) => finding.message));
    assert.ok(messages.some((message) => message.includes('git tracks this .env file although .gitignore lists it')), messages.join('\n'));
    assert.ok(result.files.some((file) => file.path === 'config/local.yml' && file.findings.length > 0));
    assert.ok(!result.files.some((file) => file.path === '.env.local'));
  });

  it('a repository above the walked folder is not consulted, as no git call here consults one', async () => {
    const files = await walked(join(repository(), 'config'));
    assert.equal(files.has('local.yml'), false);
  });

  it('outside a repository nothing is asked of git and ignored files are read as before', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tfl-nogit-'));
    made.push(root);
    writeFileSync(join(root, '.gitignore'), '.env\n');
    writeFileSync(join(root, '.env'), 'A=1\n');
    const files = await walked(root);
    assert.equal(files.get('.env'), undefined);
    assert.equal(files.has('.env'), true);
  });

  it("outside a repository the tree's .gitignore decides: a .env it does not list is reported, one it lists is not", async () => {
    const root = mkdtempSync(join(tmpdir(), 'tfl-nogit-'));
    made.push(root);
    writeFileSync(join(root, '.gitignore'), 'node_modules/\n.env.local\n');
    writeFileSync(join(root, '.env'), 'DB_PASSWORD=Qx8vN2mLr7Tz4Kw9\n');
    writeFileSync(join(root, '.env.local'), 'API_KEY=Zr5tY8uI1oP4aS7dF0gH\n');
    const result = await auditPaths([root], { base: root });
    const reported = result.files.filter((file) => file.findings.length > 0).map((file) => file.path);
    assert.deepEqual(reported, ['.env']);
    const messages = result.files.flatMap((file) => file.findings.map((finding) => finding.message));
    assert.ok(messages.some((message) => message.includes('not ignored by git')), messages.join('\n'));
    // With no .gitignore at all nothing keeps the file out of the first commit.
    rmSync(join(root, '.gitignore'));
    const bare = await auditPaths([root], { base: root });
    assert.deepEqual(bare.files.filter((file) => file.findings.length > 0).map((file) => file.path).sort(), ['.env', '.env.local']);
  });
});
