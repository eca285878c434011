// Log file paths the operator chooses when the process starts, not the code: an environment read
// (`FileHandler(os.environ['LOG_FILE'])`) or a command-line option (`basicConfig(filename=args.log_file)`
// after `args = parser.parse_args()`). Where the platform or the person running a tool names the file,
// the app is not deciding to keep its logs on local disk (Go's os.Getenv paths and JS env reads read alike).
import { dottedName, unwrapParentheses, type Bindings } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { envReadName } from '../hardcoded-credential/python-env';

const PARSED_OPTIONS = /(?:^|\.)parse(?:_known)?_args$/;

/** Whether the path expression is read from the environment or from parsed command-line options. */
export function isChosenAtRunTime(path: SyntaxNode, root: SyntaxNode, bindings: Bindings): boolean {
  const node = unwrapParentheses(path);
  if (envReadName(node, bindings) !== undefined) return true;
  if (node.type !== 'attribute') return false;
  const owner = node.childForFieldName('object');
  return owner?.type === 'identifier' && parsedOptionNames(root).has(owner.text);
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
