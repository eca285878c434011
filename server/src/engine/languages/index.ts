import type ts from 'typescript';
import type { LanguageId } from '../types';
import { parseDockerfile, type Dockerfile } from './dockerfile';
import { parseDotenv, type DotenvEntry } from './dotenv';
import { parseJson, type JsonDocument } from './json';
import { parseProcfile, type ProcfileEntry } from './procfile';
import { parseProperties, type PropertyEntry } from './properties';
import { changedRegion, treeSitterEdit, tsChangeRange } from './incremental';
import { parseTypeScript, updateTypeScript } from './typescript';
import { isTreeSitterLanguage, type SyntaxTree, type TreeSitterParsers } from './treeSitter';
import { parseYaml, type YamlDocument } from './yaml';

/**
 * The parsed forms of one file, each computed on first use and then shared by every
 * rule, so a file is parsed at most once per scan whatever the number of rules.
 * Every parser is total: malformed input gives a partial or empty result, never a throw.
 */
export class ParsedDocument {
  private tsSource?: ts.SourceFile;
  private readonly cache = new Map<string, unknown>();

  private syntaxTree?: SyntaxTree | null;

  /** The previous version's trees, reused by the first parse of this version (editor edits). */
  private previous?: { text: string; tsSource: ts.SourceFile | undefined; syntaxTree: SyntaxTree | undefined };

  constructor(
    readonly path: string,
    readonly text: string,
    readonly language: LanguageId,
    private readonly treeSitter?: TreeSitterParsers,
  ) {}

  /**
   * The same file after an edit: its parsers start from `previous`'s trees and reparse only what
   * changed. The trees move to the new document (both parsers update them in place), so
   * `previous` is left empty.
   */
  static edited(previous: ParsedDocument, text: string): ParsedDocument {
    const next = new ParsedDocument(previous.path, text, previous.language, previous.treeSitter);
    next.previous = { text: previous.text, tsSource: previous.tsSource, syntaxTree: previous.syntaxTree ?? undefined };
    previous.tsSource = undefined;
    previous.syntaxTree = null;
    previous.previous = undefined;
    return next;
  }

  /** Python, Go, Java, Kotlin, Ruby, PHP: the tree-sitter tree; undefined when the grammar is not loaded. */
  get tree(): SyntaxTree | undefined {
    if (this.syntaxTree === undefined) {
      const language = this.language;
      const old = this.editedTree();
      this.syntaxTree = (isTreeSitterLanguage(language) && this.treeSitter?.parse(language, this.text, old)) || null;
      old?.delete();
      if (this.previous) this.previous.syntaxTree = undefined;
    }
    return this.syntaxTree ?? undefined;
  }

  /** Frees what lives outside the JS heap (tree-sitter trees live in wasm memory). */
  dispose(): void {
    this.syntaxTree?.delete();
    this.syntaxTree = null;
    this.previous?.syntaxTree?.delete();
    this.previous = undefined;
  }

  /** JS/TS: the TypeScript compiler's syntax tree (no type information). */
  get typescript(): ts.SourceFile {
    if (!this.tsSource) {
      const reused = this.previous?.tsSource;
      this.tsSource = reused
        ? updateTypeScript(reused, this.text, tsChangeRange(changedRegion(this.previous!.text, this.text)))
        : parseTypeScript(this.path, this.text, this.language);
      if (this.previous) this.previous.tsSource = undefined;
    }
    return this.tsSource;
  }

  /** The previous tree, edited to line up with this text, for tree-sitter to reuse. */
  private editedTree(): SyntaxTree | undefined {
    const previous = this.previous;
    if (!previous?.syntaxTree) return undefined;
    previous.syntaxTree.edit(treeSitterEdit(changedRegion(previous.text, this.text), previous.text, this.text));
    return previous.syntaxTree;
  }

  /** JSON/JSONC: jsonc-parser's tree, with offsets. */
  get json(): JsonDocument {
    return this.once('json', () => parseJson(this.text), { root: undefined, errorCount: 1 });
  }

  /** YAML: every document of the file. */
  get yaml(): YamlDocument[] {
    return this.once('yaml', () => parseYaml(this.text), []);
  }

  get dockerfile(): Dockerfile {
    return this.once('dockerfile', () => parseDockerfile(this.text), { escape: '\\', instructions: [] });
  }

  get procfile(): ProcfileEntry[] {
    return this.once('procfile', () => parseProcfile(this.text), []);
  }

  get dotenv(): DotenvEntry[] {
    return this.once('dotenv', () => parseDotenv(this.text), []);
  }

  get properties(): PropertyEntry[] {
    return this.once('properties', () => parseProperties(this.text), []);
  }

  /** Parses once; a parser bug on strange input costs that file's findings, not the scan. */
  private once<T>(key: string, parse: () => T, empty: T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    let value: T;
    try {
      value = parse();
    } catch {
      value = empty;
    }
    this.cache.set(key, value);
    return value;
  }
}
