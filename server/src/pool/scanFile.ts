// Reads and scans one walked file: the unit of work of an audit, done in the audit's own thread
// (one job) or in a pool worker (several). Both paths run this same function, so an audit's
// findings do not depend on the number of jobs.
import { languageOf } from '../engine/languages/detect';
import type { Rule } from '../engine/rule';
import { codeLanguage, isTreeSitterLanguage } from '../engine/languages/catalogue';
import { mayRunAnyCheck, scan, scanWithSinkKeyUses } from '../engine/scan';
import { mayUseSinkKey } from '../engine/rules/hardcoded-credential/imported-key-uses';
import { importsWorthReading, type ImportsWorthReading } from '../migrationFacts/gates';
import type { DeclaredDependencies, Finding, ImportedMigration, ImportedPort, ImportedServerStart, ImportedJsonStore, LanguageId, ModuleSinkKeyUse, ProductionService, ScanFile, ScanOptions, SessionCacheChoice, SinkKeyUse } from '../engine/types';
import type { Grammars } from '../grammars';
import { readRegularFileNow } from '../safeRead';

export interface FileJob {
  absolutePath: string;
  /** The path findings and rules see (relative to the audit's base, forward slashes). */
  path: string;
  /** The path relative to the project root, for the file's scope (test, fixture, ...). */
  scopePath?: string;
  gitIgnored: boolean | undefined;
  /** Git tracks the file although .gitignore lists it (walk.ts). */
  trackedDespiteIgnore?: boolean;
  /** Bounded again at read time: a file may have grown, or been swapped for a link, since the walk. */
  maxBytes: number;
  /** How the walk read the file (a script without an extension by its `#!` line); else from its name. */
  language?: LanguageId;
  /** Factor II's facts for the file, read by the audit's own thread. */
  dependencies?: DeclaredDependencies;
  /** Factor X's facts for a compose file: what the app's production config names. */
  production?: ProductionService[];
  /** Factor VI's fact for a production settings file: where another file keeps sessions in the cache. */
  sessionsInCache?: SessionCacheChoice;
  /** Factor XII's fact: the migrations of the app's modules a file imports, or of the commands a start script runs. */
  importedMigrations?: ImportedMigration[];
  /** Factor VII's fact for a JS/TS, Go or Python file: what its imported modules or packages export as a fixed port. */
  importedPorts?: ImportedPort[];
  /** Factor IX's fact for a JS/TS or Go file: the server starts of the app's modules it imports that stop nowhere. */
  importedServerStarts?: ImportedServerStart[];
  /** Factor VI's fact for a JS/TS or Python file: the classes of the app's modules it imports that rewrite the JSON file they are given. */
  importedJsonStores?: ImportedJsonStore[];
  /** Factor III's fact: the names of this module other files hand to a secret-taking API. */
  sinkKeyUses?: SinkKeyUse[];
  /** Factor III's fact for a settings module: whether settings.py loads it on every run or only in development. */
  settingsLoad?: 'always' | 'development';
  /** Factor I's fact for a manifest: its path relative to the repository holding it. */
  repositoryPath?: string;
  /** The docs-named folders of the scope path that hold an app (docsFolderFacts.ts). */
  appFolders?: string[];
  /** An audit's first pass: what to return with the findings for its second (auditRun.ts). */
  gather?: Gather;
}

/**
 * `sinkKeyUses`: the names the file imports and hands to a secret-taking API (Go, Python, JS/TS app source).
 * `imports`: which questions of its imports (ports, server starts, migrations) may change the file's findings (JS/TS, Go,
 * Python: migrationFacts/gates.ts), so that the second pass reads the imports of only those files.
 */
export interface Gather {
  sinkKeyUses?: boolean;
  imports?: boolean;
  /** A Go file's go.mod module path, which tells its own packages' imports from others. */
  goModule?: string;
}

/** `failed`: the engine threw on the file (a bug), or the worker scanning it died. */
export type FileOutcome =
  | ({ kind: 'scanned'; findings: Finding[]; sinkKeyUses?: ModuleSinkKeyUse[] } & ImportsWorthReading)
  | { kind: 'unreadable' }
  | { kind: 'failed' };

export async function scanFileAt(job: FileJob, options: ScanOptions, grammars: Grammars, rules: readonly Rule[]): Promise<FileOutcome> {
  const text = readText(job.absolutePath, job.maxBytes);
  if (text === undefined) return { kind: 'unreadable' };
  const language = job.language ?? languageOf(job.path);
  const gitIgnored = language === 'dotenv' ? job.gitIgnored : undefined;
  const tracked = language === 'dotenv' && job.trackedDespiteIgnore === true ? { trackedDespiteIgnore: true } : {};
  const facts = {
    ...(job.dependencies ? { dependencies: job.dependencies } : {}),
    ...(job.production ? { production: job.production } : {}),
    ...(job.sessionsInCache ? { sessionsInCache: job.sessionsInCache } : {}),
    ...(job.importedMigrations ? { importedMigrations: job.importedMigrations } : {}),
    ...(job.importedPorts ? { importedPorts: job.importedPorts } : {}),
    ...(job.importedServerStarts ? { importedServerStarts: job.importedServerStarts } : {}),
    ...(job.importedJsonStores ? { importedJsonStores: job.importedJsonStores } : {}),
    ...(job.sinkKeyUses ? { sinkKeyUses: job.sinkKeyUses } : {}),
    ...(job.settingsLoad ? { settingsLoad: job.settingsLoad } : {}),
    ...(job.repositoryPath !== undefined ? { repositoryPath: job.repositoryPath } : {}),
    ...(job.appFolders ? { appFolders: job.appFolders } : {}),
  };
  const fileOptions = { ...options, gitIgnored, ...tracked, treeSitter: grammars, ...facts };
  const collect = job.gather?.sinkKeyUses === true && language !== undefined && mayUseSinkKey(language, text);
  // A file's imports are read in the second pass when it may bind a port they export, or call a server start or a
  // migrating function they export.
  const importedPort = job.gather?.imports === true ? importsWorthReading(job.path, text, job.gather.goModule) : {};
  // A grammar costs a wasm compile and memory: loaded for the first file that some check may report on.
  if (language && !grammars.has(language) && isTreeSitterLanguage(codeLanguage(language))) {
    // Every finding comes from a check that passed its prefilter: when none does, the answer is known without a scan.
    if (!collect && !mayRunAnyCheck(language, text, fileOptions, rules)) return { kind: 'scanned', findings: [], ...importedPort };
    try {
      await grammars.ensure(language);
    } catch {
      return { kind: 'failed' }; // a grammar that cannot load fails its files, not the audit
    }
  }
  const file = { path: job.path, ...(job.scopePath !== undefined ? { scopePath: job.scopePath } : {}), ...(language ? { language } : {}) };
  if (collect) {
    const scanned = safely(() => scanWithSinkKeyUses(file, text, fileOptions, rules));
    return scanned ? { kind: 'scanned', ...scanned, ...importedPort } : { kind: 'failed' };
  }
  const findings = scanSafely(file, text, fileOptions, rules);
  return findings ? { kind: 'scanned', findings, ...importedPort } : { kind: 'failed' };
}

/** One file the engine cannot handle must not end the audit of the others. */
export function scanSafely(file: ScanFile, text: string, options: ScanOptions, rules: readonly Rule[]): Finding[] | undefined {
  return safely(() => scan(file, text, options, rules));
}

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** Read at once: a scan lane has nothing else to do meanwhile, and the thread pool's round trips cost more than the read. */
function readText(path: string, maxBytes: number): string | undefined {
  const read = readRegularFileNow(path, maxBytes);
  return read.bytes && decodeText(read.bytes);
}

const UTF8 = new TextDecoder('utf-8');

/** UTF-8 unless a byte order mark says UTF-16; the mark itself is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return UTF8.decode(bytes);
}
