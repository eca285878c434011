// What a Ruby logger writes to: a file (a path string, `Rails.root.join(...)`, `File.open(...)`, a
// constant or variable holding one) or a standard stream; and which branches only run in
// development or behind a log-to-stdout switch.
import { callArguments, callName, dottedName, inEnvironmentBranch, methodName, stringContentSpan, stringValue } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { isDevicePath } from './device-paths';

export type Assignments = ReadonlyMap<string, SyntaxNode>;

/** Calls that build a path. */
// `root.join` is Hanami's (`root.join('log')`, `Hanami.app.root.join`) and any app root's Pathname; so is an app's own
// `log_root.join('puma.log')` (Postal's `Postal.log_root`), `app_root.join`.
const PATH_BUILDERS = /^(?:(?:[\w.]+\.)?(?:[a-z]\w*_)?root\.join|File\.join|File\.expand_path|Pathname\.new|Pathname|Rails\.root\.join\(.*\)\.to_s)$/;
/** Calls that open a file. */
const FILE_OPENERS = new Set(['File.open', 'File.new']);
/** Paths that are not files on disk. */

/** Names (locals, constants, instance variables) assigned exactly once in the file, with their value. */
export function singleAssignments(root: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  const ambiguous = new Set<string>();
  walkTree(root, (node) => {
    if (node.type !== 'assignment' && node.type !== 'operator_assignment') return;
    const name = dottedName(node.childForFieldName('left'));
    const value = node.childForFieldName('right');
    if (name === undefined || !value) return;
    if (found.has(name) || node.type === 'operator_assignment') ambiguous.add(name);
    found.set(name, value);
  });
  for (const name of ambiguous) found.delete(name);
  return found;
}

/** A short description of the file `node` writes to, or undefined when it is not (known to be) a file. */
export function rubyFileDestination(node: SyntaxNode, assignments: Assignments, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (node.type === 'string') return pathString(node);
  if (node.type === 'identifier' || node.type === 'constant' || node.type === 'instance_variable') {
    const value = assignments.get(node.text);
    return value ? rubyFileDestination(value, assignments, depth + 1) : undefined;
  }
  if (node.type === 'parenthesized_statements' && node.namedChildCount === 1) {
    const inner = node.namedChild(0);
    return inner ? rubyFileDestination(inner, assignments, depth) : undefined;
  }
  // `ENV['LOG_FILE'] || 'log/app.log'`: when nobody sets it, a file (as JS's `process.env.LOG_FILE || './app.log'`).
  if (node.type === 'binary' && node.childForFieldName('operator')?.text === '||' && /^ENV\b/.test(node.childForFieldName('left')?.text ?? '')) {
    const right = node.childForFieldName('right');
    return right ? rubyFileDestination(right, assignments, depth + 1) : undefined;
  }
  if (node.type !== 'call') return undefined;
  const name = (callName(node) ?? '').replace(/::/g, '.');
  const first = callArguments(node)[0];
  // `ENV.fetch('LOG_FILE', 'log/app.log')`: the default is a file.
  if (name === 'ENV.fetch') {
    const fallback = callArguments(node)[1];
    return fallback ? rubyFileDestination(fallback, assignments, depth + 1) : undefined;
  }
  if (FILE_OPENERS.has(name)) return first ? rubyFileDestination(first, assignments, depth + 1) ?? shorten(first.text) : undefined;
  // `Rails.root.join('log', 'x.log').to_s`, `Rails.root.join('log').join('x.log')`
  const receiver = node.childForFieldName('receiver');
  if ((methodName(node) === 'to_s' || methodName(node) === 'join') && receiver?.type === 'call' && isPathBuilder(receiver)) return shorten(node.text);
  return isPathBuilder(node) ? shorten(node.text) : undefined;
}

function isPathBuilder(call: SyntaxNode): boolean {
  const name = (callName(call) ?? '').replace(/::/g, '.');
  return PATH_BUILDERS.test(name) && callArguments(call).length > 0;
}

/** A string that names a file: not a device, not empty. Interpolated strings count (`"#{Rails.root}/log/x.log"`). */
function pathString(node: SyntaxNode): string | undefined {
  const value = stringValue(node);
  if (value !== undefined) return value.trim() === '' || isDevicePath(value) || value.startsWith('|') ? undefined : value;
  const inner = stringContentSpan(node);
  return inner ? shorten(node.text.slice(inner.start - node.startIndex, inner.end - node.startIndex)) : undefined;
}

/**
 * The file side of `if ENV['RAILS_LOG_TO_STDOUT']` (the app already logs to stdout where the platform
 * asks), `if Rails.env.development?`, Sinatra `configure :development`.
 */
export function isStdoutOptIn(node: SyntaxNode): boolean {
  return inEnvironmentBranch(node, (condition) => /stdout/i.test(condition.text));
}

/** Only in development or test: the true side of `if Rails.env.development?`, `configure :development`. */
export function isDevelopmentBranch(node: SyntaxNode): boolean {
  return inEnvironmentBranch(node, () => false);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}
