// The server's stdio reader (server/src/messageReader.ts) reads every message as JSON.parse reads it
// whole, however the stream cuts the bytes, and reads a long message in the turns that receive its
// chunks: no turn of the LSP thread decodes a 10 MB didOpen at once.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { IncrementalJson, StreamingMessageReader, type StreamingLimits } from '../../server/src/messageReader';
import { forgetParts, rememberParts, ropeOf, takeParts } from '../../server/src/textParts';

function framed(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`, 'ascii'), bytes]);
}

/** The messages and errors the reader reports for `bytes` cut at `cuts`. */
function read(bytes: Buffer, cuts: number[], limits: StreamingLimits): { messages: Message[]; errors: Error[] } {
  const reader = new StreamingMessageReader(new PassThrough(), limits);
  const messages: Message[] = [];
  const errors: Error[] = [];
  reader.onError((error) => errors.push(error));
  reader.listen((message) => messages.push(message));
  let start = 0;
  for (const cut of [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b).concat(bytes.length)) {
    reader.onData(bytes.subarray(start, cut));
    start = cut;
  }
  return { messages, errors };
}

/** Strings with what JSON escapes (quotes, backslashes, control characters, \u escapes, non-BMP characters). */
const text = fc
  .array(fc.oneof(fc.constantFrom('"', '\\', '\n', '\t', '\u0001', '\u2028', 'é', '😀', '\\u', 'a'), fc.string({ maxLength: 5 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const value = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('json'), { maxLength: 4 }),
  object: fc.dictionary(text, tie('json'), { maxKeys: 4 }),
})).json;

const STREAM_ALL: StreamingLimits = { streamedBodyBytes: 0, longString: 4 };

describe('the stdio message reader', () => {
  it('reads each message as JSON.parse reads it whole, however its bytes are cut (streamed, long strings decoded in parts)', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 12 }), (values, cuts) => {
        const bodies = values.map((params, id) => JSON.stringify({ jsonrpc: '2.0', id, method: 'test', params }));
        const { messages, errors } = read(Buffer.concat(bodies.map(framed)), cuts, STREAM_ALL);
        assert.deepEqual(errors, []);
        assert.deepEqual(messages, bodies.map((body) => JSON.parse(body)));
      }),
      { numRuns: 400 },
    );
  });

  it('reads short messages whole, as the library does', () => {
    const bodies = ['{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":"\\u00e9\\"q"}}', '{"jsonrpc":"2.0","method":"b"}'];
    const { messages } = read(Buffer.concat(bodies.map(framed)), [3, 40, 41], { streamedBodyBytes: 1024 * 1024, longString: 16 });
    assert.deepEqual(messages, bodies.map((body) => JSON.parse(body)));
  });

  it('rejects what JSON.parse rejects, and reads the next message', () => {
    const long = 'y'.repeat(40);
    const broken = ['{"a":"x\ny"}', '{"a":"\\x"}', '{"a":"\\u12"}', '{"a":"unterminated', '{"a":1,}', '{"a":"\\u12g4xxxxxxxx"}', `{"a":"ab\\x${long}"}`, `{"a":"${long}\\q${long}"}`];
    for (const body of broken) {
      const good = '{"jsonrpc":"2.0","method":"ok"}';
      // Cut every 7 bytes: a long string's malformed part is met while the body still arrives.
      const { messages, errors } = read(Buffer.concat([framed(body), framed(good)]), Array.from({ length: 40 }, (_, i) => i * 7), STREAM_ALL);
      assert.equal(errors.length, 1, body);
      assert.deepEqual(messages, [JSON.parse(good)], body);
    }
  });

  it('restores a long key and long values in place', () => {
    const json = new IncrementalJson(8);
    const long = 'k'.repeat(40);
    const body = JSON.stringify({ [long]: { nested: ['x'.repeat(30), long] }, short: 'y' });
    for (let at = 0; at < body.length; at += 7) json.write(body.slice(at, at + 7));
    assert.deepEqual(json.end(), JSON.parse(body));
  });

  it('keeps the parts of the last long strings it read, found by the text itself, until taken or forgotten', () => {
    const parts = ['a'.repeat(20), 'b'.repeat(30), 'c'.repeat(25)];
    const rope = ropeOf(parts);
    rememberParts(rope, parts);
    assert.equal(rope, parts.join(''));
    assert.equal(takeParts(`${rope.slice(0, -1)}d`), undefined);
    // The same characters built otherwise are the same text: the same parts, once.
    assert.deepEqual(takeParts(parts.join('')), parts);
    assert.equal(takeParts(rope), undefined);
    rememberParts(rope, parts);
    forgetParts(rope);
    assert.equal(takeParts(rope), undefined);
  });

  it('reads a 10 MB didOpen in chunk-sized turns: none near the cost of parsing it whole', () => {
    const document = Array.from({ length: 160_000 }, (_, i) => `  const token${i} = process.env.TOKEN_${i} ?? "fallback \\ ${i}";`).join('\n');
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///w/huge.ts', languageId: 'typescript', version: 1, text: document } } });
    const bytes = framed(body);
    const whole = cpuOf(() => JSON.parse(Buffer.from(body, 'utf8').toString('utf8')));
    const reader = new StreamingMessageReader(new PassThrough());
    const messages: Message[] = [];
    reader.listen((message) => messages.push(message));
    const turns: number[] = [];
    for (let start = 0; start < bytes.length; start += 64 * 1024) turns.push(cpuOf(() => reader.onData(bytes.subarray(start, start + 64 * 1024))));
    const read = (messages[0] as unknown as { params: { textDocument: { text: string } } }).params.textDocument.text;
    assert.equal(read, document);
    // The text is a rope of the decoded parts, which the reader keeps for the worker (textParts.ts).
    assert.equal(takeParts(read)?.join(''), document);
    const longest = Math.max(...turns);
    // A turn reads 64 KiB of the 10 MB (~0.1 ms; a collection now and then, ~20 ms); the last no longer
    // joins the parts into one 10 MB string (~35-42 ms of it here, a third of the whole parse's ~140).
    assert.ok(longest < whole / 4, `longest turn ${longest.toFixed(1)} ms of CPU, the whole parse ${whole.toFixed(1)} ms`);
  });
});

/** CPU time of this process, in ms (this test runs no other thread of its own). */
function cpuOf(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
