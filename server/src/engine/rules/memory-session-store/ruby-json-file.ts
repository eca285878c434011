// JSON files as the app's database in Ruby (json-file-store.ts), read from the tree: `File.write(FILE, orders.to_json)`
// or `File.open(path, "w")` rewriting a path the same file reads back (`File.read`, `File.open(path)`, `JSON.load_file`),
// in a method or a Sinatra route's block; the path a constant, an `@path` set in `initialize`, or a literal. Across
// files: a class of a file this one requires (`require_relative "lib/json_store"`) that reads and rewrites the `@path`
// its `initialize` is given, constructed here with a path under the app (`JsonStore.new(File.join(__dir__, "data",
// "reservations.json"))`): the node layer hands over the class as an ImportedJsonStore.
import { ParsedDocument } from '../../languages';
import { callArguments, callName, stringValue } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedJsonStore } from '../../types';
import { bind, constructedReport, importedStores, isAppJsonPath, mentionsRecordsFile, isToolOrTest, jsonFileReports, namesRecordVerb, parameterStores, type StoreFacts } from './json-file-store';

const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);

function rubyStoreFacts(root: SyntaxNode): StoreFacts {
  const facts: StoreFacts = { accesses: [], bindings: new Map(), storesRecords: false };
  walkTree(root, (node) => {
    if (node.type === 'method' && namesRecordVerb(node.childForFieldName('name')?.text ?? '')) facts.storesRecords = true;
    if (node.type === 'assignment') assignment(node, facts);
    if (node.type !== 'call') return undefined;
    if (isRoute(node)) facts.storesRecords = true;
    const name = callName(node);
    const [path, mode] = callArguments(node);
    if (!path) return undefined;
    const writes = name === 'File.write' || (name === 'File.open' && /[wa]/.test(stringValue(mode) ?? ''));
    const reads = name === 'File.read' || name === 'File.readlines' || name === 'JSON.load_file' || (name === 'File.open' && !writes);
    if (writes || reads) facts.accesses.push({ kind: writes ? 'write' : 'read', key: pathKey(path), span: { start: node.startIndex, end: (node.childForFieldName('method') ?? node).endIndex }, called: isCalled(node) });
    return undefined;
  });
  return facts;
}

/** `FILE = …` (a constant anywhere), `@path = …` in `initialize`. */
function assignment(node: SyntaxNode, facts: StoreFacts): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  if (left.type === 'constant') bind(facts.bindings, `name:${left.text}`, { text: right.text });
  else if (left.type === 'instance_variable') {
    const method = enclosing(node, ['method']);
    if (method?.childForFieldName('name')?.text !== 'initialize') return;
    const parameters = (method.childForFieldName('parameters')?.namedChildren ?? []).map((parameter) => (parameter?.type === 'identifier' ? parameter.text : ''));
    const index = right.type === 'identifier' ? parameters.indexOf(right.text) : -1;
    bind(facts.bindings, pathKey(left), index >= 0 ? { parameter: index } : { text: right.text });
  }
}

function pathKey(path: SyntaxNode): string {
  if (path.type === 'constant' || path.type === 'identifier') return `name:${path.text}`;
  if (path.type === 'instance_variable') return `field:${enclosing(path, ['class'])?.childForFieldName('name')?.text ?? ''}.${path.text.slice(1)}`;
  return `expr:${path.text}`;
}

/** `post "/login" do … end`: Sinatra's route. */
function isRoute(call: SyntaxNode): boolean {
  const first = callArguments(call)[0];
  return !call.childForFieldName('receiver') && ROUTE_VERBS.has(callName(call) ?? '') && (stringValue(first)?.startsWith('/') ?? false) && call.childForFieldName('block') !== null;
}

/** In a method, or in a route's block: run by a request, not when the file loads. */
function isCalled(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'method' || parent.type === 'singleton_method') return true;
    if ((parent.type === 'do_block' || parent.type === 'block') && parent.parent?.type === 'call' && isRoute(parent.parent)) return true;
  }
  return false;
}

function enclosing(node: SyntaxNode, types: readonly string[]): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (types.includes(parent.type)) return parent;
  return undefined;
}

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isToolOrTest(context.path)) return;
  const facts = rubyStoreFacts(root);
  for (const report of jsonFileReports(facts)) context.report(report);
  const imported = context.options.importedJsonStores ?? [];
  if (imported.length === 0) return;
  walkTree(root, (node) => {
    if (node.type !== 'call' || node.childForFieldName('method')?.text !== 'new') return undefined;
    const receiver = node.childForFieldName('receiver');
    const store = receiver?.type === 'constant' ? imported.find((fact) => fact.name === receiver.text) : undefined;
    const argument = store && callArguments(node)[store.parameter];
    if (store && argument && isAppJsonPath(argument.text, facts.bindings)) context.report(constructedReport(nodeSpan(node), store));
    return undefined;
  });
}

/** The classes of a required file that read and rewrite the JSON file their `initialize` is given; `module` as required. */
export function rubyJsonStoresIn(module: string, path: string, text: string, treeSitter?: TreeSitterParsers): ImportedJsonStore[] {
  const root = new ParsedDocument(path, text, 'ruby', treeSitter).tree?.rootNode;
  if (!root) return [];
  const facts = rubyStoreFacts(root);
  // `field:C.x` keys name their class; the class must turn records to and from JSON.
  const classOf = (key: string): string | undefined => (key.startsWith('field:') && /\bJSON\.|\.to_json\b/.test(text) ? key.slice(6, key.lastIndexOf('.')) || undefined : undefined);
  return importedStores(module, path, text, parameterStores(facts, classOf));
}

/** Whether a required file is worth parsing for such a class. */
export function mayExportRubyStore(text: string): boolean {
  return /\bdef[ \t]+initialize\b/.test(text) && /\bFile\.(?:write|open)\b/.test(text);
}

/** Whether a file may construct a required JSON store with an app path. */
export function mayConstructImportedRubyStore(text: string): boolean {
  return text.includes('.json') && text.includes('require_relative') && text.includes('.new') && mentionsRecordsFile(text);
}

export const rubyJsonFileCheck: LanguageCheck = {
  languages: ['ruby'],
  keywords: ['.json'],
  mayReport: (file) => (/\bFile\.(?:write|open)\b/.test(file.text) && mentionsRecordsFile(file.text)) || (file.options.importedJsonStores?.length ?? 0) > 0,
  check,
};
