// The server's reader of LSP messages on stdio. It reads what vscode-jsonrpc's stream reader reads,
// but a large message is decoded while it arrives, chunk by chunk, in the turns that read its
// chunks: the library joins a message's chunks, decodes the bytes and parses the JSON once it is
// whole: for a 10 MB didOpen the longer of its two turns took 78-99 ms of CPU, and a code action sent
// after the open waited behind it. Here a long string stays a rope of its decoded parts (textParts.ts):
// joining them was the longest turn (32-48 ms), on the way of every message behind the open
// (docs/speed-history.md, speed20 and speed22).
import { randomUUID } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { format, inspect } from 'node:util';
import { rememberParts, ropeOf } from './textParts';
import {
  AbstractMessageReader,
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
} from 'vscode-languageserver/node';

/** A body longer than this is decoded as it arrives; a shorter one whole, as the library does (a few ms at most). */
export const STREAMED_BODY_BYTES = 1024 * 1024;

/** A string longer than this, in a streamed body, is decoded piece by piece: the LSP's document texts. */
export const LONG_STRING = 16 * 1024;

/** The two lengths above; tests set them low to stream small messages. */
export interface StreamingLimits {
  streamedBodyBytes: number;
  longString: number;
}

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/**
 * The server's connection on the transport its command line names, as the library's createConnection
 * picks it, but on stdio through StreamingMessageReader; with it, what the library does for stdio
 * besides: the process ends when stdin does, and the console writes to the client's log, never to
 * stdout (the messages' stream). VS Code's client uses node IPC, whose messages Node itself parses.
 */
export function createServerConnection(): Connection {
  const transport = process.argv.slice(2).find((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg));
  if (transport !== '--stdio') return createConnection(ProposedFeatures.all);
  const connection = createConnection(ProposedFeatures.all, new StreamingMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  let shutdown = false;
  // The connection's one shutdown handler: the server registers none of its own.
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  Object.assign(console, {
    log,
    debug: log,
    trace: log,
    dir: (value: unknown) => connection.console.log(inspect(value)),
    info: (...args: unknown[]) => connection.console.info(format(...args)),
    warn: (...args: unknown[]) => connection.console.warn(format(...args)),
    error: (...args: unknown[]) => connection.console.error(format(...args)),
  });
  return connection;
}

export class StreamingMessageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  /** A header's bytes while it spans chunks. */
  private header: Buffer | undefined;
  private body: MessageBody | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly limits: StreamingLimits = { streamedBodyBytes: STREAMED_BODY_BYTES, longString: LONG_STRING },
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('close', onClose);
      },
    };
  }

  /** Exposed for tests: what the stream's 'data' event delivers. */
  onData(chunk: Buffer): void {
    let offset = 0;
    do {
      if (!this.body) offset = this.readHeader(chunk, offset);
      if (this.body) offset = this.readBody(chunk, offset);
    } while (offset < chunk.length);
  }

  /** Returns where the body starts in `chunk`, or the chunk's end when the header goes on in the next one. */
  private readHeader(chunk: Buffer, offset: number): number {
    const pending = this.header;
    const bytes = pending ? Buffer.concat([pending, chunk.subarray(offset)]) : chunk.subarray(offset);
    const end = bytes.indexOf(HEADER_END);
    if (end < 0) {
      this.header = bytes;
      return chunk.length;
    }
    this.header = undefined;
    const length = contentLength(bytes.toString('ascii', 0, end));
    if (typeof length === 'string') this.fireError(new Error(length));
    else this.body = new MessageBody(length, this.limits);
    return offset + end + HEADER_END.length - (pending?.length ?? 0);
  }

  private readBody(chunk: Buffer, offset: number): number {
    const body = this.body!;
    const next = body.take(chunk, offset);
    if (!body.complete) return next;
    this.body = undefined;
    // As the library's reader: a message that cannot be read, or a handler that throws, is an error event, not a crash.
    try {
      this.callback?.(body.message());
    } catch (error) {
      this.fireError(error);
    }
    return next;
  }
}

/** The Content-Length of a message's header, or what is wrong with the header. */
function contentLength(header: string): number | string {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return `Message header must separate key and value using ':'`;
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = Number.parseInt(line.slice(colon + 1).trim(), 10);
  }
  if (length === undefined) return 'Header must provide a Content-Length property.';
  return Number.isNaN(length) || length < 0 ? 'Content-Length value must be a number.' : length;
}

/** One message's body: kept as bytes and parsed whole when short, decoded as it arrives when long. */
class MessageBody {
  private remaining: number;
  private readonly parts: Buffer[] = [];
  private readonly streamed: { decoder: StringDecoder; json: IncrementalJson } | undefined;
  private failure: unknown;

  constructor(length: number, limits: StreamingLimits) {
    this.remaining = length;
    this.streamed = length > limits.streamedBodyBytes ? { decoder: new StringDecoder('utf8'), json: new IncrementalJson(limits.longString) } : undefined;
  }

  get complete(): boolean {
    return this.remaining === 0;
  }

  /** Takes this body's bytes from `chunk` at `offset`; returns where the next message starts. */
  take(chunk: Buffer, offset: number): number {
    const end = Math.min(chunk.length, offset + this.remaining);
    const part = chunk.subarray(offset, end);
    this.remaining -= part.length;
    if (!this.streamed) this.parts.push(part);
    else if (this.failure === undefined) {
      // A malformed part: the rest of the body is still read (the next message starts after it), then reported.
      try {
        this.streamed.json.write(this.streamed.decoder.write(part));
      } catch (error) {
        this.failure = error;
      }
    }
    return end;
  }

  message(): Message {
    if (this.failure !== undefined) throw this.failure;
    if (!this.streamed) return JSON.parse((this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts)).toString('utf8')) as Message;
    this.streamed.json.write(this.streamed.decoder.end());
    return this.streamed.json.end() as Message;
  }
}

/**
 * JSON text written in pieces, parsed as JSON.parse parses the whole text. A string that grows past
 * LONG_STRING is decoded piece by piece as the pieces arrive (each part through JSON.parse, cut
 * only between two escapes, so every escape is read whole), and stands in the text that is parsed
 * at the end as a placeholder: that parse reads the message's structure, not its documents.
 */
export class IncrementalJson {
  /** The text outside long strings, with a placeholder for each. */
  private readonly structure: string[] = [];
  private readonly longStrings: string[] = [];
  /** A string no text can hold by chance: a NUL and a random id. */
  private readonly placeholder = `\u0000long-string:${randomUUID()}:`;
  private inString = false;
  /** The open string's text since its last decoded part, undecoded. */
  private raw: string[] = [];
  private rawLength = 0;
  /** The open string's decoded parts, once it is long. */
  private decoded: string[] | undefined;
  /** An escape the last piece cut short: the next piece starts with it. */
  private carry = '';

  constructor(private readonly longString = LONG_STRING) {}

  write(piece: string): void {
    const text = this.carry + piece;
    this.carry = '';
    let at = 0;
    while (at < text.length) at = this.inString ? this.readString(text, at) : this.readStructure(text, at);
    if (this.inString && this.rawLength >= this.longString) this.decodeRaw();
  }

  end(): unknown {
    // Unterminated: the parse of the structure says so, as JSON.parse of the whole text would.
    if (this.inString || this.carry) return JSON.parse(`${this.structure.join('')}"`);
    const text = this.structure.join('');
    if (this.longStrings.length === 0) return JSON.parse(text);
    const placeholder = this.placeholder;
    const longStrings = this.longStrings;
    const restore = (value: string) => longStrings[Number(value.slice(placeholder.length))]!;
    return JSON.parse(text, function (this: Record<string, unknown>, key: string, value: unknown) {
      // A long key: renamed in its object (a reviver cannot return a key).
      if (key.startsWith(placeholder)) {
        this[restore(key)] = typeof value === 'string' && value.startsWith(placeholder) ? restore(value) : value;
        return undefined;
      }
      return typeof value === 'string' && value.startsWith(placeholder) ? restore(value) : value;
    });
  }

  private readStructure(text: string, at: number): number {
    const quote = text.indexOf('"', at);
    this.structure.push(quote < 0 ? text.slice(at) : text.slice(at, quote));
    if (quote < 0) return text.length;
    this.inString = true;
    return quote + 1;
  }

  /** Reads the open string from `at` (an escape's start: a piece never starts inside one) to its closing quote, or the piece's end. */
  private readString(text: string, at: number): number {
    for (let from = at; ; ) {
      const quote = text.indexOf('"', from);
      if (quote < 0) break;
      if (isEscaped(text, quote, at)) {
        from = quote + 1;
        continue;
      }
      this.appendRaw(text.slice(at, quote));
      this.closeString();
      return quote + 1;
    }
    // An escape may be cut at the piece's end (`\`, `\u12`, at most six characters): from the first
    // backslash of the last six (its whole run: a run starts where an escape does) the text goes to the
    // next piece, so each part decoded holds whole escapes.
    let cut = text.length;
    const backslash = text.indexOf('\\', Math.max(at, text.length - 6));
    if (backslash >= 0) {
      cut = backslash;
      while (cut > at && text.charCodeAt(cut - 1) === BACKSLASH) cut--;
    }
    this.appendRaw(text.slice(at, cut));
    this.carry = text.slice(cut);
    return text.length;
  }

  private appendRaw(text: string): void {
    if (text.length === 0) return;
    this.raw.push(text);
    this.rawLength += text.length;
  }

  private decodeRaw(): void {
    (this.decoded ??= []).push(JSON.parse(`"${this.raw.join('')}"`) as string);
    this.raw = [];
    this.rawLength = 0;
  }

  private closeString(): void {
    this.inString = false;
    if (this.decoded) {
      this.decodeRaw();
      this.structure.push(JSON.stringify(`${this.placeholder}${this.longStrings.length}`));
      // A rope of the parts, not their join: joined, a 10 MB text was one fresh copy in the turn that
      // reads its last chunk (32-48 ms), before any message behind it could be read (textParts.ts).
      const parts = this.decoded;
      const text = ropeOf(parts);
      rememberParts(text, parts);
      this.longStrings.push(text);
      this.decoded = undefined;
    } else {
      this.structure.push(`"${this.raw.join('')}"`);
      this.raw = [];
      this.rawLength = 0;
    }
  }
}

const BACKSLASH = 0x5c;

/** Whether the quote at `index` is escaped: an odd run of backslashes before it (counted back to `start`, an escape's start). */
function isEscaped(text: string, index: number, start: number): boolean {
  let run = 0;
  while (index - run - 1 >= start && text.charCodeAt(index - run - 1) === BACKSLASH) run++;
  return run % 2 === 1;
}
