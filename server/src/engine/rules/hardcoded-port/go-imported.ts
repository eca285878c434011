// Factor VII across Go packages: `http.Server{Addr: configs.ProjectPort()}` where the module's own `configs` package
// has `func ProjectPort() string { return ":9999" }` (go-gin-api). The node layer (migrationFacts.ts, which already
// resolves the module's packages a file imports) reads such functions and hands them over as facts; the call is
// reported where the server takes it, the function's return the related location. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { goStringValue, isGoString, named } from '../../languages/go';
import { nodeSpan, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ImportedPort } from '../../types';

/** A listen address as Go servers take it: `:8080`, `0.0.0.0:8080`, `[::]:8080`. */
export const GO_ADDRESS = /^(?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):([0-9]{1,5})$/;

/** Whether a package file is worth parsing for such functions or constants: it returns or declares a string literal holding a port. */
export function mayReturnAddress(text: string): boolean {
  return /\breturn\s+"[^"\n]{0,60}:[0-9]{1,5}"/.test(text) || /\b[A-Z]\w*\s*(?:string\s*)?=\s*"(?:0\.0\.0\.0|\[::\])?:[0-9]{1,5}"/.test(text);
}

/** A constant's listen form: `:9000`, `0.0.0.0:9000`, `[::]:9000` (a host such as `redis:6379` is something dialled). */
const LISTEN_ADDRESS = /^(?:0\.0\.0\.0|\[::\])?:([0-9]{1,5})$/;

/**
 * The package's exported constants and variables (one name, one string) holding a listen address: cloudwego's
 * `consts.UserServiceAddr = ":9000"`, handed to `net.ResolveTCPAddr` in another package's main.
 */
function addressConstantsIn(root: SyntaxNode, module: string, path: string, lines: LineIndex): ImportedPort[] {
  const found: ImportedPort[] = [];
  for (const declaration of named(root)) {
    if (declaration.type !== 'const_declaration' && declaration.type !== 'var_declaration') continue;
    for (const spec of named(declaration)) {
      const names = spec.childrenForFieldName('name');
      const values = named(spec.childForFieldName('value'));
      const name = names.length === 1 ? names[0]!.text : undefined;
      const value = values.length === 1 && isGoString(values[0]) ? goStringValue(values[0]) : undefined;
      const port = name !== undefined && /^[A-Z]/.test(name) && value !== undefined ? Number(LISTEN_ADDRESS.exec(value)?.[1]) : NaN;
      if (port >= 1 && port <= 65535) found.push({ module, name: name!, port, path, range: lines.range(nodeSpan(spec)), constant: true });
    }
  }
  return found;
}

/** A block's statements (newer grammars wrap them in a statement_list), comments aside. */
function bodyStatements(block: SyntaxNode | null): SyntaxNode[] {
  const children = named(block);
  const list = children.length === 1 && children[0]!.type === 'statement_list' ? named(children[0]) : children;
  return list.filter((node) => node.type !== 'comment');
}

/**
 * The package file's exported functions without parameters whose body is one `return "<address>"`: what a caller
 * gets as a listen address. A function that computes or reads anything (`":" + os.Getenv("PORT")`) is not one.
 */
export function addressFunctionsIn(module: string, path: string, text: string, treeSitter?: TreeSitterParsers): ImportedPort[] {
  const parsed = new ParsedDocument(path, text, 'go', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return [];
    const lines = new LineIndex(text);
    const found: ImportedPort[] = addressConstantsIn(root, module, path, lines);
    for (const fn of named(root)) {
      const name = fn.type === 'function_declaration' ? fn.childForFieldName('name')?.text : undefined;
      if (name === undefined || !/^[A-Z]/.test(name) || named(fn.childForFieldName('parameters')).length > 0) continue;
      const statements = bodyStatements(fn.childForFieldName('body'));
      const returned = statements.length === 1 && statements[0]!.type === 'return_statement' ? named(named(statements[0]!)[0]) : [];
      const value = returned.length === 1 && isGoString(returned[0]) ? goStringValue(returned[0]) : undefined;
      const port = value === undefined ? undefined : Number(GO_ADDRESS.exec(value)?.[1]);
      if (port !== undefined && port >= 1 && port <= 65535) found.push({ module, name, port, path, range: lines.range(nodeSpan(statements[0]!)) });
    }
    return found;
  } finally {
    parsed.dispose();
  }
}
