// dependency-outside-codebase in pip's requirements files (requirements*.txt, constraints*.txt,
// requirements*.in), read line by line as pip reads them: a requirement or an option per line, `#`
// after a space (or at the start) opens a comment. What names a folder or a file to install:
//   -e ../shared   --editable ../shared   --editable=../shared   an editable install of a folder
//   ../shared   ./vendor/x   /opt/wheels/x.whl                   a folder or an archive, by path
//   file:///opt/wheels/x.whl   x @ file:///srv/x                 a file URL, bare or as a PEP 508 reference
// `-r`/`-c` (another requirements file: a list of requirements, as Bundler's eval_gemfile), `-f`/`-i`
// (where to look for versions: an index, however local), registry pins, VCS and https URLs name no code.
import type { LanguageCheck, RuleContext } from '../../rule';
import { fileUrlPath, withoutFragment } from './paths';
import { requirementPath } from './manifests';
import { reportOutside } from './report';

export interface RequirementsPath {
  /** Offsets of the text that names the folder (`../shared`, the file URL). */
  start: number;
  end: number;
  path: string;
}

/** The editable option, in each spelling pip's option parser takes: `-e X`, `-eX`, `--editable X`, `--editable=X`. */
const EDITABLE = /^(?:-e\s*|--editable(?:\s*=\s*|\s+))(?=\S)/;

/** A path pip installs as a folder or an archive: it starts with `.`, `/`, `~/` or a drive (pip asks for a separator or a dot). */
const LOCAL_PATH = /^(?:\.\.?(?:[\\/]|$)|\/|~[\\/]|[A-Za-z]:[\\/])/;

/** The end of a requirement's first word: a space, an environment marker's `;`. */
const WORD = /^[^\s;]+/;

/** A line without its comment: pip's `#` opens one at the start or after whitespace (`x.whl#sha256=…` is a URL's fragment). */
function withoutComment(line: string): string {
  const hash = line.search(/(?:^|\s)#/);
  return hash === -1 ? line : line.slice(0, hash);
}

/** `./x[extra,dev]` → `./x`: the extras are no part of the folder. */
function withoutExtras(word: string): string {
  const open = word.endsWith(']') ? word.lastIndexOf('[') : -1;
  return open === -1 ? word : word.slice(0, open);
}

/** The folder or file one requirements line names, with where that text is in the line; undefined for anything else. */
export function requirementsLinePath(line: string): { offset: number; text: string; path: string } | undefined {
  const body = withoutComment(line);
  const indent = body.length - body.trimStart().length;
  const trimmed = body.trim();
  const editable = EDITABLE.exec(trimmed);
  const rest = editable ? trimmed.slice(editable[0].length) : trimmed;
  const word = WORD.exec(rest)?.[0];
  if (word === undefined) return undefined;
  const offset = indent + (editable ? editable[0].length : 0);
  const bare = withoutExtras(withoutFragment(word));
  const fromUrl = fileUrlPath(bare);
  if (fromUrl !== undefined) return { offset, text: word, path: fromUrl };
  if (LOCAL_PATH.test(bare)) return { offset, text: word, path: bare };
  if (editable || trimmed.startsWith('-')) return undefined; // `-e git+https://…`, and every other option
  // `name @ file:…`: the reference, reported where the URL is.
  const path = requirementPath(trimmed);
  const at = trimmed.indexOf('@');
  if (path === undefined || at === -1) return undefined;
  const url = WORD.exec(trimmed.slice(at + 1).trimStart())?.[0] ?? '';
  return { offset: indent + trimmed.indexOf(url, at), text: url, path };
}

/** Every folder or file the requirements file names, with its offsets in the file. */
export function requirementsPaths(text: string): RequirementsPath[] {
  const found: RequirementsPath[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const named = requirementsLinePath(line.replace(/\r$/, ''));
    if (named) found.push({ start: start + named.offset, end: start + named.offset + named.text.length, path: named.path });
    start += line.length + 1;
  }
  return found;
}

function check(context: RuleContext): void {
  for (const entry of requirementsPaths(context.text)) reportOutside(context, { span: { start: entry.start, end: entry.end } }, entry.path, 'requirements file entry');
}

/** Requirements files are small and few: every one is read (a bare `/opt/x.whl` line has no word to prefilter by). */
export const requirementsCheck: LanguageCheck = { languages: ['requirements'], keywords: [], check };
