// Temp workspaces and a runner for the built CLI (dist/cli.js; `npm run build` first).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';

export const CLI = resolve(process.env['TWELVE_FACTOR_CLI'] ?? join(__dirname, '..', '..', 'dist', 'cli.js'));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const cleanEnv = { ...process.env, ...env };
  delete cleanEnv['FORCE_COLOR'];
  delete cleanEnv['NO_COLOR'];
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...cleanEnv, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temp folder holding `files` (path -> content), removed after the test file. It is made a
 * git repository (an empty `.git` folder) unless `git: false`, so .gitignore files count.
 */
export function workspace(files: Record<string, string | Uint8Array>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'tfl-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  if (options.git !== false) mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh random value, so no fixture ever holds a real or documented key. */
export function randomToken(length: number): string {
  return Array.from(randomBytes(length), (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}
