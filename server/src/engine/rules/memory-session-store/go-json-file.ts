// JSON files as the app's database in Go (json-file-store.ts), read from the tree: `os.WriteFile(tasksFile, data, 0o644)`
// (after `json.Marshal`) rewriting a path the same file reads back (`os.ReadFile`, `os.Open`), in a function or method
// other than `main` and `init` (those run once, at start-up); the path a constant or variable, or a literal.
import { callArguments, callName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { bind, isToolOrTest, mentionsRecordsFile, jsonFileReports, namesRecordVerb, type StoreFacts } from './json-file-store';

const WRITES = new Set(['os.WriteFile', 'ioutil.WriteFile']);
const READS = new Set(['os.ReadFile', 'ioutil.ReadFile', 'os.Open']);
const FUNCTIONS = ['function_declaration', 'method_declaration', 'func_literal'];

function goStoreFacts(root: SyntaxNode): StoreFacts {
  const facts: StoreFacts = { accesses: [], bindings: new Map(), storesRecords: false };
  walkTree(root, (node) => {
    if ((node.type === 'function_declaration' || node.type === 'method_declaration') && namesRecordVerb(node.childForFieldName('name')?.text ?? '')) facts.storesRecords = true;
    else if (node.type === 'const_spec' || node.type === 'var_spec') {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value')?.namedChildren[0];
      if (name && value) bind(facts.bindings, `name:${name.text}`, { text: value.text });
    } else if (node.type === 'short_var_declaration') {
      const left = node.childForFieldName('left')?.namedChildren ?? [];
      const right = node.childForFieldName('right')?.namedChildren ?? [];
      if (left.length === 1 && right.length === 1 && left[0] && right[0]) bind(facts.bindings, `name:${left[0].text}`, { text: right[0].text });
    } else if (node.type === 'call_expression') {
      const name = callName(node) ?? '';
      const path = callArguments(node)[0];
      const kind = WRITES.has(name) ? 'write' : READS.has(name) ? 'read' : undefined;
      if (kind && path) facts.accesses.push({ kind, key: pathKey(path), span: nodeSpan(node.childForFieldName('function') ?? node), called: isCalled(node) });
    }
    return undefined;
  });
  return facts;
}

function pathKey(path: SyntaxNode): string {
  if (path.type === 'identifier') return `name:${path.text}`;
  if (path.type === 'selector_expression') return `field:.${path.childForFieldName('field')?.text ?? ''}`;
  return `expr:${path.text}`;
}

/** In a function other than `main` and `init`: run by a call (a request's), not once as the program starts. */
function isCalled(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!FUNCTIONS.includes(parent.type)) continue;
    const name = parent.childForFieldName('name')?.text;
    return parent.type !== 'function_declaration' || (name !== 'main' && name !== 'init');
  }
  return false;
}

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isToolOrTest(context.path) || context.path.endsWith('_test.go')) return;
  for (const report of jsonFileReports(goStoreFacts(root))) context.report(report);
}

export const goJsonFileCheck: LanguageCheck = {
  languages: ['go'],
  keywords: ['.json'],
  mayReport: (file) => file.text.includes('WriteFile(') && /\b(?:ReadFile|Open)\(/.test(file.text) && mentionsRecordsFile(file.text),
  check,
};
