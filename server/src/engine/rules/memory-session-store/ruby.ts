// Factor VI in Ruby: sessions kept in the process. Rails `config.session_store :cache_store` when
// this file puts the cache in memory (or on local disk), `Rack::Session::Pool` (Rack's in-memory
// store), and module- or class-level hashes that request handlers fill per user (ruby-state.ts).
import { callArguments, callName, dottedName, inEnvironmentBranch, mentionsEnv, symbolOrStringName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report, SessionCacheChoice } from '../../types';
import { checkRubyRequestState, checkRubyState } from './ruby-state';
import { checkRubyModelStores } from './ruby-model-store';

type Where = 'memory' | 'disk';

const LOSS: Readonly<Record<Where, string>> = {
  memory: 'in process memory: they vanish on restart',
  disk: 'on the local disk: they are lost when the container is replaced',
};
const PROCESS_CACHES: Readonly<Record<string, Where>> = { memory_store: 'memory', file_store: 'disk' };

export const rubyChecks: LanguageCheck[] = [
  { languages: ['ruby'], keywords: ['session', 'cart', 'user', 'login', 'token', 'basket', 'wishlist', 'account', 'customer', 'visitor', 'profile', 'online', 'presence', 'viewer', 'draft', 'cache_store', '<<', '.push', '.append', '.unshift', '.prepend', '.concat'], check },
  // A class variable or a global set by a request handler: `@@notice = "Saved"`, `$last_search = params[:q]`.
  { languages: ['ruby'], keywords: ['@@'], patterns: [/\$[A-Za-z_]\w*[ \t]*=[^=~]/], check: checkRequestState },
  // A model that keeps its records in a class variable its own `save` fills: `@@words[id] = self`.
  { languages: ['ruby'], keywords: ['def save'], mayReport: (file) => file.text.includes('@@'), check: (context) => withTree(context, checkRubyModelStores) },
];

function withTree(context: RuleContext, check: (root: SyntaxNode, report: (found: Report) => void) => void): void {
  const root = context.parsed.tree?.rootNode;
  if (root) check(root, (found) => context.report(found));
}

function checkRequestState(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (root) checkRubyRequestState(root, (found) => context.report(found));
}

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const report = (found: Report): void => context.report(found);
  const root = tree.rootNode;
  checkSessionStores(root, report, context.options.sessionsInCache);
  checkRubyState(root, report);
}

/**
 * `elsewhere`: another file of the app (config/application.rb, an initializer) keeps sessions in
 * the cache, as the node layer found it; this file (config/environments/production.rb) may put that
 * cache in the process.
 */
function checkSessionStores(root: SyntaxNode, report: (found: Report) => void, elsewhere?: SessionCacheChoice): void {
  const cache = processCache(root);
  let chooses = false;
  walkTree(root, (node) => {
    if (node.type === 'call' && isSessionStoreCall(node)) {
      chooses = true;
      const store = symbolOrStringName(callArguments(node)[0]);
      if (store === 'cache_store' && cache && !isEnvironmentBranch(node)) {
        report({ span: nodeSpan(node), message: cacheStoreMessage(cache) });
      }
    } else if (node.type === 'scope_resolution' && node.text.replace(/^::/, '') === 'Rack::Session::Pool') {
      const use = poolUse(node);
      if (use && !isEnvironmentBranch(use)) report({ span: nodeSpan(use), message: poolMessage() });
    }
  });
  // A file that picks its own session store decides for itself (read above).
  if (elsewhere && cache && !chooses && !isEnvironmentBranch(cache.node)) {
    report({
      span: nodeSpan(cache.node),
      message: cacheStoreMessage(cache),
      relatedElsewhere: [{ path: elsewhere.path, range: elsewhere.range, message: 'Sessions are kept in the cache here.' }],
    });
  }
}

function isSessionStoreCall(node: SyntaxNode): boolean {
  return /(?:^|\.)config\.session_store$|^session_store$/.test(callName(node) ?? '');
}

interface ProcessCache {
  store: string;
  where: Where;
  /** The `config.cache_store = …` assignment. */
  node: SyntaxNode;
}

/** The cache this file configures, when it lives in the process: `config.cache_store = :memory_store`. */
function processCache(root: SyntaxNode): ProcessCache | undefined {
  let found: ProcessCache | undefined;
  walkTree(root, (node) => {
    if (node.type !== 'assignment' || !/(?:^|\.)config\.cache_store$/.test(dottedName(node.childForFieldName('left')) ?? '')) return;
    const right = node.childForFieldName('right');
    const value = right?.type === 'right_assignment_list' ? right.namedChild(0) : right;
    const store = symbolOrStringName(value);
    found = store !== undefined && PROCESS_CACHES[store] ? { store, where: PROCESS_CACHES[store], node } : undefined;
  });
  return found;
}

/** The call in this file that keeps sessions in the cache: `config.session_store :cache_store, key: '_app_session'`. */
export function cacheSessionStoreCall(root: SyntaxNode): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  walkTree(root, (node) => {
    if (found || node.type !== 'call' || !isSessionStoreCall(node)) return;
    if (symbolOrStringName(callArguments(node)[0]) === 'cache_store' && !isEnvironmentBranch(node)) found = node;
  });
  return found;
}

/** The statement that installs the pool: `use Rack::Session::Pool`, `config.middleware.use ...`, `Rack::Session::Pool.new(app)`. */
function poolUse(constant: SyntaxNode): SyntaxNode | undefined {
  const parent = constant.parent;
  if (parent?.type === 'call' && parent.childForFieldName('receiver')?.id === constant.id) return parent;
  if (parent?.type === 'argument_list' && parent.parent?.type === 'call') return parent.parent;
  if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === constant.id) return parent;
  return undefined;
}

/** `if ENV['REDIS_URL'] ... else <pool>`: the code already picks a backing store where one is configured. */
function isEnvironmentBranch(node: SyntaxNode): boolean {
  return inEnvironmentBranch(node, (condition) => mentionsEnv(condition) || /redis|memcache|production/i.test(condition.text));
}

function cacheStoreMessage(cache: { store: string; where: Where }): string {
  return (
    `Factor VI: sessions in :cache_store live in the :${cache.store} cache, ${LOSS[cache.where]} ` +
    'and are not shared between processes; use a shared cache (:redis_cache_store, :mem_cache_store) or :active_record_store.'
  );
}

function poolMessage(): string {
  return (
    `Factor VI: Rack::Session::Pool keeps sessions ${LOSS.memory} and are not shared between processes; ` +
    'use a backing store such as Redis (e.g. Rack::Session::Redis) or cookie sessions.'
  );
}
