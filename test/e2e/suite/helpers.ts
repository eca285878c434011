// What the e2e tests share: the installed extension, polling (never sleeping), diagnostics of
// ours, and the CLI's JSON for the same folder (dist/cli.js of the same production build).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'twelve-factor-lint.twelve-factor-lint';
export const SOURCE = 'twelve-factor';
export const RULES = ['hardcoded-credential', 'file-logger', 'memory-session-store', 'startup-migration'] as const;

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not installed`);
  return found;
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const found = extension();
  await found.activate();
  return found;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e workspace has no folder');
  return folder.uri;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Polls `probe` until it returns something other than undefined/false. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ours(uri: vscode.Uri, ruleId?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (ruleId === undefined || ruleOf(d) === ruleId));
}

export function waitForDiagnostics(uri: vscode.Uri, ruleId?: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${ruleId ?? 'any'} diagnostics on ${vscode.workspace.asRelativePath(uri)}`, () => {
    const found = ours(uri, ruleId);
    return found.length > 0 && found;
  }, timeoutMs);
}

export function waitForNoDiagnostics(uri: vscode.Uri, ruleId?: string, timeoutMs?: number): Promise<true> {
  return waitFor(`no ${ruleId ?? ''} diagnostics on ${vscode.workspace.asRelativePath(uri)}`, () => ours(uri, ruleId).length === 0, timeoutMs);
}

export async function openFile(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export interface CliFinding {
  ruleId: string;
  factor: string;
  severity: string;
  path: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  message: string;
}

export interface CliReport {
  /** Finding paths are relative to this folder (the git root when there is one). */
  root: string;
  summary: { filesScanned: number; findings: number; byFactor: Record<string, number>; byRule: Record<string, number> };
  findings: CliFinding[];
}

/**
 * `twelve-factor-lint audit <folder> --format json`, run with the CLI of the same production build
 * as the VSIX (the runner passes its path: the lean VSIX carries no CLI).
 */
export function cliAudit(folder: string = workspaceRoot().fsPath): CliReport {
  const cli = process.env.TWELVE_FACTOR_E2E_CLI;
  if (!cli) throw new Error('TWELVE_FACTOR_E2E_CLI is not set: run the suite with `npm run test:e2e`');
  const result = spawnSync(process.execPath, [cli, 'audit', folder, '--format', 'json'], {
    cwd: folder,
    encoding: 'utf8',
    // The extension host may be Electron: make it behave as plain Node.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
  });
  if (!result.stdout?.trim()) throw new Error(`CLI audit printed nothing (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as CliReport;
}

/** The CLI's findings grouped by absolute file path, files ordered by path. */
export function findingsByFile(report: CliReport): Map<string, CliFinding[]> {
  const byFile = new Map<string, CliFinding[]>();
  for (const finding of [...report.findings].sort((a, b) => a.path.localeCompare(b.path))) {
    const path = resolve(report.root, finding.path);
    byFile.set(path, [...(byFile.get(path) ?? []), finding]);
  }
  return byFile;
}

/** JavaScript or TypeScript: where `//` comments and `process.env` exist. */
export const isCode = (path: string) => /\.[cm]?[jt]sx?$/.test(path);

/** Every file the CLI reports `ruleId` in, with those findings. */
export function filesWithRule(report: CliReport, ruleId: string, accept: (path: string) => boolean = () => true) {
  return [...findingsByFile(report)]
    .filter(([path]) => accept(path))
    .map(([path, findings]) => ({ uri: vscode.Uri.file(path), findings: findings.filter((f) => f.ruleId === ruleId) }))
    .filter((file) => file.findings.length > 0);
}

/** The first file the CLI reports `ruleId` in; fails the test with a clear message if there is none. */
export function fileWithRule(report: CliReport, ruleId: string, accept?: (path: string) => boolean): { uri: vscode.Uri; findings: CliFinding[] } {
  const [first] = filesWithRule(report, ruleId, accept);
  if (!first) throw new Error(`the CLI reports no ${ruleId} finding${accept ? ' in a JS/TS file' : ''} in the e2e workspace`);
  return first;
}

/** The CLI's 1-based start as a VS Code position. */
export function startOf(finding: CliFinding): vscode.Position {
  return new vscode.Position(finding.range.start.line - 1, finding.range.start.column - 1);
}
