// The distributions a Python project declares (requirements*.txt and requirements/, pyproject.toml with its project
// managers' groups, setup.py, setup.cfg, Pipfile) and its own top-level modules, for Factor II's import check.
import type { Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { arrayAt, objectAt, readSmall, safeToml } from './read';
import { listDirNow } from '../safeRead';

const PYTHON_MANIFEST = /^(requirements.*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile)$/;

/** The folder's Python manifests (the first by name, for messages), the distributions they name, and the project's own modules. */
export function readPython(folder: string, entries: readonly Dirent[]): { manifest: string; distributions: string[]; localModules: string[] } | undefined {
  const manifests = entries.filter((entry) => entry.isFile() && PYTHON_MANIFEST.test(entry.name)).map((entry) => entry.name);
  const requirementsDir = entries.some((entry) => entry.isDirectory() && entry.name === 'requirements') ? listDirNow(join(folder, 'requirements')) : [];
  const nested = requirementsDir.filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => join('requirements', entry.name));
  if (manifests.length === 0 && nested.length === 0) return undefined;
  const distributions: string[] = [];
  for (const name of [...manifests, ...nested]) {
    const text = readSmall(join(folder, name));
    if (text !== undefined) distributions.push(...pythonDistributionsIn(basename(name), text));
  }
  const localModules = pythonModulesIn(folder, entries);
  return { manifest: [...manifests].sort()[0] ?? nested[0]!, distributions, localModules };
}

/** Top-level modules of the project: packages and modules beside the manifest and under src/. */
function pythonModulesIn(folder: string, entries: readonly Dirent[]): string[] {
  const src = entries.some((entry) => entry.isDirectory() && entry.name === 'src') ? listDirNow(join(folder, 'src')) : [];
  return [...entries, ...src].flatMap((entry) => (entry.isDirectory() ? [entry.name] : entry.name.endsWith('.py') ? [entry.name.slice(0, -3)] : []));
}

/** Requirement names from one Python manifest, by its kind. */
export function pythonDistributionsIn(name: string, text: string): string[] {
  if (name.endsWith('.txt')) return requirementLines(text.split(/\r?\n/));
  if (name === 'setup.cfg') return requirementLines(text.split(/\r?\n/).filter((line) => /^\s+\S/.test(line)));
  if (name === 'setup.py') return [...text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;].*?)?["']/g)].map((match) => match[1]!);
  const toml = safeToml(text);
  if (!toml) return [];
  if (name === 'Pipfile') return [...Object.keys(objectAt(toml, 'packages')), ...Object.keys(objectAt(toml, 'dev-packages'))];
  const project = objectAt(toml, 'project');
  const tool = objectAt(toml, 'tool');
  const poetry = objectAt(tool, 'poetry');
  const specs = [
    ...arrayAt(project, 'dependencies'),
    ...listsIn(objectAt(project, 'optional-dependencies')),
    ...listsIn(objectAt(toml, 'dependency-groups')),
    ...projectManagerDependencies(tool),
  ].filter((spec): spec is string => typeof spec === 'string');
  const poetryNames = [
    ...Object.keys(objectAt(poetry, 'dependencies')),
    ...Object.keys(objectAt(poetry, 'dev-dependencies')),
    ...Object.values(objectAt(poetry, 'group')).flatMap((group) => Object.keys(objectAt(group as Record<string, unknown>, 'dependencies'))),
  ];
  return [...requirementLines(specs), ...poetryNames.filter((dep) => dep !== 'python')];
}

/** The lists of requirements in a table of groups (`[project.optional-dependencies]`, `[dependency-groups]`). */
function listsIn(table: Record<string, unknown>): unknown[] {
  return Object.values(table).flatMap((list) => (Array.isArray(list) ? list : []));
}

/**
 * The requirements a project manager installs beside `[project]`'s, for development and tests: uv's and rye's
 * `dev-dependencies` lists, PDM's `[tool.pdm.dev-dependencies]` groups, and each hatch environment's
 * `dependencies`/`extra-dependencies` (`[tool.hatch.envs.test]`). The tests that import them run in that environment.
 */
function projectManagerDependencies(tool: Record<string, unknown>): unknown[] {
  const envs = objectAt(objectAt(tool, 'hatch'), 'envs');
  const hatchEnvs = Object.keys(envs).map((name) => objectAt(envs, name));
  return [
    ...arrayAt(objectAt(tool, 'uv'), 'dev-dependencies'),
    ...arrayAt(objectAt(tool, 'rye'), 'dev-dependencies'),
    ...listsIn(objectAt(objectAt(tool, 'pdm'), 'dev-dependencies')),
    ...hatchEnvs.flatMap((env) => [...arrayAt(env, 'dependencies'), ...arrayAt(env, 'extra-dependencies')]),
  ];
}

/**
 * `Flask[async]>=2.0 ; python_version>'3'`, `-e git+https://...#egg=shop`, comments and options. An
 * extra is kept as a name too: one named after a distribution installs it (`connexion[flask]`,
 * `celery[redis]`), and one that names none (`async`, `binary`) matches no import.
 */
function requirementLines(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw)?.[1];
    if (egg) names.push(egg);
    // A path or URL: its first word is no name (`https`, `vendor`).
    const located = locatedDistribution(line);
    if (located !== undefined) {
      names.push(located);
      continue;
    }
    const requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!requirement || line.startsWith('-')) continue;
    names.push(requirement[1]!);
    for (const extra of (requirement[2] ?? '').split(',')) if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(extra.trim())) names.push(extra.trim());
  }
  return names;
}

/** Archives pip installs by path or URL: a wheel, or a source distribution. */
const ARCHIVE_ENDINGS = ['.whl', '.tar.gz', '.tar.bz2', '.zip'];

/**
 * The distribution a requirement given by location installs, from the location's last segment: a wheel's
 * or an sdist's file name (`opencv_python_headless-4.9.0.80-cp37-abi3-….whl`, `django-environ-0.11.2.tar.gz`:
 * the name ends where a `-` meets the version), or a local folder's name (`-e ../billing-common`). Undefined for a
 * line that is no path or URL (a name with a version, an option), or a location whose end names nothing (`-e .`).
 */
export function locatedDistribution(line: string): string | undefined {
  const location = /^(?:(?:-e|--editable)(?:\s+|=))?([^\s;]+)/.exec(line)?.[1] ?? '';
  if (location.startsWith('-') || !/[\\/]|^file:/i.test(location)) return undefined;
  const bare = location.split(/[#?]/, 1)[0]!;
  // `./x[extra]`: the extras are no part of the folder.
  const end = bare.endsWith(']') && bare.includes('[') ? bare.slice(0, bare.lastIndexOf('[')) : bare;
  const segment = end.slice(Math.max(end.lastIndexOf('/'), end.lastIndexOf('\\')) + 1);
  const archive = ARCHIVE_ENDINGS.find((ending) => segment.toLowerCase().endsWith(ending));
  // A folder by path names its project; a VCS or web URL's last segment is a repository's name, not a distribution's.
  const folder = !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location) || /^file:/i.test(location);
  if (archive === undefined) return folder && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(segment) ? segment : undefined;
  const version = segment.search(/-\d/);
  return version > 0 ? segment.slice(0, version) : undefined;
}
