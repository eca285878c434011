// SQL that changes the schema, run by the front controller through PDO or mysqli on every request: a schema file
// (`$pdo->exec(file_get_contents(__DIR__ . '/../sql/schema.sql'))`, also through a variable the file sets so) or a
// literal (`$db->exec('CREATE TABLE IF NOT EXISTS …')`). A data file (`seed.sql`) and queries that change no schema
// are not this; an install script (`bin/install.php`) is the one-off process, and is not a boot file.
import { argumentAt, phpString, type PhpCall } from '../../languages/php';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { isSchemaDdl } from './ddl';

/** PDO's and SQLite3's `exec`, mysqli's `multi_query`: the calls that run a whole script. */
const SCRIPT_RUNS = new Set(['exec', 'multi_query']);
const SCHEMA_FILE_READ = /file_get_contents\s*\([^;]*\.sql['"]/;
const DATA_FILE = /(?:seed|data|sample|fixture|demo|test)[^'"\/]*\.sql['"]/i;

/** Whether the call runs a schema script or DDL; its label for the message. */
export function schemaScriptCall(call: PhpCall): string | undefined {
  if (call.kind !== 'method' || !SCRIPT_RUNS.has(call.name.toLowerCase())) return undefined;
  const sql = argumentAt(call, 0, 'query') ?? argumentAt(call, 0, 'statement');
  if (!sql) return undefined;
  const literal = phpString(sql);
  if (literal ? isSchemaDdl(literal.text) : readsSchemaFile(sql)) return `${call.object && call.object.text.length <= 30 ? call.object.text : '…'}->${call.name}()`;
  return undefined;
}

/** `file_get_contents('…schema.sql')`, or a variable the file assigns it to. */
function readsSchemaFile(sql: SyntaxNode): boolean {
  if (sql.type !== 'variable_name') return isSchemaRead(sql.text);
  let root = sql;
  while (root.parent) root = root.parent;
  let found = false;
  walkTree(root, (node) => {
    if (node.type === 'assignment_expression' && node.childForFieldName('left')?.text === sql.text && isSchemaRead(node.childForFieldName('right')?.text ?? '')) found = true;
    return !found;
  });
  return found;
}

function isSchemaRead(text: string): boolean {
  return SCHEMA_FILE_READ.test(text) && !DATA_FILE.test(text);
}
