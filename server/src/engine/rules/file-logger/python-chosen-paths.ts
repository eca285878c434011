// Log file paths the operator chooses when the process starts, not the code: an environment read
// (`FileHandler(os.environ['LOG_FILE'])`), a command-line option (`basicConfig(filename=args.log_file)`
// after `args = parser.parse_args()`), or a parameter without a path default (a click option, a
// caller's choice: `def main(log_file): basicConfig(filename=log_file)`), or a setting looked up with no default and
// used only when set (`filename = settings.get("LOG_FILE")` then `if filename: FileHandler(filename)`: Scrapy's own
// log set-up; the settings module that names the file is where it is reported). Where the platform or the person running a tool names the file,
// the app is not deciding to keep its logs on local disk (Go's os.Getenv paths and JS env reads read alike).
import { dottedName, enclosingFunction, stringValue, unwrapParentheses, type Bindings } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { envReadName } from '../hardcoded-credential/python-env';

const PARSED_OPTIONS = /(?:^|\.)parse(?:_known)?_args$/;

/** Whether the path expression is read from the environment or from parsed command-line options. */
export function isChosenAtRunTime(path: SyntaxNode, root: SyntaxNode, bindings: Bindings): boolean {
  const node = unwrapParentheses(path);
  if (envReadName(node, bindings) !== undefined) return !hasPathDefault(node);
  // `os.environ.get("LOG_FILE") or "logs/app.log"`: the default is a file, as JS's `process.env.LOG_FILE || './app.log'` is.
  if (node.type === 'boolean_operator' && envReadName(unwrapParentheses(node.childForFieldName('left') ?? node), bindings) !== undefined) {
    return !isPathLiteral(node.childForFieldName('right'));
  }
  if (node.type === 'identifier') return isParameterWithoutPath(node) || isOptionalSetting(node);
  if (node.type !== 'attribute') return false;
  if (isUsedOnlyWhenSet(node)) return true;
  const owner = node.childForFieldName('object');
  return owner?.type === 'identifier' && parsedOptionNames(root).has(owner.text);
}

/**
 * `if config.AUDIT_LOG: FileHandler(config.AUDIT_LOG)` (or `is not None`): a file only when the
 * setting names one, so the default is no file; an unguarded `FileHandler(config.LOG_FILE)` is not this.
 */
function isUsedOnlyWhenSet(path: SyntaxNode): boolean {
  let child: SyntaxNode = path;
  for (let node: SyntaxNode | null = path.parent; node && node.type !== 'function_definition' && node.type !== 'module'; child = node, node = node.parent) {
    if (node.type !== 'if_statement' || node.childForFieldName('consequence')?.id !== child.id) continue;
    const condition = testedValue(node.childForFieldName('condition'));
    if (condition === path.text) return true;
  }
  return false;
}

/** What an `if` tests: `config.AUDIT_LOG` for `config.AUDIT_LOG is not None` too. */
function testedValue(condition: SyntaxNode | null): string | undefined {
  const [left, right] = condition?.type === 'comparison_operator' ? condition.namedChildren : [];
  const operator = condition?.children.flatMap((child) => (child && !child.isNamed ? [child.type] : [])).join(' ');
  return left && right?.type === 'none' && condition?.namedChildCount === 2 && operator === 'is not' ? left.text : condition?.text;
}

/** `os.getenv("LOG_FILE", "logs/app.log")`, `os.environ.get("LOG_FILE", default="…")`: when nobody sets it, a file. */
function hasPathDefault(read: SyntaxNode): boolean {
  if (read.type !== 'call') return false;
  const args = read.childForFieldName('arguments')?.namedChildren ?? [];
  const fallback = args[1]?.type === 'keyword_argument' ? args[1].childForFieldName('value') : args[1];
  const keyword = args.find((argument) => argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'default');
  return isPathLiteral(fallback ?? keyword?.childForFieldName('value') ?? null);
}

/** A string that names a file: not empty, not a standard stream. */
function isPathLiteral(node: SyntaxNode | null | undefined): boolean {
  const value = node?.type === 'string' ? stringValue(node) : undefined;
  return value !== undefined && value.trim() !== '' && !/^(?:-|\/dev\/(?:stdout|stderr|null))$/.test(value.trim());
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

/** `filename = settings.get("LOG_FILE")` (no default) in the function, and the use inside `if filename:`. */
function isOptionalSetting(name: SyntaxNode): boolean {
  let guarded = false;
  for (let node: SyntaxNode | null = name.parent; node && node.type !== 'function_definition'; node = node.parent) {
    if (node.type === 'if_statement' && node.childForFieldName('condition')?.text === name.text) guarded = true;
  }
  const fn = enclosingFunction(name);
  if (!guarded || !fn) return false;
  let lookup = false;
  walkTree(fn, (node) => {
    if (node.type !== 'assignment' || node.childForFieldName('left')?.text !== name.text) return;
    const value = node.childForFieldName('right');
    const callee = value?.type === 'call' ? dottedName(value.childForFieldName('function')) ?? '' : '';
    const args = value?.childForFieldName('arguments')?.namedChildren ?? [];
    lookup = /(?:^|\.)get$/.test(callee) && args.length === 1 && args[0]?.type === 'string';
  });
  return lookup;
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
