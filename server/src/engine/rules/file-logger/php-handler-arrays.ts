// Monolog handlers declared as config arrays, which a container builds later: Hyperf's
// `config/autoload/logger.php` (`'handler' => ['class' => StreamHandler::class, 'constructor' =>
// ['stream' => BASE_PATH . '/runtime/logs/app.log']]`) and the `'args'`/`'arguments'` spelling of
// other containers. The class and its destination sit side by side, so the array says what the
// handler writes: a RotatingFileHandler always writes files, a StreamHandler a file unless its
// stream is stdout/stderr (or a value the code does not show, decided by the platform).
import { arrayEntries, arrayValue, stringValue, unparen } from '../../languages/php';
import { classNameOf, importedClasses } from '../../languages/php-imports';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { isFileDestination } from './php-paths';

const CLASS_KEYS = ['class', 'className'];
const ARGUMENT_KEYS = ['constructor', 'args', 'arguments', 'params'];
/** Where each handler takes its destination: by parameter name, else as the first argument. */
const DESTINATION_PARAMETERS = ['stream', 'filename'];

export interface HandlerArray {
  /** The file destination, else (a RotatingFileHandler's default) the class entry's value: where the finding points. */
  node: SyntaxNode;
  handler: 'StreamHandler' | 'RotatingFileHandler';
}

export function fileHandlerArrays(root: SyntaxNode): HandlerArray[] {
  const imports = importedClasses(root);
  const found: HandlerArray[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'array_creation_expression') return undefined;
    const handler = handlerOf(node, imports);
    const file = handler && fileDestination(node);
    if (handler && file) found.push({ node: file, handler: handler.handler });
    else if (handler?.handler === 'RotatingFileHandler') found.push(handler);
    return undefined;
  });
  return found;
}

function handlerOf(array: SyntaxNode, imports: ReadonlyMap<string, string>): { node: SyntaxNode; handler: HandlerArray['handler'] } | undefined {
  for (const key of CLASS_KEYS) {
    const value = arrayValue(array, key);
    const written = value === undefined ? undefined : classNameOf(unparen(value), imports) ?? stringValue(value);
    const name = written?.slice(written.lastIndexOf('\\') + 1);
    if (value && (name === 'StreamHandler' || name === 'RotatingFileHandler')) return { node: value, handler: name };
  }
  return undefined;
}

/** The file the constructor arguments name: `['stream' => <path>]` or a path first. */
function fileDestination(array: SyntaxNode): SyntaxNode | undefined {
  for (const key of ARGUMENT_KEYS) {
    const argumentsArray = arrayValue(array, key);
    if (!argumentsArray) continue;
    const entries = arrayEntries(unparen(argumentsArray));
    const destination = DESTINATION_PARAMETERS.map((name) => arrayValue(argumentsArray, name)).find((value) => value !== undefined) ?? entries.find((entry) => !entry.key)?.value;
    return destination !== undefined && isFileDestination(destination) ? destination : undefined;
  }
  return undefined;
}
