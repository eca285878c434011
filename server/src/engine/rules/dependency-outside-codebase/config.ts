// dependency-outside-codebase in the manifests that declare dependencies by a folder: package.json,
// composer.json (JSON); pyproject.toml, Pipfile (TOML). A declared folder that leaves the repository is
// code shared with another codebase by its path (Factor I); one inside it is the same codebase (a monorepo).
import { baseName } from '../../languages/detect';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { YamlNode } from '../../languages/yaml';
import { composerJsonPaths, packageJsonPaths, pipfilePaths, pyprojectPaths, type DeclaredPath } from './manifests';
import { destinationOf } from './paths';

const READERS: Readonly<Record<string, (root: YamlNode | undefined) => DeclaredPath[]>> = {
  'package.json': packageJsonPaths,
  'composer.json': composerJsonPaths,
  'pyproject.toml': pyprojectPaths,
  Pipfile: pipfilePaths,
};

/** Whether a file is a manifest this rule reads: the node layer finds its place in the repository for those only. */
export function declaresDependencyPaths(path: string): boolean {
  return Object.hasOwn(READERS, baseName(path));
}

function check(context: RuleContext): void {
  if (!declaresDependencyPaths(context.path)) return;
  const read = READERS[baseName(context.path)]!;
  const manifest = context.options.repositoryPath;
  for (const entry of read(context.parsed.configTrees[0])) {
    const destination = destinationOf(entry.path, manifest);
    if (destination === 'absolute' || destination === 'outside') context.report({ span: entry.node.span, message: messageOf(entry, destination) });
  }
}

/** Names the manifest's kind of entry, never the path (a home folder names its user) nor the value. */
function messageOf(entry: DeclaredPath, destination: 'absolute' | 'outside'): string {
  const where =
    destination === 'absolute'
      ? 'an absolute path, outside this repository and on one machine only'
      : 'a folder outside this repository';
  return (
    `Factor I: this ${entry.what} takes code from ${where}, so the repository alone no longer builds the app; ` +
    'publish the shared code as a versioned package (or a git dependency pinned to a tag), or move it into this repository.'
  );
}

/**
 * A path that leaves the repository has `..` in it or is absolute (`/`, `~`, a drive letter, a
 * `file:` URL): files with none of these cannot report.
 */
const KEYWORDS = ['..', '"/', "'/", '"~', "'~", ':\\', ':/', 'file:'];

export const jsonCheck: LanguageCheck = { languages: ['json'], keywords: KEYWORDS, check };
export const tomlCheck: LanguageCheck = { languages: ['toml'], keywords: KEYWORDS, check };
