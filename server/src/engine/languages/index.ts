import type ts from 'typescript';
import type { LanguageId } from '../types';
import { parseDockerfile, type Dockerfile } from './dockerfile';
import { parseDotenv, type DotenvEntry } from './dotenv';
import { parseJson, type JsonDocument } from './json';
import { parseProcfile, type ProcfileEntry } from './procfile';
import { parseProperties, type PropertyEntry } from './properties';
import { changedRegion, treeSitterEdit, tsChangeRange, type ChangedRegion } from './incremental';
import { treeSitterUnits, typeScriptUnits, type Unit } from './units';
import type { CheckMemo } from '../regions';
import { parseTypeScript, updateTypeScript } from './typescript';
import { isTreeSitterLanguage, type SyntaxNode, type SyntaxTree, type TreeSitterParsers } from './treeSitter';
import { parseYaml, type YamlDocument, type YamlNode } from './yaml';
import { parseXml, type XmlElement } from './xml';
import { configTreesOf } from './config-tree';
import { TextPrefilters } from '../prefilter';

/**
 * The parsed forms of one file, each computed on first use and then shared by every
 * rule, so a file is parsed at most once per scan whatever the number of rules.
 * Every parser is total: malformed input gives a partial or empty result, never a throw.
 */
export class ParsedDocument {
  private tsSource?: ts.SourceFile;
  private readonly cache = new Map<string, unknown>();

  private syntaxTree?: SyntaxTree | null;
  private textPrefilters?: TextPrefilters;

  /** The previous version's trees, reused by the first parse of this version (editor edits). */
  private previous?: { text: string; region: ChangedRegion; tsSource: ts.SourceFile | undefined; syntaxTree: SyntaxTree | undefined };

  /**
   * An editor's open document, whose next version is scanned from this one: its scan leaves a
   * memo for region-limited reruns (engine/regions.ts). Off for a file scanned once.
   */
  remembersChecks = false;
  /** What the last scan of this version left for the next version's scan. */
  memo?: CheckMemo;
  /** The previous version's memo and where the two versions differ: set on an edited document. */
  readonly edit?: { memo: CheckMemo | undefined; region: ChangedRegion };

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
    const region = changedRegion(previous.text, text);
    next.previous = { text: previous.text, region, tsSource: previous.tsSource, syntaxTree: previous.syntaxTree ?? undefined };
    (next as { edit?: ParsedDocument['edit'] }).edit = { memo: previous.memo, region };
    next.remembersChecks = previous.remembersChecks;
    previous.tsSource = undefined;
    previous.syntaxTree = null;
    previous.previous = undefined;
    previous.memo = undefined;
    return next;
  }

  /** Code taken out of this file (a notebook's cells), parsed as `language`. */
  contained(text: string, language: LanguageId): ParsedDocument {
    return new ParsedDocument(this.path, text, language, this.treeSitter);
  }

  /** Another text of the same file, parsed afresh (a blanked copy for region-limited reruns). */
  withText(text: string): ParsedDocument {
    return new ParsedDocument(this.path, text, this.language, this.treeSitter);
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
        ? updateTypeScript(reused, this.text, tsChangeRange(this.previous!.region))
        : parseTypeScript(this.path, this.text, this.language);
      if (this.previous) this.previous.tsSource = undefined;
    }
    return this.tsSource;
  }

  /** The prefilters' answers on this text, shared by every scan of it (an open's prepare and scan, a settings change). */
  get prefilters(): TextPrefilters {
    this.textPrefilters ??= new TextPrefilters(this.text);
    return this.textPrefilters;
  }

  /** Answers the prefilters found on this text before the document was made (an open's prepare step). */
  reusePrefilters(prefilters: TextPrefilters): void {
    if (prefilters.text === this.text) this.textPrefilters ??= prefilters;
  }

  /** Parses now what the checks of this language read first (the syntax tree, its units), ahead of a scan. */
  parseNow(): void {
    void this.units;
  }

  /** The previous tree, edited to line up with this text, for tree-sitter to reuse. */
  private editedTree(): SyntaxTree | undefined {
    const previous = this.previous;
    if (!previous?.syntaxTree) return undefined;
    previous.syntaxTree.edit(treeSitterEdit(previous.region, previous.text, this.text));
    return previous.syntaxTree;
  }

  /** The top-level units of a JS/TS or tree-sitter file; undefined for the other languages. */
  get units(): readonly Unit[] | undefined {
    return this.once('units', () => {
      if (this.language === 'javascript' || this.language === 'typescript') return typeScriptUnits(this.typescript, this.text);
      const tree = isTreeSitterLanguage(this.language) ? this.tree : undefined;
      return tree && isTreeSitterLanguage(this.language) ? treeSitterUnits(tree, this.language, this.text) : undefined;
    }, undefined);
  }

  /** JSON/JSONC: jsonc-parser's tree, with offsets. */
  get json(): JsonDocument {
    return this.once('json', () => parseJson(this.text), { root: undefined, errorCount: 1 });
  }

  /** YAML: every document of the file. */
  get yaml(): YamlDocument[] {
    return this.once('yaml', () => parseYaml(this.text, this.path), []);
  }

  /** YAML, JSON or TOML as YAML trees (config-tree.ts), one per document; none for other languages. */
  get configTrees(): (YamlNode | undefined)[] {
    return this.once('configTrees', () => configTreesOf(this), []);
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

  /** XML: every element in document order, read once for the several checks of a config file. */
  get xml(): readonly XmlElement[] {
    return this.once('xml', () => parseXml(this.text), []);
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

/**
 * `read` on the root of another file's tree-sitter tree (a module the node layer hands over), freed afterwards: the
 * cross-file readers parse many files once each. `fallback` when the grammar is not loaded.
 */
export function readSyntaxTree<T>(path: string, text: string, language: LanguageId, treeSitter: TreeSitterParsers | undefined, fallback: T, read: (root: SyntaxNode) => T): T {
  const parsed = new ParsedDocument(path, text, language, treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    return root ? read(root) : fallback;
  } finally {
    parsed.dispose();
  }
}
