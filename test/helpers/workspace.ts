import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const EXAMPLE = join(REPO, 'examples/black-friday-shop');

/** A temp copy of an example app (a git repository, as real projects are), removed by `dispose`. */
export function tempWorkspace(source = EXAMPLE, git = true): { root: string; read: (path: string) => string; write: (path: string, text: string) => void; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'twelve-factor-'));
  cpSync(source, root, { recursive: true });
  if (git) execFileSync('git', ['init', '-q'], { cwd: root });
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
