// The dependencies each manifest declares by a filesystem path, read from its config tree (JSON and
// TOML alike, config-tree.ts). Each reader knows its manifest's real syntax and nothing else: a
// registry range, a git or https URL, `workspace:*` and `{ workspace = true }` name no folder.
import { yamlGet, yamlString, type YamlNode, type YamlScalar } from '../../languages/yaml';
import { fileUrlPath, globBase, withoutFragment } from './paths';

export interface DeclaredPath {
  /** The string that names the folder: what is reported. */
  node: YamlScalar;
  /** The folder or file it names: relative to the manifest's folder, or absolute. */
  path: string;
  /** For the message, in the manifest's own words: `package.json dependency`, `Composer path repository`. */
  what: string;
}

/** Nesting followed in npm `overrides` (`{ "parent": { "child": "file:…" } }`), bounded against hostile input. */
const MAX_OVERRIDE_DEPTH = 8;

function scalarsOf(node: YamlNode | undefined): YamlScalar[] {
  if (node?.kind === 'scalar') return [node];
  if (node?.kind === 'seq') return node.items.filter((item): item is YamlScalar => item?.kind === 'scalar');
  return [];
}

function valuesOf(node: YamlNode | undefined): YamlNode[] {
  if (node?.kind === 'map') return node.pairs.flatMap((pair) => (pair.value ? [pair.value] : []));
  if (node?.kind === 'seq') return node.items.filter((item): item is YamlNode => item !== undefined);
  return [];
}

function declared(node: YamlScalar, path: string | undefined, what: string): DeclaredPath[] {
  return path === undefined ? [] : [{ node, path, what }];
}

// --- npm, yarn, pnpm: package.json ---

const NPM_DEPENDENCY_KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * The folder an npm-family spec names: `file:`, `link:` (yarn, pnpm), `portal:` (yarn), or a bare
 * path (`../x`, `./x`, `~/x`, `/x`), which npm installs from the folder. Anything else is a registry
 * range, a tag, an alias (`npm:`), a git, GitHub or tarball URL, or `workspace:`: no folder.
 */
export function npmSpecPath(spec: string): string | undefined {
  const lower = spec.toLowerCase();
  if (lower.startsWith('file:')) return fileUrlPath(spec);
  for (const protocol of ['link:', 'portal:']) if (lower.startsWith(protocol)) return spec.slice(protocol.length);
  return /^(?:\.\.?(?:[\\/]|$)|~[\\/]|\/|[A-Za-z]:[\\/])/.test(spec) ? spec : undefined;
}

function npmSpecs(node: YamlNode | undefined, what: string, depth = 0): DeclaredPath[] {
  if (node?.kind !== 'map' || depth > MAX_OVERRIDE_DEPTH) return [];
  return node.pairs.flatMap((pair) => {
    const value = pair.value;
    if (value?.kind === 'map') return npmSpecs(value, what, depth + 1); // npm `overrides` nest by parent package
    const spec = yamlString(value);
    return spec === undefined ? [] : declared(value as YamlScalar, npmSpecPath(spec), what);
  });
}

export function packageJsonPaths(root: YamlNode | undefined): DeclaredPath[] {
  const workspaces = yamlGet(root, 'workspaces');
  const workspaceGlobs = workspaces?.kind === 'map' ? yamlGet(workspaces, 'packages') : workspaces;
  return [
    ...NPM_DEPENDENCY_KINDS.flatMap((kind) => npmSpecs(yamlGet(root, kind), `package.json ${kind} entry`)),
    ...npmSpecs(yamlGet(root, 'resolutions'), 'package.json resolution'),
    ...npmSpecs(yamlGet(root, 'overrides'), 'package.json override'),
    ...npmSpecs(yamlGet(yamlGet(root, 'pnpm'), 'overrides'), 'pnpm override'),
    ...scalarsOf(workspaceGlobs).flatMap((node) => declared(node, globOf(node), 'package.json workspace')),
  ];
}

function globOf(node: YamlScalar): string | undefined {
  return typeof node.value === 'string' ? globBase(node.value) : undefined;
}

// --- pnpm-workspace.yaml, lerna.json: the folders a JavaScript monorepo's packages are in ---

/** pnpm's `packages` globs, and the `overrides` pnpm 10 reads from the same file (`axios: link:../axios-fork`). */
export function pnpmWorkspacePaths(root: YamlNode | undefined): DeclaredPath[] {
  return [
    ...scalarsOf(yamlGet(root, 'packages')).flatMap((node) => declared(node, globOf(node), 'pnpm workspace package')),
    ...npmSpecs(yamlGet(root, 'overrides'), 'pnpm override'),
  ];
}

/** Lerna's `packages` globs: the folders it versions and publishes together. */
export function lernaJsonPaths(root: YamlNode | undefined): DeclaredPath[] {
  return scalarsOf(yamlGet(root, 'packages')).flatMap((node) => declared(node, globOf(node), 'Lerna package folder'));
}

// --- Composer: composer.json ---

/** `path` repositories install a folder (symlinked or copied); `artifact` ones a folder of zips. */
const COMPOSER_LOCAL_TYPES = new Set(['path', 'artifact']);

/** `repositories` as a list or as an object keyed by name, each `{ "type": "path", "url": "../x" }`. */
export function composerJsonPaths(root: YamlNode | undefined): DeclaredPath[] {
  return valuesOf(yamlGet(root, 'repositories')).flatMap((repository) => {
    const type = yamlString(yamlGet(repository, 'type'));
    const url = yamlGet(repository, 'url');
    if (type === undefined || !COMPOSER_LOCAL_TYPES.has(type) || url?.kind !== 'scalar' || typeof url.value !== 'string') return [];
    return declared(url, fileUrlPath(url.value) ?? url.value, `Composer ${type} repository`);
  });
}

// --- Python: pyproject.toml (Poetry, uv, PDM, PEP 621/735) and Pipfile ---

/** `{ path = "../x" }` in a table of dependencies: Poetry's, uv's sources, Pipenv's packages. */
function pathTables(table: YamlNode | undefined, what: string): DeclaredPath[] {
  return valuesOf(table).flatMap((dependency) => {
    const path = yamlGet(dependency, 'path');
    return path?.kind === 'scalar' && typeof path.value === 'string' ? declared(path, path.value, what) : [];
  });
}

/** `name[extra] @ url ; marker`: PEP 508's direct reference. */
const DIRECT_REFERENCE = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\]\s*)?@\s*(\S+)/;

/**
 * The folder or file a requirement string names: a PEP 508 `name @ file:…` reference, or PDM's
 * editable `-e file:///${PROJECT_ROOT}/../x` or `-e ../x`. A version range or an https/git URL: none.
 */
export function requirementPath(requirement: string): string | undefined {
  const editable = /^\s*-e\s+(\S+)/.exec(requirement);
  const target = editable ? editable[1]! : DIRECT_REFERENCE.exec(requirement)?.[1];
  if (target === undefined) return undefined;
  const path = fileUrlPath(target) ?? (editable && /^(?:\.\.?[\\/]|\/|~[\\/])/.test(target) ? target : undefined);
  return path === undefined ? undefined : withoutFragment(path);
}

function requirementLists(node: YamlNode | undefined, what: string): DeclaredPath[] {
  return scalarsOf(node).flatMap((item) => (typeof item.value === 'string' ? declared(item, requirementPath(item.value), what) : []));
}

export function pyprojectPaths(root: YamlNode | undefined): DeclaredPath[] {
  const project = yamlGet(root, 'project');
  const tool = yamlGet(root, 'tool');
  const poetry = yamlGet(tool, 'poetry');
  const pdm = yamlGet(tool, 'pdm');
  const uv = yamlGet(tool, 'uv');
  return [
    ...pathTables(yamlGet(poetry, 'dependencies'), 'Poetry path dependency'),
    ...pathTables(yamlGet(poetry, 'dev-dependencies'), 'Poetry path dependency'),
    ...valuesOf(yamlGet(poetry, 'group')).flatMap((group) => pathTables(yamlGet(group, 'dependencies'), 'Poetry path dependency')),
    ...pathTables(yamlGet(uv, 'sources'), 'uv path source'),
    ...requirementLists(yamlGet(project, 'dependencies'), 'file dependency'),
    ...valuesOf(yamlGet(project, 'optional-dependencies')).flatMap((list) => requirementLists(list, 'file dependency')),
    ...valuesOf(yamlGet(root, 'dependency-groups')).flatMap((list) => requirementLists(list, 'file dependency')),
    ...valuesOf(yamlGet(pdm, 'dev-dependencies')).flatMap((list) => requirementLists(list, 'PDM file dependency')),
    ...requirementLists(yamlGet(uv, 'dev-dependencies'), 'file dependency'),
    ...valuesOf(yamlGet(yamlGet(tool, 'hatch'), 'envs')).flatMap((env) => [
      ...requirementLists(yamlGet(env, 'dependencies'), 'Hatch environment dependency'),
      ...requirementLists(yamlGet(env, 'extra-dependencies'), 'Hatch environment dependency'),
    ]),
  ];
}

/** Pipfile tables that hold no packages; every other top-level table is a package category. */
const PIPFILE_OTHER_TABLES = new Set(['source', 'requires', 'pipenv', 'scripts']);

export function pipfilePaths(root: YamlNode | undefined): DeclaredPath[] {
  if (root?.kind !== 'map') return [];
  return root.pairs.flatMap((pair) => {
    const name = pair.key?.value;
    return typeof name === 'string' && !PIPFILE_OTHER_TABLES.has(name) ? pathTables(pair.value, 'Pipfile path dependency') : [];
  });
}
