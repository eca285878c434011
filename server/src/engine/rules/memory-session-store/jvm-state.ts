// Per-user state in a JVM singleton: a Map, Set or List field of a servlet, a JDK HttpHandler, a Spring `@Service`/`@Component`/
// `@Controller`/`@RestController`, a DGS `@DgsComponent`, a grpc-spring `@GrpcService` or a CDI `@ApplicationScoped`/`@Singleton`
// bean (one instance serves every request of the process), written with a key that says who is
// asking (`drafts.computeIfAbsent(user)`, `carts.put(principal.getName(), cart)`) or under a name
// that says it holds per-user state. Caches, counters and attempt limiters are left alone by name,
// as in JS and Python. A Kotlin `object` is a singleton by the language itself (one per JVM), so its
// fields are judged the same way, except on Android (a `android`/`androidx` import: one user's device).
import { javaCall } from '../../languages/java';
import { kotlinCall } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord } from './javascript-handlers';
import { EXEMPT_WORDS, PER_USER_WORDS } from './state-words';

const SINGLETON = /@(?:Service|Component|RestController|Controller|DgsComponent|ApplicationScoped|Singleton|GrpcService)\b/;
/**
 * A servlet (`extends HttpServlet`: the container makes one instance for every request) and a JDK
 * `com.sun.net.httpserver.HttpHandler` (one object given to `createContext`): singletons by their API.
 */
const SINGLETON_BY_TYPE = /\bextends\s+(?:(?:jakarta|javax)\.servlet\.http\.)?HttpServlet\b|:\s*(?:(?:jakarta|javax)\.servlet\.http\.)?HttpServlet\s*\(|\bimplements\b[^{]*\bHttpHandler\b/;
// And the in-process caches built by Caffeine and Guava (`Caffeine.newBuilder()…build()`): a map in this JVM's memory.
// Guava's factories (`Maps.newHashMap()`, `Sets.newHashSet()`, WebGoat's reset controller) build the same collections.
const CONTAINER =
  /^(?:new\s+)?(?:java\.util\.(?:concurrent\.)?)?(?:ConcurrentHashMap|HashMap|LinkedHashMap|TreeMap|HashSet|LinkedHashSet|ConcurrentSkipListMap|ConcurrentSkipListSet|CopyOnWriteArrayList|ArrayList)\b|^(?:mutableMapOf|mutableSetOf|mutableListOf|hashMapOf|hashSetOf|linkedMapOf)\b|^Collections\.synchronized(?:Map|Set|List)\b|^(?:com\.google\.common\.collect\.)?(?:Maps\.new(?:HashMap|ConcurrentMap|LinkedHashMap|TreeMap)|Sets\.new(?:HashSet|ConcurrentHashSet|LinkedHashSet)|Lists\.new(?:ArrayList|CopyOnWriteArrayList))\b|^(?:Caffeine|CacheBuilder)\s*\.\s*newBuilder\b/;
export const WRITES = new Set(['put', 'putAll', 'merge', 'compute', 'computeIfAbsent', 'computeIfPresent', 'putIfAbsent', 'getOrPut', 'add', 'addAll', 'remove', 'set']);
/** Words that say a value identifies who is asking. */
const IDENTITY_WORDS = new Set(['user', 'username', 'principal', 'session', 'sessionid', 'login', 'account', 'customer', 'member', 'visitor', 'token', 'auth', 'authentication', 'subject', 'owner']);

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const android = /^import\s+androidx?\./m.test(context.text);
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'class_declaration' && node.type !== 'object_declaration') return;
    const body = node.childForFieldName('body') ?? node.namedChildren.find((child) => child?.type === 'class_body');
    const header = context.text.slice(node.startIndex, body?.startIndex ?? node.startIndex);
    const singleton = node.type === 'object_declaration' ? !android : SINGLETON.test(header) || SINGLETON_BY_TYPE.test(header);
    if (!body || !singleton) return;
    for (const field of containerFields(body.namedChildren)) {
      if (hasWord(field.name, EXEMPT_WORDS) || holdsLiveConnections(field.declaration, context.text)) continue;
      if (hasWord(field.name, PER_USER_WORDS) ? isWritten(body, field.name, () => true) : isWritten(body, field.name, (key, method) => isIdentity(key, method))) {
        context.report({ span: { start: field.node.startIndex, end: field.node.endIndex }, message: stateMessage(field.name) });
      }
    }
  });
}

export function stateMessage(name: string): string {
  return (
    `Factor VI: \`${name}\` keeps per-user state in a singleton bean's memory: it vanishes on restart and is not shared ` +
    'between instances; keep it in a backing store such as Redis or the database.'
  );
}

export interface Field {
  name: string;
  /** The declared name, where the finding goes. */
  node: SyntaxNode;
  /** The whole declaration: its type (`Map<String, WebSocketSession>`) and its value. */
  declaration: SyntaxNode;
}

/**
 * Connection objects of this process: Spring's `WebSocketSession`, `SseEmitter`/`ResponseBodyEmitter`, netty-socketio's
 * `SocketIOClient`, gRPC's `StreamObserver`, the JDK's and OkHttp's `WebSocket`, Ktor's `DefaultWebSocketSession`. A container of them (`List<WebSocketSession>`,
 * `Map<String, SseEmitter>` keyed by the principal's name) holds live sockets, which no backing store can hold.
 */
const CONNECTION_TYPES = /(?:WebSocketSession|WebSocketServerSession|\bSseEmitter|\bResponseBodyEmitter|\bSocketIOClient|\bStreamObserver|\bWebSocket)\s*>+/;
/** JSR 356's `javax.websocket.Session`/`jakarta.websocket.Session`: a plain `Session` only where the file imports it. */
const JSR356_SESSION = /\bSession\s*>+/;
const JSR356_IMPORT = /^import\s+(?:javax|jakarta)\.websocket\.(?:Session|\*)\s*;?$/m;

/** Whether a container field's element (its last type argument) is a live connection (python-state.ts leaves websockets alone too). */
export function holdsLiveConnections(declaration: SyntaxNode, text: string): boolean {
  const declared = declaration.text;
  return CONNECTION_TYPES.test(declared) || (JSR356_SESSION.test(declared) && JSR356_IMPORT.test(text));
}

/** `private final Map<String, Cart> carts = new ConcurrentHashMap<>();`, `private val drafts = ConcurrentHashMap<…>()`. */
export function containerFields(members: readonly (SyntaxNode | null)[]): Field[] {
  const fields: Field[] = [];
  for (const member of members) {
    if (member?.type === 'field_declaration') {
      for (const declarator of member.namedChildren) {
        const name = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name') : null;
        const value = declarator?.childForFieldName('value');
        if (name && value && CONTAINER.test(value.text)) fields.push({ name: name.text, node: name, declaration: member });
      }
    } else if (member?.type === 'property_declaration') {
      const name = member.namedChildren.find((child) => child?.type === 'variable_declaration')?.namedChild(0);
      const value = member.namedChildren[member.namedChildren.length - 1];
      if (name && value && value.id !== name.parent?.id && CONTAINER.test(value.text)) fields.push({ name: name.text, node: name, declaration: member });
    }
  }
  return fields;
}

/** Whether a method writes the field with a key `keyed` accepts: `f.put(k, v)`, `f.computeIfAbsent(k) { … }`, Kotlin's `f[k] = v`. */
export function isWritten(body: SyntaxNode, name: string, keyed: (key: SyntaxNode | undefined, method: SyntaxNode | undefined, write: SyntaxNode) => boolean): boolean {
  let found = false;
  walkTree(body, (node) => {
    if (found) return false;
    const call = node.type === 'method_invocation' ? javaCall(node) : node.type === 'call_expression' ? kotlinCall(node) : undefined;
    if (call && WRITES.has(call.name) && receiverName(call.receiver) === name) found = keyed(call.args[0], enclosingMethod(node), node);
    else if (node.type === 'assignment' && isIndexedWrite(node, name)) found = keyed(node.namedChild(0)?.namedChildren[1]?.namedChild(0) ?? undefined, enclosingMethod(node), node);
    return undefined;
  });
  return found;
}

/** `drafts`, `this.drafts`. */
function receiverName(receiver: SyntaxNode | undefined): string | undefined {
  if (!receiver) return undefined;
  const text = receiver.text;
  return text.startsWith('this.') ? text.slice(5) : text;
}

/** Kotlin's `drafts[user] = list`: an indexing expression on the left of `=`. */
function isIndexedWrite(assignment: SyntaxNode, name: string): boolean {
  const target = assignment.namedChild(0);
  return target?.type === 'directly_assignable_expression' && target.namedChild(0)?.text === name && target.namedChild(1)?.type === 'indexing_suffix';
}

function enclosingMethod(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'method_declaration' || current.type === 'function_declaration') return current;
  }
  return undefined;
}

/** The key names who is asking, or is a local declared from something that does (`val user = auth.name`). */
export function isIdentity(key: SyntaxNode | undefined, method: SyntaxNode | undefined): boolean {
  if (!key) return false;
  if (hasWord(key.text, IDENTITY_WORDS)) return true;
  if (!method || !/^[A-Za-z_]\w*$/.test(key.text)) return false;
  let found = false;
  walkTree(method, (node) => {
    if (found) return false;
    if (node.type === 'variable_declarator' && node.childForFieldName('name')?.text === key.text) found = hasWord(node.childForFieldName('value')?.text ?? '', IDENTITY_WORDS);
    else if (node.type === 'property_declaration' && node.namedChildren.find((child) => child?.type === 'variable_declaration')?.text === key.text) {
      found = hasWord(node.namedChildren[node.namedChildren.length - 1]?.text ?? '', IDENTITY_WORDS);
    }
    return undefined;
  });
  return found;
}

export const jvmStateCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['@service', '@component', '@controller', '@restcontroller', '@dgscomponent', '@applicationscoped', '@singleton', '@grpcservice', 'object', 'httpservlet', 'httphandler'],
  check,
};
