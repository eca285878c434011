// dependency-outside-codebase in the manifests that declare dependencies by a folder: package.json,
// composer.json (JSON); pyproject.toml, Pipfile (TOML); Gemfiles have their own reader (gemfile.ts). A declared folder that leaves the repository is
// code shared with another codebase by its path (Factor I); one inside it is the same codebase (a monorepo).
import { baseName } from '../../languages/detect';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { YamlNode } from '../../languages/yaml';
import { composerJsonPaths, packageJsonPaths, pipfilePaths, pyprojectPaths, type DeclaredPath } from './manifests';
import { isGemfile } from './gemfile';
import { reportOutside } from './report';

const READERS: Readonly<Record<string, (root: YamlNode | undefined) => DeclaredPath[]>> = {
  'package.json': packageJsonPaths,
  'composer.json': composerJsonPaths,
  'pyproject.toml': pyprojectPaths,
  Pipfile: pipfilePaths,
};

/** Whether a file is a manifest this rule reads (here or as a Gemfile): the node layer finds its place in the repository for those only. */
export function declaresDependencyPaths(path: string): boolean {
  return Object.hasOwn(READERS, baseName(path)) || isGemfile(path);
}

function check(context: RuleContext): void {
  const read = Object.hasOwn(READERS, baseName(context.path)) ? READERS[baseName(context.path)] : undefined;
  if (!read) return;
  for (const entry of read(context.parsed.configTrees[0])) reportOutside(context, { span: entry.node.span }, entry.path, entry.what);
}

/**
 * A path that leaves the repository has `..` in it or is absolute (`/`, `~`, a drive letter, a
 * `file:` URL): files with none of these cannot report.
 */
const KEYWORDS = ['..', '"/', "'/", '"~', "'~", ':\\', ':/', 'file:'];

export const jsonCheck: LanguageCheck = { languages: ['json'], keywords: KEYWORDS, check };
export const tomlCheck: LanguageCheck = { languages: ['toml'], keywords: KEYWORDS, check };
