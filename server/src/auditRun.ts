// The node layer shared by the CLI and the language server's workspace audit: walk, read, scan.
import { realpath } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { BaselineOutcome } from './baseline/match';
import { DEFAULT_MAX_FILE_SIZE, toScanOptions, type ConfigError, type ProjectConfig } from './engine/config';
import type { Rule } from './engine/rule';
import { RULES } from './engine/rules';
import { languageOf } from './engine/languages/detect';
import type { DeclaredDependencies, Finding, LanguageId, ProductionService, ScanOptions, SessionCacheChoice } from './engine/types';
import { displayPath } from './displayPath';
import { isInside, toPosix } from './gitignore';
import { CodebaseRoots } from './codebaseRoots';
import { DependencyFacts, manifestRoot, readsDependencies } from './dependencyFacts';
import { Grammars } from './grammars';
import { ProductionFacts } from './productionFacts';
import { EVERY_QUESTION, importedFactOptions, MigrationFacts, type ImportedFacts, type ImportedQuestions } from './migrationFacts';
import { SessionFacts } from './sessionFacts';
import { countsSinkKeyUses, SinkKeyFacts, SinkKeyIndex } from './sinkKeyFacts';
import { SettingsLoadFacts } from './settingsLoadFacts';
import { DocsFolderFacts } from './docsFolderFacts';
import { forEachBounded } from './pool/bounded';
import { ScanPool } from './pool/scanPool';
import { scanFileAt, type FileJob, type FileOutcome } from './pool/scanFile';
import { findProjectConfig, type LoadedConfig } from './projectConfig';
import { appRoots } from './scorecard/apps';
import { mark } from './entry/timeline';
import { walk, type LeftOutReason, type SkipReason, type WalkedFile } from './walk';

/** For callers that scan contents they already hold (audit --staged). */
export { decodeText, scanSafely } from './pool/scanFile';

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
  /** Tree-sitter grammars, loaded on first use; shared across audits by a long-lived caller (one job only). */
  grammars?: Grammars;
  /** Files scanned at once: this thread and jobs - 1 worker threads; 1 (the default): this thread only. */
  jobs?: number;
  /** `jobs` is a ceiling: a small tree gets fewer lanes (lanesFor), as each costs a start-up and a copy of the engine. */
  jobsAtMost?: boolean;
  /** False: every job in a worker, none in this thread (the language server's, which must stay free for LSP). */
  inThisThread?: boolean;
  /** Manifests read for Factor II, cached per folder; shared across audits by a long-lived caller. */
  dependencies?: DependencyFacts;
  /** Production configs read for Factor X, cached per app; shared across audits by a long-lived caller. */
  production?: ProductionFacts;
  sessions?: SessionFacts;
  /** The migrations of the modules Python files import, for Factor XII; shared across audits by a long-lived caller. */
  migrations?: MigrationFacts;
  /** How settings.py loads a settings module beside it, for Factor III; shared across audits by a long-lived caller. */
  settingsLoads?: SettingsLoadFacts;
  /** Where each manifest sits in its repository, for Factor I; shared across audits by a long-lived caller. */
  codebases?: CodebaseRoots;
  /** Which docs-named folders hold an app (file scopes), cached per folder; shared across audits by a long-lived caller. */
  docsFolders?: DocsFolderFacts;
  /** The folder manifests are searched up to; default: the git repository holding `base`, else `base`. */
  manifestRoot?: string;
}

export interface AuditedFile {
  /** Forward slashes, relative to `root` (absolute when outside it). */
  path: string;
  findings: Finding[];
}

export type SkipCounts = Record<SkipReason, number>;

export interface UncheckedFile {
  /** As AuditedFile.path. */
  path: string;
  reason: 'unreadable' | 'failed';
}

export interface AuditResult {
  /** Absolute folder the paths are relative to. */
  root: string;
  /** Files with at least one finding, in walk order. */
  files: AuditedFile[];
  /** App folders (each with a manifest: package.json, go.mod, ...) relative to root; '' is root itself. */
  apps: string[];
  scannedCount: number;
  skipped: SkipCounts;
  /** Files that could not be checked (unreadable, or the engine failed on them): never reported clean. */
  unchecked: UncheckedFile[];
  durationMs: number;
  config: ProjectConfig;
  configErrors: ConfigError[];
  /** Set when a baseline was applied (baseline/match.ts): what it accepted, what went stale. */
  baseline?: BaselineOutcome;
}

/** Audits files and folders. Throws the signal's reason when aborted, WalkError for a missing root. */
export async function auditPaths(roots: readonly string[], options: AuditOptions = {}): Promise<AuditResult> {
  const started = performance.now();
  const base = resolve(options.base ?? '.');
  const loaded = options.config ?? findProjectConfig(roots[0] ?? base);
  const skipped: SkipCounts = { tooLarge: 0, binary: 0, unreadable: 0, failed: 0 };
  const walked: WalkedFile[] = [];
  const manifests: string[] = [];
  const unchecked: UncheckedFile[] = [];
  const notChecked = (absolutePath: string, reason: UncheckedFile['reason']) => {
    skipped[reason]++;
    unchecked.push({ path: displayPath(base, absolutePath), reason });
  };
  const walkOptions = {
    config: loaded.config,
    configDir: loaded.dir,
    onSkip: (path: string, reason: SkipReason) => (reason === 'unreadable' || reason === 'failed' ? notChecked(path, reason) : void skipped[reason]++),
    onManifest: (path: string) => void manifests.push(displayPath(base, path)),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onNamedFileLeftOut ? { onNamedFileLeftOut: options.onNamedFileLeftOut } : {}),
  };
  // One set of grammars for the scan and the production facts (Django settings) of this thread.
  const grammars = options.grammars ?? new Grammars();
  const scanner = scannerFor({ ...options, grammars }, toScanOptions(loaded.config));
  const maxBytes = options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const rootOf = manifestRoots(roots.length > 0 ? roots : ['.'], options.manifestRoot);
  const dependenciesOf = dependencyReader(rootOf, base, options);
  const productionOf = productionReader(rootOf, base, { ...options, grammars });
  const sessionsOf = sessionsReader(rootOf, base, { ...options, grammars });
  const { importsOf, importsModuleOf } = importsReader(rootOf, base, { ...options, grammars });
  const settingsLoads = options.settingsLoads ?? new SettingsLoadFacts();
  const repositoryPathOf = repositoryPathReader(rootOf, options);
  const docsFolders = options.docsFolders ?? new DocsFolderFacts();
  const outcomes: FileOutcome[] = [];
  // The first pass's jobs that gather something for the second, which may scan some of them again.
  const gathering = new Map<number, GatheringJob>();
  let done = 0;
  try {
    let bytes = 0;
    mark('walk');
    // The walk first, then the scan: scanning while the walk goes on (round 28, branch speed28b) found the files that
    // pay for a second lane only as fast as this thread scanned them, so the worker started late and the 10x bench
    // tree took 12% longer. The walk is 20-140 ms of a run.
    for await (const file of walk(roots.length > 0 ? roots : ['.'], walkOptions)) {
      walked.push(file);
      bytes += file.size;
      // A new lane's worker loads its engine while the walk goes on, not after it.
      scanner.grow(lanesFor(bytes, walked.length, options));
    }
    const lanes = lanesFor(bytes, walked.length, options);
    mark(`walk done: ${walked.length} files, ${bytes} bytes, ${lanes} lanes`);
    // Enough files under way to keep every lane fed while the next ones' facts are read.
    await forEachBounded(walked, FILES_UNDER_WAY_PER_LANE * lanes, async (file, index) => {
      const path = displayPath(base, file.absolutePath);
      const dependencies = await dependenciesOf(file.absolutePath, path, file.language);
      const production = await productionOf(file.absolutePath, path);
      const sessionsInCache = await sessionsOf(file.absolutePath, path);
      // Go, Python and JS/TS files (SinkKeyFacts.wants) gather for the second pass.
      const root = SinkKeyFacts.wants(path) ? await rootOf(file.absolutePath) : undefined;
      // Their imports' migrations, ports and server starts are read in the second pass, only for a file its first scan
      // says may use one (migrationFacts/gates.ts); a start script's, a package.json's or a Ruby file's are read now.
      const imported = root === undefined ? await importsOf(file.absolutePath, path, EVERY_QUESTION) : undefined;
      const settingsRoot = SettingsLoadFacts.wants(path) ? await rootOf(file.absolutePath) : undefined;
      const settingsLoad = settingsRoot === undefined ? undefined : await settingsLoads.forFile(file.absolutePath, settingsRoot);
      const repositoryPath = await repositoryPathOf(file.absolutePath, path);
      const scope = scopePath(loaded, file.absolutePath, file.relativePath);
      const appFolders = DocsFolderFacts.wants(scope) ? await docsFolders.forFile(scope, scopeRoot(loaded, file.absolutePath, file.relativePath)) : [];
      const facts = {
        ...(dependencies ? { dependencies } : {}),
        ...(production ? { production } : {}),
        ...(sessionsInCache ? { sessionsInCache } : {}),
        ...importedFactOptions(imported),
        ...(settingsLoad ? { settingsLoad } : {}),
        ...(repositoryPath !== undefined ? { repositoryPath } : {}),
        ...(appFolders.length > 0 ? { appFolders } : {}),
      };
      const tracked = file.trackedDespiteIgnore ? { trackedDespiteIgnore: true } : {};
      const job: FileJob = { absolutePath: file.absolutePath, path, scopePath: scope, gitIgnored: file.gitIgnored, ...tracked, language: file.language, maxBytes, ...facts };
      if (root !== undefined) {
        const goModule = path.endsWith('.go') ? await importsModuleOf(file.absolutePath, root) : undefined;
        job.gather = { sinkKeyUses: countsSinkKeyUses(toPosix(relative(root, file.absolutePath))), imports: true, ...(goModule !== undefined ? { goModule } : {}) };
        gathering.set(index, { job, root });
      }
      const outcome = await scanner.run(job, file.size);
      options.signal?.throwIfAborted();
      outcomes[index] = outcome;
      options.onProgress?.(++done, walked.length);
    });
    mark('first pass done');
    // The second pass reads facts here and scans few files again: this thread scans them, and the workers end.
    scanner.windDown();
    await secondPass(gathering, outcomes, { scanner, importsOf, underWay: FILES_UNDER_WAY_PER_LANE * lanes, ...(options.signal ? { signal: options.signal } : {}) });
    mark('second pass done');
  } finally {
    await scanner.close();
  }
  options.signal?.throwIfAborted();

  const files: AuditedFile[] = [];
  let scannedCount = 0;
  walked.forEach((file, index) => {
    const outcome = outcomes[index]!;
    if (outcome.kind !== 'scanned') return notChecked(file.absolutePath, outcome.kind);
    scannedCount++;
    if (outcome.findings.length > 0) files.push({ path: displayPath(base, file.absolutePath), findings: outcome.findings });
  });
  const durationMs = Math.round(performance.now() - started);
  const apps = appRoots(manifests);
  return { root: base, files, apps, scannedCount, skipped, unchecked, durationMs, config: loaded.config, configErrors: loaded.errors };
}

/**
 * Source bytes one lane takes before another pays off. A worker thread starts cold: it loads and
 * warms its own copy of the engine (about a second of CPU on a shared core, 90 MiB), which a
 * lane scanning this much for a few seconds makes up for.
 */
export const BYTES_PER_LANE = 16 * 1024 * 1024;

/**
 * The lanes for `files` files of `bytes` in all: the jobs asked for, as a ceiling (jobsAtMost) one
 * per BYTES_PER_LANE; never more than the files. Grows with the walk, never shrinks.
 */
export function lanesFor(bytes: number, files: number, options: Pick<AuditOptions, 'jobs' | 'jobsAtMost'>): number {
  const jobs = options.jobs ?? 1;
  const wanted = options.jobsAtMost ? Math.min(jobs, Math.ceil(bytes / BYTES_PER_LANE)) : jobs;
  return Math.max(1, Math.min(wanted, files));
}

interface Scanner {
  /** `bytes`: the file's size as walked, which tells the pool how long its scan may hold a lane. */
  run(job: FileJob, bytes?: number): Promise<FileOutcome>;
  /** Lets the scanner have this many lanes, starting their workers now. */
  grow(lanes: number): void;
  /** From now on this thread scans (when it is a lane) and the workers end (ScanPool.windDown). */
  windDown(): void;
  close(): Promise<void>;
}

/** A pool of workers for several jobs, else this thread. */
function scannerFor(options: AuditOptions, scanOptions: ScanOptions): Scanner {
  const jobs = options.jobs ?? 1;
  const grammars = options.grammars ?? new Grammars();
  const rules = options.rules ?? RULES;
  let local = 0;
  const here = (job: FileJob): Promise<FileOutcome> => {
    if (local++ === 0) mark('first file here');
    return options.signal?.aborted ? Promise.resolve({ kind: 'failed' }) : scanFileAt(job, scanOptions, grammars, rules);
  };
  if (jobs > 1) {
    const ruleIds = options.rules?.map((rule) => rule.meta.id);
    const init = { kind: 'files' as const, options: scanOptions, ...(ruleIds ? { ruleIds } : {}) };
    return options.inThisThread === false ? new ScanPool(jobs, init) : new ScanPool(jobs - 1, init, here);
  }
  return { run: here, grow: () => undefined, windDown: () => undefined, close: async () => undefined };
}

/** A first-pass job that gathers facts for the second, and the workspace root they resolve under. */
interface GatheringJob {
  job: FileJob;
  root: string;
}

interface SecondPass {
  scanner: Scanner;
  importsOf: (absolutePath: string, path: string, asked: ImportedQuestions) => Promise<ImportedFacts | undefined>;
  underWay: number;
  signal?: AbortSignal;
}

/**
 * An audit's second pass, for the facts a file's own first scan tells best. Factor III across files: each file's
 * sink-key uses, resolved per workspace root to the files that define the names; each such file is scanned again
 * knowing them. Factors VI, VII, IX and XII: a JS/TS, Go or Python file whose first scan says it may bind an imported port,
 * call an imported server start or migration, or construct an imported JSON store, has its imports read now (each
 * imported file once for all four questions) and, when one answers, is scanned again knowing it. Only those few files are read twice; no file
 * is read to build an index.
 */
async function secondPass(gathering: Map<number, GatheringJob>, outcomes: FileOutcome[], pass: SecondPass): Promise<void> {
  const indexes = new Map<string, SinkKeyIndex | undefined>();
  for (const [index, { job, root }] of gathering) {
    const outcome = outcomes[index];
    if (outcome?.kind !== 'scanned' || !outcome.sinkKeyUses?.length) continue;
    if (!indexes.has(root)) indexes.set(root, await indexUnder(root));
    await indexes.get(root)?.add(job.absolutePath, outcome.sinkKeyUses);
  }
  await forEachBounded([...gathering], pass.underWay, async ([index, { job, root }]) => {
    const outcome = outcomes[index];
    if (outcome?.kind !== 'scanned') return;
    const sinkKeyUses = indexes.get(root)?.of(job.absolutePath) ?? [];
    const asked = { ports: outcome.mayUseImportedPort === true, migrations: outcome.mayCallImportedMigration === true, serverStarts: outcome.mayCallImportedStart === true, jsonStores: outcome.mayConstructImportedJsonStore === true };
    const imported = asked.ports || asked.migrations || asked.serverStarts || asked.jsonStores ? await pass.importsOf(job.absolutePath, job.path, asked) : undefined;
    const known = { ...(sinkKeyUses.length > 0 ? { sinkKeyUses } : {}), ...importedFactOptions(imported) };
    if (Object.keys(known).length === 0) return;
    const { gather: _, ...facts } = job;
    outcomes[index] = await pass.scanner.run({ ...facts, ...known });
    pass.signal?.throwIfAborted();
  });
}

async function indexUnder(root: string): Promise<SinkKeyIndex | undefined> {
  const realRoot = await realpath(root).catch(() => undefined);
  return realRoot === undefined ? undefined : new SinkKeyIndex(root, realRoot);
}

/** Files an audit has under way per lane: scanned, queued for a worker, or having their facts read. */
const FILES_UNDER_WAY_PER_LANE = 8;

/** Factor II's facts for a file, read here (I/O, cached per folder) and sent with the file to its lane. */
function dependencyReader(rootOf: (file: string) => Promise<string | undefined>, base: string, options: AuditOptions) {
  const facts = options.dependencies ?? new DependencyFacts();
  // The facts depend on the file's folder alone: read once per folder and audit, and every job of the folder holds the
  // same object (one copy in memory however many jobs wait for the second pass), not one put together per file.
  const byFolder = new Map<string, Promise<DeclaredDependencies>>();
  // `language`: as the walk read the file (a script without an extension by its `#!` line, `bin/web`), else by its name.
  return async (absolutePath: string, path: string, language?: LanguageId): Promise<DeclaredDependencies | undefined> => {
    const root = readsDependencies(language ?? languageOf(path), path) ? await rootOf(absolutePath) : undefined;
    if (root === undefined) return undefined;
    const key = `${root}\0${dirname(absolutePath)}`;
    let known = byFolder.get(key);
    if (!known) byFolder.set(key, (known = facts.forFile(absolutePath, root, base)));
    return known;
  };
}

/** Factor X's facts for a local-development compose file: what its app's production config names. */
function productionReader(rootOf: (file: string) => Promise<string | undefined>, base: string, options: AuditOptions) {
  const facts = options.production ?? new ProductionFacts(options.grammars);
  return async (absolutePath: string, path: string): Promise<ProductionService[] | undefined> => {
    const root = ProductionFacts.wants(path) ? await rootOf(absolutePath) : undefined;
    return root === undefined ? undefined : facts.forFile(absolutePath, root, base);
  };
}

/** Factor VI's fact for a production settings file: where another file of its app keeps sessions in the cache. */
function sessionsReader(rootOf: (file: string) => Promise<string | undefined>, base: string, options: AuditOptions) {
  const facts = options.sessions ?? new SessionFacts(options.grammars);
  return async (absolutePath: string, path: string): Promise<SessionCacheChoice | undefined> => {
    const root = SessionFacts.wants(path) ? await rootOf(absolutePath) : undefined;
    return root === undefined ? undefined : facts.forFile(absolutePath, path, root, base);
  };
}

/**
 * Factors VII, IX and XII's facts for a file, from the app's other files it imports or runs: the fixed ports and the
 * server starts they export, the migrations they run. Each question only for a file whose findings may depend on it.
 */
function importsReader(rootOf: (file: string) => Promise<string | undefined>, base: string, options: AuditOptions) {
  const facts = options.migrations ?? new MigrationFacts(options.grammars);
  return {
    importsOf: async (absolutePath: string, path: string, asked: ImportedQuestions): Promise<ImportedFacts | undefined> => {
      const wanted = MigrationFacts.questionsFor(path, asked);
      if (wanted === undefined) return undefined;
      const root = await rootOf(absolutePath);
      return root === undefined ? undefined : facts.factsForFile(absolutePath, root, base, wanted);
    },
    /** A Go file's go.mod module path (read once per folder), sent with it so that its first scan tells whether it imports the module's packages. */
    importsModuleOf: (absolutePath: string, root: string): Promise<string | undefined> => facts.goModulePath(absolutePath, root),
  };
}

/**
 * Factor I's fact for a manifest: its path in the repository holding it, else in the folder its manifests
 * are searched up to (the workspace folder, the audited root).
 */
function repositoryPathReader(rootOf: (file: string) => Promise<string | undefined>, options: AuditOptions) {
  const codebases = options.codebases ?? new CodebaseRoots();
  return async (absolutePath: string, path: string): Promise<string | undefined> =>
    CodebaseRoots.wants(path) ? codebases.repositoryPath(absolutePath, await rootOf(absolutePath)) : undefined;
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

/**
 * The path a file's scope (test, fixture, ...) is read from: relative to the project root,
 * which is the config file's folder when there is one (its `scopes` globs are relative to it),
 * else the audited folder.
 */
export function scopePath(loaded: LoadedConfig, absolutePath: string, fallback: string): string {
  return loaded.file !== undefined && isInside(absolutePath, loaded.dir) ? toPosix(relative(loaded.dir, absolutePath)) : fallback;
}

/** The folder a file's scope path starts at: the config file's folder, else where its walked path starts. */
export function scopeRoot(loaded: LoadedConfig, absolutePath: string, fallback: string): string {
  if (loaded.file !== undefined && isInside(absolutePath, loaded.dir)) return loaded.dir;
  const depth = fallback.split('/').length - 1;
  return resolve(absolutePath, ...Array<string>(depth + 1).fill('..'));
}

