// The language server's open documents as a worker holds them: the last parse of each, so the
// next version reparses only what the edit changed. Dropped when the document closes.
import { ParsedDocument } from '../engine/languages';
import { mayRunAnyCheck, scanParsed } from '../engine/scan';
import { TextPrefilters } from '../engine/prefilter';
import { RULES } from '../engine/rules';
import type { Finding } from '../engine/types';
import type { Grammars } from '../grammars';
import type { DocumentScanRequest, DocumentToPrepare } from './messages';

export class OpenDocuments {
  private readonly parsed = new Map<string, ParsedDocument>();

  /** `cancel[0]`: the id of a scan the pool no longer wants (DocumentScanner writes it). */
  constructor(
    private readonly grammars: Grammars,
    private readonly cancel: Int32Array,
  ) {}

  /**
   * Scan `id` of the request; throws ScanCancelled between checks once the pool cancels it. The
   * parse is kept either way: the next version reparses from it.
   */
  async scan(id: number, request: DocumentScanRequest): Promise<Finding[]> {
    await this.grammars.ensure(request.language);
    const parsed = this.next(request);
    this.parsed.set(request.uri, parsed);
    const isCancelled = () => Atomics.load(this.cancel, 0) === id;
    return scanParsed(parsed, { ...request.options, treeSitter: this.grammars, isCancelled });
  }

  /**
   * Parses a document whose scan is coming (an open, while the server reads its settings): the
   * scan of the same text then starts from this parse. Only when some check may run on it at
   * all; a file no prefilter passes is never parsed.
   */
  async prepare(document: DocumentToPrepare): Promise<void> {
    const prefilters = new TextPrefilters(document.text);
    if (!mayRunAnyCheck(document.language, document.text, {}, RULES, prefilters)) return;
    await this.grammars.ensure(document.language);
    const parsed = this.next(document);
    this.parsed.set(document.uri, parsed);
    // The scan's prefilters then start from these answers: a whole-file pass that reads no setting runs once.
    parsed.reusePrefilters(prefilters);
    parsed.parseNow();
  }

  /** How many parses are held: one per open document, whatever its number of versions. */
  get size(): number {
    return this.parsed.size;
  }

  close(uri: string): void {
    this.parsed.get(uri)?.dispose();
    this.parsed.delete(uri);
  }

  /** The same text is the same parse (a settings change); an edit reuses the previous trees. */
  private next(request: DocumentToPrepare): ParsedDocument {
    const previous = this.parsed.get(request.uri);
    if (previous && previous.text === request.text && previous.path === request.path && previous.language === request.language) return previous;
    if (!previous || previous.path !== request.path || previous.language !== request.language) {
      previous?.dispose();
      const parsed = new ParsedDocument(request.path, request.text, request.language, this.grammars);
      parsed.remembersChecks = true;
      return parsed;
    }
    const next = ParsedDocument.edited(previous, request.text);
    previous.dispose();
    return next;
  }
}
