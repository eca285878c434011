// The node layer shared by the CLI and the language server's workspace audit: walk, read, scan.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { BaselineOutcome } from './baseline/match';
import { toScanOptions, type ConfigError, type ProjectConfig } from './engine/config';
import { languageOf } from './engine/languages/detect';
import type { Rule } from './engine/rule';
import { RULES } from './engine/rules';
import { scan } from './engine/scan';
import type { Finding, ScanFile, ScanOptions } from './engine/types';
import { isInside, toPosix } from './gitignore';
import { DependencyFacts, manifestRoot, readsDependencies } from './dependencyFacts';
import { Grammars } from './grammars';
import { findProjectConfig, type LoadedConfig } from './projectConfig';
import { appRoots } from './scorecard/apps';
import { walk, type LeftOutReason, type SkipReason, type WalkedFile } from './walk';

export interface AuditOptions {
  /** Paths in the result are relative to this folder; default: the current directory. */
  base?: string;
  /** Default: the nearest `.twelve-factor.json` from the first root. */
  config?: LoadedConfig;
  /** Overrides the config's maxFileSize. */
  maxFileSize?: number;
  signal?: AbortSignal;
  /** Called for a file named in `roots` that is not scanned by choice (config ignore, file type). */
  onNamedFileLeftOut?: (absolutePath: string, reason: LeftOutReason) => void;
  /** Called after each file is scanned. */
  onProgress?: (done: number, total: number) => void;
  /** For tests: the rules to run (default: all). */
  rules?: readonly Rule[];
  /** Tree-sitter grammars, loaded on first use; shared across audits by a long-lived caller. */
  grammars?: Grammars;
  /** Manifests read for Factor II, cached per folder; shared across audits by a long-lived caller. */
  dependencies?: DependencyFacts;
  /** The folder manifests are searched up to; default: the git repository holding `base`, else `base`. */
  manifestRoot?: string;
}

export interface AuditedFile {
  /** Forward slashes, relative to `root` (absolute when outside it). */
  path: string;
  findings: Finding[];
}

export type SkipCounts = Record<SkipReason, number>;

export interface AuditResult {
  /** Absolute folder the paths are relative to. */
  root: string;
  /** Files with at least one finding, in walk order. */
  files: AuditedFile[];
  /** App folders (each with a manifest: package.json, go.mod, ...) relative to root; '' is root itself. */
  apps: string[];
  scannedCount: number;
  skipped: SkipCounts;
  durationMs: number;
  config: ProjectConfig;
  configErrors: ConfigError[];
  /** Set when a baseline was applied (baseline/match.ts): what it accepted, what went stale. */
  baseline?: BaselineOutcome;
}

/** How many files are read ahead while one is scanned. */
const READ_AHEAD = 8;

/** Audits files and folders. Throws the signal's reason when aborted, WalkError for a missing root. */
export async function auditPaths(roots: readonly string[], options: AuditOptions = {}): Promise<AuditResult> {
  const started = performance.now();
  const base = resolve(options.base ?? '.');
  const loaded = options.config ?? findProjectConfig(roots[0] ?? base);
  const grammars = options.grammars ?? new Grammars();
  const skipped: SkipCounts = { tooLarge: 0, binary: 0, unreadable: 0, failed: 0 };
  const walked: WalkedFile[] = [];
  const manifests: string[] = [];
  const walkOptions = {
    config: loaded.config,
    configDir: loaded.dir,
    onSkip: (_path: string, reason: SkipReason) => void skipped[reason]++,
    onManifest: (path: string) => void manifests.push(displayPath(base, path)),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onNamedFileLeftOut ? { onNamedFileLeftOut: options.onNamedFileLeftOut } : {}),
  };
  for await (const file of walk(roots.length > 0 ? roots : ['.'], walkOptions)) walked.push(file);

  const scanOptions = toScanOptions(loaded.config);
  const dependencyFacts = options.dependencies ?? new DependencyFacts();
  const dependencyRootOf = manifestRoots(roots.length > 0 ? roots : ['.'], options.manifestRoot);
  const files: AuditedFile[] = [];
  const reads = walked.map(() => undefined as Promise<string | undefined> | undefined);
  const readAt = (index: number) => (reads[index] ??= readText(walked[index]!.absolutePath));
  let scannedCount = 0;
  for (let index = 0; index < walked.length; index++) {
    options.signal?.throwIfAborted();
    for (let ahead = index; ahead < Math.min(walked.length, index + READ_AHEAD); ahead++) void readAt(ahead);
    const file = walked[index]!;
    const text = await readAt(index);
    reads[index] = undefined;
    if (text === undefined) {
      skipped.unreadable++;
    } else {
      const path = displayPath(base, file.absolutePath);
      const language = languageOf(path);
      const gitIgnored = language === 'dotenv' ? file.gitIgnored : undefined;
      await grammars.ensure(language);
      const dependencyRoot = readsDependencies(language) ? await dependencyRootOf(file.absolutePath) : undefined;
      const dependencies = dependencyRoot === undefined ? undefined : await dependencyFacts.forFile(file.absolutePath, dependencyRoot, base);
      const scanned = { path, scopePath: scopePath(loaded, file.absolutePath, file.relativePath) };
      const findings = scanSafely(scanned, text, { ...scanOptions, gitIgnored, treeSitter: grammars, ...(dependencies ? { dependencies } : {}) }, options.rules ?? RULES);
      if (findings === undefined) skipped.failed++;
      else {
        if (findings.length > 0) files.push({ path, findings });
        scannedCount++;
      }
    }
    options.onProgress?.(index + 1, walked.length);
  }
  const durationMs = Math.round(performance.now() - started);
  const apps = appRoots(manifests);
  return { root: base, files, apps, scannedCount, skipped, durationMs, config: loaded.config, configErrors: loaded.errors };
}

/**
 * For each file, the folder its manifests are searched up to: the fixed one a caller gives (the
 * workspace folder), else the git repository holding the audited root it was found under, else
 * that root. Undefined for a file under no root.
 */
function manifestRoots(roots: readonly string[], fixed: string | undefined): (file: string) => Promise<string | undefined> {
  const resolved = roots.map((root) => resolve(root));
  const found = new Map<string, Promise<string>>();
  return async (file) => {
    if (fixed !== undefined) return isInside(file, fixed) ? fixed : undefined;
    const root = resolved.find((candidate) => candidate === file || isInside(file, candidate));
    if (root === undefined) return undefined;
    const folder = root === file ? dirname(file) : root;
    if (!found.has(folder)) found.set(folder, manifestRoot(folder));
    return found.get(folder)!;
  };
}

/** One file the engine cannot handle must not end the audit of the others. */
export function scanSafely(file: ScanFile, text: string, options: ScanOptions, rules: readonly Rule[]): Finding[] | undefined {
  try {
    return scan(file, text, options, rules);
  } catch {
    return undefined;
  }
}

/**
 * The path a file's scope (test, fixture, ...) is read from: relative to the project root,
 * which is the config file's folder when there is one (its `scopes` globs are relative to it),
 * else the audited folder.
 */
export function scopePath(loaded: LoadedConfig, absolutePath: string, fallback: string): string {
  return loaded.file !== undefined && isInside(absolutePath, loaded.dir) ? toPosix(relative(loaded.dir, absolutePath)) : fallback;
}

export function displayPath(base: string, absolutePath: string): string {
  const rel = relative(base, absolutePath);
  return toPosix(rel === '' || rel.startsWith('..') ? absolutePath : rel);
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return decodeText(await readFile(path));
  } catch {
    return undefined;
  }
}

/** UTF-8 unless a byte order mark says UTF-16; the mark itself is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
