// Applies an LSP WorkspaceEdit to files on disk, as an editor would.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

/** Applies the edit; `openTexts` stands in for unsaved editor buffers (uri -> text). Returns the touched paths. */
export function applyWorkspaceEdit(edit: WorkspaceEdit, openTexts: Map<string, string> = new Map()): string[] {
  const touched: string[] = [];
  const write = (uri: string, edits: TextEdit[]) => {
    const path = fileURLToPath(uri);
    const before = openTexts.get(uri) ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    if (before === undefined) throw new Error(`edit of a file that does not exist: ${path}`);
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, before), edits);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, after);
    openTexts.set(uri, after);
    touched.push(path);
  };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      const path = fileURLToPath(change.uri);
      if (!existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, '');
      }
    } else {
      write(change.textDocument.uri, change.edits as TextEdit[]);
    }
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) write(uri, edits);
  return touched;
}
