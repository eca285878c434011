// Our reading of .gitignore files against `git check-ignore` on the same trees: the fix and the
// .env check trust it, so it must agree with git, symlinked .gitignore and letter case included.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { GitIgnores } from '../../server/src/gitignore';

interface Tree {
  files: Record<string, string>;
  links?: Record<string, string>;
  paths: string[];
}

const TREES: Record<string, Tree> = {
  'case matters (core.ignoreCase is false on Linux)': {
    files: { '.gitignore': '.ENV\nBuild/\n*.LOG\n' },
    paths: ['.env', '.ENV', 'build/a.js', 'Build/a.js', 'x.log', 'x.LOG'],
  },
  'a symlinked .gitignore is not read': {
    files: { 'real-ignore': '.env\n*.js\n', 'app/.env': 'A=1\n', 'app/x.js': '' },
    links: { '.gitignore': 'real-ignore', 'app/.gitignore': '../real-ignore' },
    paths: ['.env', 'x.js', 'app/.env', 'app/x.js'],
  },
  'negation, nesting, anchoring and globstars': {
    files: {
      '.gitignore': '*.env\n!keep.env\n/root-only.txt\nlogs/\n**/tmp/**\n\\#hash\ntrailing.txt   \n',
      'sub/.gitignore': '!*.env\nsecret.env\n',
    },
    paths: ['a.env', 'keep.env', 'sub/a.env', 'sub/secret.env', 'root-only.txt', 'sub/root-only.txt', 'logs/a', 'sub/logs/a', 'a/tmp/b', 'tmp/x', '#hash', 'trailing.txt'],
  },
  'nothing below an ignored folder comes back': {
    files: { '.gitignore': 'dist/\n!dist/keep.js\n' },
    paths: ['dist/keep.js', 'dist/other.js'],
  },
};

function build(tree: Tree): string {
  const root = mkdtempSync(join(tmpdir(), 'tfl-ignore-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [path, text] of Object.entries(tree.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [path, target] of Object.entries(tree.links ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target, join(root, path));
  }
  return root;
}

function ignoredByGit(root: string, paths: readonly string[]): Set<string> {
  let out = '';
  try {
    out = execFileSync('git', ['-c', 'core.ignoreCase=false', 'check-ignore', '--no-index', '--stdin'], { cwd: root, input: paths.join('\n'), encoding: 'utf8' });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? ''); // exit 1: none ignored
  }
  return new Set(out.split('\n').filter(Boolean));
}

describe('.gitignore semantics match git check-ignore', () => {
  const roots: string[] = [];
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  for (const [name, tree] of Object.entries(TREES)) {
    it(name, () => {
      const root = build(tree);
      roots.push(root);
      const git = ignoredByGit(root, tree.paths);
      const ours = new GitIgnores(root);
      for (const path of tree.paths) assert.equal(ours.isIgnored(join(root, path), false), git.has(path), `${path}: git says ${git.has(path) ? '' : 'not '}ignored`);
    });
  }
});
