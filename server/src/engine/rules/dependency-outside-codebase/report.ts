// One report for every manifest: a declared folder that leaves the repository (or is absolute).
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';
import { destinationOf } from './paths';

/**
 * Reports `where` when `path` (as written in the manifest at the context's place in its repository)
 * leaves the repository. The message names the manifest's kind of entry, never the path (a home
 * folder names its user) nor the dependency.
 */
export function reportOutside(context: RuleContext, where: { startIndex: number; endIndex: number } | { span: Span }, path: string, what: string): void {
  const destination = destinationOf(path, context.options.repositoryPath);
  if (destination !== 'absolute' && destination !== 'outside') return;
  const span = 'span' in where ? where.span : { start: where.startIndex, end: where.endIndex };
  const from = destination === 'absolute' ? 'an absolute path, outside this repository and on one machine only' : 'a folder outside this repository';
  context.report({
    span,
    message:
      `Factor I: this ${what} takes code from ${from}, so the repository alone no longer builds the app; ` +
      'publish the shared code as a versioned package (or a git dependency pinned to a tag), or move it into this repository.',
  });
}
