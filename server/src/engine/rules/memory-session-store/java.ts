// memory-session-store for the JVM: Spring Session switched off (`store-type=none`: sessions stay
// in the servlet container's memory), Micronaut Security's session login without a session store, Tomcat/Jetty session files (`server.servlet.session.persistent`),
// Spring Session's MapSessionRepository, Ktor's SessionStorageMemory / directorySessionStorage, Jetty's
// FileSessionDataStore, a bare Jetty SessionHandler handed to setSessionHandler (Dropwizard, Javalin), Shiro's MemorySessionDAO, Undertow's InMemorySessionManager and Vert.x Web's LocalSessionStore.
// Ktor cookie-only sessions (`cookie<S>("SESSION")`, no storage) live in the client and stay silent.
import { importsOf, isImported, javaCall, type JvmCall } from '../../languages/java';
import { kotlinCall } from '../../languages/kotlin';
import { isNonDeployedProfile, springEntries, valueText, type SpringEntry } from '../../languages/spring';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { jvmStateCheck } from './jvm-state';
import { jvmRouteStateCheck } from './jvm-route-state';
import { jvmStaticWritesCheck } from './jvm-static-writes';
import { jvmHttpSessionCheck } from './jvm-http-session';

const LOSS = {
  memory: 'in process memory: they vanish on restart',
  disk: 'on the local disk: they are lost when the container is replaced',
} as const;
const ADVICE = 'use a backing store such as Redis or the database (Spring Session with spring-session-data-redis or -jdbc)';

function message(label: string, where: keyof typeof LOSS): string {
  return `Factor VI: ${label} keeps sessions ${LOSS[where]} and are not shared between processes; ${ADVICE}.`;
}

function checkSpringSession(context: RuleContext): void {
  const entries = springEntries(context.parsed);
  checkMicronautSession(context, entries);
  for (const entry of entries) {
    if (isNonDeployedProfile(entry.profile)) continue;
    const value = valueText(entry)?.trim().toLowerCase();
    if (entry.canonical === 'spring.session.storetype' && value === 'none') {
      const label = `"${entry.key}=none" (no Spring Session: the servlet container's HttpSession)`;
      context.report({ span: entry.valueSpan, message: message(label, 'memory') });
    } else if (entry.canonical === 'server.servlet.session.persistent' && value === 'true') {
      context.report({ span: entry.valueSpan, message: message(`"${entry.key}=true" (session files of the embedded server)`, 'disk') });
    }
  }
}

/** Builds that can hold Micronaut's HTTP sessions outside the JVM: its Redis (Lettuce) and Redisson session stores. */
const MICRONAUT_SESSION_STORE_ARTIFACT = /^micronaut-redis|redisson|hazelcast/i;
/** `micronaut.session.http.redis.enabled: true` (or Redisson's): the store this file switches on. */
const MICRONAUT_STORE_SWITCH = /^micronaut\.session\.http\.(?:redis|redisson)\.enabled$/;

/**
 * Micronaut Security's session login (`micronaut.security.authentication: session`) keeps who is signed in in
 * micronaut-session's store, which is InMemorySessionStore unless a Redis or Redisson store is configured. Only
 * said when the node layer read the build and it names no such store (another profile's file may switch one on,
 * but needs the artifact), and the file switches none on; a JWT/bearer or cookie login keeps no session on the server.
 */
function checkMicronautSession(context: RuleContext, entries: readonly SpringEntry[]): void {
  const jvm = context.options.dependencies?.jvm;
  if (!jvm || jvm.artifacts.some((artifact) => MICRONAUT_SESSION_STORE_ARTIFACT.test(artifact))) return;
  if (entries.some((entry) => MICRONAUT_STORE_SWITCH.test(entry.canonical) && valueText(entry)?.trim().toLowerCase() === 'true')) return;
  for (const entry of entries) {
    if (entry.canonical !== 'micronaut.security.authentication' || isNonDeployedProfile(entry.profile)) continue;
    if (valueText(entry)?.trim().toLowerCase() !== 'session') continue;
    context.report({
      span: entry.valueSpan,
      message:
        `Factor VI: "${entry.key}=session" keeps who is signed in in Micronaut's default in-memory session store: a restart signs everyone out ` +
        `and other instances do not see the session, and ${jvm.manifest} declares no session store; add micronaut-redis-lettuce with ` +
        '`micronaut.session.http.redis.enabled: true`, or sign in with tokens (`authentication: bearer` or `cookie`).',
    });
  }
}

/** Simple name -> [fully qualified names, where it keeps sessions]. */
const STORES: Readonly<Record<string, { classes: readonly string[]; where: keyof typeof LOSS }>> = {
  MapSessionRepository: { classes: ['org.springframework.session.MapSessionRepository'], where: 'memory' },
  ReactiveMapSessionRepository: { classes: ['org.springframework.session.ReactiveMapSessionRepository'], where: 'memory' },
  SessionStorageMemory: { classes: ['io.ktor.server.sessions.SessionStorageMemory', 'io.ktor.sessions.SessionStorageMemory'], where: 'memory' },
  directorySessionStorage: { classes: ['io.ktor.server.sessions.directorySessionStorage', 'io.ktor.sessions.directorySessionStorage'], where: 'disk' },
  // Jetty's session data in files next to the server (Javalin's documented "file sessions").
  FileSessionDataStore: { classes: ['org.eclipse.jetty.server.session.FileSessionDataStore', 'org.eclipse.jetty.session.FileSessionDataStore'], where: 'disk' },
  // Shiro's native sessions in a map of this JVM.
  MemorySessionDAO: { classes: ['org.apache.shiro.session.mgt.eis.MemorySessionDAO'], where: 'memory' },
  // Undertow's session manager for a bare Undertow server (and WildFly's default outside a cluster): a map in this JVM.
  InMemorySessionManager: { classes: ['io.undertow.server.session.InMemorySessionManager'], where: 'memory' },
};

/** Stores made by a static factory: Vert.x Web's `LocalSessionStore.create(vertx)` (a local map of this Vert.x instance). */
const FACTORY_STORES: Readonly<Record<string, { classes: readonly string[]; where: keyof typeof LOSS }>> = {
  LocalSessionStore: {
    classes: ['io.vertx.ext.web.sstore.LocalSessionStore', 'io.vertx.rxjava3.ext.web.sstore.LocalSessionStore', 'io.vertx.reactivex.ext.web.sstore.LocalSessionStore', 'io.vertx.mutiny.ext.web.sstore.LocalSessionStore'],
    where: 'memory',
  },
};

function checkSessionCode(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const kotlin = context.language === 'kotlin';
  const imports = importsOf(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    const call = kotlin ? kotlinCall(node) : node.type === 'object_creation_expression' || node.type === 'method_invocation' ? javaCall(node) : undefined;
    const store = call && (storeOf(call, node.type === 'object_creation_expression' ? node.childForFieldName('type')?.text : undefined, imports) ?? bareJettyHandlerOf(node, imports));
    if (store) context.report({ span: { start: node.startIndex, end: node.endIndex }, message: message(store.label, store.where) });
  });
}

function storeOf(call: JvmCall, javaType: string | undefined, imports: readonly string[]): { label: string; where: keyof typeof LOSS } | undefined {
  if (call.receiver) return factoryStoreOf(call, imports);
  // Own keys only: a bare `toString(` is no store, and Object's prototype has no `classes` (found by fast-check).
  const entry = Object.hasOwn(STORES, call.name) ? STORES[call.name] : undefined;
  const written = javaType?.replace(/<.*$/s, '') ?? call.name;
  const qualified = entry?.classes.find((name) => written === name || isImported(imports, name));
  return entry && qualified ? { label: call.name, where: entry.where } : undefined;
}

const JETTY_SESSION_HANDLERS = ['org.eclipse.jetty.server.session.SessionHandler', 'org.eclipse.jetty.ee10.servlet.SessionHandler', 'org.eclipse.jetty.ee8.nested.SessionHandler'];

/**
 * `environment.servlets().setSessionHandler(new SessionHandler())` (Dropwizard), `handler.setSessionHandler(new SessionHandler())`
 * (Javalin, embedded Jetty): a handler made in the call, so nothing gives it a session data store; Jetty's
 * default cache keeps sessions in this JVM. A handler kept in a variable may be configured (silent).
 */
function bareJettyHandlerOf(node: SyntaxNode, imports: readonly string[]): { label: string; where: keyof typeof LOSS } | undefined {
  if (node.type !== 'object_creation_expression' || (node.childForFieldName('arguments')?.namedChildCount ?? 1) > 0) return undefined;
  const type = node.childForFieldName('type')?.text ?? '';
  if (!JETTY_SESSION_HANDLERS.some((name) => type === name || (type === 'SessionHandler' && isImported(imports, name)))) return undefined;
  const invocation = node.parent?.type === 'argument_list' ? node.parent.parent : null;
  if (invocation?.type !== 'method_invocation' || invocation.childForFieldName('name')?.text !== 'setSessionHandler') return undefined;
  return { label: "Jetty's SessionHandler with its default session cache", where: 'memory' };
}

/** `LocalSessionStore.create(vertx)`, imported or written out in full. */
function factoryStoreOf(call: JvmCall, imports: readonly string[]): { label: string; where: keyof typeof LOSS } | undefined {
  if (call.name !== 'create') return undefined;
  const written = call.receiver!.text;
  const simple = written.slice(written.lastIndexOf('.') + 1);
  const entry = FACTORY_STORES[simple];
  const known = entry?.classes.some((name) => written === name || (written === simple && isImported(imports, name)));
  return entry && known ? { label: `${simple}.create()`, where: entry.where } : undefined;
}

/**
 * `session` as Spring's relaxed binding reads a key (canonicalKey drops every `-` and `_`): the
 * keyword alone kept `spring.s_ession.store-type=none` out while the check reported it (found by
 * fast-check). Linear: the separators and the letters are disjoint classes.
 */
const RELAXED_SESSION = /s[-_]*e[-_]*s[-_]*s[-_]*i[-_]*o[-_]*n/i;

export const springSessionCheck: LanguageCheck = {
  languages: ['properties', 'yaml'],
  keywords: ['session'],
  patterns: [RELAXED_SESSION],
  check: checkSpringSession,
};

export const sessionCodeCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['mapsessionrepository', 'sessionstoragememory', 'directorysessionstorage', 'filesessiondatastore', 'memorysessiondao', 'localsessionstore', 'inmemorysessionmanager', 'setsessionhandler'],
  check: checkSessionCode,
};

export const javaChecks: LanguageCheck[] = [springSessionCheck, sessionCodeCheck, jvmStateCheck, jvmRouteStateCheck, jvmStaticWritesCheck, jvmHttpSessionCheck];
