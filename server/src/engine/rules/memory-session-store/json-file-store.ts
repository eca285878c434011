// A JSON file under the app as its database (probe28 item 8), the judgement every language's reading shares. Each
// language's parser finds the file reads and writes (`fs.promises.writeFile(CARTS_FILE, …)`, `open(NOTES_PATH, "w")`,
// `File.write(FILE, …)`, `file_put_contents($this->file, …)`, `os.WriteFile(tasksFile, …)`), keys each by the path
// it names (a literal, a constant, a field), and what each name or field is bound to; this file pairs a write run by a
// call with a read of the same path, and judges the path: a `.json` file the code fixes under the app's folder, not
// the environment's (a mounted volume), not the OS's temporary folder, not named for configuration or derived data.
// A field bound to a constructor's parameter (`this.file = file`) is the cross-file shape: the class is a repository
// whose path another file hands in (`new JsonRepo('carts.json')`); that file's construction is judged the same way.
import { LineIndex } from '../../source';
import type { ImportedJsonStore, RelatedSpan, Report, Span } from '../../types';
import { isOneOffOrTestFile } from '../startup-migration/javascript-paths';
import { ENVIRONMENT_READ, TEMPORARY } from './local-uploads';
import { wordsOf } from './state-words';

/** A read or a write of a file; `key` names its path: `name:X` (a variable or constant), `field:C.x` (a field of class C), `expr:…` (as written). */
export interface FileAccess {
  kind: 'read' | 'write';
  key: string;
  span: Span;
  /** Run by a call (in a function, method or request block), not once as the module loads. */
  called: boolean;
}

/** What a name or field is bound to: an expression's text, or a constructor's parameter (by position). */
export type Binding = { text: string } | { parameter: number };

export interface StoreFacts {
  accesses: FileAccess[];
  /** By key (`name:X`, `field:C.x`): the first binding wins (a path is bound once). */
  bindings: Map<string, Binding>;
  /** A function or method named with a repository's verb, or a request handler, in the file. */
  storesRecords: boolean;
}

/** A class that reads and rewrites the file its constructor is given, for the importer's `new Repo('carts.json')`. */
export interface ParameterStore {
  /** The class's name as the importer reaches it ('' for the module itself). */
  className: string;
  parameter: number;
  write: Span;
}

/** A named `.json` file in a literal; not an extension alone (`'.json'`, `${id}.json`: a file per record is not read). */
const JSON_LITERAL = /["'`]([^"'`\n]{0,200}[\w-]\.json)["'`]/;

/** Words in a path or its name that say the file is no user's records: configuration, derived or written at start. */
const NOT_RECORDS = new Set([
  'config', 'configuration', 'settings', 'options', 'manifest', 'package', 'composer', 'tsconfig', 'lock', 'cache', 'cached',
  'build', 'version', 'sitemap', 'schema', 'export', 'exports', 'backup', 'backups', 'snapshot', 'snapshots', 'archive',
  'report', 'reports', 'stats', 'metrics', 'seed', 'seeds', 'fixture', 'fixtures', 'locale', 'translations', 'flags',
  'runtime', 'assets', 'routes', 'log', 'logs', 'openapi', 'swagger', 'feature', 'dist', 'public', 'static',
]);

/** A repository's verbs, as a function or method name's first word. */
export const REPOSITORY_VERBS: ReadonlySet<string> = new Set(['save', 'add', 'create', 'insert', 'update', 'delete', 'remove', 'destroy', 'find', 'upsert', 'store', 'register', 'push', 'put']);

/** Tools and one-off tasks by their folder (beside startup-migration's admin folders): Go's cmd/<tool>/ is not, it is often the server. */
const TOOL_FOLDER = /(?:^|\/)(?:tools|tasks|scripts|bin|script)\//;

export const JSON_FILE_MESSAGE =
  "Factor VI: this rewrites a JSON file under the app's folder that the app reads its records back from: the records live on " +
  "this container's disk, so a redeploy loses them and each process has its own copy; keep them in a database or another backing service.";

export const CONSTRUCTED_MESSAGE =
  "Factor VI: this repository keeps its records in a JSON file under the app's folder, rewritten on every change: they live on " +
  "this container's disk, so a redeploy loses them and each process has its own copy; keep them in a database or another backing service.";

/** Scripts, tools, tests and migrations: run once by hand or by CI, not by requests. */
export function isToolOrTest(path: string): boolean {
  return isOneOffOrTestFile(path) || TOOL_FOLDER.test(path);
}

export function namesRecordVerb(name: string): boolean {
  return REPOSITORY_VERBS.has(wordsOf(name)[0] ?? '');
}

/** The writes of an app-folder JSON file the same file reads back, one per path, each with its read as a related location. */
export function jsonFileReports(facts: StoreFacts): Report[] {
  if (!facts.storesRecords) return [];
  const reports: Report[] = [];
  const done = new Set<string>();
  for (const write of facts.accesses) {
    if (write.kind !== 'write' || !write.called || done.has(write.key) || !isAppJsonKey(write.key, facts.bindings)) continue;
    const read = facts.accesses.find((access) => access.kind === 'read' && access.key === write.key);
    if (!read) continue;
    done.add(write.key);
    reports.push({ span: write.span, message: JSON_FILE_MESSAGE, related: [readBack(read.span)] });
  }
  return reports;
}

function readBack(span: Span): RelatedSpan {
  return { span, message: 'Factor VI: the same file is read back here' };
}

/** The fields a class both reads and rewrites whose path its constructor is given: `this.file = file`. */
export function parameterStores(facts: StoreFacts, classOf: (key: string) => string | undefined): ParameterStore[] {
  const found: ParameterStore[] = [];
  for (const write of facts.accesses) {
    const bound = facts.bindings.get(write.key);
    const className = classOf(write.key);
    if (write.kind !== 'write' || !write.called || !bound || !('parameter' in bound) || className === undefined) continue;
    if (found.some((store) => store.className === className)) continue;
    if (!facts.accesses.some((access) => access.kind === 'read' && access.key === write.key)) continue;
    found.push({ className, parameter: bound.parameter, write: write.span });
  }
  return found;
}

/** What the node layer hands an importer: each class by name, its rewrite located in its own file. */
export function importedStores(module: string, path: string, text: string, stores: readonly ParameterStore[]): ImportedJsonStore[] {
  const lines = new LineIndex(text);
  return stores.map((store) => ({ module, name: store.className, parameter: store.parameter, path, range: lines.range(store.write) }));
}

/** The importer's construction of such a class with a path under the app, the class's rewrite related. */
export function constructedReport(span: Span, store: ImportedJsonStore): Report {
  return { span, message: CONSTRUCTED_MESSAGE, relatedElsewhere: [{ path: store.path, range: store.range, message: 'Factor VI: the repository rewrites the file here' }] };
}

/** The key's path is an app-folder JSON file: a literal as written, or what its name or field is bound to. */
function isAppJsonKey(key: string, bindings: ReadonlyMap<string, Binding>): boolean {
  if (key.startsWith('expr:')) return isAppJsonPath(key.slice(5), bindings);
  const bound = bindings.get(key);
  const name = key.slice(key.lastIndexOf(key.startsWith('field:') ? '.' : ':') + 1);
  return bound !== undefined && 'text' in bound && !namesNoRecords(name) && isAppJsonPath(bound.text, bindings);
}

/**
 * A `.json` path the code fixes under the app (the expression's text, as the parser delimited it): no environment read
 * or temporary folder in it or in the names it is built from (`path.join(dataDir, 'orders.json')` judged by `dataDir`).
 * `impliedJson`: a library that adds `.json` itself (node-json-db's `new Config('wishlists')`).
 */
export function isAppJsonPath(expression: string, bindings: ReadonlyMap<string, Binding>, impliedJson = false): boolean {
  const literal = JSON_LITERAL.exec(expression)?.[1] ?? (impliedJson ? /^["'`]([\w./-]{1,200})["'`]$/.exec(expression.trim())?.[1] : undefined);
  return literal !== undefined && !namesNoRecords(literal) && !outsideTheApp(expression, bindings, 2);
}

function outsideTheApp(expression: string, bindings: ReadonlyMap<string, Binding>, depth: number): boolean {
  if (TEMPORARY.test(expression) || ENVIRONMENT_READ.test(expression)) return true;
  if (depth === 0) return false;
  // A folder variable the path is built from (`path.join(exportDir, 'orders.json')`), judged by its own binding.
  for (const word of expression.match(/[A-Za-z_]\w*/g) ?? []) {
    const bound = bindings.get(`name:${word}`);
    if (bound !== undefined && 'text' in bound && bound.text !== expression && outsideTheApp(bound.text, bindings, depth - 1)) return true;
  }
  return false;
}

/** For the prefilters: a `.json` literal in the text not named for configuration or derived data (what every single-file finding needs). */
export function mentionsRecordsFile(text: string): boolean {
  for (const match of text.matchAll(JSON_LITERALS)) if (!namesNoRecords(match[1]!)) return true;
  return false;
}

/** JSON_LITERAL, every one. */
const JSON_LITERALS = /["'`]([^"'`\n]{0,200}[\w-]\.json)["'`]/g;

function namesNoRecords(name: string): boolean {
  return wordsOf(name).some((word) => NOT_RECORDS.has(word));
}

/** First binding wins. */
export function bind(bindings: Map<string, Binding>, key: string, binding: Binding): void {
  if (!bindings.has(key)) bindings.set(key, binding);
}

/** An app's JS/TS, Python or Ruby file whose imports the node layer reads for JSON stores: not a script, tool or test. */
export function wantsImportedJsonStores(path: string): boolean {
  return /\.(?:[cm]?[jt]s|[jt]sx|py|rb)$/.test(path) && !isToolOrTest(path) && !/(?:^|\/)(?:node_modules|site-packages)\//.test(path);
}
