// The bench's corpus: real JS/TS/JSON/YAML sources, copied from a fixed set of npm packages that
// package-lock.json pins in node_modules, at 1x and as 10 copies (10x). Both tools get the same
// tree, and only files both read (the file types the engine reads, under the default 1 MiB limit).
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Libraries with every kind of code: parsers, servers, CLIs, types, configs. */
export const PACKAGES = [
  'yaml',
  'ajv',
  'fast-check',
  'vscode-languageserver',
  'vscode-languageserver-protocol',
  'vscode-jsonrpc',
  'vscode-languageclient',
  '@vscode/vsce',
  'jsonc-parser',
  'picomatch',
  'tsx',
  'undici-types',
  '@types/node',
  'web-tree-sitter',
  'dotenv',
  'ignore',
];
const EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json', '.yml', '.yaml']);
const MAX_FILE_SIZE = 1024 * 1024;

export interface Corpus {
  root: string;
  files: number;
  bytes: number;
  /** name@version of each package copied. */
  packages: string[];
}

/** Copies the packages' sources into `root` once; `copies` > 1 repeats the tree in copy-N folders. */
export function buildCorpus(repo: string, root: string, copies: number): Corpus {
  const packages: string[] = [];
  let files = 0;
  let bytes = 0;
  const one = join(root, 'copy-1');
  for (const name of PACKAGES) {
    const from = join(repo, 'node_modules', name);
    const version = (JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { version: string }).version;
    packages.push(`${name}@${version}`);
    for (const file of sourceFiles(from)) {
      const to = join(one, name, file.slice(from.length + 1));
      if (!existsSync(to)) cpSync(file, to);
      files++;
      bytes += statSync(file).size;
    }
  }
  for (let copy = 2; copy <= copies; copy++) {
    const to = join(root, `copy-${copy}`);
    if (!existsSync(to)) cpSync(one, to, { recursive: true });
  }
  return { root, files: files * copies, bytes: bytes * copies, packages };
}

/** The files of a package's folder both tools read (nested node_modules left out). */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...sourceFiles(path));
    else if (entry.isFile() && EXTENSIONS.has(extname(entry.name)) && statSync(path).size <= MAX_FILE_SIZE) found.push(path);
  }
  return found;
}
