import { CodebaseRoots } from './codebaseRoots';
import { MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { withBaselineApplied } from './baseline/editor';
import { toDiagnostic } from './diagnostics';
import type { CommittedSecrets } from './history/committed';
import type { DocumentScanner } from './pool/documentScanner';
import { DependencyFacts, readsDependencies } from './dependencyFacts';
import { Grammars } from './grammars';
import { ProductionFacts } from './productionFacts';
import { importedFactOptions, MigrationFacts } from './migrationFacts';
import { SessionFacts } from './sessionFacts';
import { SinkKeyFacts } from './sinkKeyFacts';
import { SettingsLoadFacts } from './settingsLoadFacts';
import { DocsFolderFacts } from './docsFolderFacts';
import { DEFAULT_MAX_FILE_SIZE } from './engine/config';
import type { Finding, ScanOptions } from './engine/types';
import type { SettingsStore } from './settings';
import { effectiveConfig, isIgnoredByConfig, languageFor, scanOptionsFor, type DocumentLocation, type Workspace } from './workspace';

/**
 * Typing pauses shorter than this do not trigger a scan. An edit reparses incrementally (a
 * 5,000-line file's check costs less than one full parse), and a newer version replaces a queued
 * check, so a short pause is cheap: the debounce is most of what a user waits for.
 */
export const DEBOUNCE_MS = 100;

/** The findings of one document version, kept for code actions. */
export interface ScannedVersion {
  version: number;
  text: string;
  findings: Finding[];
}

/**
 * Whether the text is over `limit` bytes in UTF-8. Each UTF-16 unit is 1 to 3 bytes, so the length
 * decides it unless it lies between a third of the limit and the limit: a 10 MB open is then never
 * counted byte by byte on the thread that answers requests, which would also make the reader's rope
 * of it one flat copy (textParts.ts).
 */
export function isOverBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text) > limit;
}

/**
 * Scans open documents on open and change (debounced), publishes their diagnostics, and drops
 * results a newer version has made stale. Also the publisher for the audit's closed files, so
 * one map knows every diagnostic the server has out (for the status bar count).
 */
export class Validator {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; version: number; due: number }>();
  private readonly scanned = new Map<string, ScannedVersion>();
  private readonly published = new Map<string, number>();
  private readonly toldTooLarge = new Set<string>();
  /** Manifests around open files, for Factor II; the audit shares them. */
  readonly dependencies = new DependencyFacts();
  /** Production configs of the apps of open compose files, for Factor X; the audit shares them. */
  readonly production = new ProductionFacts(new Grammars());
  /** Where the apps of open production settings files keep sessions, for Factor VI; the audit shares them. */
  readonly sessions = new SessionFacts(new Grammars());
  /** The migrations of the modules open Python files import, for Factor XII; the audit shares them. */
  readonly migrations = new MigrationFacts(new Grammars());
  /** The names other files of the workspace hand to a secret-taking API (Factor III), by workspace folder. */
  readonly sinkKeys = new SinkKeyFacts(new Grammars());
  /** How settings.py loads the settings module beside it (Factor III). */
  readonly settingsLoads = new SettingsLoadFacts();
  /**
   * Which docs-named folders hold an app (file scopes), by folder: one reader serves every workspace folder. Read again
   * only when a watched file that decides it changes (docsFolderWatchGlobs); the audit shares them.
   */
  readonly docsFolders = new DocsFolderFacts();
  /** Where open manifests sit in their repositories, for Factor I; the audit shares them. */
  readonly codebases = new CodebaseRoots();
  /** Says which credentials a commit already holds; unset where no process may run (untrusted). */
  committed: CommittedSecrets | undefined;
  /** Whether git tracks a file (a `.env` that .gitignore lists may be tracked still); unset where no process may run. */
  isTracked: ((path: string, folder: string) => Promise<boolean | undefined>) | undefined;
  /** Called once a scan is handed to the worker, with its text's length: this thread then waits for it (code actions warm up then, codeActions.ts). */
  onScanSent: ((length: number) => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
    private readonly workspace: Workspace,
    private readonly onCountChange: (total: number) => void,
    private readonly scanner: DocumentScanner,
  ) {}

  /**
   * Checks the document after `delay`. A check already due sooner for this same version stays
   * due: the debounce is for new versions, and an open (which the document store also reports
   * as a change) is checked at once.
   */
  schedule(document: TextDocument, delay = DEBOUNCE_MS): void {
    // An older version's check still running is stopped now, not when the debounce ends.
    this.scanner.supersede(document.uri, document.version);
    const due = performance.now() + delay;
    const pending = this.timers.get(document.uri);
    if (pending?.version === document.version && pending.due <= due) return;
    clearTimeout(pending?.timer);
    const timer = setTimeout(() => {
      this.timers.delete(document.uri);
      void this.validate(document);
    }, delay);
    this.timers.set(document.uri, { timer, version: document.version, due });
  }

  /** Scans now; publishes unless the document changed while settings were read. */
  async validate(document: TextDocument): Promise<void> {
    const version = document.version;
    let findings: Finding[] | undefined;
    try {
      findings = await this.findingsFor(document);
    } catch (error) {
      // One file that cannot be checked must not end the server (an unhandled rejection would).
      // Only the error's name: a message can quote the file's text, and so a secret.
      this.connection.console.error(`Twelve-Factor Lint could not check ${document.uri}: ${(error as Error)?.name ?? 'error'}`);
      return;
    }
    // A newer version is scheduled or already replaced this scan: its results are the ones to show.
    if (findings === undefined || document.version !== version) return;
    this.scanned.set(document.uri, { version, text: document.getText(), findings });
    const root = this.workspace.locate(document.uri).folder;
    this.publish(document.uri, findings.map((finding) => toDiagnostic(finding, document.uri, root)), version);
  }

  /** The last scan of exactly this version, for code actions; undefined when stale. */
  scannedVersion(uri: string, version: number): ScannedVersion | undefined {
    const entry = this.scanned.get(uri);
    return entry?.version === version ? entry : undefined;
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri)?.timer);
    this.timers.delete(uri);
    this.scanned.delete(uri);
    this.toldTooLarge.delete(uri);
    this.settings.forget(uri);
    this.scanner.close(uri);
    this.publish(uri, []);
  }

  publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
    if (diagnostics.length > 0) this.published.set(uri, diagnostics.length);
    else this.published.delete(uri);
    this.onCountChange([...this.published.values()].reduce((sum, count) => sum + count, 0));
  }

  publishedUris(): string[] {
    return [...this.published.keys()];
  }

  /** Undefined when a newer version replaced this one before its scan ran. */
  private async findingsFor(document: TextDocument): Promise<Finding[] | undefined> {
    this.prepare(document);
    const settings = await this.settings.get(document.uri);
    if (!settings.enable) return [];
    const location = this.workspace.locate(document.uri);
    const config = effectiveConfig(this.workspace.config(location.folder), settings);
    if (isIgnoredByConfig(config, location.relativePath)) return [];
    const text = document.getText();
    if (isOverBytes(text, config.maxFileSize)) {
      this.tellTooLarge(document.uri, location.relativePath, config.maxFileSize);
      return [];
    }
    const language = languageFor(location.relativePath, document.languageId, text);
    if (!language) return [];
    const dependencies =
      readsDependencies(language, location.relativePath) && location.path && location.folder
        ? await this.dependencies.forFile(location.path, location.folder, location.folder)
        : undefined;
    const production =
      ProductionFacts.wants(location.relativePath) && location.path && location.folder
        ? await this.production.forFile(location.path, location.folder, location.folder)
        : undefined;
    const sessionsInCache =
      SessionFacts.wants(location.relativePath) && location.path && location.folder
        ? await this.sessions.forFile(location.path, location.relativePath, location.folder, location.folder)
        : undefined;
    const importedQuestions = MigrationFacts.questionsFor(location.relativePath);
    const imported =
      importedQuestions && location.path && location.folder
        ? await this.migrations.factsForFile(location.path, location.folder, location.folder, importedQuestions, text)
        : undefined;
    const sinkKeyUses =
      SinkKeyFacts.wants(location.relativePath) && location.path && location.folder
        ? await this.sinkKeys.forFile(location.path, location.folder, location.folder, text)
        : undefined;
    const settingsLoad =
      SettingsLoadFacts.wants(location.relativePath) && location.path && location.folder ? await this.settingsLoads.forFile(location.path, location.folder) : undefined;
    const repositoryPath =
      CodebaseRoots.wants(location.relativePath) && location.path ? await this.codebases.repositoryPath(location.path, location.folder) : undefined;
    const appFolders =
      DocsFolderFacts.wants(location.relativePath) && location.folder ? await this.docsFolders.forFile(location.relativePath, location.folder) : [];
    const facts = {
      ...(dependencies ? { dependencies } : {}),
      ...(production ? { production } : {}),
      ...(sessionsInCache ? { sessionsInCache } : {}),
      ...importedFactOptions(imported),
      ...(sinkKeyUses && sinkKeyUses.length > 0 ? { sinkKeyUses } : {}),
      ...(settingsLoad ? { settingsLoad } : {}),
      ...(repositoryPath !== undefined ? { repositoryPath } : {}),
      ...(appFolders.length > 0 ? { appFolders } : {}),
    };
    const options = await this.withTrackedDespiteIgnore({ ...scanOptionsFor(config, location, language), ...facts }, location);
    const scanning = this.scanner.scan({ uri: document.uri, version: document.version, path: location.relativePath, language, text, options });
    this.onScanSent?.(text.length);
    let findings = await scanning;
    if (findings === undefined) return undefined;
    if (this.committed && location.folder && location.path) {
      findings = this.committed.annotate(document.uri, location.folder, location.path, config, findings);
    }
    const baseline = location.folder === undefined ? undefined : this.workspace.baselines.of(location.folder);
    return withBaselineApplied(baseline, location.path, findings, settings.baseline.display);
  }

  /**
   * A `.env` that .gitignore lists is still in every clone when git tracked it before the line was
   * written: git, not the ignore file, has the last word (as in the audit's walk). Asked only for
   * such a file, on each check: `git rm --cached` changes the answer without touching the document.
   */
  private async withTrackedDespiteIgnore(options: ScanOptions, location: DocumentLocation): Promise<ScanOptions> {
    if (options.gitIgnored !== true || !this.isTracked || !location.path || !location.folder) return options;
    return (await this.isTracked(location.path, location.folder)) === true ? { ...options, gitIgnored: false, trackedDespiteIgnore: true } : options;
  }

  /**
   * A document no worker holds yet (an open) is parsed there while the settings, the config and
   * the facts its scan needs are read here: the first diagnostics wait for one of the two, not both.
   * Within the default size limit only: a parse for a file the settings then skip is wasted.
   */
  private prepare(document: TextDocument): void {
    // Every later version is scanned from the parse a worker holds: no size count on each edit.
    if (this.scanner.holdsParse(document.uri)) return;
    const location = this.workspace.locate(document.uri);
    const text = document.getText();
    const language = languageFor(location.relativePath, document.languageId, text);
    // The length first: a 10 MB open skips the byte count on the thread that answers requests.
    if (!language || isOverBytes(text, DEFAULT_MAX_FILE_SIZE)) return;
    this.scanner.prepare({ uri: document.uri, version: document.version, path: location.relativePath, language, text });
  }

  /** One note per file, not a diagnostic storm, when a file is over the size limit. */
  private tellTooLarge(uri: string, name: string, limit: number): void {
    if (this.toldTooLarge.has(uri)) return;
    this.toldTooLarge.add(uri);
    // A notification, not window.showInformationMessage: that sends a request, and a client that
    // answers it with an error would leave a rejected promise that ends the server.
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: `Twelve-Factor Lint skipped ${name}: it is larger than twelveFactor.maxFileSize (${limit} bytes).`,
    });
  }
}
