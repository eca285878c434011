// daemonized-process in the config files of the app's server or worker, which daemonise it as surely as a
// `--daemon` flag does, whoever starts it: Puma's `daemonize` / `daemonize true` (config/puma.rb, Puma < 5),
// gunicorn's `daemon = True` (gunicorn.conf.py), uWSGI's `daemonize = <log file>` / `daemonize2` ([uwsgi] in an
// INI file), Thin's `daemonize: true` and Sidekiq < 6's `:daemon: true` (YAML). `false`, `False`, `no`, an empty
// value and values the environment decides (`daemonize = $(DAEMON_LOG)`) stay silent.
import { callArguments, methodName } from '../../languages/ruby';
import { parseIni } from '../../languages/ini';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { topOrEnvironmentSettings } from '../environment-yaml';
import { isGunicornConfig, isNonServerPath, isPumaConfig, isSidekiqConfig } from '../process-paths';

const ADVICE = 'run it in the foreground and let the platform start, restart and scale it.';

const THIN_CONFIG = /(?:^|\/)thin[\w.-]*\.ya?ml$/i;

function report(context: RuleContext, span: Span, subject: string): void {
  context.report({ span, message: `Factor VIII: ${subject} daemonises the server, so no process manager sees it: ${ADVICE}` });
}

/** Puma's DSL: `daemonize` alone (an identifier statement) or `daemonize true`. */
function checkPuma(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || !isPumaConfig(context.path)) return;
  walkTree(tree.rootNode, (node) => {
    if (!isStatement(node)) return;
    const bare = node.type === 'identifier' && node.text === 'daemonize';
    const call = node.type === 'call' && !node.childForFieldName('receiver') && methodName(node) === 'daemonize' && isTrue(callArguments(node));
    if (bare || call) report(context, { start: node.startIndex, end: node.endIndex }, "Puma's `daemonize`");
  });
}

/** A top-level statement or one in a block's body (`if ENV[...] ... end`), not an argument. */
function isStatement(node: SyntaxNode): boolean {
  const parent = node.parent?.type;
  return parent === 'program' || parent === 'body_statement' || parent === 'then' || parent === 'else' || parent === 'block_body';
}

function isTrue(args: readonly SyntaxNode[]): boolean {
  return args.length === 0 || (args.length === 1 && args[0]!.type === 'true');
}

/** gunicorn's config module: `daemon = True` at its top level. */
function checkGunicorn(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || !isGunicornConfig(context.path)) return;
  for (const statement of tree.rootNode.namedChildren) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.text === 'daemon' && right?.type === 'true') report(context, { start: assignment.startIndex, end: assignment.endIndex }, "gunicorn's `daemon = True`");
  }
}

/** uWSGI's `[uwsgi]` section: `daemonize`/`daemonize2` take the log file the detached server writes to. */
function checkUwsgi(context: RuleContext): void {
  for (const entry of parseIni(context.text)) {
    if (entry.section !== 'uwsgi' || !/^daemonize2?$/.test(entry.key)) continue;
    const value = entry.value.trim();
    if (value === '' || /^(?:false|no|off|0)$/i.test(value) || value.includes('$(')) continue;
    report(context, { start: entry.keySpan.start, end: entry.valueSpan.end }, `uWSGI's \`${entry.key}\``);
  }
}

/** Thin's `daemonize: true`; Sidekiq's `:daemon: true`, at the top or under an environment's key. */
function checkYaml(context: RuleContext): void {
  const key = THIN_CONFIG.test(context.path) ? 'daemonize' : isSidekiqConfig(context.path) ? ':daemon' : undefined;
  if (key === undefined) return;
  const subject = key === 'daemonize' ? "Thin's `daemonize: true`" : "Sidekiq's `:daemon: true`";
  for (const node of topOrEnvironmentSettings(context.parsed.yaml, [key])) {
    if (node.kind === 'scalar' && node.value === true) report(context, node.span, subject);
  }
}

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  if (context.language === 'ruby') checkPuma(context);
  else if (context.language === 'python') checkGunicorn(context);
  else if (context.language === 'ini') checkUwsgi(context);
  else if (context.language === 'yaml') checkYaml(context);
}

export const serverConfigCheck: LanguageCheck = {
  languages: ['ruby', 'python', 'ini', 'yaml'],
  keywords: ['daemon'],
  check,
};
