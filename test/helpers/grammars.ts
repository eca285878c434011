// The tree-sitter grammars a test file scans with, loaded once before its first test: every language's, or the few
// the file is about. One hook, so each test file says which languages and nothing of how they load.
import { before } from 'node:test';
import { TREE_SITTER_LANGUAGES, type TreeSitterLanguage } from '../../server/src/engine/languages/treeSitter';
import { Grammars } from '../../server/src/grammars';

/** A Grammars with `languages` (every tree-sitter language unless named) loaded before the calling file's tests run. */
export function grammarsLoadedBefore(languages: readonly TreeSitterLanguage[] = TREE_SITTER_LANGUAGES): Grammars {
  const grammars = new Grammars();
  before(async () => {
    for (const language of languages) await grammars.ensure(language);
  });
  return grammars;
}
