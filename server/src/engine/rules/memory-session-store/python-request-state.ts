// Request state in a module global: `global notice` then `notice = "Your cart is full."` in one view, shown by the
// next request's page. One value in process memory for every user of the process, and the next request may reach
// another process: the Ruby class variable (`@@notice`) shape, in Python. A plain `=` in a request handler only:
// `if _client is None: _client = …` memoises, `hits += 1` counts, a client made there (`engine = create_engine(…)`)
// is a shared resource, not a visitor's state.
import { dottedName } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { isRequestHandler } from './python-handlers';
import { requestStateReport } from './state-words';

/** Calls that make a client or a connection. */
const RESOURCE_CALL = /(?:^|\.)(?:connect|create_engine|create_client|Client|Redis|StrictRedis|MongoClient|Session|sessionmaker|Pool|create_pool|from_url)$/;

export function checkGlobalRequestState(root: SyntaxNode, report: (found: Report) => void): void {
  const writes = new Map<string, SyntaxNode[]>();
  walkTree(root, (node) => {
    if (node.type !== 'function_definition' || !isRequestHandler(node)) return;
    const globals = declaredGlobals(node);
    if (globals.size === 0) return;
    ownNodes(node, (inner) => {
      if (inner.type !== 'assignment') return;
      const left = inner.childForFieldName('left');
      const right = inner.childForFieldName('right');
      if (left?.type !== 'identifier' || !globals.has(left.text) || !right || isResource(right) || isMemoised(inner, node, left.text)) return;
      writes.set(left.text, [...(writes.get(left.text) ?? []), left]);
    });
  });
  for (const [name, lefts] of writes) report(requestStateReport(name, lefts.map(nodeSpan), "the session or Flask's flash"));
}

/** The names a def's own `global` statements declare. */
function declaredGlobals(fn: SyntaxNode): Set<string> {
  const names = new Set<string>();
  ownNodes(fn, (node) => {
    if (node.type === 'global_statement') for (const child of node.namedChildren) if (child?.type === 'identifier') names.add(child.text);
  });
  return names;
}

/** Nodes of the def's own body, not of a nested def, class or lambda. */
function ownNodes(fn: SyntaxNode, visit: (node: SyntaxNode) => void): void {
  const body = fn.childForFieldName('body');
  if (!body) return;
  walkTree(body, (node) => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return false;
    visit(node);
    return undefined;
  });
}

function isResource(value: SyntaxNode): boolean {
  const call = value.type === 'await' ? value.namedChild(0) : value;
  return call?.type === 'call' && RESOURCE_CALL.test(dottedName(call.childForFieldName('function')) ?? '');
}

/** Inside `if cache is None:` / `if not cache:` (within the handler): filled once, then read. */
function isMemoised(assignment: SyntaxNode, fn: SyntaxNode, name: string): boolean {
  for (let node: SyntaxNode | null = assignment.parent; node && node.id !== fn.id; node = node.parent) {
    if (node.type !== 'if_statement') continue;
    let mentioned = false;
    walkTree(node.childForFieldName('condition') ?? node, (inner) => {
      if (mentioned) return false;
      mentioned = inner.type === 'identifier' && inner.text === name;
      return undefined;
    });
    if (mentioned) return true;
  }
  return false;
}
