// Flask's config classes by name (`class DevelopmentConfig(Config)`, `TestingConfig`): settings a deploy never
// loads, shared by the rules that leave local config alone (a backing service's host, a secret's placeholder fallback).
import type { SyntaxNode } from '../languages/treeSitter';
import { splitWords } from '../secrets/words';

const LOCAL_CLASS_WORDS = new Set(['dev', 'development', 'local', 'test', 'testing', 'ci']);
const TEST_CLASS_WORDS = new Set(['test', 'testing']);

/** Whether the node sits in a class whose name says development, test or CI. */
export function inLocalConfigClass(node: SyntaxNode): boolean {
  return enclosingClassWords(node).some((word) => LOCAL_CLASS_WORDS.has(word));
}

/** A settings class for the test run: pydantic's `class TestSettings(BaseSettings)`, Flask's `TestingConfig`. */
export function inTestConfigClass(node: SyntaxNode): boolean {
  return enclosingClassWords(node).some((word) => TEST_CLASS_WORDS.has(word));
}

/**
 * A test-data factory (factory_boy's `class AccountFactory(DjangoModelFactory)`): its attributes are what every record it
 * builds gets, test data wherever the module sits.
 */
export function inModelFactoryClass(node: SyntaxNode): boolean {
  return enclosingClassWords(node).pop() === 'factory';
}

/** The words of the nearest enclosing class's name; none outside a class. */
function enclosingClassWords(node: SyntaxNode): string[] {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'class_definition') return splitWords(parent.childForFieldName('name')?.text ?? '');
  }
  return [];
}
