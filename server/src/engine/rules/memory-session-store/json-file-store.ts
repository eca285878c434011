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

/** A named `.json` file in a literal; not an extension alone (`'.json'`; `${id}.json`, a file per record, is RECORD_JSON's). */
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

/**
 * The writes of an app-folder JSON file the same file reads back, one per path, each with its read as a related location;
 * and the writes of one JSON file per record in an app folder (`path.join(QUOTES_DIR, `${id}.json`)`), one per folder,
 * read back from the same folder or through a name the file does not bind where it can be read (a handler's local).
 */
export function jsonFileReports(facts: StoreFacts): Report[] {
  if (!facts.storesRecords) return [];
  const reports: Report[] = [];
  const done = new Set<string>();
  for (const write of facts.accesses) {
    if (write.kind !== 'write' || !write.called || done.has(write.key)) continue;
    const folder = recordFolder(write.key, facts.bindings);
    if (folder !== undefined) {
      const read = facts.accesses.find((access) => access.kind === 'read' && (recordFolder(access.key, facts.bindings) === folder || isUnboundName(access.key, facts.bindings)));
      if (!read || done.has(folder)) continue;
      done.add(folder);
      reports.push({ span: write.span, message: JSON_FILE_MESSAGE, related: [readBack(read.span)] });
      continue;
    }
    if (!isAppJsonKey(write.key, facts.bindings)) continue;
    const read = facts.accesses.find((access) => access.kind === 'read' && access.key === write.key);
    if (!read) continue;
    done.add(write.key);
    reports.push({ span: write.span, message: JSON_FILE_MESSAGE, related: [readBack(read.span)] });
  }
  return reports;
}

/**
 * A file per record: an id put right before `.json` (`${id}.json`, `f"{ticket_id}.json"`, `"#{id}.json"`, `"{$id}.json"`,
 * `id + ".json"`, `$id.json`). Bounded runs: linear.
 */
const RECORD_JSON = /(?:\{[^{}\n]{1,80}\}|\$\w{1,60})\.json["'`]|[+.][ \t]{0,8}["'`]\.json["'`]/;
/** RECORD_JSON, every one (a literal: the linear-time test reads literals). */
const RECORD_JSONS = /(?:\{[^{}\n]{1,80}\}|\$\w{1,60})\.json["'`]|[+.][ \t]{0,8}["'`]\.json["'`]/g;

/**
 * A per-record name placed in a folder: an argument of a join call still open before it (`path.join(DIR, `,
 * `filepath.Join(dir, `, `File.join(DIR, `) or a `/` right before the id (`"/{$id}.json"`, `` `${DIR}/${id}.json` ``).
 * A bundler's `` `${name}.json` `` module lookup is neither. The prefilter and the check read the same 160 characters.
 */
function placedInFolder(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  if (/[/\\]\$?$/.test(before)) return true;
  const join = before.toLowerCase().lastIndexOf('join(');
  if (join < 0) return false;
  let depth = 1;
  for (let index = join + 5; index < before.length && depth > 0; index++) {
    if (before[index] === '(') depth++;
    else if (before[index] === ')') depth--;
  }
  return depth > 0;
}

/** The words of a path's construction, not its folder: `path.join`, `os.path.join`, `File.join`, `filepath.Join`. */
const PATH_WORDS = new Set(['path', 'join', 'os', 'File', 'filepath', 'Join', 'resolve', 'Path', 'fs', 'dirname', 'expand_path', 'fmt', 'Sprintf', 'sprintf', 'pathlib', '__dirname', '__dir__', '__DIR__']);

/**
 * `record:QUOTES_DIR` for a per-record JSON path (as written, or what its name is bound to) whose folder is a name the
 * file binds under the app (not the environment's, not the OS's temporary folder, not named for exports or caches).
 */
function recordFolder(key: string, bindings: ReadonlyMap<string, Binding>): string | undefined {
  const bound = key.startsWith('name:') ? bindings.get(key) : undefined;
  const text = key.startsWith('expr:') ? key.slice(5) : bound && 'text' in bound ? bound.text : undefined;
  const match = text === undefined ? null : RECORD_JSON.exec(text);
  if (!text || !match || !placedInFolder(text, match.index)) return undefined;
  // `filepath.Join(notesDir, id+".json")`: the id before `+` is no folder.
  let prefix = text.slice(0, match.index);
  if (!match[0].startsWith('{') && !match[0].startsWith('$')) prefix = prefix.replace(/[\w$.]{1,200}(?:\([^()\n]{0,200}\))?[ \t]{0,8}$/, '');
  // A string's prefix (`f"…"`, `r'…'`) is no name either.
  const words = prefix.replace(/\b[fFrRbBuU]{1,2}(?=["'])/g, '').match(/\$?[A-Za-z_][\w$]{0,80}/g) ?? [];
  const folder = words.filter((word) => !PATH_WORDS.has(word)).pop();
  // PHP binds `$entriesDir` as `name:entriesDir`.
  const folderBinding = folder === undefined ? undefined : (bindings.get(`name:${folder}`) ?? bindings.get(`name:${folder.replace(/^\$/, '')}`));
  if (folder === undefined || folderBinding === undefined || !('text' in folderBinding)) return undefined;
  if (namesNoRecords(folder) || namesNoRecords(folderBinding.text) || outsideTheApp(prefix, bindings, 2)) return undefined;
  return `record:${folder}`;
}

/** A name the file binds nowhere it can be read (a function's local): what it holds is not known here. */
function isUnboundName(key: string, bindings: ReadonlyMap<string, Binding>): boolean {
  return key.startsWith('name:') && !bindings.has(key);
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

/**
 * For the prefilters: a `.json` literal in the text not named for configuration or derived data, or a file per record
 * (`${id}.json`): what every single-file finding needs.
 */
export function mentionsRecordsFile(text: string): boolean {
  for (const match of text.matchAll(JSON_LITERALS)) if (!namesNoRecords(match[1]!)) return true;
  for (const match of text.matchAll(RECORD_JSONS)) if (placedInFolder(text, match.index)) return true;
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
