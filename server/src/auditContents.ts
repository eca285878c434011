// Audits content held in memory rather than read from disk: the staged blobs of `audit --staged`,
// which are what the commit will hold, whatever the working tree holds now.
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { decodeText, scanSafely, scopePath, scopeRoot, type AuditedFile, type AuditResult, type SkipCounts, type UncheckedFile } from './auditRun';
import { CodebaseRoots } from './codebaseRoots';
import { displayPath } from './displayPath';
import { DocsFolderFacts, type FolderTree } from './docsFolderFacts';
import { CONFIG_FILE_NAME, toScanOptions } from './engine/config';
import { HEAD_CHARACTERS, languageOfScript } from './engine/languages/detect';
import type { Rule } from './engine/rule';
import { RULES } from './engine/rules';
import { isInside, toPosix } from './gitignore';
import { Grammars } from './grammars';
import type { LoadedConfig } from './projectConfig';
import { appRoots } from './scorecard/apps';
import { looksBinary } from './walk';
import { isIgnoredByConfig } from './workspace';

export interface FileContent {
  absolutePath: string;
  content: Buffer;
}

export interface ContentAuditOptions {
  /** Paths in the result are relative to this folder. */
  base: string;
  config: LoadedConfig;
  maxFileSize?: number;
  grammars?: Grammars;
  rules?: readonly Rule[];
  /** Where the files' folders are read (which docs-named folders hold an app): the staged audit's index; default the working tree. */
  tree?: FolderTree;
}

/** Scans each file the engine reads, with the same skips as a walk: config ignores, size, binary. */
export async function auditContents(files: readonly FileContent[], options: ContentAuditOptions): Promise<AuditResult> {
  const started = performance.now();
  const base = resolve(options.base);
  const { config, dir } = options.config;
  const maxFileSize = options.maxFileSize ?? config.maxFileSize;
  const grammars = options.grammars ?? new Grammars();
  const skipped: SkipCounts = { tooLarge: 0, binary: 0, unreadable: 0, failed: 0 };
  const scanOptions = toScanOptions(config);
  const audited: AuditedFile[] = [];
  const unchecked: UncheckedFile[] = [];
  let scannedCount = 0;
  const codebases = new CodebaseRoots();
  const { tree } = options;
  const docsFolders = new DocsFolderFacts(tree && (async () => tree));
  for (const file of files) {
    // A script without an extension is known by its `#!` line, as in a walked audit.
    const language = languageOfScript(file.absolutePath, Buffer.from(file.content.subarray(0, HEAD_CHARACTERS)).toString('latin1'));
    if (!language || basename(file.absolutePath) === CONFIG_FILE_NAME) continue;
    if (isInside(file.absolutePath, dir) && isIgnoredByConfig(config, toPosix(relative(dir, file.absolutePath)))) continue;
    if (file.content.length > maxFileSize) skipped.tooLarge++;
    else if (looksBinary(file.content)) skipped.binary++;
    else {
      const path = displayPath(base, file.absolutePath);
      await grammars.ensure(language);
      // A staged .env is about to be committed: whatever .gitignore says, git will track it.
      const gitIgnored = language === 'dotenv' ? false : undefined;
      const scope = scopePath(options.config, file.absolutePath, path);
      const scanned = { path, scopePath: scope, language };
      // Factor I judges a staged manifest's paths against the repository it is staged in. A `website/` folder holding a
      // Django app is the app's here too, as in the walked audit, judged by the tree the caller names (the index, for the
      // staged audit: what the commit holds). A file outside the audited folder (shown by its absolute path) has no root to
      // read folders under.
      const repositoryPath = CodebaseRoots.wants(path) ? await codebases.repositoryPath(file.absolutePath, base) : undefined;
      const appFolders = DocsFolderFacts.wants(scope) && !isAbsolute(scope) ? await docsFolders.forFile(scope, scopeRoot(options.config, file.absolutePath, path)) : [];
      const fileOptions = {
        ...scanOptions,
        gitIgnored,
        treeSitter: grammars,
        ...(repositoryPath !== undefined ? { repositoryPath } : {}),
        ...(appFolders.length > 0 ? { appFolders } : {}),
      };
      const findings = scanSafely(scanned, decodeText(file.content), fileOptions, options.rules ?? RULES);
      if (findings === undefined) {
        skipped.failed++;
        unchecked.push({ path, reason: 'failed' });
      }
      else {
        scannedCount++;
        if (findings.length > 0) audited.push({ path, findings });
      }
    }
  }
  const durationMs = Math.round(performance.now() - started);
  const apps = appRoots(files.map((file) => displayPath(base, file.absolutePath)));
  return { root: base, files: audited, apps, scannedCount, skipped, unchecked, durationMs, config, configErrors: options.config.errors };
}
