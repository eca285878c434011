// A logger's file in the app's settings array, which a container definition hands to Monolog later:
// the Slim skeleton's `'logger' => ['name' => 'app', 'path' => __DIR__ . '/../logs/app.log']` (the
// StreamHandler is built elsewhere from `$settings['path']`). A stream or an environment read stays
// silent; a stdout switch (`isset($_ENV['docker']) ? 'php://stdout' : __DIR__ . '/../logs/app.log'`) is
// reported when the file is what runs with the switch unset, as in Ruby and Python.
import { arrayEntries, arrayValue, stringValue, unparen } from '../../languages/php';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { isFileDestination } from './php-paths';

const LOGGER_KEYS = new Set(['logger', 'log', 'logging', 'monolog']);
const PATH_KEYS = ['path', 'file', 'stream', 'filename'];
/**
 * The same settings written flat, as PHP-DI reads them (`DI\get('logger.path')`, openapi-generator's Slim 4 template):
 * `'logger.path' => __DIR__ . '/../logs/app.log'`.
 */
const FLAT_KEY = /^(?:logger|log|logging|monolog)[._](?:path|file|stream|filename)$/;

/** The `path` values of logger settings that name a file. */
export function loggerSettingFiles(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'array_creation_expression') return undefined;
    for (const entry of arrayEntries(node)) {
      const key = (entry.key && stringValue(entry.key))?.toLowerCase() ?? '';
      if (FLAT_KEY.test(key) && runsWithAFile(entry.value)) found.push(entry.value);
      if (!LOGGER_KEYS.has(key)) continue;
      const settings = unparen(entry.value);
      for (const key of PATH_KEYS) {
        const path = arrayValue(settings, key);
        if (path && runsWithAFile(path)) found.push(path);
      }
    }
    return undefined;
  });
  return found;
}

/** A file destination, or a condition whose else branch (the switch unset) is one. */
function runsWithAFile(value: SyntaxNode): boolean {
  const target = unparen(value);
  if (target.type === 'conditional_expression') {
    const alternative = target.childForFieldName('alternative');
    return alternative !== null && isFileDestination(alternative);
  }
  return isFileDestination(target);
}
