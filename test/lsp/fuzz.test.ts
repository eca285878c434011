// A mutation fuzz of rapid incremental didChange edits (unbalanced quotes and brackets, lone
// surrogates, CRLF/LF mixes, deletions anywhere) with code-action and resolve requests in
// between: the server answers every request, each within the bound, and is alive and correct
// at the end. Also: positions in a CRLF file with emoji are exact over the wire.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../helpers/lspClient';
import { randomChars } from '../robustness/corpus';
import { FUZZ_ANSWER_MS, scaled } from '../robustness/limits';

const SEED_TEXT = [
  "const express = require('express');",
  "const winston = require('winston');",
  `const dbPassword = '${randomChars(20)}';`,
  "const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });",
  "app.use(session({ secret: process.env.SESSION_SECRET }));",
  "sequelize.sync({ alter: true });",
  '',
].join('\n');

const PIECES = ['"', "'", '`', '${', '{', '}', '[', ']', '(', ')', '/*', '\uD800', '\uDC00', '😀', '\r\n', '\n', '\r', '\t', 'password = ', `'${'x'.repeat(3)}`, 'sk_live_', '-----BEGIN RSA PRIVATE KEY-----', 'postgres://u:'];

interface Edit {
  at: number;
  remove: number;
  insert: string;
  /** Whether a code-action request follows this edit without waiting. */
  ask: boolean;
}

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 20 }),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 3 })),
  ask: fc.boolean(),
});

describe('didChange fuzz over LSP', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-fuzz-'));
  mkdirSync(join(root, '.git'));
  const client = new TestClient({ workspace: root });
  let slowest = 0;
  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  /** Sends a request and checks it is answered within the bound; returns the answer. */
  async function timed<T>(request: Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await request;
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    assert.ok(ms < scaled(FUZZ_ANSWER_MS), `a request took ${ms.toFixed(0)} ms`);
    return result;
  }

  async function askForActions(uri: string, diagnostics: Diagnostic[]): Promise<void> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await timed(
      client.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } }),
    );
    const lazy = (actions ?? []).find((action) => action.data !== undefined);
    if (lazy) await timed(client.connection.sendRequest('codeAction/resolve', lazy));
  }

  it('answers every request during bursts of random edits and stays alive', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 20, maxLength: 80 }), async (edits: Edit[]) => {
        const uri = client.open(`src/fuzz${run++}.js`, SEED_TEXT, 'javascript');
        let document = TextDocument.create(uri, 'javascript', 1, SEED_TEXT);
        const pending: Promise<void>[] = [];
        for (const { at, remove, insert, ask } of edits) {
          const length = document.getText().length;
          const start = at % (length + 1);
          const range = { start: document.positionAt(start), end: document.positionAt(Math.min(length, start + remove)) };
          const change = { range, text: insert };
          document = TextDocument.update(document, [change], document.version + 1);
          void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
          if (ask) pending.push(askForActions(uri, client.latest(uri) ?? []));
        }
        await Promise.all(pending);
        // After the burst the server has the same text as the client and checks it.
        const password = randomChars(20);
        const final = `const apiPassword = '${password}';\n`;
        const since = client.publishCount(uri);
        const version = document.version + 1;
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: final }] });
        const diagnostics = await client.nextDiagnostics(uri, (list) => list.length === 1, since);
        assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 20 }, end: { line: 0, character: 42 } });
        await askForActions(uri, diagnostics);
        client.close(uri);
        assert.ok(client.alive, 'the server is alive');
      }),
      { numRuns: 12 },
    );
    process.stdout.write(`slowest answer during the fuzz: ${slowest.toFixed(0)} ms\n`);
  });

  it('publishes exact UTF-16 ranges for a CRLF document with emoji and tabs before the finding', async () => {
    const secret = randomChars(20);
    const text = `// 😀 note\r\n/* 😀\t𝒳 */\tconst password = '${secret}';\r\n`;
    const uri = client.open('src/positions.js', text, 'javascript');
    const [diagnostic] = await client.nextDiagnostics(uri, (list) => list.length === 1);
    // `/* 😀\t𝒳 */\t` is 12 UTF-16 units (😀 and 𝒳 are two each), `const password = ` 17 more.
    assert.deepEqual(diagnostic!.range, { start: { line: 1, character: 29 }, end: { line: 1, character: 29 + secret.length + 2 } });
    client.close(uri);
  });
});
