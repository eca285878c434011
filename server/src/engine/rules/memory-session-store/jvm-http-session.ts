// Factor VI for servlet apps (Spring MVC, plain servlets, Vaadin): who is signed in (or their cart) kept in the
// container's HttpSession, when the app's build declares no session store. Tomcat, Jetty and Undertow keep
// HttpSession in this JVM's memory: a restart signs everyone out and the next replica has never seen the
// session. Spring Session (Redis, JDBC, Hazelcast, MongoDB) and the containers' clustered managers move it
// out; with one declared in the build (read by the node layer), or with the build unknown, nothing is said.
// Attributes that are not login state (`lastCategory`, a theme) are left alone: a preference lost on restart.
import { javaCall, javaString, type JvmCall } from '../../languages/java';
import { kotlinCall, kotlinString } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord } from './state-words';

/** Builds that keep HttpSession outside the JVM: Spring Session's stores, session managers of the containers, data grids. */
const SESSION_STORE_ARTIFACT = /^spring-session|hazelcast|redisson|session-manager|infinispan|memcached|^jetty-.*session|^ignite|^geode|kubernetes-kit/i;
/** Words of an attribute's name (or its class) that say it is who is signed in, or their basket. */
const LOGIN_WORDS: ReadonlySet<string> = new Set([
  'user', 'username', 'login', 'logged', 'account', 'customer', 'member', 'principal', 'employee', 'owner',
  'agent', 'staff', 'identity', 'auth', 'authenticated', 'cart', 'basket', 'wishlist', 'visitor',
]);
/** Calls whose result is the user who just proved who they are: `members.authenticate(email, password)`. */
const AUTH_CALL = /^(?:authenticate|verify|login|logIn|signIn|checkPassword|checkCredentials|checkLogin|validateUser|validateCredentials)/;
const SERVLET_OR_VAADIN = /\b(?:javax|jakarta)\.servlet\.http\b|\bcom\.vaadin\.flow\.server\b/;
const FUNCTIONS = new Set(['method_declaration', 'constructor_declaration', 'function_declaration', 'lambda_expression', 'lambda_literal']);

const MESSAGE =
  "Factor VI: the signed-in user kept in the servlet container's HttpSession lives in this JVM's memory: a restart signs " +
  'everyone out and other instances do not see it; the build declares no session store: add Spring Session ' +
  '(spring-session-data-redis or -jdbc) or a clustered session manager.';

function check(context: RuleContext): void {
  const jvm = context.options.dependencies?.jvm;
  const root = context.parsed.tree?.rootNode;
  if (!root || !jvm || jvm.artifacts.some((artifact) => SESSION_STORE_ARTIFACT.test(artifact))) return;
  if (!SERVLET_OR_VAADIN.test(context.text)) return;
  const kotlin = context.language === 'kotlin';
  walkTree(root, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    if (call?.name !== 'setAttribute' || !call.receiver || call.args.length !== 2) return;
    if (!isHttpSession(call.receiver, kotlin) || !isLoginState(call, context.text, kotlin)) return;
    context.report({ span: { start: node.startIndex, end: node.endIndex }, message: MESSAGE });
  });
}

/**
 * `request.getSession()`, Kotlin's `request.session`, `VaadinSession.getCurrent()`, or a name declared as
 * an `HttpSession` (a parameter Spring fills, `HttpSession session = req.getSession(true)`).
 */
function isHttpSession(receiver: SyntaxNode, kotlin: boolean): boolean {
  const call = kotlin ? kotlinCall(receiver) : javaCall(receiver);
  if (call) return call.name === 'getSession' || (call.name === 'getCurrent' && call.receiver?.text === 'VaadinSession');
  if (kotlin && receiver.type === 'navigation_expression') return /^\w+\.session$/.test(receiver.text);
  if (!/^(?:simple_)?identifier$/.test(receiver.type)) return false;
  const declaration = declarationOf(receiver.text, receiver, kotlin);
  if (!declaration) return false;
  if (/(?:^|[\s:.])HttpSession\??$/.test(declaration.type)) return true;
  const initial = declaration.value && (kotlin ? kotlinCall(declaration.value) : javaCall(declaration.value));
  return initial?.name === 'getSession' || (kotlin && /^\w+\.session$/.test(declaration.value?.text ?? ''));
}

interface Declaration {
  type: string;
  value?: SyntaxNode;
}

/** A parameter or local of the enclosing function (or lambda, or one around it) named `name`: its type as written and its initial value. */
function declarationOf(name: string, use: SyntaxNode, kotlin: boolean): Declaration | undefined {
  for (let scope = use.parent; scope; scope = scope.parent) {
    if (!FUNCTIONS.has(scope.type)) continue;
    let found: Declaration | undefined;
    walkTree(scope, (node) => {
      if (found || node.startIndex > use.startIndex) return;
      found = kotlin ? kotlinDeclaration(node, name) : javaDeclaration(node, name);
    });
    if (found) return found;
  }
  return undefined;
}

function javaDeclaration(node: SyntaxNode, name: string): Declaration | undefined {
  if (node.type === 'formal_parameter' && node.childForFieldName('name')?.text === name) return { type: node.childForFieldName('type')?.text ?? '' };
  if (node.type !== 'variable_declarator' || node.childForFieldName('name')?.text !== name) return undefined;
  const value = node.childForFieldName('value') ?? undefined;
  return { type: node.parent?.childForFieldName('type')?.text ?? '', ...(value ? { value } : {}) };
}

/** `session: HttpSession` (a parameter), `val session = request.getSession(true)`, `val member = x.authenticate(…) ?: return …`. */
function kotlinDeclaration(node: SyntaxNode, name: string): Declaration | undefined {
  if (node.type === 'parameter' || node.type === 'class_parameter') {
    const [id, type] = node.namedChildren;
    return id?.text === name ? { type: type?.text ?? '' } : undefined;
  }
  if (node.type !== 'property_declaration') return undefined;
  const variable = node.namedChildren.find((child) => child?.type === 'variable_declaration');
  if (variable?.namedChild(0)?.text !== name) return undefined;
  const value = node.namedChildren.filter((child) => child !== null && child.id !== variable.id && child.type !== 'modifiers' && child.type !== 'binding_pattern_kind').pop() ?? undefined;
  const initial = value?.type === 'elvis_expression' ? (value.namedChild(0) ?? undefined) : value;
  return { type: variable.namedChild(1)?.text ?? '', ...(initial ? { value: initial } : {}) };
}

/**
 * The attribute is login state: its name says so (`"customer"`, `"employeeId"`, `Technician.class` only by the
 * value), or its value is what an authentication call returned (`tech = technicians.verify(badge, pin)`).
 */
function isLoginState(call: JvmCall, text: string, kotlin: boolean): boolean {
  const [key, value] = call.args as [SyntaxNode, SyntaxNode];
  const literal = (kotlin ? kotlinString : javaString)(key, text);
  const name = literal ? (literal.value?.text ?? literal.raw) : /^(\w+)(?:\.class|::class(?:\.java)?)$/.exec(key.text)?.[1];
  if (name !== undefined && hasWord(name, LOGIN_WORDS)) return true;
  if (!/^(?:simple_)?identifier$/.test(value.type)) return false;
  const initial = declarationOf(value.text, value, kotlin)?.value;
  const produced = initial && (kotlin ? kotlinCall(initial) : javaCall(initial));
  return produced !== undefined && AUTH_CALL.test(produced.name);
}

export const jvmHttpSessionCheck: LanguageCheck = { languages: ['java', 'kotlin'], keywords: ['setattribute'], check };
