// JSON files as the app's database in Python (json-file-store.ts), read from the tree: `open(path, "w")` (with
// `json.dump`) rewriting a path the same module opens for reading, pathlib's `write_text`/`read_text`; and, across
// modules, a class another module defines that reads and rewrites the path its `__init__` is given
// (`orders = JsonRepository(DATA / "orders.json")`: the node layer hands over the class as an ImportedJsonStore).
import { ParsedDocument } from '../../languages';
import { decoratorsOf, dottedName, enclosingFunction, keywordArgument, parameterNames, positionalArguments, stringValue } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedJsonStore } from '../../types';
import { bind, constructedReport, importedStores, isAppJsonPath, mentionsRecordsFile, isToolOrTest, jsonFileReports, namesRecordVerb, parameterStores, type Binding, type StoreFacts } from './json-file-store';

const ROUTE_DECORATOR = /\.(?:route|get|post|put|patch|delete|api_route|websocket)$/;
const PATH_METHODS: Record<string, 'read' | 'write'> = { write_text: 'write', write_bytes: 'write', read_text: 'read', read_bytes: 'read' };

interface PyFacts extends StoreFacts {
  /** `json.dump(…)` / `json.dumps(…)`: the records are written as JSON. */
  dumpsJson?: boolean;
  /** `field:C.x` -> C, for the classes that call `json.` functions. */
  jsonClasses: Map<string, string>;
}

function pythonStoreFacts(root: SyntaxNode): PyFacts {
  const facts: PyFacts = { accesses: [], bindings: new Map(), storesRecords: false, jsonClasses: new Map() };
  walkTree(root, (node) => {
    if (node.type === 'assignment') assignment(node, facts);
    else if (node.type === 'call') call(node, facts);
    else if (node.type === 'function_definition') {
      const name = node.childForFieldName('name')?.text ?? '';
      if (namesRecordVerb(name) || decoratorsOf(node).some((decorator) => ROUTE_DECORATOR.test(dottedName(decorator.type === 'call' ? decorator.childForFieldName('function') : decorator) ?? ''))) facts.storesRecords = true;
    }
    return undefined;
  });
  return facts;
}

/** `NOTES = …` (module or class level), `self.path = Path(path)` in `__init__` (from a parameter, by position after self). */
function assignment(node: SyntaxNode, facts: PyFacts): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  const fn = enclosingFunction(node);
  const cls = classOf(node);
  if (left.type === 'identifier' && !fn) {
    bind(facts.bindings, `name:${left.text}`, { text: right.text });
    if (cls) fieldBound(facts, cls, left.text, { text: right.text });
    return;
  }
  if (left.type !== 'attribute' || left.childForFieldName('object')?.text !== 'self' || !cls || fn?.childForFieldName('name')?.text !== '__init__') return;
  const parameters = parameterNames(fn).slice(1);
  let value = right;
  if (value.type === 'call' && positionalArguments(value).length === 1) value = positionalArguments(value)[0]!;
  const index = value.type === 'identifier' ? parameters.indexOf(value.text) : -1;
  fieldBound(facts, cls, left.childForFieldName('attribute')?.text ?? '', index >= 0 ? { parameter: index } : { text: right.text });
}

function fieldBound(facts: PyFacts, cls: SyntaxNode, field: string, binding: Binding): void {
  const className = cls.childForFieldName('name')?.text ?? '';
  const key = `field:${className}.${field}`;
  bind(facts.bindings, key, binding);
  if (/\bjson\.(?:loads?|dumps?)\s*\(/.test(cls.text)) facts.jsonClasses.set(key, className);
}

function classOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'class_definition') return parent;
  return undefined;
}

/** `open(path, "w")` / `open(path)`, `path.write_text(…)` / `path.read_text()`. */
function call(node: SyntaxNode, facts: PyFacts): void {
  const callee = node.childForFieldName('function');
  if (!callee) return;
  if (callee.type === 'attribute' && /^json\.dumps?$/.test(callee.text)) facts.dumpsJson = true;
  const called = enclosingFunction(node) !== undefined;
  if (callee.type === 'identifier' && callee.text === 'open') {
    const [path, modeArgument] = positionalArguments(node);
    if (!path) return;
    const mode = stringValue(modeArgument ?? keywordArgument(node, 'mode')) ?? 'r';
    facts.accesses.push({ kind: /[wa]/.test(mode) ? 'write' : 'read', key: pathKey(path), span: nodeSpan(callee), called });
    return;
  }
  const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const object = callee.childForFieldName('object');
  if (method !== undefined && PATH_METHODS[method] && object) facts.accesses.push({ kind: PATH_METHODS[method], key: pathKey(object), span: nodeSpan(callee), called });
}

function pathKey(path: SyntaxNode): string {
  if (path.type === 'identifier') return `name:${path.text}`;
  if (path.type === 'attribute' && path.childForFieldName('object')?.text === 'self') {
    const cls = classOf(path);
    return `field:${cls?.childForFieldName('name')?.text ?? ''}.${path.childForFieldName('attribute')?.text ?? ''}`;
  }
  return `expr:${path.text}`;
}

/** Local name -> `module.Name` for `from .storage import JsonRepository` (relative imports too). */
function fromImports(root: SyntaxNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of root.namedChildren) {
    if (statement?.type !== 'import_from_statement') continue;
    const module = statement.childForFieldName('module_name')?.text;
    for (const name of statement.childrenForFieldName('name')) {
      const imported = name?.type === 'aliased_import' ? name.childForFieldName('name')?.text : name?.text;
      const local = name?.type === 'aliased_import' ? name.childForFieldName('alias')?.text : imported;
      if (module && imported && local) names.set(local, `${module}.${imported}`);
    }
  }
  return names;
}

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isToolOrTest(context.path)) return;
  const facts = pythonStoreFacts(root);
  if (facts.dumpsJson) for (const report of jsonFileReports(facts)) context.report(report);
  const imported = context.options.importedJsonStores ?? [];
  if (imported.length === 0) return;
  const names = fromImports(root);
  walkTree(root, (node) => {
    if (node.type !== 'call') return undefined;
    const callee = node.childForFieldName('function');
    const resolved = callee?.type === 'identifier' ? names.get(callee.text) : undefined;
    const store = resolved === undefined ? undefined : imported.find((fact) => resolved === `${fact.module}.${fact.name}`);
    const argument = store && positionalArguments(node)[store.parameter];
    if (store && argument && isAppJsonPath(argument.text, facts.bindings)) context.report(constructedReport(nodeSpan(node), store));
    return undefined;
  });
}

/** The classes of a module that read and rewrite the JSON file their `__init__` is given; `module` as the importer wrote it. */
export function pythonJsonStoresIn(module: string, path: string, text: string, treeSitter?: TreeSitterParsers): ImportedJsonStore[] {
  const root = new ParsedDocument(path, text, 'python', treeSitter).tree?.rootNode;
  if (!root) return [];
  const facts = pythonStoreFacts(root);
  return importedStores(module, path, text, parameterStores(facts, (key) => facts.jsonClasses.get(key)));
}

/** Whether a module is worth parsing for such a class. */
export function mayExportPythonStore(text: string): boolean {
  return text.includes('__init__') && /\bjson\.dump/.test(text) && /\bopen\s*\(|write_text/.test(text);
}

/** Whether a file may construct an imported JSON store with an app path: a `from … import`, a `.json` name. */
export function mayConstructImportedPythonStore(text: string): boolean {
  return text.includes('.json') && /^[ \t]*from[ \t]+\S+[ \t]+import\b/m.test(text) && mentionsRecordsFile(text);
}

export const pythonJsonFileCheck: LanguageCheck = {
  languages: ['python'],
  keywords: ['.json'],
  mayReport: (file) => (/\bopen\s*\(|write_(?:text|bytes)/.test(file.text) && /\bjson\.dump/.test(file.text) && mentionsRecordsFile(file.text)) || (file.options.importedJsonStores?.length ?? 0) > 0,
  check,
};
