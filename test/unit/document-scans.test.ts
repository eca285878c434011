// The language server's document scans: a newer version stops the check of an older one (the
// work ends, not only its publication), and a closed document leaves nothing behind.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ParsedDocument } from '../../server/src/engine/languages';
import type { Rule } from '../../server/src/engine/rule';
import { scan, ScanCancelled, scanParsed } from '../../server/src/engine/scan';
import { Grammars } from '../../server/src/grammars';
import { DocumentScanner, partsToSend, TEXT_PART_LENGTH } from '../../server/src/pool/documentScanner';
import { rememberParts, ropeOf } from '../../server/src/textParts';
import type { DocumentScanRequest } from '../../server/src/pool/messages';
import { OpenDocuments } from '../../server/src/pool/openDocuments';
import { prestartDocumentWorker, takePrestartedWorker } from '../../server/src/pool/prestartedWorker';
import { DEBOUNCE_MS, isOverBytes, Validator } from '../../server/src/validation';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SECRET_LINE = "const dbPassword = 'Qm9vZ2llV29vZ2llOTk';\n";

/** A file whose check takes a while: credential-named reads (no finding) and routes. */
function bigSource(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(`const apiToken${i} = process.env.API_TOKEN_${i} || ''; app.get('/orders/${i}', (req, res) => res.json({ id: ${i} }));`);
  return `${out.join('\n')}\n${SECRET_LINE}`;
}

function request(version: number, text: string, uri = 'file:///w/src/config.js'): DocumentScanRequest {
  return { uri, version, path: 'src/config.js', language: 'javascript', text, options: {} };
}

/** A rule with one check that counts its runs and reports nothing. */
function countingRule(id: string, runs: string[]): Rule {
  const meta = { id, factor: 'III', title: id, description: id, defaultSeverity: 'warning', hint: id, docsUrl: id } as unknown as Rule['meta'];
  return { meta, checks: [{ languages: ['javascript'], keywords: [], check: () => void runs.push(id) }] };
}

describe('cancelling a superseded check', () => {
  it('stops between two checks once cancelled, and the parse stays usable', () => {
    const runs: string[] = [];
    const rules = [countingRule('first', runs), countingRule('second', runs), countingRule('third', runs)];
    const parsed = new ParsedDocument('src/config.js', SECRET_LINE, 'javascript');
    assert.throws(() => scanParsed(parsed, { isCancelled: () => runs.length >= 1 }, rules), ScanCancelled);
    assert.deepEqual(runs, ['first'], 'the checks after the cancellation never ran');
    assert.equal(scanParsed(parsed).length, 1, 'the next scan of the same parse reports as usual');
  });

  const scanner = new DocumentScanner();
  after(() => scanner.dispose());

  it('stops the running check of a version a newer one replaced, then checks the newer one', async () => {
    const big = bigSource(20_000);
    const older = scanner.scan(request(1, big));
    const newer = scanner.scan(request(2, `${SECRET_LINE}${SECRET_LINE}`));
    assert.equal(await older, undefined, 'the older version gives no findings');
    assert.equal(scanner.cancelled, 1, 'the worker stopped it rather than finishing it');
    const findings = await newer;
    assert.deepEqual(findings, scan({ path: 'src/config.js' }, `${SECRET_LINE}${SECRET_LINE}`));
  });

  it('stops a running check when the editor reports a newer version, before its debounce ends', async () => {
    const before = scanner.cancelled;
    const running = scanner.scan(request(3, bigSource(20_000)));
    scanner.supersede('file:///w/src/config.js', 4);
    assert.equal(await running, undefined);
    assert.equal(scanner.cancelled, before + 1);
    // The same version asked again (a settings change) is not superseded by itself.
    const again = scanner.scan(request(4, SECRET_LINE));
    scanner.supersede('file:///w/src/config.js', 4);
    assert.equal((await again)?.length, 1);
  });

  it('stops the check of a document that closes', async () => {
    const before = scanner.cancelled;
    const running = scanner.scan(request(1, bigSource(20_000), 'file:///w/src/closing.js'));
    scanner.close('file:///w/src/closing.js');
    assert.equal(await running, undefined);
    assert.equal(scanner.cancelled, before + 1);
  });
});

describe('a text longer than one message part', () => {
  const scanner = new DocumentScanner();
  after(() => scanner.dispose());

  it('reaches the worker whole, in order with the messages after it: the findings of a scan in this thread', async () => {
    // A finding on each side of the first part's end, and one in the last part.
    const head = bigSource(1).slice(0, -SECRET_LINE.length);
    const filler = `${'// filler line\n'.repeat(Math.ceil(TEXT_PART_LENGTH / 15))}`.slice(0, TEXT_PART_LENGTH - head.length - 10);
    const text = `${head}${filler}\n${SECRET_LINE}${'// more\n'.repeat(TEXT_PART_LENGTH / 8)}${SECRET_LINE}`;
    assert.ok(text.length > 2 * TEXT_PART_LENGTH);
    const uri = 'file:///w/src/large.js';
    const large = scanner.scan(request(1, text, uri));
    const small = scanner.scan(request(1, SECRET_LINE, 'file:///w/src/small.js'));
    const expected = scan({ path: 'src/config.js' }, text);
    assert.equal(expected.length, 2);
    assert.deepEqual(await large, expected);
    assert.equal((await small)?.length, 1);
    // The next version after a text in parts (the parts were used up).
    assert.deepEqual(await scanner.scan(request(2, `${SECRET_LINE}${text}`, uri)), scan({ path: 'src/config.js' }, `${SECRET_LINE}${text}`));
  });

  it('sends a text the message reader built as its own parts, grouped: the same findings', async () => {
    // Parts of uneven lengths, as a stream cuts them, a finding split across two of them.
    const text = `${bigSource(1)}${'// filler line\n'.repeat(TEXT_PART_LENGTH / 6)}${SECRET_LINE}`;
    const cuts = [0];
    for (let at = 0; at < text.length; ) cuts.push((at = Math.min(text.length, at + 40_000 + (cuts.length % 7) * 9_999)));
    const parts = cuts.slice(1).map((end, index) => text.slice(cuts[index], end));
    const rope = ropeOf(parts);
    rememberParts(rope, parts);
    assert.deepEqual(await scanner.scan(request(1, rope, 'file:///w/src/read.js')), scan({ path: 'src/config.js' }, text));
    rememberParts(rope, parts);
    const groups = [...partsToSend(rope)];
    assert.deepEqual(groups.flat(), parts);
    assert.ok(groups.length > 1 && groups.slice(0, -1).every((group) => group.join('').length >= TEXT_PART_LENGTH));
    // Sent once: the next send of it, as of a text the reader did not build, is sliced.
    const slices = Array(Math.ceil(text.length / TEXT_PART_LENGTH)).fill(1);
    assert.deepEqual([...partsToSend(rope)].map((group) => group.length), slices);
    assert.deepEqual([...partsToSend(text)].map((group) => group.length), slices);
  });
});

describe('memory of open documents', () => {
  it('holds one parse per open document, whatever its number of versions, and none once closed', async () => {
    const documents = new OpenDocuments(new Grammars(), new Int32Array(1));
    const uris = ['file:///w/a.js', 'file:///w/b.js'];
    let id = 1;
    for (let version = 1; version <= 5; version++) {
      for (const uri of uris) await documents.scan(id++, request(version, `${SECRET_LINE}// ${version}\n`, uri));
    }
    assert.equal(documents.size, 2);
    for (const uri of uris) documents.close(uri);
    assert.equal(documents.size, 0);
  });

  it('frees the tree-sitter tree of a closed document (wasm memory, outside the JS heap)', async () => {
    const grammars = new Grammars();
    const documents = new OpenDocuments(grammars, new Int32Array(1));
    const python = { uri: 'file:///w/app.py', version: 1, path: 'app.py', language: 'python' as const, text: "DB_PASSWORD = 'Qm9vZ2llV29vZ2llOTk'\n", options: {} };
    await documents.scan(1, python);
    await documents.scan(2, { ...python, version: 2, text: `${python.text}# edited\n` });
    const parsed = (documents as unknown as { parsed: Map<string, ParsedDocument> }).parsed.get(python.uri)!;
    const tree = parsed.tree!;
    documents.close(python.uri);
    // A deleted tree's root is gone: tree-sitter throws on a use after delete, or reports no node.
    assert.equal(parsed.tree, undefined, 'the document no longer hands out its tree');
    assert.ok(tree, 'there was a tree to free');
  });
});

describe('parsing an opened document ahead of its scan', () => {
  const held = (documents: OpenDocuments) => (documents as unknown as { parsed: Map<string, ParsedDocument> }).parsed;

  it('scans from the parse prepared for the same text, with the findings of a scan from nothing', async () => {
    const documents = new OpenDocuments(new Grammars(), new Int32Array(1));
    const text = bigSource(50);
    const { options: _options, ...document } = request(1, text);
    await documents.prepare(document);
    const prepared = held(documents).get(document.uri)!;
    const source = prepared.typescript;
    assert.deepEqual(await documents.scan(1, request(1, text)), scan({ path: 'src/config.js' }, text));
    assert.equal(held(documents).get(document.uri), prepared, 'the same parse');
    assert.equal(prepared.typescript, source, 'not parsed again');
  });

  it('starts an edit made before the scan from the prepared parse', async () => {
    const documents = new OpenDocuments(new Grammars(), new Int32Array(1));
    const { options: _options, ...document } = request(1, bigSource(50));
    await documents.prepare(document);
    const edited = `${document.text}${SECRET_LINE}`;
    assert.deepEqual(await documents.scan(1, request(2, edited)), scan({ path: 'src/config.js' }, edited));
  });

  it('parses nothing no check could read', async () => {
    const documents = new OpenDocuments(new Grammars(), new Int32Array(1));
    const { options: _options, ...document } = request(1, 'export const answer = 42;\n');
    await documents.prepare(document);
    assert.equal(held(documents).size, 0);
  });

  const scanner = new DocumentScanner();
  after(() => scanner.dispose());

  it('gives the scan of a prepared document its findings, and does not queue another document behind the parse', async () => {
    type Slots = { slots: Array<{ preparing?: { uri: string }; running?: { request: { uri: string } } }> };
    const slots = (scanner as unknown as Slots).slots;
    const big = bigSource(8_000);
    const { options: _options, ...document } = request(1, big, 'file:///w/src/big.js');
    scanner.prepare(document);
    const preparer = slots.find((slot) => slot.preparing?.uri === document.uri);
    assert.ok(preparer, 'an idle worker parses it');
    const small = `${SECRET_LINE}// small\n`;
    const other = scanner.scan(request(1, small, 'file:///w/src/small.js'));
    assert.notEqual(slots.find((slot) => slot.running?.request.uri === 'file:///w/src/small.js'), preparer, 'another worker scans the other document');
    const findings = scanner.scan(request(1, big, 'file:///w/src/big.js'));
    assert.deepEqual(await other, scan({ path: 'src/config.js' }, small));
    assert.deepEqual(await findings, scan({ path: 'src/config.js' }, big));
  });
});

describe('the size limit', () => {
  it('says a text is over a number of UTF-8 bytes as Buffer.byteLength does, counting only where the length cannot tell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('a'), fc.constant('é'), fc.constant('€'), fc.constant('😀'), fc.constant('\ud800')) }), fc.nat(40), (text, limit) => {
        assert.equal(isOverBytes(text, limit), Buffer.byteLength(text) > limit);
      }),
    );
  });
});

describe('scheduling checks', () => {
  /** A Validator whose checks are recorded instead of run. */
  function recordingValidator(): { validator: Validator; checked: number[] } {
    const checked: number[] = [];
    const scanner = { supersede: () => undefined } as unknown as DocumentScanner;
    const validator = new Validator({} as never, {} as never, {} as never, () => undefined, scanner);
    validator.validate = async (document) => void checked.push(document.version);
    return { validator, checked };
  }
  const document = (version: number) => TextDocument.create('file:///w/src/app.js', 'javascript', version, SECRET_LINE);

  it('checks an opened document at once, though the document store also reports the open as a change', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { validator, checked } = recordingValidator();
    validator.schedule(document(1), 0); // didOpen
    validator.schedule(document(1)); // the same version, as onDidChangeContent
    t.mock.timers.tick(0);
    assert.deepEqual(checked, [1]);
  });

  it('debounces a new version, and checks only the last of a burst', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { validator, checked } = recordingValidator();
    validator.schedule(document(2));
    validator.schedule(document(3));
    t.mock.timers.tick(DEBOUNCE_MS - 1);
    assert.deepEqual(checked, []);
    t.mock.timers.tick(1);
    assert.deepEqual(checked, [3]);
  });
});

describe('the first document worker, started before the server bundle (dist/server.js)', () => {
  it('is adopted by the server\'s scanner, once, and scans', async () => {
    prestartDocumentWorker();
    const scanner = new DocumentScanner();
    try {
      assert.equal(takePrestartedWorker(), undefined, 'the scanner took it: nobody else gets it');
      assert.equal((await scanner.scan(request(1, SECRET_LINE)))?.length, 1);
    } finally {
      await scanner.dispose();
    }
  });

  it('is not handed over once it has stopped (its exit went unheard): the scanner starts a fresh one', async () => {
    prestartDocumentWorker();
    const holder = globalThis as Record<symbol, { worker: { terminate(): Promise<number> } } | undefined>;
    await holder[Symbol.for('twelve-factor-lint.prestartedDocumentWorker')]!.worker.terminate();
    assert.equal(takePrestartedWorker(), undefined);
    const scanner = new DocumentScanner();
    try {
      assert.equal((await scanner.scan(request(1, SECRET_LINE)))?.length, 1);
    } finally {
      await scanner.dispose();
    }
  });
});
