// dependency-outside-codebase in Bundler's Gemfile (and gems.rb), read with tree-sitter Ruby: a gem
// installed from a folder (`gem "x", path: "../x"`, `:path => …`) and a `path "../gems" do … end`
// block, whose gems all come from that folder. A path from ENV, a git or github source: not read.
import { baseName } from '../../languages/detect';
import { callArguments, callName, keywordArguments, stringValue } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportOutside } from './report';

const GEMFILES = new Set(['Gemfile', 'gems.rb']);

export function isGemfile(path: string): boolean {
  return GEMFILES.has(baseName(path));
}

/**
 * The folder a path argument names, relative to the Gemfile's folder: a plain string, or
 * `File.expand_path("../x", __dir__)` (the same) / `File.expand_path("../x", __FILE__)` (one `..`
 * less: it starts from the Gemfile itself). Anything computed (ENV, interpolation): undefined.
 */
export function gemPath(node: SyntaxNode): string | undefined {
  const literal = stringValue(node);
  if (literal !== undefined) return literal;
  if (node.type !== 'call' || callName(node) !== 'File.expand_path') return undefined;
  const [path, base, ...rest] = callArguments(node);
  const value = stringValue(path);
  if (value === undefined || rest.length > 0) return undefined;
  if (base === undefined) return undefined; // relative to the process's working directory: unknown
  if (base.text === '__dir__' || base.text === '__DIR__') return value;
  if (base.text === '__FILE__') return value.startsWith('../') ? value.slice(3) : value === '..' ? '.' : undefined;
  return undefined;
}

function check(context: RuleContext): void {
  if (!isGemfile(context.path)) return; // before the parse: most Ruby files that say `path` are not Gemfiles
  const tree = context.parsed.tree;
  if (!tree) return;
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call' || node.childForFieldName('receiver')) return;
    const name = callName(node);
    if (name === 'gem') {
      const path = keywordArguments(node).get('path');
      const value = path && gemPath(path);
      if (path && value !== undefined) reportOutside(context, path, value, 'Gemfile path gem');
    } else if (name === 'path' && node.childForFieldName('block')) {
      const [argument] = callArguments(node);
      const value = argument && gemPath(argument);
      if (argument && value !== undefined) reportOutside(context, argument, value, 'Gemfile path block');
    }
  });
}

export const rubyCheck: LanguageCheck = { languages: ['ruby'], keywords: ['path'], check };
