// LSP wiring only: the connection, open documents, capabilities and handlers. The work is in
// validation.ts (diagnostics), codeActions.ts (fixes), audit.ts and the pure engine below them.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceAudit } from './audit';
import { CodeActions } from './codeActions';
import { FixFiles } from './fixFiles';
import { ConfigErrors } from './configDiagnostics';
import { CommittedSecrets } from './history/committed';
import { isTrackedByGit } from './gitTracked';
import { HistoryScanner } from './pool/historyScanner';
import { DocumentScanner } from './pool/documentScanner';
import { URI } from 'vscode-uri';
import { COMMANDS, STATUS_NOTIFICATION, type StatusParams } from './protocol';
import { SettingsStore } from './settings';
import { Validator } from './validation';
import { WATCHED_FILES } from './watchedFiles';
import { Workspace } from './workspace';
import { createServerConnection } from './messageReader';
import { forgetParts } from './textParts';

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace();
// Started before the client's initialize arrives (by dist/server.js even before this bundle loads,
// pool/prestartedWorker.ts): the worker loads the engine while this thread answers, so the first
// document opened finds it ready; until it arrives the worker warms up in slices (pool/warmUp.ts).
const documentScanner = new DocumentScanner();
let settings: SettingsStore;
let validator: Validator;
let audit: WorkspaceAudit;
let codeActions: CodeActions;
const configErrors = new ConfigErrors(connection, workspace);
let status: StatusParams = { findings: 0, auditing: false };
/** vscode-languageserver throws when asked for folder events the client never offered. */
let clientSendsFolderEvents = false;
/** Whether the client watches files the server names (LSP: a registration the client did not offer is not to be sent). */
let clientWatchesForServer = false;

function sendStatus(update: Partial<StatusParams>): void {
  status = { ...status, ...update };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities ?? {};
  clientSendsFolderEvents = capabilities.workspace?.workspaceFolders === true;
  clientWatchesForServer = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);
  settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
  validator = new Validator(connection, settings, workspace, (findings) => sendStatus({ findings }), documentScanner);
  audit = new WorkspaceAudit(connection, workspace, settings, validator, (uri) => documents.get(uri) !== undefined);
  const fixFiles = new FixFiles(documents, workspace, clientTrustsWorkspace(params.initializationOptions));
  codeActions = new CodeActions(connection, documents, validator, workspace, capabilities, fixFiles);
  validator.onScanSent = (length) => codeActions.warmUp(length);
  if (clientTrustsWorkspace(params.initializationOptions)) {
    // Answers arrive after the first diagnostics: the document is checked again with them.
    validator.isTracked = (path, folder) => isTrackedByGit(path, folder);
    const histories = new HistoryScanner();
    validator.committed = new CommittedSecrets((request) => histories.digests(request), (uri) => {
      const document = documents.get(uri);
      if (document) validator.schedule(document, 0);
    });
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: codeActions.resolvesLazily },
      executeCommandProvider: { commands: [COMMANDS.auditWorkspace, COMMANDS.applyFix, COMMANDS.openRuleDocs] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'twelve-factor-lint', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  await connection.client.register(DidChangeConfigurationNotification.type, { section: 'twelveFactor' }).catch(() => undefined);
  // Every file the caches below depend on, for every editor (Neovim and Emacs as VS Code, whose client watches nothing
  // itself): without it an editor keeps stale answers until restarted.
  if (clientWatchesForServer) {
    await connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) })
      .catch(() => undefined);
  }
  if (clientSendsFolderEvents) connection.workspace.onDidChangeWorkspaceFolders((event) => {
    const current = new Set(workspace.folderPaths.map((path) => URI.file(path).toString()));
    event.removed.forEach((folder) => current.delete(folder.uri));
    event.added.forEach((folder) => current.add(folder.uri));
    workspace.setFolders([...current]);
    revalidateAll();
  });
  configErrors.publish();
});

/**
 * VS Code's client says whether the workspace is trusted; in restricted mode no process runs.
 * Other editors have no such notion and send nothing: git then runs, neutralised (git.ts).
 */
function clientTrustsWorkspace(options: unknown): boolean {
  return (options as { trusted?: unknown } | null | undefined)?.trusted !== false;
}

function revalidateAll(): void {
  for (const document of documents.all()) validator.schedule(document, 0);
}

documents.onDidOpen((event) => validator.schedule(event.document, 0));
documents.onDidChangeContent((event) => {
  audit.forget(event.document.uri);
  validator.schedule(event.document);
});
documents.onDidClose((event) => {
  forgetParts(event.document.getText());
  audit.forget(event.document.uri);
  validator.closed(event.document.uri);
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  revalidateAll();
});

connection.onDidChangeWatchedFiles(() => {
  // A file of watchedFiles.ts changed (the config file, the baseline, a .gitignore, a dependency manifest or a production
  // config): each can change any file's findings (a compose file's, for a production config; a production
  // settings file's, for where sessions are kept; a manage.py in `website/`, for which files there are the app's).
  validator.dependencies.forget();
  validator.production.forget();
  validator.sessions.forget();
  validator.migrations.forget();
  validator.sinkKeys.forget();
  validator.settingsLoads.forget();
  validator.docsFolders.forget();
  workspace.invalidateConfigs();
  configErrors.publish();
  revalidateAll();
});

connection.onCodeAction((params) => codeActions.provide(params));
connection.onCodeActionResolve((action) => codeActions.resolve(action));

connection.onExecuteCommand(async (params, token) => {
  switch (params.command) {
    case COMMANDS.auditWorkspace: {
      sendStatus({ auditing: true });
      try {
        return await audit.run(token);
      } finally {
        sendStatus({ auditing: false });
      }
    }
    case COMMANDS.applyFix:
      return codeActions.applyFixCommand(params.arguments?.[0]);
    case COMMANDS.openRuleDocs: {
      const url = params.arguments?.[0];
      if (typeof url === 'string' && url.startsWith('https://')) await connection.window.showDocument({ uri: url, external: true });
      return undefined;
    }
    default:
      return undefined;
  }
});

documents.listen(connection);
connection.listen();
