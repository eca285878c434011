// "Already committed" in the editor: a credential that some commit of this file already holds is
// in the repository's history, so moving it to .env does not un-publish it; it must be rotated.
// Which secrets a file's history holds is computed off the request path and off the LSP thread
// (one `git log -p` of the file, through the safe runner, scanned in a worker), cached per file
// and HEAD, and the document is checked again when the answer arrives: a diagnostic never waits
// for git.
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ProjectConfig } from '../engine/config';
import type { Finding } from '../engine/types';
import { findRepoRoot, isInside, toPosix } from '../gitignore';
import type { HistoryRequest } from '../pool/messages';
import { readTextIfSafe } from '../safeRead';

/** The secret digests a file's history holds; the server asks a worker (pool/historyScanner.ts). */
export type HistoryLookup = (request: HistoryRequest) => Promise<readonly string[]>;

/** HEAD and a `.git` pointer file are a line each; a link to /dev/zero must not be read whole. */
const GIT_POINTER_BYTES = 64 * 1024;

export const ALREADY_COMMITTED = 'Already committed: moving it to .env is not enough, rotate it.';

interface CacheEntry {
  head: string;
  digests: Set<string> | undefined;
}

/** Bounds the cache: one entry per file that had a secret finding. */
const MAX_FILES = 512;

export class CommittedSecrets {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly lookup: HistoryLookup,
    /** Called with the `key` of a lookup once its answer is known. */
    private readonly onAnswer: (key: string) => void,
  ) {}

  /**
   * The findings with "already committed" added where it applies. Without a cached answer for
   * the file at the current HEAD, returns them as they are and asks git in the background.
   * `folder` bounds git: a repository above the workspace folder is not consulted.
   */
  annotate(key: string, folder: string, absolutePath: string, config: ProjectConfig, findings: Finding[]): Finding[] {
    if (!findings.some((finding) => finding.secretDigest !== undefined)) return findings;
    const repoRoot = findRepoRoot(absolutePath);
    if (!repoRoot || !isInside(repoRoot, folder)) return findings;
    const head = headState(repoRoot);
    if (head === undefined) return findings;
    const entry = this.cache.get(absolutePath);
    if (entry?.head !== head) {
      this.start(key, repoRoot, absolutePath, head, config);
      return findings;
    }
    const digests = entry.digests;
    if (!digests) return findings;
    return findings.map((finding) =>
      finding.secretDigest !== undefined && digests.has(finding.secretDigest) ? { ...finding, message: `${finding.message} ${ALREADY_COMMITTED}` } : finding,
    );
  }

  private start(key: string, repoRoot: string, absolutePath: string, head: string, config: ProjectConfig): void {
    if (this.cache.size >= MAX_FILES) this.cache.clear();
    const entry: CacheEntry = { head, digests: undefined };
    this.cache.set(absolutePath, entry);
    const path = toPosix(relative(repoRoot, absolutePath));
    this.lookup({ root: repoRoot, path, config }).then(
      (digests) => {
        entry.digests = new Set(digests);
        if (this.cache.get(absolutePath) === entry) this.onAnswer(key);
      },
      () => undefined, // no answer (no commits yet, git refused): no note, as before
    );
  }
}

/**
 * What HEAD is, read from files (no process): HEAD's content and the size and time of its reflog,
 * which git appends to on every commit, checkout and reset. Undefined without a reflog.
 */
export function headState(repoRoot: string): string | undefined {
  const gitDir = gitDirOf(repoRoot);
  if (!gitDir) return undefined;
  try {
    const head = readTextIfSafe(join(gitDir, 'HEAD'), { maxBytes: GIT_POINTER_BYTES })?.trim();
    if (head === undefined) return undefined;
    const log = statSync(join(gitDir, 'logs', 'HEAD'));
    return `${head}\n${log.size}\n${log.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** `.git` is a folder, or (worktrees, submodules) a file that says `gitdir: <path>`. */
function gitDirOf(repoRoot: string): string | undefined {
  const dotGit = join(repoRoot, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(readTextIfSafe(dotGit, { maxBytes: GIT_POINTER_BYTES }) ?? '');
    return pointer ? resolve(repoRoot, pointer[1]!.trim()) : undefined;
  } catch {
    return undefined;
  }
}
