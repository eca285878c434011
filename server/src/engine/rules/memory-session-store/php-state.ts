// Per-user state in a static array of a PHP class, when the app runs in a long-lived worker
// (Laravel Octane, RoadRunner, Swoole/OpenSwoole, Hyperf, FrankenPHP's worker mode, Workerman,
// ReactPHP, AMPHP): `private static array $held = []` + `self::$held[$request->session()->getId()][] = $seat`
// in a controller. Under php-fpm every request starts from nothing and the array dies with it, so
// the same code is silent when composer.json names no such runtime (or is unknown).
import { named } from '../../languages/php';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord } from './javascript-handlers';
import { EXEMPT_WORDS, PER_USER_WORDS } from './state-words';

/** composer `require` names of runtimes that keep one PHP process serving request after request. */
export const LONG_LIVED_RUNTIME =
  /^(?:laravel\/octane|spiral\/(?:framework|roadrunner(?:-[\w-]+)?)|baldinof\/roadrunner-bundle|runtime\/(?:roadrunner[\w-]*|swoole|frankenphp[\w-]*)|hyperf\/(?:framework|http-server)|openswoole\/core|swoole\/library|workerman\/workerman|react\/http|clue\/framework-x|amphp\/http-server|php-pm\/php-pm|ext-(?:open)?swoole)$/;
/** Words that say a value identifies who is asking: `$request->session()->getId()`, `auth()->id()`, `$userId`. */
export const IDENTITY_WORDS = new Set([
  'user', 'session', 'sid', 'uid', 'token', 'cookie', 'cookies', 'auth', 'login', 'username', 'email', 'account',
  'customer', 'member', 'visitor', 'principal', 'jwt', 'bearer', 'identity',
]);
const SESSION_ID_WORDS = new Set(['session', 'sid']);

interface StaticArray {
  name: string;
  declaration: SyntaxNode;
}

interface Write {
  keys: SyntaxNode[];
  stored?: SyntaxNode;
}

function check(context: RuleContext): void {
  const packages = context.options.dependencies?.composer?.packages ?? [];
  const root = context.parsed.tree?.rootNode;
  if (!root || !packages.some((name) => LONG_LIVED_RUNTIME.test(name))) return;
  walkTree(root, (node) => {
    if (node.type !== 'class_declaration') return undefined;
    const body = node.childForFieldName('body');
    if (!body) return false;
    const handler = isRequestHandlerClass(node);
    for (const field of staticArrays(body)) {
      if (hasWord(field.name, EXEMPT_WORDS)) continue;
      const perUserName = hasWord(field.name, PER_USER_WORDS);
      const written = writesTo(body, field.name).some((write) => isPerUserWrite(write, handler, perUserName));
      if (written) context.report({ span: { start: field.declaration.startIndex, end: field.declaration.endIndex }, message: stateMessage(field.name) });
    }
    return false;
  });
}

export function stateMessage(name: string): string {
  return (
    `Factor VI: static \`$${name}\` keeps per-user state in a long-lived worker's memory (the app's runtime serves ` +
    'request after request from one process): it vanishes on restart and is not shared between workers; keep it in a ' +
    'backing store such as Redis, the cache or the database.'
  );
}

/** `private static array $held = [];`, `protected static $carts = array();` */
function staticArrays(body: SyntaxNode): StaticArray[] {
  const fields: StaticArray[] = [];
  for (const member of named(body)) {
    if (member.type !== 'property_declaration' || !named(member).some((child) => child.type === 'static_modifier')) continue;
    for (const element of named(member).filter((child) => child.type === 'property_element')) {
      const [variable, value] = named(element);
      const name = variable?.type === 'variable_name' ? named(variable)[0]?.text : undefined;
      if (name && value?.type === 'array_creation_expression') fields.push({ name, declaration: variable! });
    }
  }
  return fields;
}

/** PSR-7's request (Slim actions, Mezzio and PSR-15 handlers) and the frameworks' own `Request`. */
const REQUEST_TYPE = /^\\?(?:[\w\\]*\\)?(?:ServerRequestInterface|RequestInterface|Request)$/;

/**
 * A controller: named or extending `…Controller`, with `#[Route]` attributes (Spiral, Symfony), or
 * with a method that takes the request (a Slim action's `__invoke(ServerRequestInterface $request, …)`,
 * a PSR-15 `handle()`). Its methods run once per request, so a write there is made on behalf of whoever asks.
 */
function isRequestHandlerClass(klass: SyntaxNode): boolean {
  const name = klass.childForFieldName('name')?.text ?? '';
  const base = named(klass).find((child) => child.type === 'base_clause')?.text ?? '';
  if (/Controller$/.test(name) || /Controller$/.test(base)) return true;
  let handles = false;
  walkTree(klass, (node) => {
    if (handles) return false;
    if (node.type === 'attribute') handles = /^(?:\\?[\w\\]*\\)?Route$/.test(node.childForFieldName('name')?.text ?? named(node)[0]?.text ?? '');
    else if (node.type === 'simple_parameter') handles = REQUEST_TYPE.test(node.childForFieldName('type')?.text ?? '');
    return undefined;
  });
  return handles;
}

/** Writes to `self::$name` / `static::$name` / `Class::$name` in the class body: `[k] = v`, `[k][] = v`, `unset([k])`, `++`. */
function writesTo(body: SyntaxNode, name: string): Write[] {
  const writes: Write[] = [];
  walkTree(body, (node) => {
    if (node.type !== 'scoped_property_access_expression' || named(node).at(-1)?.text !== `$${name}`) return undefined;
    const { outer, keys } = subscriptChain(node);
    const parent = outer.parent;
    if ((parent?.type === 'assignment_expression' || parent?.type === 'augmented_assignment_expression') && parent.childForFieldName('left')?.id === outer.id) {
      const stored = parent.childForFieldName('right');
      writes.push({ keys, ...(stored ? { stored } : {}) });
    } else if (parent?.type === 'update_expression' || (parent?.type === 'unset_statement' && keys.length > 0)) {
      writes.push({ keys });
    }
    return undefined;
  });
  return writes;
}

/** `self::$x[a][b]`: the outermost subscript and its keys, nearest first; `[]` (append) has none. */
function subscriptChain(property: SyntaxNode): { outer: SyntaxNode; keys: SyntaxNode[] } {
  let outer = property;
  const keys: SyntaxNode[] = [];
  while (outer.parent?.type === 'subscript_expression' && named(outer.parent)[0]?.id === outer.id) {
    outer = outer.parent;
    const key = named(outer)[1];
    if (key) keys.push(key);
  }
  return { outer, keys };
}

/**
 * In a controller: keyed by who is asking, storing who is asking, or under a per-user name. Elsewhere
 * (a service or a listener): keyed by the session id, which exists only while a request is served.
 */
function isPerUserWrite(write: Write, handler: boolean, perUserName: boolean): boolean {
  if (!handler) return write.keys.some((key) => hasWord(key.text, SESSION_ID_WORDS));
  const identity = (node: SyntaxNode | undefined) => node !== undefined && hasWord(node.text, IDENTITY_WORDS);
  return perUserName || write.keys.some(identity) || identity(write.stored);
}

export const phpStateCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['static'],
  check,
};
