// Factor VII across Python modules: `app.run(host="0.0.0.0", port=get_port())` where `from settings import get_port`
// and settings.py has `def get_port(): return 5050`. The node layer (migrationFacts.ts, which already resolves a
// module's imports to the app's files) reads such functions and hands them over as facts; the call is reported at
// the `port=` argument, the function's return the related location. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { nodeSpan, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ImportedPort } from '../../types';

/** Whether a module is worth parsing for such functions: it returns a number that may be a port. */
export function mayReturnPort(text: string): boolean {
  return /\breturn[ \t]+[0-9]{2,5}\b/.test(text);
}

/**
 * The module's top-level functions without parameters whose body is one `return <port>` (a docstring aside): what a
 * caller gets as its port. A function that reads the environment (`int(os.environ.get("PORT", 5000))`) is not one.
 */
export function pythonPortFunctionsIn(module: string, path: string, text: string, treeSitter?: TreeSitterParsers): ImportedPort[] {
  const parsed = new ParsedDocument(path, text, 'python', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return [];
    const lines = new LineIndex(text);
    const found: ImportedPort[] = [];
    for (const fn of root.namedChildren) {
      const name = fn?.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
      if (!fn || name === undefined || (fn.childForFieldName('parameters')?.namedChildCount ?? 1) > 0) continue;
      const statements = bodyStatements(fn.childForFieldName('body'));
      const returned = statements.length === 1 && statements[0]!.type === 'return_statement' ? statements[0]!.namedChildren : [];
      const value = returned.length === 1 && returned[0]?.type === 'integer' && /^[0-9]{1,5}$/.test(returned[0].text) ? Number(returned[0].text) : undefined;
      if (value !== undefined && value >= 1 && value <= 65535) found.push({ module, name, port: value, path, range: lines.range(nodeSpan(statements[0]!)) });
    }
    return found;
  } finally {
    parsed.dispose();
  }
}

/** A function body's statements, its docstring and comments aside. */
function bodyStatements(block: SyntaxNode | null): SyntaxNode[] {
  const statements = (block?.namedChildren ?? []).filter((node): node is SyntaxNode => node !== null && node.type !== 'comment');
  const first = statements[0];
  return first?.type === 'expression_statement' && first.namedChild(0)?.type === 'string' ? statements.slice(1) : statements;
}
