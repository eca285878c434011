import type ts from 'typescript';
import type { LanguageId } from '../types';
import { parseTypeScript } from './typescript';

/**
 * The parsed forms of one file, each computed on first use and then shared by every
 * rule, so a file is parsed at most once per scan whatever the number of rules.
 */
export class ParsedDocument {
  private tsSource?: ts.SourceFile;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly language: LanguageId,
  ) {}

  /** JS/TS: the TypeScript compiler's syntax tree (no type information). */
  get typescript(): ts.SourceFile {
    this.tsSource ??= parseTypeScript(this.path, this.text, this.language);
    return this.tsSource;
  }
}
