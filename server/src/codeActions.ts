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
import { fingerprintOf } from './diagnostics';
import { minimalEdit } from './engine/fixes/apply';
import { LineIndex } from './engine/source';
import { ignoreLineEdit, planFixOrRefusal, type FixNeighbours, type FixPlan, type NeighbourFile, type Refusal } from './engine/fixes/plan';
import { addIgnoreGlob, ignoreInConfigTitle, literalGlob } from './engine/fixes/configIgnore';
import { LANGUAGES } from './engine/languages/catalogue';
import type { Finding, FixData, LanguageId, OffsetEdit } from './engine/types';
import type { FixFiles, Neighbourhood } from './fixFiles';
import { COMMANDS, SOURCE } from './protocol';
import { Grammars } from './grammars';
import type { Validator } from './validation';
import { languageFor, type Workspace } from './workspace';

/** The largest document during whose check code actions warm up (a check of a few milliseconds warm). */
export const WARM_UP_WHILE_CHECKING_CHARS = 16 * 1024;

/** The warm-up's document and the fix a credential check would propose in it (the value is generated, no real key). */
export function planningWarmUpSample(): { text: string; fix: FixData } {
  const value = 'wQ7nR2xK9vL4mT8p';
  const text = `import { Pool } from 'pg';\nconst dbPassword = '${value}';\nexport const pool = new Pool({ password: dbPassword, host: process.env.DB_HOST });\n`;
  const start = text.indexOf(`'${value}'`);
  return { text, fix: { kind: 'move-to-env', span: { start, end: start + value.length + 2 }, envName: 'DB_PASSWORD', value } };
}

/** What a lazily resolved fix action carries: where to find the finding again, never its value. */
interface FixActionData {
  uri: string;
  version: number;
  fingerprint: string;
}

/** A fix's plan with the neighbour files it was planned against: its edit is expressed against the same texts. */
interface PlannedFix {
  plan: FixPlan;
  neighbours: Neighbourhood;
}

/**
 * The one place a Fix becomes a CodeAction / WorkspaceEdit: LSP translation only. The files beside
 * the document are read and written by fixFiles.ts. Each fix is one WorkspaceEdit (one undo); the
 * edits of the scanned file and of every open neighbour are versioned, so a file that changed since
 * the fix was planned is never edited at a stale position.
 */
export class CodeActions {
  /** Whether the client resolves an action's edit when it is picked (the edit holds the secret). */
  readonly resolvesLazily: boolean;
  private readonly canCreateFiles: boolean;
  private readonly versionedEdits: boolean;
  /** Whether the client shows a disabled action with its reason (why a finding has no fix). */
  private readonly showsDisabled: boolean;

  private readonly grammars = new Grammars();
  private warmedUp = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly validator: Validator,
    private readonly workspace: Workspace,
    capabilities: ClientCapabilities,
    private readonly files: FixFiles,
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
      const ignore = (await this.ignoreAction(document, finding, diagnostic)) ?? (await this.ignoreInConfigAction(document, diagnostic));
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

  /**
   * Once per server, while this thread waits for the worker's check of a small document: a fix of a
   * small sample is planned and its ignore comment placed, results dropped, so that the code the
   * first code action runs here (fix planning, TypeScript's parser on this thread) is compiled
   * before an editor asks. The first action paid it: 16-34 ms of this thread's CPU, 10-15 with the
   * warm-up (docs/speed-history.md, edit23); in the bench it came right behind a 10 MB didOpen.
   * Not after the findings are published: the warm-up then landed in the read of that didOpen and
   * cost it what it saved. Not during a large document's check (the first open of the bench's
   * 5,000-line file): the worker's check then keeps V8's compile and GC threads busy on the second
   * core, and the warm-up's 20-40 ms there would slow it. Pure: no file is read.
   */
  warmUp(checkedLength: number): void {
    if (this.warmedUp || checkedLength > WARM_UP_WHILE_CHECKING_CHARS) return;
    this.warmedUp = true;
    setImmediate(() => {
      try {
        const sample = planningWarmUpSample();
        planFixOrRefusal({ fix: sample.fix, language: 'typescript', documentText: sample.text, relativePathOfDocumentFromAppRoot: 'src/db.ts', neighbours: { gitignore: 'node_modules/\n' } });
        ignoreLineEdit(sample.text, 1, 'hardcoded-credential', 'typescript', 'src/db.ts', this.grammars);
      } catch {
        // Only ever an optimisation: the first action does this work itself.
      }
    }).unref();
  }

  /** Computes the edit of a lazily listed fix; none when the document changed meanwhile. */
  async resolve(action: CodeAction): Promise<CodeAction> {
    const data = action.data as Partial<FixActionData> | undefined;
    const found = data && this.findingFor(data);
    if (!found) return action;
    const planned = await this.plan(found.document, found.finding);
    if (planned && 'plan' in planned) action.edit = this.workspaceEdit(found.document, planned);
    return action;
  }

  /** For clients that cannot create files in an edit: create them here, then ask the client to apply. */
  async applyFixCommand(argument: unknown): Promise<void> {
    const found = this.findingFor((argument ?? {}) as Partial<FixActionData>);
    if (!found) return;
    const planned = await this.plan(found.document, found.finding);
    if (!planned || !('plan' in planned)) return;
    await this.files.createEmpty(planned.plan.files.filter((file) => file.create).map((file) => planned.neighbours.files[file.file].path));
    await this.connection.workspace.applyEdit({ label: planned.plan.title, edit: this.workspaceEdit(found.document, planned, true) });
  }

  private async fixAction(document: TextDocument, finding: Finding, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
    const planned = finding.fix && (await this.plan(document, finding));
    if (!planned) return undefined;
    if (!('plan' in planned)) return this.showsDisabled ? withheldFixAction(planned.refused, diagnostic) : undefined;
    const { plan } = planned;
    const action: CodeAction = { title: plan.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: plan.isPreferred };
    const data: FixActionData = { uri: document.uri, version: document.version, fingerprint: finding.fingerprint };
    const createsFiles = plan.files.some((file) => file.create);
    if (this.resolvesLazily && (!createsFiles || this.canCreateFiles)) action.data = data;
    else if (!createsFiles || this.canCreateFiles) action.edit = this.workspaceEdit(document, planned);
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
      edit: this.documentEdit(document, [edit]),
    };
  }

  /**
   * For files without comments (JSON): the file's path into the workspace folder's
   * `.twelve-factor.json` `ignore` list (created when missing), in one edit.
   */
  private async ignoreInConfigAction(document: TextDocument, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
    const location = this.workspace.locate(document.uri);
    const language = this.languageOf(document);
    if (!location.folder || !location.path || !language || LANGUAGES[language].comment !== 'none') return undefined;
    const config = await this.files.configFile(document);
    const next = config?.usable ? addIgnoreGlob(config.text, literalGlob(location.relativePath)) : undefined;
    const create = config?.text === undefined;
    if (!config || !next?.changed || (create && !this.canCreateFiles)) return undefined;
    const edits = toTextEdits(config.text ?? '', [minimalEdit(config.text ?? '', next.text)]);
    const edit: WorkspaceEdit = this.versionedEdits
      ? { documentChanges: [...(create ? [CreateFile.create(config.uri, { ignoreIfExists: true })] : []), { textDocument: { uri: config.uri, version: config.openVersion }, edits }] }
      : { changes: { [config.uri]: edits } };
    return { title: ignoreInConfigTitle(location.relativePath), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
  }

  private findingFor(data: Partial<FixActionData>): { document: TextDocument; finding: Finding } | undefined {
    if (typeof data.uri !== 'string' || typeof data.version !== 'number') return undefined;
    const document = this.documents.get(data.uri);
    if (!document || document.version !== data.version) return undefined;
    const finding = this.validator.scannedVersion(data.uri, data.version)?.findings.find((f) => f.fingerprint === data.fingerprint);
    return finding && { document, finding };
  }

  private async plan(document: TextDocument, finding: Finding): Promise<PlannedFix | Refusal | undefined> {
    const language = this.languageOf(document);
    // A document that is no file in a workspace folder (untitled:, a diff view) has no .env to write.
    const neighbours = finding.fix && language && (await this.files.neighbourhood(document));
    if (!finding.fix || !language || !neighbours) return undefined;
    if (finding.fix.kind === 'move-to-env' && !neighbours.envUntracked) return undefined;
    const { files } = neighbours;
    const plan = planFixOrRefusal({
      fix: finding.fix,
      language,
      documentText: document.getText(),
      relativePathOfDocumentFromAppRoot: this.workspace.locate(document.uri).relativePath,
      neighbours: neighbourTexts(neighbours),
    });
    if (!plan || 'refused' in plan) return plan;
    // A fix applies whole or is not offered: a .env that is a folder (a Python venv), a device, or a
    // link out of the workspace would take the code edit but not the value.
    const touched = new Set<NeighbourFile>(plan.files.map((file) => file.file));
    if (finding.fix.kind === 'move-to-env') touched.add('env');
    if ([...touched].some((file) => !files[file].usable)) return undefined;
    // A .gitignore higher up (or a global pattern) may already ignore this .env: then leave .gitignore alone.
    const kept = neighbours.envIgnored ? { ...plan, files: plan.files.filter((file) => file.file !== 'gitignore') } : plan;
    return { plan: kept, neighbours };
  }

  private languageOf(document: TextDocument): LanguageId | undefined {
    return languageFor(this.workspace.locate(document.uri).relativePath, document.languageId, document.getText());
  }

  /** An edit of the document alone, versioned where the client supports it. */
  private documentEdit(document: TextDocument, edits: readonly OffsetEdit[]): WorkspaceEdit {
    const textEdits = toTextEdits(document.getText(), edits);
    if (!this.versionedEdits) return { changes: { [document.uri]: textEdits } };
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: textEdits }] };
  }

  /**
   * The plan as one WorkspaceEdit. Each neighbour's edit is computed against the text the plan read
   * (an open buffer's, carrying its version, so a buffer changed since is never edited blindly).
   */
  private workspaceEdit(document: TextDocument, { plan, neighbours }: PlannedFix, filesExist = false): WorkspaceEdit {
    const main = { uri: document.uri, edits: toTextEdits(document.getText(), plan.documentEdits), version: document.version };
    const others = plan.files.map((file) => {
      const state = neighbours.files[file.file];
      const before = state.text ?? '';
      return { uri: state.uri, create: file.create && !filesExist, edits: toTextEdits(before, [minimalEdit(before, file.text)]), version: state.openVersion };
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

function neighbourTexts({ files }: Neighbourhood): FixNeighbours {
  return { env: files.env.text, envExample: files.envExample.text, gitignore: files.gitignore.text, packageJson: files.packageJson.text };
}

/** The fix a client would expect, greyed out with the language rule that forbids it. */
function withheldFixAction(reason: string, diagnostic: Diagnostic): CodeAction {
  return { title: 'Move to an environment variable', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason } };
}

function toTextEdits(text: string, edits: readonly OffsetEdit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((edit) => ({ range: lines.range(edit.span), newText: edit.text }));
}
