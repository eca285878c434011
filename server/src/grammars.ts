// Loads tree-sitter grammars from their wasm files, lazily, once each, on first use. The engine
// gets the loaded parsers through ScanOptions.treeSitter and never does I/O itself.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { LanguageId } from './engine/types';
import { LANGUAGES, TREE_SITTER_RUNTIME, codeLanguage, isTreeSitterLanguage, type TreeSitterLanguage } from './engine/languages/catalogue';
import type { SyntaxTree, TreeSitterParsers } from './engine/languages/treeSitter';

/**
 * The bundle's copy beside dist/*.js (esbuild.mjs copies the catalogue's grammars there), else the
 * package in node_modules (tests run from source).
 */
function locate(language: TreeSitterLanguage | 'runtime'): string {
  const file = language === 'runtime' ? TREE_SITTER_RUNTIME : LANGUAGES[language].grammar;
  const bundled = join(__dirname, 'grammars', file.split('/').pop()!);
  return existsSync(bundled) ? bundled : require.resolve(file);
}

/**
 * web-tree-sitter links one grammar module at a time: two loads at once corrupt each other, also
 * when two Grammars of one thread load (the code actions', the production facts', an audit's).
 */
let lastLoad: Promise<unknown> = Promise.resolve();

export class Grammars implements TreeSitterParsers {
  private runtime?: Promise<void>;
  private readonly loading = new Map<TreeSitterLanguage, Promise<Parser | undefined>>();
  private readonly parsers = new Map<TreeSitterLanguage, Parser>();

  /** Loads the grammar a file needs, if it needs one; safe to call for every file. */
  async ensure(file: LanguageId | undefined): Promise<void> {
    const language = file && codeLanguage(file); // a notebook needs its cells' grammar
    if (!language || !isTreeSitterLanguage(language) || this.parsers.has(language)) return;
    let pending = this.loading.get(language);
    if (!pending) {
      pending = this.load(language);
      this.loading.set(language, pending);
    }
    await pending;
  }

  /** Whether the grammar is loaded (ensure has nothing left to do). */
  has(file: LanguageId): boolean {
    const language = codeLanguage(file);
    return isTreeSitterLanguage(language) && this.parsers.has(language);
  }

  parse(language: TreeSitterLanguage, text: string, previous?: SyntaxTree): SyntaxTree | undefined {
    return this.parsers.get(language)?.parse(text, previous) ?? undefined;
  }

  private load(language: TreeSitterLanguage): Promise<Parser | undefined> {
    const loaded = lastLoad.then(() => this.loadNow(language));
    lastLoad = loaded.catch(() => undefined);
    return loaded;
  }

  private async loadNow(language: TreeSitterLanguage): Promise<Parser | undefined> {
    this.runtime ??= Parser.init({ locateFile: () => locate('runtime') });
    await this.runtime;
    const parser = new Parser();
    // The bytes, not the path: given a path, web-tree-sitter reads it through a dynamic import(),
    // which a bundle started from its code cache (entry/bundleLoader.ts) may not offer.
    parser.setLanguage(await Language.load(await readFile(locate(language))));
    this.parsers.set(language, parser);
    return parser;
  }
}
