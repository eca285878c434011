// JSON files as the app's database in PHP (json-file-store.ts), read from the tree: `file_put_contents($this->file,
// json_encode($all))` rewriting a path the same file reads back with `file_get_contents`, in a method or function, or in
// a front controller's branch for a request (`if ($_SERVER['REQUEST_METHOD'] === 'POST')`); the path a variable, a
// property set in the constructor or declared with a value, a constant, or a literal.
import { callOf, named } from '../../languages/php';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { bind, isToolOrTest, mentionsRecordsFile, jsonFileReports, namesRecordVerb, type StoreFacts } from './json-file-store';

const FUNCTIONS = ['method_declaration', 'function_definition', 'anonymous_function', 'arrow_function'];
const REQUEST_GLOBALS = /^\$_(?:POST|GET|REQUEST|FILES)$/;

function phpStoreFacts(root: SyntaxNode): StoreFacts {
  const facts: StoreFacts = { accesses: [], bindings: new Map(), storesRecords: false };
  walkTree(root, (node) => {
    if ((node.type === 'method_declaration' || node.type === 'function_definition') && namesRecordVerb(node.childForFieldName('name')?.text ?? '')) facts.storesRecords = true;
    else if (node.type === 'variable_name' && (REQUEST_GLOBALS.test(node.text) || isRequestMethod(node))) facts.storesRecords = true;
    else if (node.type === 'assignment_expression') assignment(node, facts);
    else if (node.type === 'property_element' || node.type === 'const_element') declared(node, facts);
    const call = callOf(node);
    if (call?.kind !== 'function' || (call.name !== 'file_put_contents' && call.name !== 'file_get_contents')) return undefined;
    const path = call.args[0]?.value;
    if (!path) return undefined;
    facts.accesses.push({ kind: call.name === 'file_put_contents' ? 'write' : 'read', key: pathKey(path), span: nodeSpan(node.childForFieldName('function') ?? node), called: isCalled(node) });
    return undefined;
  });
  return facts;
}

/** `$_SERVER['REQUEST_METHOD']`. */
function isRequestMethod(variable: SyntaxNode): boolean {
  return variable.text === '$_SERVER' && variable.parent?.type === 'subscript_expression' && /REQUEST_METHOD/.test(variable.parent.text);
}

/** `$usersFile = …` (first wins), `$this->file = …`. */
function assignment(node: SyntaxNode, facts: StoreFacts): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left && right && (left.type === 'variable_name' || left.type === 'member_access_expression')) bind(facts.bindings, pathKey(left), { text: right.text });
}

/** `private string $file = __DIR__ . '/…json';`, `const FILE = …;`. */
function declared(node: SyntaxNode, facts: StoreFacts): void {
  const parts = named(node);
  const name = parts[0];
  const value = parts[parts.length - 1];
  if (!name || !value || value === name) return;
  bind(facts.bindings, node.type === 'property_element' ? `field:${className(node)}.${name.text.replace(/^\$/, '')}` : `name:${name.text}`, { text: value.text });
}

function pathKey(path: SyntaxNode): string {
  if (path.type === 'variable_name') return `name:${path.text.replace(/^\$/, '')}`;
  if (path.type === 'member_access_expression' && path.childForFieldName('object')?.text === '$this') return `field:${className(path)}.${path.childForFieldName('name')?.text ?? ''}`;
  if (path.type === 'class_constant_access_expression') return `name:${named(path).pop()?.text ?? ''}`;
  return `expr:${path.text}`;
}

function className(node: SyntaxNode): string {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'class_declaration') return parent.childForFieldName('name')?.text ?? '';
  return '';
}

/** In a function or method, or under an `if` that tests the request: run by a request, not as the file loads. */
function isCalled(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (FUNCTIONS.includes(parent.type)) return true;
    if (parent.type === 'if_statement' && /\$_SERVER\s*\[\s*['"]REQUEST_(?:METHOD|URI)|\$_(?:POST|GET|REQUEST)\b/.test(parent.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isToolOrTest(context.path)) return;
  for (const report of jsonFileReports(phpStoreFacts(root))) context.report(report);
}

export const phpJsonFileCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['.json'],
  mayReport: (file) => file.lowered.includes('file_put_contents') && file.lowered.includes('file_get_contents') && mentionsRecordsFile(file.text),
  check,
};
