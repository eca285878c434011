// Factor XII in Ruby: migrations run while the app boots. Only files on the boot path are read
// (initializers, config/application.rb, config/environment.rb, config.ru, Puma/Unicorn configs,
// Sinatra apps); migrations in db/, lib/tasks, bin/ and script/ are one-off admin work (tests are
// the engine's file scope, where the rule never runs).
import { ancestors, callArguments, inEnvironmentBranch, methodName, stringValue } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { callsOf } from '../development-callers';
import { MigrationGroups } from './grouped';
import { migrationEffect, type Effect } from './ruby-calls';
import { importedRubyMigration } from './ruby-imported';
import type { ImportedMigration, Report } from '../../types';

const BOOT_FILES = /(?:^|\/)(?:config\/initializers\/.+\.rb|config\/(?:application|environment|boot|puma|unicorn)\.rb|config\/puma\/[^/]+\.rb|config\/environments\/[^/]+\.rb|config\.ru)$/;
const ONE_OFF_PATHS = /(?:^|\/)(?:db|lib\/tasks|bin|script|scripts)\/|\.rake$|(?:^|\/)Rakefile$/;
/** Blocks that run per worker process at boot. */
const WORKER_HOOKS = new Set(['on_worker_boot', 'before_fork', 'after_fork', 'before_worker_boot', 'on_booted', 'after_worker_fork']);
/** Blocks that run later or elsewhere: rake tasks, request handlers, scheduled jobs. */
const DEFERRED_BLOCKS = new Set(['task', 'namespace', 'get', 'post', 'put', 'patch', 'delete', 'every', 'perform', 'at_exit']);
/** Env flags that opt in to migrating: assumed unset in production. */
const OPT_IN_FLAG = /MIGRAT|SCHEMA|SETUP_DB|DB_SETUP|PREPARE/i;

const VERBS: Readonly<Record<Effect, string>> = {
  'migrates': 'runs migrations',
  'changes-schema': 'changes the schema',
  'drops-schema': 'drops and recreates the schema',
};
const ADVICE = 'run migrations as a one-off admin process (e.g. `bin/rails db:migrate` in a release phase) before release.';

const KEYWORDS = ['migrat', 'db:prepare', 'db:setup', 'db:reset', 'db:schema', 'db:structure', 'schema.define', 'prepare_all', 'load_schema', 'auto_upgrade', 'create_table', 'create_join_table'];

export const rubyChecks: LanguageCheck[] = [
  {
    languages: ['ruby'],
    keywords: [],
    // The migrations' own words, or a call of a required file's module method whose body migrates (the node layer's fact).
    mayReport: (file) => (file.options.importedMigrations?.length ?? 0) > 0 || KEYWORDS.some((keyword) => file.lowered.includes(keyword)),
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || ONE_OFF_PATHS.test(context.path)) return;
  const root = tree.rootNode;
  if (!BOOT_FILES.test(context.path) && !isSinatraApp(root)) return;
  const groups = new MigrationGroups(context);
  const imported = context.options.importedMigrations ?? [];
  walkTree(root, (node) => {
    if (node.type !== 'call' && node.type !== 'subshell') return undefined;
    const effect = migrationEffect(node);
    const elsewhere = !effect && node.type === 'call' && imported.length > 0 ? importedRubyMigration(node, imported) : undefined;
    if (elsewhere) {
      const when = startMoment(node);
      if (when) groups.add(node, importedReport(node, elsewhere, when));
      return false;
    }
    if (!effect) return undefined;
    const when = startMoment(node);
    if (when) groups.add(node, { span: nodeSpan(node), message: `Factor XII: \`${label(node)}\` ${VERBS[effect]} every time ${when}; ${ADVICE}` });
    return false;
  });
  groups.flush();
}

/** Requires Sinatra or subclasses one of its apps. */
function isSinatraApp(root: SyntaxNode): boolean {
  let found = false;
  walkTree(root, (node) => {
    if (found) return false;
    if (node.type === 'call' && methodName(node) === 'require' && !node.childForFieldName('receiver')) {
      found = /^sinatra(?:\/base)?$/.test(stringValue(callArguments(node)[0]) ?? '');
    } else if (node.type === 'superclass') found = /Sinatra::(?:Base|Application)/.test(node.text);
    return node.type === 'program' || node.type === 'class' || node.type === 'module' || node.type === 'body_statement' || node.type === 'superclass' || node.type === 'call' ? undefined : false;
  });
  return found;
}

/**
 * When the node runs on the start path: "the app starts", "a worker boots"; undefined when it does not. A method of this
 * file (`def self.prepare_database(db)`, `def migrate_now!`) runs when a call of it does, two calls deep at most: its
 * calls from the top level or a boot block (`Boot.prepare_database(DB)` in config.ru), not from a route, a task or an
 * opt-in or development branch.
 */
function startMoment(node: SyntaxNode, depth = 0): string | undefined {
  if (inEnvironmentBranch(node, (condition) => OPT_IN_FLAG.test(condition.text))) return undefined;
  let moment = 'the app starts';
  const chain = ancestors(node);
  for (const [index, parent] of chain.entries()) {
    const owner = chain[index + 1];
    if (parent.type === 'method' || parent.type === 'singleton_method') return calledAtStart(parent, depth);
    if (parent.type === 'lambda') return undefined;
    if ((parent.type === 'do_block' || parent.type === 'block') && owner?.type === 'call') {
      const hook = methodName(owner) ?? '';
      if (DEFERRED_BLOCKS.has(hook)) return undefined;
      if (WORKER_HOOKS.has(hook)) moment = 'a worker boots';
    }
  }
  return moment;
}

function calledAtStart(method: SyntaxNode, depth: number): string | undefined {
  const name = method.childForFieldName('name')?.text;
  if (name === undefined || depth >= 2) return undefined;
  for (const call of callsOf(rootOf(method), method, name)) {
    const when = startMoment(call, depth + 1);
    if (when) return when;
  }
  return undefined;
}

function rootOf(node: SyntaxNode): SyntaxNode {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** `Database.setup!` on the boot path, whose body in lib/database.rb runs `Sequel::Migrator.run(...)`: reported here, the body related. */
function importedReport(call: SyntaxNode, elsewhere: ImportedMigration, when: string): Report {
  const written = label(call);
  return {
    span: nodeSpan(call),
    message: `Factor XII: \`${written}\` runs \`${elsewhere.label}\` (in ${elsewhere.path}) every time ${when}; ${ADVICE}`,
    relatedElsewhere: [{ path: elsewhere.path, range: elsewhere.range, message: `The migration \`${written}\` runs.` }],
  };
}

function label(node: SyntaxNode): string {
  const text = node.text.split('\n')[0] ?? '';
  return text.length <= 70 ? text : `${text.slice(0, 69)}…`;
}
