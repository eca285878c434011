// The language server with every adversarial file opened in the editor: over the size limit it
// says so once per file (an information message, not diagnostics); with the limit raised it
// answers a request within the bound for each file; it never crashes and never shows a secret.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, until } from '../helpers/lspClient';
import { caseText, writeCorpus, type AdversarialCase } from './corpus';
import { RAISED_LIMIT_BYTES, SERVER_ANSWER_MS, scaled } from './limits';

const INFO = 3;

const pause = (ms: number) => new Promise((next) => setTimeout(next, ms));

/** An answer this quick means nothing was in the way. */
const IDLE_ANSWER_MS = 150;

/**
 * Time from opening the file until the server is done with it: requests every 100 ms, until three
 * in a row come back quickly. While the server decodes the file or checks it, a request waits;
 * a quick answer in between (the server waiting for the file's settings) does not end the count.
 */
async function answerTime(client: TestClient, file: AdversarialCase): Promise<number> {
  const started = performance.now();
  const uri = client.open(file.path, caseText(file), file.languageId);
  let busyUntil = started;
  for (let quick = 0; quick < 3; ) {
    await pause(100);
    const asked = performance.now();
    await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    const answered = performance.now();
    if (answered - asked < IDLE_ANSWER_MS) quick++;
    else [quick, busyUntil] = [0, answered];
  }
  client.close(uri);
  return busyUntil - started;
}

describe('server over the adversarial corpus', () => {
  const corpus = writeCorpus();
  after(() => corpus.dispose());

  describe('with the default 1 MiB limit', () => {
    const client = new TestClient({ workspace: corpus.root });
      before(() => client.initialize());
    after(() => client.shutdown());

    it('tells once per file that a file is too large, with no diagnostics for it, however often it changes', async () => {
      const big = corpus.cases.find((file) => file.path === 'minified.min.js')!;
      const text = caseText(big);
      const uri = client.open(big.path, text, big.languageId);
      for (let i = 0; i < 3; i++) client.change(uri, `${text}\n// edit ${i}`);
      const told = () => client.messages.filter((message) => message.message.includes('minified.min.js'));
      await until(() => (told().length > 0 ? true : undefined), 'the too-large message', scaled(30_000));
      await pause(1000);
      assert.equal(told().length, 1);
      assert.equal(told()[0]!.type, INFO);
      assert.match(told()[0]!.message, /maxFileSize/);
      assert.equal(client.latest(uri)?.length ?? 0, 0);
      client.close(uri);
    });
  });

  describe('with the limit raised above every file', () => {
    const client = new TestClient({ workspace: corpus.root, settings: () => ({ maxFileSize: RAISED_LIMIT_BYTES }) });
      const times = new Map<string, number>();
    before(() => client.initialize());
    after(() => client.shutdown());

    for (const file of corpus.cases) {
      it(`${file.what} (${file.path}): answered within the bound`, async () => {
        const ms = await answerTime(client, file);
        times.set(file.path, ms);
        assert.ok(ms < scaled(SERVER_ANSWER_MS), `${ms.toFixed(0)} ms`);
        assert.ok(client.alive, 'the server is still running');
      });
    }

    it('published diagnostics for the files with credentials, and never a secret in them', () => {
      const published = [...client.diagnostics.values()].flat().flatMap((params) => params.diagnostics);
      assert.ok(published.length > 0);
      const shown = JSON.stringify(published) + JSON.stringify(client.messages) + client.traffic.join('');
      for (const secret of corpus.secrets) assert.ok(!shown.includes(secret), `a secret of ${secret.length} chars was shown`);
    });

    it('reports its slowest answer (for docs/robustness.md)', () => {
      const [path, ms] = [...times].sort((a, b) => b[1] - a[1])[0]!;
      process.stdout.write(`slowest server answer: ${ms.toFixed(0)} ms (${path})\n`);
      assert.ok(client.alive);
    });
  });
});
