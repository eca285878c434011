// Session backends of newer Python frameworks chosen in code: fastapi-sessions' `InMemoryBackend()`, sanic-session's
// `InMemorySessionInterface()` (also what `Session(app)` uses when given no interface), aiogram's FSM `MemoryStorage()`
// (a bot's conversations in progress: the chat's state and data), and
// Litestar's server-side sessions on its default in-process store (`ServerSideSessionConfig()` in a file whose
// `Litestar(...)` app registers no `stores=`), or a `MemoryStore()` / `FileStore(…)` registered as the "sessions" store.
import { importBindings, keywordArgument, resolvedName, stringValue } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';

const ADVICE = 'keep sessions in a backing store such as Redis or the database';
/** aiogram 3's `aiogram.fsm.storage.memory.MemoryStorage`, aiogram 2's `aiogram.contrib.fsm_storage.memory.MemoryStorage`. */
const AIOGRAM_MEMORY_STORAGE = /^aiogram\.(?:fsm\.storage|contrib\.fsm_storage)(?:\.memory)?\.MemoryStorage$/;
const MEMORY = 'they vanish on restart and are not shared between processes';

export function checkSessionBackends(root: SyntaxNode, report: (report: Report) => void): void {
  const bindings = importBindings(root);
  const calls: { node: SyntaxNode; name: string }[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'call') return;
    const callee = node.childForFieldName('function');
    // `InMemoryBackend[UUID, SessionData]()`: the generic's subscript names the class.
    const name = resolvedName(callee?.type === 'subscript' ? callee.childForFieldName('value') : callee, bindings);
    if (name !== undefined) calls.push({ node, name });
  });
  const appHasStores = calls.some(({ node, name }) => isLitestarApp(name) && keywordArgument(node, 'stores') !== undefined);
  for (const { node, name } of calls) {
    if (/^sanic_session(?:\.memory)?\.InMemorySessionInterface$/.test(name)) {
      report(at(node, `Factor VI: sanic-session's InMemorySessionInterface keeps sessions in process memory: ${MEMORY}; ${ADVICE} (AIORedisSessionInterface).`));
    } else if (name === 'sanic_session.Session' && node.childForFieldName('arguments')?.namedChildren.length === 1 && keywordArgument(node, 'interface') === undefined) {
      report(at(node, `Factor VI: sanic-session's Session(app) with no interface keeps sessions in process memory (InMemorySessionInterface): ${MEMORY}; ${ADVICE} (interface=AIORedisSessionInterface(...)).`));
    } else if (name.startsWith('fastapi_sessions.') && name.endsWith('.InMemoryBackend')) {
      report(at(node, `Factor VI: fastapi-sessions' InMemoryBackend keeps sessions in process memory: ${MEMORY}; ${ADVICE}.`));
    } else if (/^litestar\.middleware\.session\.server_side\.ServerSideSessionConfig$/.test(name) && !appHasStores && keywordArgument(node, 'store') === undefined && hasLitestarApp(calls)) {
      report(at(node, `Factor VI: Litestar's server-side sessions use the app's default MemoryStore (no \`stores=\` registered): ${MEMORY}; ${ADVICE} (stores={"sessions": RedisStore(...)}).`));
    } else if (AIOGRAM_MEMORY_STORAGE.test(name)) {
      report(at(node, `Factor VI: aiogram's MemoryStorage keeps each chat's FSM state and data in process memory: a conversation in progress is lost on restart and unseen by another instance; keep it in RedisStorage (or MongoStorage).`));
    } else if (/^litestar\.stores\.(?:memory\.MemoryStore|file\.FileStore)$/.test(name) && isSessionsStore(node)) {
      const store = name.endsWith('MemoryStore') ? 'a MemoryStore, in process memory' : 'a FileStore, on the local disk';
      report(at(node, `Factor VI: Litestar's "sessions" store is ${store}: ${MEMORY}; ${ADVICE} (RedisStore).`));
    }
  }
}

function isLitestarApp(name: string): boolean {
  return name === 'litestar.Litestar' || name === 'litestar.app.Litestar';
}

function hasLitestarApp(calls: readonly { name: string }[]): boolean {
  return calls.some(({ name }) => isLitestarApp(name));
}

/** `stores={"sessions": MemoryStore()}`: the store registered under the name server-side sessions read. */
function isSessionsStore(call: SyntaxNode): boolean {
  const pair = call.parent;
  return pair?.type === 'pair' && pair.childForFieldName('value')?.id === call.id && stringValue(pair.childForFieldName('key')) === 'sessions';
}

function at(node: SyntaxNode, message: string): Report {
  return { span: { start: node.startIndex, end: node.endIndex }, message };
}

