// Factor IX across Go packages: `main` calls `server.Run()` of the module's own public package, and Run starts the
// server (`http.ListenAndServe`, gin's `r.Run`) with no `signal.Notify` and no `Shutdown` anywhere in that package.
// Such a package is silent on its own (a library's helper may be stopped by its caller); the node layer
// (migrationFacts.ts) reads the packages `main` imports and hands over, as facts, the exported functions that start a
// server, and go.ts judges `main`'s call of one as a start of its own. The same facts name the exported functions that
// return a gin, echo or fiber engine whatever they are called (`server.New(cfg)`, `api.NewRouter(store)`, `web.Build(s)`),
// by their declared result or a `return gin.New()`: the caller, which does not import the framework, starts the engine
// with its `Run`/`Start`/`Listen`. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { callName, goImports, importsAny, named, packageName, qualifiedName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ImportedServerStart } from '../../types';
import { chainedCallName } from '../go-servers';

const SERVE_FUNCTIONS = new Set(['net/http.ListenAndServe', 'net/http.ListenAndServeTLS', 'net/http.Serve']);
const FRAMEWORKS = ['github.com/gin-gonic/gin', 'github.com/labstack/echo', 'github.com/gofiber/fiber'];

/** Whether a package file is worth parsing: it starts a server. */
export function mayStartGoServer(text: string): boolean {
  return /ListenAndServe|\.Serve\(|\.Run\(|\.Start\(|\.Listen\(/.test(text);
}

/** Whether a package file may return a framework's engine: it names one's type or calls one's constructor. */
export function mayReturnEngine(text: string): boolean {
  return /\*(?:gin\.Engine|echo\.Echo|fiber\.App)\b|\b(?:gin\.(?:New|Default)|echo\.New|fiber\.New)\(/.test(text);
}

/** The engines' types and constructors, by import path without its major version (`github.com/labstack/echo/v4`). */
const ENGINE_TYPES: Readonly<Record<string, string>> = { 'github.com/gin-gonic/gin': 'Engine', 'github.com/labstack/echo': 'Echo', 'github.com/gofiber/fiber': 'App' };
const ENGINE_CONSTRUCTORS: Readonly<Record<string, readonly string[]>> = { 'github.com/gin-gonic/gin': ['New', 'Default'], 'github.com/labstack/echo': ['New'], 'github.com/gofiber/fiber': ['New'] };

/** Whether `pkg.Member` is, under the file's imports, a framework's engine type (`gin.Engine`) or constructor (`gin.New`). */
function isEngineName(name: string, imports: ReadonlyMap<string, string>, table: Readonly<Record<string, string | readonly string[]>>): boolean {
  const dot = name.indexOf('.');
  const path = dot < 0 ? undefined : imports.get(name.slice(0, dot))?.replace(/\/v\d+$/, '');
  const wanted = path === undefined ? undefined : table[path];
  const member = name.slice(dot + 1);
  return wanted !== undefined && (typeof wanted === 'string' ? wanted === member : wanted.includes(member));
}

/**
 * The return that makes a function an engine's constructor: its declared (first) result is `*gin.Engine`, `*echo.Echo` or
 * `*fiber.App`, or a `return` hands back a framework's constructor call (`return fiber.New(cfg)`). Undefined otherwise.
 */
function engineReturn(fn: SyntaxNode, imports: ReadonlyMap<string, string>): SyntaxNode | undefined {
  const result = fn.childForFieldName('result');
  const first = result?.type === 'parameter_list' ? named(result)[0]?.childForFieldName('type') : result;
  const declared = first?.type === 'pointer_type' && isEngineName(first.text.replace(/^\*\s*/, ''), imports, ENGINE_TYPES);
  let found: SyntaxNode | undefined;
  walkTree(fn.childForFieldName('body') ?? fn, (node) => {
    if (found || node.type === 'func_literal') return false;
    if (node.type !== 'return_statement') return undefined;
    const value = named(named(node)[0])[0];
    if (declared || (value?.type === 'call_expression' && isEngineName(callName(value) ?? '', imports, ENGINE_CONSTRUCTORS))) found = node;
    return false;
  });
  return found;
}

/** Whether a package stops its server itself, in any of its files: then its caller has nothing to add. */
export function stopsGoServer(text: string): boolean {
  return /signal\.Notify|\.Shutdown\(|\.GracefulStop\(/.test(text);
}

/** The exported functions of a package file (`func Run() error`) whose body starts a server; `module`: the package's import path. */
export function goServerStartsIn(module: string, path: string, text: string, treeSitter?: TreeSitterParsers): ImportedServerStart[] {
  const parsed = new ParsedDocument(path, text, 'go', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return [];
    const name = packageName(root);
    // `main` is no importable package; `internal/` and `cmd/` packages are judged where they start (go.ts), but the
    // engines their constructors return are started by the importer.
    if (name === 'main') return [];
    const startsJudgedThere = /(?:^|\/)(?:internal|cmd)\//.test(path);
    const imports = goImports(root);
    const framework = importsAny(imports, FRAMEWORKS);
    const lines = new LineIndex(text);
    const found: ImportedServerStart[] = [];
    for (const fn of root.namedChildren) {
      const exported = fn?.type === 'function_declaration' ? fn.childForFieldName('name')?.text : undefined;
      if (!fn || !exported || !/^[A-Z]/.test(exported)) continue;
      const start = startsJudgedThere ? undefined : firstStart(fn, imports, framework);
      const engine = start || !framework ? undefined : engineReturn(fn, imports);
      if (start) found.push({ module, name: exported, path, range: lines.range(nodeSpan(start)) });
      else if (engine) found.push({ module, name: exported, path, range: lines.range(nodeSpan(engine)), engine: true });
    }
    return found;
  } finally {
    parsed.dispose();
  }
}

function firstStart(fn: SyntaxNode, imports: ReadonlyMap<string, string>, framework: boolean): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  walkTree(fn, (node) => {
    if (found) return false;
    if (node.type !== 'call_expression') return undefined;
    const name = chainedCallName(node) ?? '';
    const qualified = qualifiedName(name, imports) ?? name;
    const method = name.slice(name.lastIndexOf('.') + 1);
    const onValue = name.includes('.') && !imports.has(name.slice(0, name.indexOf('.')));
    const starts = SERVE_FUNCTIONS.has(qualified) || (onValue && (method === 'ListenAndServe' || method === 'ListenAndServeTLS')) || (framework && onValue && ['Run', 'Start', 'Listen'].includes(method));
    if (starts) found = node.childForFieldName('function') ?? node;
    return undefined;
  });
  return found;
}
