// Framework logging configs that name a file log engine by its class: CakePHP
// (`'Log' => ['debug' => ['className' => FileLog::class, ...]]`, or the short `'File'`),
// CodeIgniter 4 (`app/Config/Logger.php`: `FileHandler::class => [...]` in `$handlers`) and Yii 2
// (`'targets' => [['class' => 'yii\log\FileTarget']]`). The class named as an array key, or as the
// value of a `className`/`class` entry, is configured: it writes the app's log to a file.
import { named, stringValue } from '../../languages/php';
import { classNameOf, importedClasses } from '../../languages/php-imports';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';

const FILE_LOG_ENGINES = new Set(['Cake\\Log\\Engine\\FileLog', 'CodeIgniter\\Log\\Handlers\\FileHandler', 'yii\\log\\FileTarget']);
const CLASS_KEYS = new Set(['className', 'class']);

export interface LogEngine {
  node: SyntaxNode;
  name: string;
}

export function fileLogEngines(root: SyntaxNode): LogEngine[] {
  const imports = importedClasses(root);
  const found: LogEngine[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'class_constant_access_expression' && node.type !== 'string' && node.type !== 'encapsed_string') return undefined;
    const name = classNameOf(node, imports) ?? cakeShortName(node);
    if (name !== undefined && FILE_LOG_ENGINES.has(name) && isConfigured(node)) found.push({ node, name: name.slice(name.lastIndexOf('\\') + 1) });
    return false;
  });
  return found;
}

/** An array key (`FileHandler::class => [...]`), or the value of `'className' =>` / `'class' =>`. */
function isConfigured(node: SyntaxNode): boolean {
  const element = node.parent;
  if (element?.type !== 'array_element_initializer') return false;
  const [first, second] = named(element);
  if (second && first?.id === node.id) return true;
  return second?.id === node.id && CLASS_KEYS.has(stringValue(first) ?? '');
}

/** CakePHP's short engine name: `'className' => 'File'` inside the `'Log'` config. */
function cakeShortName(node: SyntaxNode): string | undefined {
  if (stringValue(node) !== 'File') return undefined;
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'array_element_initializer' && stringValue(named(parent)[0]) === 'Log') return 'Cake\\Log\\Engine\\FileLog';
  }
  return undefined;
}
