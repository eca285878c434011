// Factor IX across Go packages: `main` calls `server.Run()` of the module's own public package, and Run starts the
// server (`http.ListenAndServe`, gin's `r.Run`) with no `signal.Notify` and no `Shutdown` anywhere in that package.
// Such a package is silent on its own (a library's helper may be stopped by its caller); the node layer
// (migrationFacts.ts) reads the packages `main` imports and hands over, as facts, the exported functions that start a
// server, and go.ts judges `main`'s call of one as a start of its own. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { goImports, importsAny, packageName, qualifiedName } from '../../languages/go';
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
    // `main` is no importable package; `internal/` and `cmd/` packages are judged where they start (go.ts).
    if (name === 'main' || /(?:^|\/)(?:internal|cmd)\//.test(path)) return [];
    const imports = goImports(root);
    const framework = importsAny(imports, FRAMEWORKS);
    const lines = new LineIndex(text);
    const found: ImportedServerStart[] = [];
    for (const fn of root.namedChildren) {
      const exported = fn?.type === 'function_declaration' ? fn.childForFieldName('name')?.text : undefined;
      if (!fn || !exported || !/^[A-Z]/.test(exported)) continue;
      const start = firstStart(fn, imports, framework);
      if (start) found.push({ module, name: exported, path, range: lines.range(nodeSpan(start)) });
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
