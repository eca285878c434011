// A Sinatra route or a controller action that fills a global or a constant's hash from a query that takes nothing from
// the request (`$profile_types = DB[:profile_types].order(:name).all`, `Role.pluck(:id, :name).each { |id, name|
// USER_ROLES[id] = name }`) keeps a lookup table, the same for every visitor: neither the handler nor the name makes it
// per-user state. The Ruby twin of python-lookup-writes.ts. A query that reads the request (`params`, `session`, a local
// set from them, a name that says who is asking) keeps the answer, and so does a value that is no query (`"Saved"`,
// `Time.now`, `report_params[:filter]`): request state the next visitor sees.
import { ancestors } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { hasWord, IDENTITY_WORDS } from './javascript-handlers';

/** How a Sinatra route, a Rails action or a Rack `call` reads the request. */
const REQUEST_NAMES = new Set(['params', 'request', 'session', 'cookies', 'env', 'headers', 'current_user', 'current_account', 'flash']);
/** Receivers that make a value without asking a database: the clock, random tokens, the process, files. */
const NOT_QUERIES = /^(?:::)?(?:Time|Date|DateTime|SecureRandom|Random|Process|ENV|File|Dir|IO|Kernel|JSON|YAML|Rails|Thread|Digest|Base64)(?:::|$)/;
const BLOCKS = new Set(['block', 'do_block']);

/** Whether every value a write uses (keys, what it stores) comes from a query that reads nothing of the request. */
export function isRubyRequestFreeLookup(values: readonly SyntaxNode[], handler: SyntaxNode): boolean {
  return values.length > 0 && values.every((value) => isRequestFreeQuery(value, handler, 0));
}

/** What `x[k] = v` / `x[k] ||= v` stores through the element `reference` is the receiver of. */
export function storedThrough(reference: SyntaxNode): SyntaxNode | undefined {
  const access = reference.parent;
  const assignment = access?.type === 'element_reference' ? access.parent : undefined;
  if ((assignment?.type !== 'assignment' && assignment?.type !== 'operator_assignment') || assignment.childForFieldName('left')?.id !== access?.id) return undefined;
  return assignment.childForFieldName('right') ?? undefined;
}

function isRequestFreeQuery(value: SyntaxNode, handler: SyntaxNode, depth: number): boolean {
  if (value.type === 'identifier') {
    const source = depth < 2 ? bindingSource(value, handler) : undefined;
    return source !== undefined && isRequestFreeQuery(source, handler, depth + 1);
  }
  if (!isQuery(value, handler, depth)) return false;
  let reads = false;
  walkTree(value, (node) => {
    if (reads || BLOCKS.has(node.type)) return false;
    if (node.type !== 'identifier' || isMethodName(node)) return undefined;
    if (REQUEST_NAMES.has(node.text) || hasWord(node.text, IDENTITY_WORDS)) reads = true;
    // A local of the handler (`kind = params[:kind]`), followed to what it holds.
    else if (bindingSource(node, handler) !== undefined) reads = !isRequestFreeQuery(node, handler, depth + 1);
    return undefined;
  });
  return !reads;
}

/**
 * A database read: a call chain rooted at a model or a connection constant (`Role.order(:name)`, `DB[:plans].all`), not
 * the clock or a random token, or at a row such a read gave (`row[:id]`, `role.name`), or a call given a SELECT
 * (`db.execute("SELECT …")`).
 */
function isQuery(value: SyntaxNode, handler: SyntaxNode, depth: number): boolean {
  if (value.type !== 'call' && value.type !== 'element_reference') return false;
  let root: SyntaxNode = value;
  for (let next = receiverOf(root); next; next = receiverOf(root)) root = next;
  if ((root.type === 'constant' || root.type === 'scope_resolution') && !NOT_QUERIES.test(root.text)) return true;
  if (root.type === 'identifier' && root.id !== value.id && isRequestFreeQuery(root, handler, depth + 1)) return true;
  let select = false;
  walkTree(value, (node) => {
    if (select || BLOCKS.has(node.type)) return false;
    select = node.type === 'string_content' && /^\s*select\s/i.test(node.text);
    return undefined;
  });
  return select;
}

function receiverOf(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'call') return node.childForFieldName('receiver') ?? undefined;
  if (node.type === 'element_reference') return node.childForFieldName('object') ?? undefined;
  return undefined;
}

/** `.order` in `Role.order(…)`: the call's method, not a variable. */
function isMethodName(node: SyntaxNode): boolean {
  return node.parent?.type === 'call' && node.parent.childForFieldName('method')?.id === node.id;
}

/**
 * What the handler binds `name` to: a block's parameter (`.each { |id, name| … }`: the call the block is given to, its
 * receiver chain) or a local assigned in the handler (`rows = DB[:roles].all`).
 */
function bindingSource(reference: SyntaxNode, handler: SyntaxNode): SyntaxNode | undefined {
  const name = reference.text;
  for (const parent of ancestors(reference)) {
    if (BLOCKS.has(parent.type) && parent.childForFieldName('parameters')?.namedChildren.some((parameter) => parameter?.text === name)) {
      const call = parent.parent;
      return call?.type === 'call' ? (call.childForFieldName('receiver') ?? undefined) : undefined;
    }
    if (parent.id === handler.id) break;
  }
  let source: SyntaxNode | undefined;
  walkTree(handler, (node) => {
    if (source) return false;
    if (node.type === 'assignment' && node.childForFieldName('left')?.type === 'identifier' && node.childForFieldName('left')?.text === name) source = node.childForFieldName('right') ?? undefined;
    return undefined;
  });
  return source;
}
