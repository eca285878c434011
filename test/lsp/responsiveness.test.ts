// Scans run off the server's main thread: a huge file being checked delays neither answers nor
// other files' diagnostics, and a version that a newer edit replaced is never published.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionsFor, TestClient, until } from '../helpers/lspClient';
import { tempWorkspace } from '../helpers/workspace';

/** Plenty for the engine to do: credential-named literals (env reads, so no finding) and calls. */
function hugeSource(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `const apiToken${i} = process.env.API_TOKEN_${i} || ''; app.get('/orders/${i}', (req, res) => res.json({ id: ${i} }));`;
    lines.push(line);
    size += line.length + 1;
  }
  return `const app = require('express')();\n${lines.join('\n')}\n`;
}

const SECRET_LINE = "const dbPassword = 'Qm9vZ2llV29vZ2llOTk';\n";

describe('a responsive server', () => {
  const workspace = tempWorkspace();
  const client = new TestClient({ workspace: workspace.root, settings: () => ({ maxFileSize: 64 * 1024 * 1024 }) });

  before(() => client.initialize());
  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  it('never publishes a version that a newer edit replaced while the file was being checked', async () => {
    const base = hugeSource(256 * 1024);
    const uri = client.open('src/big.js', base, 'javascript');
    // Version 1 is being checked; 2 waits behind it and is then replaced by 3.
    await new Promise((next) => setTimeout(next, 200));
    client.change(uri, `${base}// two\n`);
    await new Promise((next) => setTimeout(next, 300));
    const last = client.change(uri, `${base}${SECRET_LINE}`);
    const diagnostics = await until(() => client.diagnostics.get(uri)?.at(-1)?.diagnostics, 'diagnostics of the big file', 120_000);
    assert.equal(diagnostics.filter((d) => d.code === 'hardcoded-credential').length, 1);
    assert.deepEqual(client.diagnostics.get(uri)!.map((params) => params.version), [last]);
    client.close(uri);
  });

  it('reads a large didOpen as it arrives (stdio), whole and exact, with a code action sent right behind it', async () => {
    const small = client.open('src/behind.js', SECRET_LINE, 'javascript');
    const [finding] = await client.nextDiagnostics(small, (list) => list.length === 1);
    // Over the reader's 1 MiB, with what JSON escapes and multi-byte characters before the finding.
    const text = `// "quoted", a \\ backslash, a tab\t, é and 😀\n${hugeSource(1536 * 1024)}${SECRET_LINE}`;
    const large = client.open('src/large.js', text, 'javascript');
    const actions = await actionsFor(client, small, finding!);
    assert.ok(actions.some((action) => action.title === 'Move to environment variable DB_PASSWORD'), actions.map((a) => a.title).join(' | '));
    const diagnostics = await until(() => client.diagnostics.get(large)?.at(-1)?.diagnostics, 'diagnostics of the large file', 120_000);
    const lines = text.split('\n');
    const line = lines.length - 2;
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'hardcoded-credential').map((d) => d.range.start),
      [{ line, character: lines[line]!.indexOf("'") }],
    );
    client.close(large);
    client.close(small);
  });

  it('answers code actions and checks other files while a huge file is being checked', async () => {
    const small = client.open('src/small.js', SECRET_LINE, 'javascript');
    const [finding] = await client.nextDiagnostics(small, (list) => list.length === 1);
    const huge = client.open('src/huge.js', hugeSource(10 * 1024 * 1024), 'javascript');
    await new Promise((next) => setTimeout(next, 100)); // the huge file's scan is under way

    // The first action is read only once the open's 10 MB have crossed the pipe and been read; the
    // others while the worker checks the file. Each is timed: a median hid the one that waited.
    const latencies: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      const actions = await actionsFor(client, small, finding!);
      latencies.push(performance.now() - started);
      assert.ok(actions.some((action) => action.title === 'Move to environment variable DB_PASSWORD'), actions.map((a) => a.title).join(' | '));
    }
    const since = client.publishCount(small);
    client.change(small, `${SECRET_LINE}const sessionSecret = 'c2VjcmV0LXZhbHVlLTQyNDI0Mg';\n`);
    await client.nextDiagnostics(small, (list) => list.length === 2, since);

    assert.equal(client.publishCount(huge), 0, 'the huge file is still being checked: the answers did not wait for it');
    const answered = `code actions answered in ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`;
    // Behind the open: the transfer and the read of 10 MB (0.2-2 s here, by the machine's load), never the
    // check (tens of seconds for this file).
    assert.ok(latencies[0]! < 5000, answered);
    // While the check runs: their median, and each answer, not only a median: none waits for a block of the
    // LSP thread near a second. A test machine at load 15-19 answered some in 200-450 ms (6 ms when idle; the
    // bench holds the max to 100 ms).
    const during = latencies.slice(1);
    assert.ok(Math.max(...during) < 1000, answered);
    assert.ok([...during].sort((a, b) => a - b)[2]! < 100, answered);
    client.close(huge);
    await until(() => (client.alive ? true : undefined), 'the server to stay up');
  });
});
