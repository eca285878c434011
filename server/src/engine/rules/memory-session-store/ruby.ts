// Factor VI in Ruby: sessions kept in the process. Rails `config.session_store :cache_store` when
// this file puts the cache in memory (or on local disk), `Rack::Session::Pool` (Rack's in-memory
// store), and module- or class-level hashes that request handlers fill per user (ruby-state.ts).
import { callArguments, callName, dottedName, inEnvironmentBranch, mentionsEnv, symbolOrStringName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report } from '../../types';
import { checkRubyState } from './ruby-state';

type Where = 'memory' | 'disk';

const LOSS: Readonly<Record<Where, string>> = {
  memory: 'in process memory: they vanish on restart',
  disk: 'on the local disk: they are lost when the container is replaced',
};
const PROCESS_CACHES: Readonly<Record<string, Where>> = { memory_store: 'memory', file_store: 'disk' };

export const rubyChecks: LanguageCheck[] = [
  { languages: ['ruby'], keywords: ['session', 'cart', 'user', 'login', 'token', 'basket', 'wishlist', 'account', 'customer', 'visitor', 'profile', 'online', 'presence', 'viewer', 'draft'], check },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const report = (found: Report): void => context.report(found);
  const root = tree.rootNode;
  checkSessionStores(root, report);
  checkRubyState(root, report);
}

function checkSessionStores(root: SyntaxNode, report: (found: Report) => void): void {
  const cache = processCache(root);
  walkTree(root, (node) => {
    if (node.type === 'call' && /(?:^|\.)config\.session_store$|^session_store$/.test(callName(node) ?? '')) {
      const store = symbolOrStringName(callArguments(node)[0]);
      if (store === 'cache_store' && cache && !isEnvironmentBranch(node)) {
        report({ span: nodeSpan(node), message: cacheStoreMessage(cache) });
      }
    } else if (node.type === 'scope_resolution' && node.text.replace(/^::/, '') === 'Rack::Session::Pool') {
      const use = poolUse(node);
      if (use && !isEnvironmentBranch(use)) report({ span: nodeSpan(use), message: poolMessage() });
    }
  });
}

/** The cache this file configures, when it lives in the process: `config.cache_store = :memory_store`. */
function processCache(root: SyntaxNode): { store: string; where: Where } | undefined {
  let found: { store: string; where: Where } | undefined;
  walkTree(root, (node) => {
    if (node.type !== 'assignment' || !/(?:^|\.)config\.cache_store$/.test(dottedName(node.childForFieldName('left')) ?? '')) return;
    const right = node.childForFieldName('right');
    const value = right?.type === 'right_assignment_list' ? right.namedChild(0) : right;
    const store = symbolOrStringName(value);
    found = store !== undefined && PROCESS_CACHES[store] ? { store, where: PROCESS_CACHES[store] } : undefined;
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
