// Flask's config classes by name (`class DevelopmentConfig(Config)`, `TestingConfig`): settings a deploy never
// loads, shared by the rules that leave local config alone (a backing service's host, a secret's placeholder fallback).
import type { SyntaxNode } from '../languages/treeSitter';
import { splitWords } from '../secrets/words';

const LOCAL_CLASS_WORDS = new Set(['dev', 'development', 'local', 'test', 'testing', 'ci']);

/** Whether the node sits in a class whose name says development, test or CI. */
export function inLocalConfigClass(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'class_definition') return splitWords(parent.childForFieldName('name')?.text ?? '').some((word) => LOCAL_CLASS_WORDS.has(word));
  }
  return false;
}
