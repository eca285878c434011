// dependency-outside-codebase in the manifests that declare dependencies by a folder and are read as config
// trees: package.json, composer.json, lerna.json (JSON); pyproject.toml, Pipfile (TOML); pnpm-workspace.yaml
// (YAML). Gemfiles, requirements files, go.mod/go.work, Gradle scripts and pom.xml have readers of their own.
// A declared folder that leaves the repository is code shared with another codebase by its path (Factor I);
// one inside it is the same codebase (a monorepo).
import { baseName, languageOf } from '../../languages/detect';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { YamlNode } from '../../languages/yaml';
import { composerJsonPaths, lernaJsonPaths, packageJsonPaths, pipfilePaths, pnpmWorkspacePaths, pyprojectPaths, type DeclaredPath } from './manifests';
import { isGemfile } from './gemfile';
import { isGradleScript } from './gradle';
import { reportOutside } from './report';

const READERS: Readonly<Record<string, (root: YamlNode | undefined) => DeclaredPath[]>> = {
  'package.json': packageJsonPaths,
  'composer.json': composerJsonPaths,
  'lerna.json': lernaJsonPaths,
  'pyproject.toml': pyprojectPaths,
  Pipfile: pipfilePaths,
  'pnpm-workspace.yaml': pnpmWorkspacePaths,
};

/**
 * Whether a file is a manifest this rule reads (here or with its own reader): the node layer finds its
 * place in the repository for those only.
 */
export function declaresDependencyPaths(path: string): boolean {
  const language = languageOf(path);
  return (
    Object.hasOwn(READERS, baseName(path)) ||
    isGemfile(path) ||
    isGradleScript(path) ||
    baseName(path) === 'pom.xml' ||
    language === 'requirements' ||
    language === 'gomod'
  );
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
/** pnpm-workspace.yaml reports only under `packages` and `overrides` (a plain YAML path needs no quote to prefilter by). */
export const yamlCheck: LanguageCheck = { languages: ['yaml'], keywords: ['packages', 'overrides'], check };
