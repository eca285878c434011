// Shared by the protocol tests: ask for the quick-fixes of one diagnostic, and a server over a
// temp copy of the example app for the length of a describe block.
import { after, before } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { tempWorkspace } from './workspace';

export async function quickFixes(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
}

/** A started server over a fresh copy of the example app, shut down and removed after the block. */
export function serverOverExample(): { readonly client: TestClient; readonly workspace: ReturnType<typeof tempWorkspace> } {
  const state = {} as { client: TestClient; workspace: ReturnType<typeof tempWorkspace> };
  before(async () => {
    state.workspace = tempWorkspace();
    state.client = new TestClient({ workspace: state.workspace.root });
    await state.client.initialize();
  });
  after(async () => {
    await state.client.shutdown();
    state.workspace.dispose();
  });
  return state;
}
