// Applies an LSP WorkspaceEdit to files on disk, as an editor would, after checking the house rule
// for fixes: one fix = one undo (one WorkspaceEdit, each file changed by one entry of it), and edits
// of a file never overlap. Every protocol test that applies an action goes through here.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

/** What breaks "one fix = one undo, edits never overlap" in a WorkspaceEdit; empty when nothing does. */
export function editProblems(edit: WorkspaceEdit): string[] {
  const problems: string[] = [];
  if (edit.documentChanges && edit.changes) problems.push('both documentChanges and changes: a client applies only one of them');
  const entries = [
    ...(edit.documentChanges ?? []).flatMap((change) => ('kind' in change ? [] : [[change.textDocument.uri, change.edits as TextEdit[]] as const])),
    ...Object.entries(edit.changes ?? {}),
  ];
  const seen = new Set<string>();
  for (const [uri, edits] of entries) {
    if (seen.has(uri)) problems.push(`${uri} is changed by two entries: edits computed apart overwrite each other`);
    seen.add(uri);
    const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
    sorted.forEach((current, index) => {
      const previous = sorted[index - 1];
      if (previous && compare(current.range.start, previous.range.end) < 0) problems.push(`${uri}: overlapping edits at ${current.range.start.line}:${current.range.start.character}`);
    });
  }
  return problems;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies the edit; `openTexts` stands in for unsaved editor buffers (uri -> text). Returns the touched paths. */
export function applyWorkspaceEdit(edit: WorkspaceEdit, openTexts: Map<string, string> = new Map()): string[] {
  const problems = editProblems(edit);
  if (problems.length > 0) throw new Error(`not one clean undo: ${problems.join('; ')}`);
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
