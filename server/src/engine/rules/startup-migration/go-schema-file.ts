// A schema file run through Exec as the server starts: `//go:embed schema.sql` into `var schema string`, or
// `os.ReadFile("db/schema.sql")`, then `db.Exec(schema)` / `db.Exec(string(schemaBytes))`. The file's SQL is not
// in the scanned source, but a `.sql` file executed whole at start is the app's hand-rolled migration (a data file,
// `seed.sql`, `testdata/…`, is not).
import { callArguments, callName, enclosingFunction, goStringValue, lastSegment } from '../../languages/go';
import { assignedValues } from '../../languages/locals';
import type { SyntaxNode } from '../../languages/treeSitter';

const SCHEMA_FILE = /\.sql$/;
const DATA_FILE = /(?:seed|data|sample|fixture|demo|test)[^/]*\.sql$/i;
const EMBED = /^\/\/go:embed\s+(\S+)/;
/** Readers of a named file: `os.ReadFile`, `ioutil.ReadFile`, an `embed.FS`'s `ReadFile`. */
const READ_FILE = new Set(['ReadFile']);

/** A file's lexical gate: a `.sql` file named in a string or an embed directive. */
export const SCHEMA_FILE_PATTERN = /\.sql["`]|go:embed\s+\S*\.sql\b/;

/** Whether an Exec argument (the SQL) is the contents of a schema file. */
export function isSchemaFileSql(argument: SyntaxNode, root: SyntaxNode): boolean {
  // `string(schemaBytes)`: the conversion of what a ReadFile returned.
  const converted = argument.type === 'call_expression' && callName(argument) === 'string' ? callArguments(argument)[0] : argument;
  if (converted?.type !== 'identifier') return false;
  const scope = enclosingFunction(argument);
  const values = [...(scope ? assignedValues(scope, converted.text, 'go') : []), ...assignedValues(root, converted.text, 'go')];
  if (values.some(({ value, index }) => index === 0 && readsSchemaFile(value))) return true;
  return embeddedFile(root, converted.text) !== undefined;
}

function readsSchemaFile(value: SyntaxNode): boolean {
  const name = value.type === 'call_expression' ? callName(value) : undefined;
  if (name === undefined || !READ_FILE.has(lastSegment(name))) return false;
  const path = callArguments(value).map((argument) => goStringValue(argument)).find((text) => text !== undefined);
  return path !== undefined && isSchemaFileName(path);
}

/** The schema file a package-level `var name string` (or `[]byte`) is embedded from. */
function embeddedFile(root: SyntaxNode, name: string): string | undefined {
  for (const declaration of root.namedChildren) {
    if (declaration?.type !== 'var_declaration') continue;
    const spec = declaration.namedChildren.find((child) => child?.type === 'var_spec' && child.namedChildren.some((each) => each?.type === 'identifier' && each.text === name));
    const directive = EMBED.exec(declaration.previousNamedSibling?.type === 'comment' ? declaration.previousNamedSibling.text : '')?.[1];
    if (spec && directive && isSchemaFileName(directive)) return directive;
  }
  return undefined;
}

function isSchemaFileName(path: string): boolean {
  return SCHEMA_FILE.test(path) && !DATA_FILE.test(path) && !path.split('/').includes('testdata');
}
