// Reads the output of `git log -p -U0 --format=<COMMIT_MARKER>%H %cI` line by line and yields,
// per commit and file, the added lines that pass the prefilter (select.ts): most of a history
// never reaches a parser.
import { selectCandidateLines, type KeywordMatcher } from './select';

/** Starts each commit's header line; a NUL never appears in a diff line git prints. */
export const COMMIT_MARKER = '\u0000';
export const LOG_FORMAT = '%x00%H %cI';

export interface Hunk {
  /** 1-based line number, in the file as the commit left it, of the hunk's first line. */
  firstLine: number;
  lines: string[];
}

export interface AddedLines {
  commit: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** Forward slashes, relative to the repository root. */
  path: string;
  hunks: Hunk[];
}

export interface ParseCounts {
  commits: number;
  files: number;
  /** Files with added lines that passed the prefilter. */
  candidates: number;
  /** Added lines that passed it. */
  candidateLines: number;
}

/** A push parser: feed it lines, collect the file changes it completes. */
export class LogParser {
  readonly counts: ParseCounts = { commits: 0, files: 0, candidates: 0, candidateLines: 0 };
  private commit = '';
  private date = '';
  private path: string | undefined;
  private inHeader = false;
  private hunks: Hunk[] = [];
  private current: Hunk | undefined;

  constructor(
    private readonly keywords: KeywordMatcher,
    private readonly emit: (change: AddedLines) => void,
  ) {}

  line(line: string): void {
    const first = line.charCodeAt(0);
    if (first === 0x2b /* + */) {
      if (this.inHeader) {
        if (line.startsWith('+++ ')) this.path = headerPath(line.slice(4));
      } else if (this.current) this.current.lines.push(line.slice(1));
    } else if (first === 0x40 /* @ */ && line.startsWith('@@')) {
      this.inHeader = false;
      this.current = { firstLine: newStart(line), lines: [] };
      this.hunks.push(this.current);
    } else if (first === 0x64 /* d */ && line.startsWith('diff --git ')) {
      this.flushFile();
      this.inHeader = true;
    } else if (first === 0 && line.startsWith(COMMIT_MARKER)) {
      this.flushFile();
      const space = line.indexOf(' ');
      this.commit = line.slice(1, space);
      this.date = line.slice(space + 1);
      this.counts.commits++;
    }
  }

  /** Call once after the last line. */
  end(): void {
    this.flushFile();
  }

  private flushFile(): void {
    const { path, hunks } = this;
    this.path = undefined;
    this.hunks = [];
    this.current = undefined;
    this.inHeader = false;
    if (path === undefined || hunks.length === 0) return;
    this.counts.files++;
    const selected = selectCandidateLines(path, hunks, this.keywords);
    if (!selected) return;
    this.counts.candidates++;
    for (const hunk of selected) this.counts.candidateLines += hunk.lines.length;
    this.emit({ commit: this.commit, date: this.date, path, hunks: selected });
  }
}

/** `@@ -a,b +c,d @@`: c. */
function newStart(header: string): number {
  const match = /\+(\d+)/.exec(header);
  return match ? Number(match[1]) : 1;
}

/**
 * The path of a `+++ b/path` header: git C-quotes names with unusual characters ("b/a\tb") and
 * ends names holding a space with a tab. `/dev/null` (a deleted file) has no path.
 */
export function headerPath(raw: string): string | undefined {
  const name = raw.startsWith('"') ? unquoteC(raw) : raw.replace(/\t$/, '');
  if (name === undefined || name === '/dev/null') return undefined;
  return name.startsWith('b/') ? name.slice(2) : name;
}

const C_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Git's C-style quoting: escapes and octal bytes of UTF-8. */
export function unquoteC(quoted: string): string | undefined {
  const end = quoted.lastIndexOf('"');
  if (end <= 0) return undefined;
  const body = quoted.slice(1, end);
  const bytes: number[] = [];
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[index + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
