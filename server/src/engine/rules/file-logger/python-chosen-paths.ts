// Log file paths the operator chooses when the process starts, not the code: an environment read
// (`FileHandler(os.environ['LOG_FILE'])`), a command-line option (`basicConfig(filename=args.log_file)`
// after `args = parser.parse_args()`), or a parameter without a path default (a click option, a
// caller's choice: `def main(log_file): basicConfig(filename=log_file)`). Where the platform or the person running a tool names the file,
// the app is not deciding to keep its logs on local disk (Go's os.Getenv paths and JS env reads read alike).
import { dottedName, enclosingFunction, unwrapParentheses, type Bindings } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { envReadName } from '../hardcoded-credential/python-env';

const PARSED_OPTIONS = /(?:^|\.)parse(?:_known)?_args$/;

/** Whether the path expression is read from the environment or from parsed command-line options. */
export function isChosenAtRunTime(path: SyntaxNode, root: SyntaxNode, bindings: Bindings): boolean {
  const node = unwrapParentheses(path);
  if (envReadName(node, bindings) !== undefined) return true;
  if (node.type === 'identifier') return isParameterWithoutPath(node);
  if (node.type !== 'attribute') return false;
  const owner = node.childForFieldName('object');
  return owner?.type === 'identifier' && parsedOptionNames(root).has(owner.text);
}

/** `def main(log_file)`, `def setup(path=None)`: the caller names the file; `path='app.log'` names one itself. */
function isParameterWithoutPath(name: SyntaxNode): boolean {
  const fn = enclosingFunction(name);
  for (const parameter of fn?.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter) continue;
    const declared = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChild(0));
    if (declared?.text !== name.text) continue;
    const fallback = parameter.childForFieldName('value');
    return !fallback || fallback.type === 'none';
  }
  return false;
}

/** Names assigned the result of `parser.parse_args()` / `parse_known_args()` anywhere in the file. */
function parsedOptionNames(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  walkTree(root, (node) => {
    if (node.type !== 'assignment') return;
    const value = node.childForFieldName('right');
    const left = node.childForFieldName('left');
    if (value?.type !== 'call' || !PARSED_OPTIONS.test(dottedName(value.childForFieldName('function')) ?? '')) return;
    // `args, rest = parser.parse_known_args()`: the first name holds the options.
    const target = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChild(0) : left;
    if (target?.type === 'identifier') names.add(target.text);
  });
  return names;
}
