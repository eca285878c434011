import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  CodeActionKind,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type TextDocumentEdit,
  type TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
  CreateFile,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { fingerprintOf } from './diagnostics';
import { minimalEdit } from './engine/fixes/apply';
import { LineIndex } from './engine/source';
import { ignoreLineEdit, planFix, type FixPlan, type NeighbourFile } from './engine/fixes/plan';
import { addIgnoreGlob, ignoreInConfigTitle, literalGlob } from './engine/fixes/configIgnore';
import { CONFIG_FILE_NAME } from './engine/config';
import { LANGUAGES } from './engine/languages/catalogue';
import type { Finding, LanguageId, OffsetEdit } from './engine/types';
import { isGitIgnored, toPosix } from './gitignore';
import { gitAllowed } from './git';
import { isTrackedByGit } from './gitTracked';
import { MAX_SIDE_FILE_BYTES, readRegularFileSync } from './safeRead';
import { COMMANDS, SOURCE } from './protocol';
import { Grammars } from './grammars';
import type { Validator } from './validation';
import { languageFor, type Workspace } from './workspace';

/** What a lazily resolved fix action carries: where to find the finding again, never its value. */
interface FixActionData {
  uri: string;
  version: number;
  fingerprint: string;
}

const NEIGHBOUR_NAMES: Readonly<Record<NeighbourFile, string>> = {
  env: '.env',
  envExample: '.env.example',
  gitignore: '.gitignore',
  packageJson: 'package.json',
};

/**
 * The one place a Fix becomes a CodeAction / WorkspaceEdit. Each fix is one WorkspaceEdit (one
 * undo); the edit of the scanned file is versioned, so a file that changed since the diagnostic
 * was computed is never edited at a stale position.
 */
export class CodeActions {
  /** Whether the client resolves an action's edit when it is picked (the edit holds the secret). */
  readonly resolvesLazily: boolean;
  private readonly canCreateFiles: boolean;
  private readonly versionedEdits: boolean;
  /** Whether the client shows a disabled action with its reason (why a finding has no fix). */
  private readonly showsDisabled: boolean;

  private readonly grammars = new Grammars();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly validator: Validator,
    private readonly workspace: Workspace,
    capabilities: ClientCapabilities,
    /** Whether the client trusts the workspace (VS Code's restricted mode says no): no git otherwise. */
    private readonly trusted: boolean,
  ) {
    const editCapabilities = capabilities.workspace?.workspaceEdit;
    this.versionedEdits = editCapabilities?.documentChanges === true;
    this.canCreateFiles = this.versionedEdits && (editCapabilities?.resourceOperations ?? []).includes('create');
    this.showsDisabled = capabilities.textDocument?.codeAction?.disabledSupport === true;
    this.resolvesLazily = (capabilities.textDocument?.codeAction?.resolveSupport?.properties ?? []).includes('edit');
  }

  async provide(params: CodeActionParams): Promise<CodeAction[]> {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return [];
    const scanned = this.validator.scannedVersion(document.uri, document.version);
    if (!scanned) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = scanned.findings.find((candidate) => candidate.fingerprint === fingerprintOf(diagnostic));
      if (!finding) continue;
      const fix = await this.fixAction(document, finding, diagnostic);
      if (fix) actions.push(fix);
      else if (finding.noFixReason && this.showsDisabled) actions.push(withheldFixAction(finding.noFixReason, diagnostic));
      const ignore = (await this.ignoreAction(document, finding, diagnostic)) ?? this.ignoreInConfigAction(document, diagnostic);
      if (ignore) actions.push(ignore);
      actions.push({
        title: `Open documentation for ${finding.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Open rule documentation', command: COMMANDS.openRuleDocs, arguments: [finding.docsUrl] },
      });
    }
    return actions;
  }

  /** Computes the edit of a lazily listed fix; none when the document changed meanwhile. */
  async resolve(action: CodeAction): Promise<CodeAction> {
    const data = action.data as Partial<FixActionData> | undefined;
    const found = data && this.findingFor(data);
    if (!found) return action;
    const plan = await this.plan(found.document, found.finding);
    if (plan) action.edit = this.workspaceEdit(found.document, plan);
    return action;
  }

  /** For clients that cannot create files in an edit: create them here, then ask the client to apply. */
  async applyFixCommand(argument: unknown): Promise<void> {
    const found = this.findingFor((argument ?? {}) as Partial<FixActionData>);
    if (!found) return;
    const plan = await this.plan(found.document, found.finding);
    if (!plan) return;
    for (const file of plan.files) {
      const path = this.neighbourPath(found.document, file.file);
      if (file.create) createEmpty(path);
    }
    await this.connection.workspace.applyEdit({ label: plan.title, edit: this.workspaceEdit(found.document, plan, true) });
  }

  private async fixAction(document: TextDocument, finding: Finding, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
    const plan = finding.fix && (await this.plan(document, finding));
    if (!plan) return undefined;
    const action: CodeAction = { title: plan.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: plan.isPreferred };
    const data: FixActionData = { uri: document.uri, version: document.version, fingerprint: finding.fingerprint };
    const createsFiles = plan.files.some((file) => file.create);
    if (this.resolvesLazily && (!createsFiles || this.canCreateFiles)) action.data = data;
    else if (!createsFiles || this.canCreateFiles) action.edit = this.workspaceEdit(document, plan);
    else action.command = { title: plan.title, command: COMMANDS.applyFix, arguments: [data] };
    return action;
  }

  private async ignoreAction(document: TextDocument, finding: Finding, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
    const language = this.languageOf(document);
    // Scans run in a worker; this thread loads a grammar only to prove an ignore comment changes nothing.
    await this.grammars.ensure(language);
    const path = this.workspace.locate(document.uri).relativePath;
    const edit = language && ignoreLineEdit(document.getText(), finding.range.start.line, finding.ruleId, language, path, this.grammars);
    if (!edit) return undefined;
    return {
      title: `Ignore ${finding.ruleId} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: this.workspaceEdit(document, { title: '', isPreferred: false, documentEdits: [edit], files: [] }),
    };
  }

  /**
   * For files without comments (JSON): the file's path into the workspace folder's
   * `.twelve-factor.json` `ignore` list (created when missing), in one edit.
   */
  private ignoreInConfigAction(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
    const location = this.workspace.locate(document.uri);
    const language = this.languageOf(document);
    if (!location.folder || !location.path || !language || LANGUAGES[language].comment !== 'none') return undefined;
    const path = join(location.folder, CONFIG_FILE_NAME);
    const config = this.neighbourAt(path, document);
    const next = config.usable ? addIgnoreGlob(config.text, literalGlob(location.relativePath)) : undefined;
    const create = config.text === undefined;
    if (!next?.changed || (create && !this.canCreateFiles)) return undefined;
    const uri = URI.file(path).toString();
    const edits = toTextEdits(config.text ?? '', [minimalEdit(config.text ?? '', next.text)]);
    const edit: WorkspaceEdit = this.versionedEdits
      ? { documentChanges: [...(create ? [CreateFile.create(uri, { ignoreIfExists: true })] : []), { textDocument: { uri, version: this.documents.get(uri)?.version ?? null }, edits }] }
      : { changes: { [uri]: edits } };
    return { title: ignoreInConfigTitle(location.relativePath), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
  }

  private findingFor(data: Partial<FixActionData>): { document: TextDocument; finding: Finding } | undefined {
    if (typeof data.uri !== 'string' || typeof data.version !== 'number') return undefined;
    const document = this.documents.get(data.uri);
    if (!document || document.version !== data.version) return undefined;
    const finding = this.validator.scannedVersion(data.uri, data.version)?.findings.find((f) => f.fingerprint === data.fingerprint);
    return finding && { document, finding };
  }

  private async plan(document: TextDocument, finding: Finding): Promise<FixPlan | undefined> {
    const language = this.languageOf(document);
    // A document that is no file in a workspace folder (untitled:, a diff view) has no .env to write.
    if (!finding.fix || !language || !this.workspace.locate(document.uri).folder) return undefined;
    if (finding.fix.kind === 'move-to-env' && !(await this.envUntracked(document))) return undefined;
    const neighbours = { env: this.neighbour(document, 'env'), envExample: this.neighbour(document, 'envExample'), gitignore: this.neighbour(document, 'gitignore'), packageJson: this.neighbour(document, 'packageJson') };
    const plan = planFix({
      fix: finding.fix,
      language,
      documentText: document.getText(),
      relativePathOfDocumentFromAppRoot: this.workspace.locate(document.uri).relativePath,
      neighbours: { env: neighbours.env.text, envExample: neighbours.envExample.text, gitignore: neighbours.gitignore.text, packageJson: neighbours.packageJson.text },
    });
    if (!plan) return undefined;
    // A fix applies whole or is not offered: a .env that is a folder (a Python venv), a device, or a
    // link out of the workspace would take the code edit but not the value.
    const touched = new Set<NeighbourFile>(plan.files.map((file) => file.file));
    if (finding.fix.kind === 'move-to-env') touched.add('env');
    if ([...touched].some((file) => !neighbours[file].usable)) return undefined;
    // A .gitignore higher up (or a global pattern) may already ignore this .env: then leave .gitignore alone.
    const envIgnored = this.envAlreadyIgnored(document);
    return envIgnored ? { ...plan, files: plan.files.filter((file) => file.file !== 'gitignore') } : plan;
  }

  /**
   * Whether the app's .env is certainly not tracked by git (a tracked .env would commit the secret).
   * An untrusted workspace runs no git: there only a missing .env is known to be untracked.
   */
  private async envUntracked(document: TextDocument): Promise<boolean> {
    const envPath = this.neighbourPath(document, 'env');
    const folder = this.workspace.locate(document.uri).folder!;
    if (!gitAllowed(this.trusted)) return !existsSync(envPath);
    return (await isTrackedByGit(envPath, folder)) === false;
  }

  private envAlreadyIgnored(document: TextDocument): boolean {
    const location = this.workspace.locate(document.uri);
    if (!location.folder) return false;
    const envPath = this.neighbourPath(document, 'env');
    return isGitIgnored(location.folder, toPosix(relative(location.folder, envPath))) === true;
  }

  private languageOf(document: TextDocument): LanguageId | undefined {
    return languageFor(this.workspace.locate(document.uri).relativePath, document.languageId);
  }

  /** `.env` and friends live at the app's root: the nearest package.json above the file, else the workspace folder. */
  private neighbourPath(document: TextDocument, file: NeighbourFile): string {
    return join(this.appRoot(document), NEIGHBOUR_NAMES[file]);
  }

  private appRoot(document: TextDocument): string {
    const location = this.workspace.locate(document.uri);
    if (!location.path) return location.folder ?? process.cwd();
    const stop = location.folder ?? dirname(location.path);
    for (let folder = dirname(location.path); ; folder = dirname(folder)) {
      if (existsSync(join(folder, 'package.json'))) return folder;
      if (folder === stop || dirname(folder) === folder) return stop;
    }
  }

  /**
   * A neighbour file's text (an open editor's text wins over the disk: the user may not have saved
   * it), and whether a fix may write it: it is missing, or a regular file within the size bound
   * whose links stay inside the workspace folder.
   */
  private neighbour(document: TextDocument, file: NeighbourFile): { text: string | undefined; usable: boolean } {
    return this.neighbourAt(this.neighbourPath(document, file), document);
  }

  private neighbourAt(path: string, document: TextDocument): { text: string | undefined; usable: boolean } {
    const bounds = { maxBytes: MAX_SIDE_FILE_BYTES, followLinksWithin: this.workspace.locate(document.uri).folder ?? dirname(path) };
    const read = readRegularFileSync(path, bounds);
    const usable = read.failure === undefined || read.failure === 'missing';
    const open = this.documents.get(URI.file(path).toString());
    return { text: open ? open.getText() : read.bytes?.toString('utf8'), usable };
  }

  private workspaceEdit(document: TextDocument, plan: FixPlan, filesExist = false): WorkspaceEdit {
    const main = { uri: document.uri, edits: toTextEdits(document.getText(), plan.documentEdits), version: document.version };
    const others = plan.files.map((file) => {
      const path = this.neighbourPath(document, file.file);
      const uri = URI.file(path).toString();
      const before = this.neighbourAt(path, document).text ?? '';
      return { uri, create: file.create && !filesExist, edits: toTextEdits(before, [minimalEdit(before, file.text)]), version: this.documents.get(uri)?.version ?? null };
    });
    if (!this.versionedEdits) {
      const changes: Record<string, TextEdit[]> = { [main.uri]: main.edits };
      for (const other of others) changes[other.uri] = other.edits;
      return { changes };
    }
    const documentChanges: (TextDocumentEdit | CreateFile)[] = [
      { textDocument: { uri: main.uri, version: main.version }, edits: main.edits },
    ];
    for (const other of others) {
      if (other.create) documentChanges.push(CreateFile.create(other.uri, { ignoreIfExists: true }));
      documentChanges.push({ textDocument: { uri: other.uri, version: other.version }, edits: other.edits });
    }
    return { documentChanges };
  }
}

/** The fix a client would expect, greyed out with the language rule that forbids it. */
function withheldFixAction(reason: string, diagnostic: Diagnostic): CodeAction {
  return { title: 'Move to an environment variable', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason } };
}

/** Creates an empty file unless something is there already; `wx` never follows a link, even a dangling one. */
function createEmpty(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, '', { flag: 'wx' });
  } catch {
    // already there: the edit applies to it (and plan() refused anything that is not a regular file)
  }
}

function toTextEdits(text: string, edits: readonly OffsetEdit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((edit) => ({ range: lines.range(edit.span), newText: edit.text }));
}
