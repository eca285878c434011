// A minimal LSP client for protocol tests: spawns dist/server.js --stdio and speaks JSON-RPC.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** How long shutdown waits for the server's answer before killing it. */
const SHUTDOWN_ANSWER_MS = 15_000;

export const SERVER = resolve(__dirname, '../../dist/server.js');

export interface ClientOptions {
  workspace: string;
  settings?: () => unknown;
  /** Client capabilities to merge over a VS Code-like default. */
  capabilities?: Record<string, unknown>;
  /** Sent as `initializationOptions` (VS Code's client sends `{ trusted }`). */
  initializationOptions?: unknown;
  /** The server's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** The command that starts the server, before `--stdio` (default: node dist/server.js). */
  command?: readonly string[];
}

/** Resolves when `predicate` holds, polling; rejects after `timeoutMs` with `what`. */
export async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((next) => setTimeout(next, 10));
  }
}

/** The quick-fixes the server offers for one diagnostic. */
export async function actionsFor(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly progress: unknown[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly traffic: string[] = [];
  private readonly child: ChildProcess;
  private versions = new Map<string, number>();

  constructor(private readonly options: ClientOptions) {
    const [program, ...args] = options.command ?? [process.execPath, SERVER];
    this.child = spawn(program!, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    this.child.stderr!.on('data', (chunk: Buffer) => this.traffic.push(chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
    });
    this.connection.onNotification('$/progress', (params) => {
      this.progress.push(params);
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.options.settings?.() ?? {}),
    );
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showDocument', () => ({ success: true }));
    this.connection.listen();
  }

  uri(relativePath: string): string {
    return pathToFileURL(resolve(this.options.workspace, relativePath)).href;
  }

  async initialize(): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.options.workspace).href,
      initializationOptions: this.options.initializationOptions,
      workspaceFolders: [{ uri: pathToFileURL(this.options.workspace).href, name: 'workspace' }],
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
          executeCommand: {},
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
            resolveSupport: { properties: ['edit'] },
            dataSupport: true,
            isPreferredSupport: true,
          },
        },
        window: { workDoneProgress: true, showDocument: { support: true } },
        ...this.options.capabilities,
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document; one already open is closed first, as an editor reopening it would. */
  open(relativePath: string, text: string, languageId: string): string {
    const uri = this.uri(relativePath);
    if (this.versions.has(uri)) this.close(uri);
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (incremental sync accepts a range-less change too). */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental change: `text` replaces `range`, as editors send while typing. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The latest diagnostics published for `uri`. */
  latest(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.at(-1)?.diagnostics;
  }

  /** Waits for a publish for `uri` (after `since` publishes) that satisfies `accept`. */
  async nextDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, since = 0): Promise<Diagnostic[]> {
    return until(() => {
      const list = this.diagnostics.get(uri) ?? [];
      const found = list.slice(since).find((params) => accept(params.diagnostics));
      return found?.diagnostics;
    }, `diagnostics for ${uri}`);
  }

  publishCount(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  /** `exitWithinMs`: let the server exit on its own first (a profiled server writes its profile then). */
  async shutdown(exitWithinMs = 0): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      // Bounded: a server that never answers must fail no test file by hanging it after its tests
      // passed (seen twice under a loaded landing queue); the kill below ends it either way.
      const answered = await Promise.race([
        this.connection.sendRequest('shutdown').then(() => true),
        new Promise<boolean>((next) => setTimeout(() => next(false), SHUTDOWN_ANSWER_MS).unref()),
      ]);
      if (answered) await this.connection.sendNotification('exit');
      else process.stderr.write(`lspClient: no answer to shutdown within ${SHUTDOWN_ANSWER_MS} ms; killing the server\n`);
    } catch {
      // already gone
    }
    if (exitWithinMs > 0 && this.alive) await Promise.race([exited, new Promise((next) => setTimeout(next, exitWithinMs))]);
    this.connection.dispose();
    this.child.kill();
  }

  get alive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }
}
