// Per-user state captured by reference in a long-lived PHP server's request closure: Swoole's
// `$server->on('request', function ($request, $response) use (&$carts) { $carts[$sid][] = … })`,
// Workerman's `onMessage`, ReactPHP's `new HttpServer(function (ServerRequestInterface $request) use (&$x) …)`.
// The top-level array lives as long as the worker and every request writes it, unlike php-fpm, where
// the script (and the array) ends with the request; so only with a long-lived runtime in composer.json.
import { named } from '../../languages/php';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord } from './javascript-handlers';
import { IDENTITY_WORDS, LONG_LIVED_RUNTIME, stateMessage } from './php-state';
import { EXEMPT_WORDS, PER_USER_WORDS } from './state-words';

/** A request parameter: typed as a request, or named `$request` / `$req`. */
const REQUEST_PARAMETER = /(?:Request(?:Interface)?\s+&?\$\w+|\$(?:request|req)\b)/;

function check(context: RuleContext): void {
  const packages = context.options.dependencies?.composer?.packages ?? [];
  const root = context.parsed.tree?.rootNode;
  if (!root || !packages.some((name) => LONG_LIVED_RUNTIME.test(name))) return;
  const arrays = topLevelArrays(root);
  if (arrays.size === 0) return;
  const reported = new Set<string>();
  walkTree(root, (node) => {
    if (node.type !== 'anonymous_function' || !REQUEST_PARAMETER.test(node.childForFieldName('parameters')?.text ?? '')) return undefined;
    for (const name of capturedByReference(node)) {
      const declaration = arrays.get(name);
      if (!declaration || reported.has(name) || hasWord(name, EXEMPT_WORDS)) continue;
      const perUserName = hasWord(name, PER_USER_WORDS);
      if (perUserName || keysOfWrites(node, name).some((key) => hasWord(key.text, IDENTITY_WORDS) || saysWhoAsks(key, node))) {
        reported.add(name);
        context.report({ span: { start: declaration.startIndex, end: declaration.endIndex }, message: stateMessage(name) });
      }
    }
    return undefined;
  });
}

/** `$carts = [];` / `$carts = array();` at the top level of the file, by name (without `$`). */
function topLevelArrays(root: SyntaxNode): Map<string, SyntaxNode> {
  const arrays = new Map<string, SyntaxNode>();
  for (const statement of named(root)) {
    const assignment = statement.type === 'expression_statement' ? named(statement)[0] : undefined;
    const left = assignment?.type === 'assignment_expression' ? assignment.childForFieldName('left') : null;
    const right = assignment?.childForFieldName('right');
    if (left?.type === 'variable_name' && right?.type === 'array_creation_expression') arrays.set(left.text.slice(1), left);
  }
  return arrays;
}

/** `use (&$carts, $redis)`: the names taken by reference. */
function capturedByReference(closure: SyntaxNode): string[] {
  const clause = named(closure).find((child) => child.type === 'anonymous_function_use_clause');
  return clause ? named(clause).filter((child) => child.type === 'by_ref').map((child) => child.text.replace(/^&\s*\$/, '')) : [];
}

/** The first key of each write to `$name[…]` in the closure: `$carts[$sid][] = …`, `unset($carts[$sid])`. */
function keysOfWrites(closure: SyntaxNode, name: string): SyntaxNode[] {
  const keys: SyntaxNode[] = [];
  walkTree(closure, (node) => {
    if (node.type !== 'subscript_expression' || named(node)[0]?.text !== `$${name}`) return undefined;
    let outer = node;
    while (outer.parent?.type === 'subscript_expression' && named(outer.parent)[0]?.id === outer.id) outer = outer.parent;
    const parent = outer.parent;
    const written = (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === outer.id) || parent?.type === 'unset_statement';
    const key = named(node)[1];
    if (written && key) keys.push(key);
    return undefined;
  });
  return keys;
}

/**
 * A key that is a local of the closure assigned from who is asking: `$voter = $request->getCookieParams()['voter']`,
 * `$owner = $request->getAttribute('user_id')`, then `$ballots[$voter][…] = …`.
 */
function saysWhoAsks(key: SyntaxNode, closure: SyntaxNode): boolean {
  if (key.type !== 'variable_name') return false;
  let found = false;
  walkTree(closure, (node) => {
    if (found || node.type !== 'assignment_expression' || node.childForFieldName('left')?.text !== key.text) return !found;
    const right = node.childForFieldName('right');
    found = right !== null && hasWord(right.text, IDENTITY_WORDS);
    return false;
  });
  return found;
}

export const phpClosureStateCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['use (&', 'use(&'],
  check,
};
