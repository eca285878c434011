// The language server's open documents as a worker holds them: the last parse of each, so the
// next version reparses only what the edit changed. Dropped when the document closes.
import { ParsedDocument } from '../engine/languages';
import { scanParsed } from '../engine/scan';
import type { Finding } from '../engine/types';
import type { Grammars } from '../grammars';
import type { DocumentScanRequest } from './messages';

export class OpenDocuments {
  private readonly parsed = new Map<string, ParsedDocument>();

  constructor(private readonly grammars: Grammars) {}

  async scan(request: DocumentScanRequest): Promise<Finding[]> {
    await this.grammars.ensure(request.language);
    const parsed = this.next(request);
    this.parsed.set(request.uri, parsed);
    return scanParsed(parsed, { ...request.options, treeSitter: this.grammars });
  }

  close(uri: string): void {
    this.parsed.get(uri)?.dispose();
    this.parsed.delete(uri);
  }

  /** The same text is the same parse (a settings change); an edit reuses the previous trees. */
  private next(request: DocumentScanRequest): ParsedDocument {
    const previous = this.parsed.get(request.uri);
    if (previous && previous.text === request.text && previous.path === request.path && previous.language === request.language) return previous;
    if (!previous || previous.path !== request.path || previous.language !== request.language) {
      previous?.dispose();
      return new ParsedDocument(request.path, request.text, request.language, this.grammars);
    }
    const next = ParsedDocument.edited(previous, request.text);
    previous.dispose();
    return next;
  }
}
