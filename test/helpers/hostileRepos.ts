// Repositories laid out by an attacker: git config that names commands, as found in the wild.
// Each names a marker file that appears only if one of those commands ran.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileRepo {
  /** The folder a victim opens or audits. */
  root: string;
  /** The app folder holding the credential and a `.env` beside it. */
  app: string;
  /** Appears if any command from the repository ran. */
  marker: string;
  ran: () => boolean;
  dispose: () => void;
}

/** A credential the fix would move, and a .env beside it so the server asks git about it. */
const APP_FILES: Readonly<Record<string, string>> = {
  'package.json': '{ "name": "shop", "version": "1.0.0" }\n',
  'config.js': "module.exports = { db: { password: 'Vq7rT2mXk9LpZ4sW' } };\n",
  '.env': 'PORT=3000\n',
};

const GIT_IDENTITY = ['-c', 'user.name=attacker', '-c', 'user.email=attacker@example.invalid', '-c', 'commit.gpgsign=false'];

function scratch(prefix: string): { base: string; marker: string; script: string } {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const marker = join(base, 'PWNED');
  const script = join(base, 'payload.sh');
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n`);
  chmodSync(script, 0o755);
  return { base, marker, script };
}

function writeApp(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(APP_FILES)) writeFileSync(join(folder, name), text);
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', [...GIT_IDENTITY, ...args], { cwd, stdio: 'ignore' });
}

function finish(base: string, root: string, app: string, marker: string): HostileRepo {
  return { root, app, marker, ran: () => existsSync(marker), dispose: () => rmSync(base, { recursive: true, force: true }) };
}

/** A work tree whose `.git/config` sets core.fsmonitor and a filter driver to the payload (a tarball, a shared folder). */
export function fsmonitorRepo(): HostileRepo {
  const { base, marker, script } = scratch('tfl-fsmonitor-');
  const root = join(base, 'repo');
  writeApp(root);
  writeFileSync(join(root, '.gitattributes'), '* filter=evil diff=evil\n');
  git(root, 'init', '-q');
  git(root, 'config', 'core.fsmonitor', script);
  git(root, 'config', 'filter.evil.clean', `${script}; cat`);
  git(root, 'config', 'filter.evil.process', script);
  git(root, 'config', 'diff.evil.textconv', script);
  git(root, 'config', 'core.pager', script);
  return finish(base, root, root, marker);
}

/**
 * A folder laid out like a bare repository (HEAD, config with fsmonitor, objects/, refs/) committed
 * as plain files into an innocent repository, which the victim gets with a real `git clone`.
 */
export function committedBareRepo(): HostileRepo {
  const { base, marker, script } = scratch('tfl-bare-');
  const origin = join(base, 'origin');
  const app = join(origin, 'app');
  writeApp(app);
  writeFileSync(join(app, 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(app, 'config'), `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n\tfsmonitor = ${script}\n`);
  for (const folder of ['objects', 'refs/heads']) {
    mkdirSync(join(app, folder), { recursive: true });
    writeFileSync(join(app, folder, '.keep'), '');
  }
  git(origin, 'init', '-q');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'innocent app');
  const root = join(base, 'clone');
  git(base, 'clone', '-q', origin, root);
  return finish(base, root, join(root, 'app'), marker);
}

export const HOSTILE_REPOS = { fsmonitorRepo, committedBareRepo } as const;
