// Real temporary git repositories for tests: `git init` with an identity passed per command and
// no global or system config read, so the tests behave the same on any machine.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Stripe-shaped live key made of random characters: a fixture, never a real key. */
export function fakeStripeKey(): string {
  return `sk_live_${Array.from(randomBytes(24), (byte) => ALNUM[byte % ALNUM.length]).join('')}`;
}

/** A random password-like value. */
export function fakePassword(): string {
  return `p${randomBytes(12).toString('base64url')}`;
}

export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export interface TempRepo {
  root: string;
  git: (...args: string[]) => string;
  write: (path: string, text: string) => void;
  read: (path: string) => string;
  remove: (path: string) => void;
  /** Stages everything and commits; returns the new commit's id. */
  commit: (message: string, date?: string) => string;
  dispose: () => void;
}

export function tempRepo(init = true): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'twelve-factor-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env: GIT_ENV, encoding: 'utf8' });
  if (init) git('init', '-q');
  return {
    root,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    remove: (path) => rmSync(join(root, path)),
    commit: (message, date) => {
      git('add', '-A');
      execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message], {
        cwd: root,
        env: { ...GIT_ENV, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      });
      return git('rev-parse', 'HEAD').trim();
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
