// A value under a key that names text a form, a schema or a help page shows: a credential form's
// `placeholder: 'postgresql://localhost/mydb'`, `help_text=`, OpenAPI's `@Schema(example = "redis://cache:6379")`.
// The reader sees the address as a hint; no client connects to it. One reading for every language.
import ts from 'typescript';
import { propertyName } from '../../languages/ts-ast';
import type { SyntaxNode } from '../../languages/treeSitter';
import { splitWords } from '../../secrets/words';

/** The last word of a key that shows its value (`placeholder`, `helpText`, `exampleValue` is not: its last word is no such word). */
const SHOWN_WORDS: ReadonlySet<string> = new Set([
  'placeholder', 'hint', 'tooltip', 'example', 'examples', 'sample', 'help', 'description', 'caption', 'prompt', 'label',
]);

/**
 * Keyed positions a literal's key is read from, by grammar: Python's keyword argument and dict pair, Ruby's and
 * Python's `pair`, PHP's array element and named argument, Go's keyed element, Java's annotation element,
 * Kotlin's named argument. Go wraps the value in a `literal_element` first.
 */
const KEYED: ReadonlySet<string> = new Set(['keyword_argument', 'pair', 'array_element_initializer', 'argument', 'keyed_element', 'element_value_pair', 'value_argument']);

/** Whether a tree-sitter literal is the value of a key that shows it. `parentOf` as in isDisplayForm. */
export function isShownUnderKey(literal: SyntaxNode, parentOf: (node: SyntaxNode) => SyntaxNode | null): boolean {
  let node = literal;
  let parent = parentOf(node);
  if (parent?.type === 'literal_element') [node, parent] = [parent, parentOf(parent)];
  if (!parent || !KEYED.has(parent.type)) return false;
  const key = parent.childForFieldName('key') ?? parent.childForFieldName('name') ?? parent.namedChildren[0];
  return !!key && key.id !== node.id && isShownKey(key.text);
}

/** The same for JS/TS: `{ placeholder: 'redis://localhost:6379' }` and JSX's `placeholder="…"`. */
export function isShownUnderKeyTs(literal: ts.Node): boolean {
  const parent = literal.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === literal) return isShownKey(propertyName(parent.name) ?? '');
  return ts.isJsxAttribute(parent) && isShownKey(parent.name.getText());
}

/** `placeholder`, `help_text`, `hintText`, `:example`, `'description'`: its last word, or the word before a final `text`. */
function isShownKey(key: string): boolean {
  const words = splitWords(key);
  const last = words.at(-1);
  return last !== undefined && (SHOWN_WORDS.has(last) || (last === 'text' && SHOWN_WORDS.has(words.at(-2) ?? '')));
}
