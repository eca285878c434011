import type ts from 'typescript';
import type { LanguageId } from '../types';
import { parseDockerfile, type Dockerfile } from './dockerfile';
import { parseDotenv, type DotenvEntry } from './dotenv';
import { parseJson, type JsonDocument } from './json';
import { parseProcfile, type ProcfileEntry } from './procfile';
import { parseProperties, type PropertyEntry } from './properties';
import { parseTypeScript } from './typescript';
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

  constructor(
    readonly path: string,
    readonly text: string,
    readonly language: LanguageId,
    private readonly treeSitter?: TreeSitterParsers,
  ) {}

  /** Python, Go, Java, Kotlin, Ruby, PHP: the tree-sitter tree; undefined when the grammar is not loaded. */
  get tree(): SyntaxTree | undefined {
    if (this.syntaxTree === undefined) {
      const language = this.language;
      this.syntaxTree = (isTreeSitterLanguage(language) && this.treeSitter?.parse(language, this.text)) || null;
    }
    return this.syntaxTree ?? undefined;
  }

  /** Frees what lives outside the JS heap (tree-sitter trees live in wasm memory). */
  dispose(): void {
    this.syntaxTree?.delete();
    this.syntaxTree = null;
  }

  /** JS/TS: the TypeScript compiler's syntax tree (no type information). */
  get typescript(): ts.SourceFile {
    this.tsSource ??= parseTypeScript(this.path, this.text, this.language);
    return this.tsSource;
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
