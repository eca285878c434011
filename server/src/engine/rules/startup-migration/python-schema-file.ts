// SQLite's `executescript` given a schema file, as Flask's tutorial writes `init_db`: `with current_app.open_resource(
// "schema.sql") as f: db.executescript(f.read().decode("utf8"))`, or `executescript(open("schema.sql").read())`. The
// script's SQL is not in the scanned source; a `.sql` file run whole is the app's hand-rolled migration (a data file,
// `seed.sql`, is not). Where it runs decides: a `flask init-db` command is the one-off process, an app factory is not.
import type { SyntaxNode } from '../../languages/treeSitter';

const SQL_FILE = /["'][^"'\n]*\.sql["']/g;
const DATA_FILE = /(?:seed|data|sample|fixture|demo|test)[^"'\n/]*\.sql["']$/i;

/** Whether the script handed to `executescript` is read from a schema file named beside it. */
export function readsSchemaFile(script: SyntaxNode | undefined): boolean {
  if (!script) return false;
  if (namesSchemaFile(script.text)) return true;
  // `with open_resource("schema.sql") as f:` around the call: the file `f.read()` reads.
  for (let node = script.parent; node && node.type !== 'function_definition' && node.type !== 'module'; node = node.parent) {
    if (node.type === 'with_statement' && namesSchemaFile(node.namedChildren.find((child) => child?.type === 'with_clause')?.text ?? '')) return true;
  }
  return false;
}

function namesSchemaFile(text: string): boolean {
  const files = text.match(SQL_FILE) ?? [];
  return files.length > 0 && files.every((file) => !DATA_FILE.test(file));
}
