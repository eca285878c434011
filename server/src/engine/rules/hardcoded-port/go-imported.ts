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

/** Whether a package file is worth parsing for such functions: it returns a string literal holding a port. */
export function mayReturnAddress(text: string): boolean {
  return /\breturn\s+"[^"\n]{0,60}:[0-9]{1,5}"/.test(text);
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
    const found: ImportedPort[] = [];
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
