// The node layer's reading of what a project declares it depends on (Factor II): package.json
// files, tsconfig path aliases, Python manifests, composer.json (which PHP runtime serves the app,
// for Factor VI), Maven and Gradle builds (whether a JVM app keeps its HttpSession in a session store, for
// Factor VI), and the system packages a Dockerfile or Aptfile installs. Cached per folder. Reads only small regular files inside the workspace root.
import type { Dirent } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from '@iarna/toml';
import { nearestRepository } from './codebaseRoots';
import type { DeclaredDependencies } from './engine/types';
import { runsPackageStart } from './engine/rules/runtime-build-step/dev-servers';
import { fileScope } from './engine/scope';
import { toPosix } from './gitignore';
import { listDir, readRegularFile } from './safeRead';
import { isDevOnlyComposeFile } from './engine/rules/compose-files';

/** Manifests are small; anything larger is not one we trust to read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** How many folders up from a file are searched, and how many workspace packages are read. */
const MAX_DEPTH = 64;
const MAX_WORKSPACE_PACKAGES = 500;

/** The languages whose checks read declared dependencies; other files need no manifest read. */
export function readsDependencies(language: string | undefined, path?: string): boolean {
  // A package.json for whether the image beside it runs its `start` script (Factor V).
  if (language === 'json') return path !== undefined && basename(path) === 'package.json';
  // Spring's and Micronaut's application config for whether the build declares a session store (Factor VI).
  if (language === 'yaml' || language === 'properties') return path !== undefined && JVM_APPLICATION_CONFIG.test(basename(path));
  return language === 'javascript' || language === 'typescript' || language === 'python' || language === 'php' || language === 'java' || language === 'kotlin' || language === 'shell';
}

const JVM_APPLICATION_CONFIG = /^(?:application|bootstrap)(?:-[\w,-]+)?\.(?:ya?ml|properties)$/;

/**
 * The folder the manifests of a CLI audit are searched up to: the git repository holding
 * `base` (a monorepo's root package.json declares hoisted packages), else `base` itself.
 */
export async function manifestRoot(base: string): Promise<string> {
  return (await nearestRepository(base)) ?? base;
}

interface FolderFacts {
  npmPackages?: string[];
  /** A generator's templated manifest (`package.json.hbs`): the package it makes declares its own dependencies. */
  templatedNpmManifest?: boolean;
  hostModules: string[];
  localPrefixes: string[];
  pythonDistributions?: string[];
  /** The folder's first Python manifest by name (for messages). */
  pythonManifest?: string;
  pythonLocalModules: string[];
  /** composer.json's `require` names, when the folder has one. */
  composerPackages?: string[];
  /** The artifacts a pom.xml or Gradle build in the folder names, when it has one, and which file. */
  jvm?: { manifest: string; artifacts: string[] };
  systemPackages: string[];
  /** Scripts a Dockerfile in the folder runs as its ENTRYPOINT or CMD, by base name. */
  containerScripts: string[];
  /** Scripts a Procfile in the folder runs as a process other than `release`, by base name. */
  procfileScripts: string[];
  /** The Dockerfile or Procfile in the folder whose process is the package's `start` script (`CMD ["npm", "start"]`). */
  packageStartRunBy?: string;
  /** The folder holds a file that names a deploy's process (a Dockerfile, a Procfile, a platform's config). */
  namesProcess: boolean;
}

export class DependencyFacts {
  private readonly folders = new Map<string, Promise<FolderFacts>>();

  /** What the manifests around `file` declare; paths in messages relative to `displayBase`. */
  async forFile(file: string, root: string, displayBase: string): Promise<DeclaredDependencies> {
    const chain = foldersUp(dirname(file), root);
    const facts = await Promise.all(chain.map((folder) => this.folder(folder)));
    const npmAt = chain.findIndex((_folder, i) => facts[i]!.npmPackages !== undefined || facts[i]!.templatedNpmManifest);
    const pythonAt = chain.findIndex((_folder, i) => facts[i]!.pythonDistributions !== undefined);
    const composerAt = chain.findIndex((_folder, i) => facts[i]!.composerPackages !== undefined);
    const jvmAt = chain.findIndex((_folder, i) => facts[i]!.jvm !== undefined);
    const display = (folder: string, name: string) => toPosix(relative(displayBase, join(folder, name))) || name;
    const result: DeclaredDependencies = {
      systemPackages: [...new Set(facts.flatMap((f) => f.systemPackages))],
      containerScripts: [...new Set(facts.flatMap((f) => f.containerScripts))],
      procfileScripts: [...new Set(facts.flatMap((f) => f.procfileScripts))],
    };
    // Only the file's own folder: a Dockerfile above a workspace package runs some other package's start.
    const runBy = facts[0]?.packageStartRunBy;
    if (runBy !== undefined) result.packageStartRunBy = display(chain[0]!, runBy);
    // No Dockerfile, Procfile or platform config here or above: a host that deploys the package runs `npm start`.
    if (facts[0]?.npmPackages !== undefined && !facts.some((f) => f.namesProcess)) result.packageStartAlone = true;
    const fileInExample = inExample(dirname(file), root);
    const declares = (at: number) => at >= 0 && (!fileInExample || inExample(chain[at]!, root));
    if (declares(npmAt) && !facts[npmAt]!.templatedNpmManifest) {
      result.npm = {
        manifest: display(chain[npmAt]!, 'package.json'),
        // Node resolves a package from any node_modules above the file: a root package.json counts.
        packages: [...new Set(facts.flatMap((f) => f.npmPackages ?? []))],
        localPrefixes: [...new Set(facts.flatMap((f) => f.localPrefixes))],
        hostModules: [...new Set(facts.flatMap((f) => f.hostModules))],
      };
    }
    if (declares(pythonAt)) {
      result.python = {
        manifest: display(chain[pythonAt]!, facts[pythonAt]!.pythonManifest ?? 'requirements.txt'),
        distributions: [...new Set(facts.flatMap((f) => f.pythonDistributions ?? []))],
        localModules: [...new Set(facts.slice(0, pythonAt + 1).flatMap((f) => f.pythonLocalModules))],
      };
    }
    if (composerAt >= 0) {
      // PHP autoloads from the one vendor/ beside the nearest composer.json: manifests further up do not count.
      result.composer = { manifest: display(chain[composerAt]!, 'composer.json'), packages: facts[composerAt]!.composerPackages! };
    }
    if (declares(jvmAt)) {
      // A module inherits its parent build's dependencies (Maven's parent pom, Gradle's root `subprojects {}`).
      result.jvm = { manifest: display(chain[jvmAt]!, facts[jvmAt]!.jvm!.manifest), artifacts: [...new Set(facts.flatMap((f) => f.jvm?.artifacts ?? []))] };
    }
    return result;
  }

  /** A manifest changed on disk: forget everything (a package's name is also its workspace root's fact). */
  forget(): void {
    this.folders.clear();
  }

  private folder(folder: string): Promise<FolderFacts> {
    let facts = this.folders.get(folder);
    if (!facts) {
      facts = readFolderFacts(folder);
      this.folders.set(folder, facts);
    }
    return facts;
  }
}

/**
 * Whether a manifest in `folder` would be an example's. A generator's skeleton or an example
 * (create-next-app's `dist/templates/app/`, create-t3-app's `template/extras/`) imports what the app it
 * makes will declare: only a manifest inside the example itself speaks for it, not the generator's.
 * Judged by folders alone: `examples/react/src/App.test.js` is a test inside an example.
 */
function inExample(folder: string, root: string): boolean {
  const path = toPosix(relative(root, folder));
  return fileScope(path === '' ? 'package.json' : `${path}/package.json`) === 'example';
}

/** Backstage's `package.json.hbs`, Yeoman's `_package.json`, an EJS or Jinja skeleton's manifest. */
const TEMPLATED_NPM_MANIFEST = /^(?:_package\.json|package\.json\.(?:hbs|handlebars|ejs|tmpl|tpl|template|mustache|njk|liquid|jinja2?|j2))$/;

/** From the file's folder up to and including root; nothing outside root. */
function foldersUp(from: string, root: string): string[] {
  const folders: string[] = [];
  let folder = from;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const rel = relative(root, folder);
    if (rel.startsWith('..') || (rel !== '' && dirname(rel) === rel)) break;
    folders.push(folder);
    if (rel === '') break;
    folder = dirname(folder);
  }
  return folders;
}

/**
 * One listing of the folder says which manifests are there (a link is not a file: none is
 * followed), so only those are opened: most folders of a tree hold none.
 */
async function readFolderFacts(folder: string): Promise<FolderFacts> {
  const entries = await listDir(folder);
  const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  const denoName = ['deno.json', 'deno.jsonc'].find((name) => files.has(name));
  const [pkg, tsconfig, python, system, composer, deno, jvm] = await Promise.all([
    files.has('package.json') ? readSmall(join(folder, 'package.json')) : undefined,
    readAliases(folder, files),
    readPython(folder, entries),
    readSystemPackages(folder, entries),
    files.has('composer.json') ? readSmall(join(folder, 'composer.json')) : undefined,
    denoName ? readSmall(join(folder, denoName)) : undefined,
    readJvmBuild(folder, files, entries),
  ]);
  const composerJson = composer === undefined ? undefined : safeJson(composer);
  const npm = pkg === undefined ? undefined : npmFacts(pkg);
  return {
    ...(npm ? { npmPackages: [...npm.packages, ...(await workspacePackages(folder, npm.workspaces))] } : {}),
    ...(npm === undefined && [...files].some((name) => TEMPLATED_NPM_MANIFEST.test(name)) ? { templatedNpmManifest: true } : {}),
    hostModules: npm?.hostModules ?? [],
    localPrefixes: [...tsconfig, ...(npm?.aliases ?? []), ...denoImports(deno)],
    ...(python ? { pythonDistributions: python.distributions, pythonManifest: python.manifest } : {}),
    pythonLocalModules: python?.localModules ?? [],
    ...(composerJson ? { composerPackages: Object.keys(objectAt(composerJson, 'require')) } : {}),
    ...(jvm ? { jvm } : {}),
    systemPackages: system.packages,
    containerScripts: system.scripts,
    procfileScripts: system.procfileScripts,
    ...(system.packageStartRunBy !== undefined ? { packageStartRunBy: system.packageStartRunBy } : {}),
    namesProcess: [...files].some(namesProcess),
  };
}

/** Files that name what a deploy runs, so that `npm start` is not simply what a host runs: images, Procfiles, platform configs, pm2's. */
const PROCESS_FILES = new Set([
  'procfile', 'containerfile', 'app.yaml', 'app.yml', 'render.yaml', 'fly.toml', 'railway.json', 'railway.toml', 'nixpacks.toml',
  'vercel.json', 'netlify.toml', 'serverless.yml', 'serverless.yaml', 'heroku.yml', 'manifest.yml', 'ecosystem.config.js',
  'ecosystem.config.cjs', 'ecosystem.json', 'process.yml', 'docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml',
]);

function namesProcess(name: string): boolean {
  const lower = name.toLowerCase();
  return PROCESS_FILES.has(lower) || lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile');
}

const JVM_BUILDS = ['pom.xml', 'build.gradle', 'build.gradle.kts'];

/**
 * The artifact ids a JVM build names: a pom's `<artifactId>`s, a Gradle build's `"group:artifact:version"`
 * strings, and the folder's version catalog (`gradle/libs.versions.toml`: `module = "group:artifact"`,
 * `name = "artifact"`). Text patterns, not a build: enough to say whether a session store is declared.
 */
async function readJvmBuild(folder: string, files: ReadonlySet<string>, entries: readonly Dirent[]): Promise<{ manifest: string; artifacts: string[] } | undefined> {
  const manifest = JVM_BUILDS.find((name) => files.has(name));
  if (manifest === undefined) return undefined;
  const texts = [await readSmall(join(folder, manifest))];
  if (entries.some((entry) => entry.isDirectory() && entry.name === 'gradle')) texts.push(await readSmall(join(folder, 'gradle', 'libs.versions.toml')));
  return { manifest, artifacts: texts.flatMap((text) => (text === undefined ? [] : jvmArtifactsIn(text))) };
}

export function jvmArtifactsIn(text: string): string[] {
  const artifacts: string[] = [];
  for (const match of text.matchAll(/<artifactId>\s*([\w.${}-]{1,200})\s*<\/artifactId>/g)) artifacts.push(match[1]!);
  for (const match of text.matchAll(/["'][\w.-]{1,200}:([\w.-]{1,200})(?::[^"'\s]{0,200})?["']/g)) artifacts.push(match[1]!);
  for (const match of text.matchAll(/\bname\s*=\s*["']([\w.-]{1,200})["']/g)) artifacts.push(match[1]!);
  return artifacts;
}

/** deno.json's import map (`"imports": { "hono": "jsr:@hono/hono@^4" }`): Deno resolves those names, no package.json does. */
function denoImports(text: string | undefined): string[] {
  const json = text === undefined ? undefined : safeJson(text);
  return json ? Object.keys(objectAt(json, 'imports')) : [];
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/**
 * Module aliases a framework's bundler resolves to the site's own or the theme's code, which no
 * manifest lists: Docusaurus' `@theme/CodeBlock`, `@site/src/data`, `@generated/docusaurus.config`.
 */
const FRAMEWORK_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '@docusaurus/core': ['@theme', '@theme-original', '@theme-init', '@site', '@generated'],
};

function npmFacts(text: string): { packages: string[]; workspaces: string[]; hostModules: string[]; aliases: string[] } | undefined {
  const json = safeJson(text);
  if (!json) return undefined;
  const packages = DEPENDENCY_FIELDS.flatMap((field) => Object.keys(objectAt(json, field)));
  const bundled = json['bundleDependencies'] ?? json['bundledDependencies'];
  if (Array.isArray(bundled)) packages.push(...bundled.filter((name): name is string => typeof name === 'string'));
  if (typeof json['name'] === 'string') packages.push(json['name']);
  const workspacesField = json['workspaces'];
  const workspaces = Array.isArray(workspacesField) ? workspacesField : Array.isArray((workspacesField as { packages?: unknown })?.packages) ? (workspacesField as { packages: unknown[] }).packages : [];
  const hostModules = typeof objectAt(json, 'engines')['vscode'] === 'string' ? ['vscode'] : [];
  const aliases = [...packages.flatMap((name) => FRAMEWORK_ALIASES[name] ?? []), ...manifestAliases(json)];
  return { packages, workspaces: workspaces.filter((glob): glob is string => typeof glob === 'string'), hostModules, aliases };
}

/**
 * Prefixes package.json itself maps to the app's folders: module-alias's `_moduleAliases` (`"@config": "src/config"`,
 * resolved at run time by `require('module-alias/register')`) and Jest's `moduleNameMapper` in its `jest` field.
 */
function manifestAliases(json: JsonObject): string[] {
  const keys = [...Object.keys(objectAt(json, '_moduleAliases')), ...Object.keys(objectAt(objectAt(json, 'jest'), 'moduleNameMapper'))];
  return keys.flatMap((key) => aliasPrefix(key) ?? []);
}

/** Names of the packages in a workspace (`packages/*`, `apps/api`): each folder's package.json `name`. */
async function workspacePackages(folder: string, globs: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  for (const glob of globs) {
    const parts = glob.split('/').filter((part) => part !== '');
    if (parts.some((part) => part === '..')) continue;
    const wild = parts.at(-1) === '*' || parts.at(-1) === '**';
    const base = join(folder, ...(wild ? parts.slice(0, -1) : parts));
    const dirs = wild ? (await listDir(base)).filter((entry) => entry.isDirectory()).map((entry) => join(base, entry.name)) : [base];
    for (const dir of dirs.slice(0, MAX_WORKSPACE_PACKAGES - names.length)) {
      const json = safeJson((await readSmall(join(dir, 'package.json'))) ?? '');
      if (typeof json?.['name'] === 'string') names.push(json['name']);
    }
  }
  return names;
}

/** Import prefixes the build resolves to the app's own folders: tsconfig's, Babel's, the bundlers' and the test runner's aliases. */
async function readAliases(folder: string, files: ReadonlySet<string>): Promise<string[]> {
  const [tsconfig, configs] = await Promise.all([readTsconfig(folder, files), readConfigAliases(folder, files)]);
  return [...tsconfig, ...configs];
}

/**
 * Config files that map import prefixes to the app's folders, each with the word that says it does: Babel's
 * module-resolver, webpack's and Vite's (and Vitest's, Rollup's) `resolve.alias`, Jest's `moduleNameMapper`.
 */
const ALIAS_CONFIGS: readonly { names: readonly string[]; marker: string }[] = [
  { names: ['.babelrc', '.babelrc.json', '.babelrc.js', '.babelrc.cjs', 'babel.config.json', 'babel.config.js', 'babel.config.cjs', 'babel.config.mjs'], marker: 'module-resolver' },
  { names: configNames(['webpack.config', 'vite.config', 'vitest.config', 'rollup.config']), marker: 'alias' },
  { names: [...configNames(['jest.config']), 'jest.config.json'], marker: 'moduleNameMapper' },
];

function configNames(stems: readonly string[]): string[] {
  return stems.flatMap((stem) => ['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'].map((extension) => `${stem}.${extension}`));
}

/**
 * The alias keys of the folder's configs (`'@shared': './src/shared'` -> `@shared`): an import of `@shared/container`
 * is the app's own folder, as a tsconfig `paths` alias is (probe18: a Babel alias reported as an undeclared package).
 */
async function readConfigAliases(folder: string, files: ReadonlySet<string>): Promise<string[]> {
  const prefixes: string[] = [];
  for (const { names, marker } of ALIAS_CONFIGS) {
    for (const name of names) {
      const text = files.has(name) ? await readSmall(join(folder, name)) : undefined;
      if (text?.includes(marker)) prefixes.push(...aliasKeys(text));
    }
  }
  return prefixes;
}

/**
 * The prefixes an alias config maps, read lexically (no code of the repository runs): the keys of each
 * `alias: { … }` and `moduleNameMapper: { … }` object, and the `find:` of Vite's and Rollup's `alias: [{ find, replacement }]`.
 */
export function aliasKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/\b(?:alias|moduleNameMapper)["']?\s*:\s*\{/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('}', start);
    if (end < 0) continue;
    for (const key of text.slice(start, end).matchAll(/(?:"([^"\n]{1,100})"|'([^'\n]{1,100})'|([A-Za-z_$@~#][\w$@~#/-]{0,99}))\s*:/g)) {
      keys.push((key[1] ?? key[2] ?? key[3])!);
    }
  }
  for (const match of text.matchAll(/\bfind["']?\s*:\s*(?:"([^"\n]{1,100})"|'([^'\n]{1,100})')/g)) keys.push((match[1] ?? match[2])!);
  return keys.flatMap((key) => aliasPrefix(key) ?? []);
}

/**
 * The import prefix an alias key stands for: a name (`@shared`, `Users`), a glob (`@shared/*`) or an anchored
 * pattern (`^@app/(.*)$`, `^~test/(.*)$`). A pattern on anything else (`\\.(css|less)$`, a file type) maps no prefix.
 */
export function aliasPrefix(key: string): string | undefined {
  const prefix = key.replace(/^\^/, '').replace(/\$$/, '').replace(/\/?(?:\(\.\*\)|\.\*|\*)$/, '').replace(/\/$/, '');
  return /^[\w@~#$][\w@~#$./-]{0,99}$/.test(prefix) ? prefix : undefined;
}

/** tsconfig/jsconfig `paths` aliases (`@app/*` -> `@app`) and the folders under `baseUrl`. */
async function readTsconfig(folder: string, files: ReadonlySet<string>): Promise<string[]> {
  const prefixes: string[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    if (!files.has(name)) continue;
    const text = await readSmall(join(folder, name));
    const options = objectAt(safeJson(text ?? '') ?? {}, 'compilerOptions');
    for (const alias of Object.keys(objectAt(options, 'paths'))) prefixes.push(alias.replace(/\/?\*$/, ''));
    const baseUrl = options['baseUrl'];
    if (typeof baseUrl === 'string' && !baseUrl.includes('..')) {
      for (const entry of await listDir(join(folder, baseUrl))) prefixes.push(entry.name.replace(/\.[cm]?[jt]sx?$/, ''));
    }
  }
  return prefixes.filter((prefix) => prefix !== '' && prefix !== 'node_modules');
}

const PYTHON_MANIFEST = /^(requirements.*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile)$/;

async function readPython(folder: string, entries: readonly Dirent[]): Promise<{ manifest: string; distributions: string[]; localModules: string[] } | undefined> {
  const manifests = entries.filter((entry) => entry.isFile() && PYTHON_MANIFEST.test(entry.name)).map((entry) => entry.name);
  const requirementsDir = entries.some((entry) => entry.isDirectory() && entry.name === 'requirements') ? await listDir(join(folder, 'requirements')) : [];
  const nested = requirementsDir.filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => join('requirements', entry.name));
  if (manifests.length === 0 && nested.length === 0) return undefined;
  const distributions: string[] = [];
  for (const name of [...manifests, ...nested]) {
    const text = await readSmall(join(folder, name));
    if (text !== undefined) distributions.push(...pythonDistributionsIn(basename(name), text));
  }
  const localModules = await pythonModulesIn(folder, entries);
  return { manifest: [...manifests].sort()[0] ?? nested[0]!, distributions, localModules };
}

/** Top-level modules of the project: packages and modules beside the manifest and under src/. */
async function pythonModulesIn(folder: string, entries: readonly Dirent[]): Promise<string[]> {
  const src = entries.some((entry) => entry.isDirectory() && entry.name === 'src') ? await listDir(join(folder, 'src')) : [];
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

/** System packages that a Dockerfile or Aptfile in the folder installs, and the scripts a Dockerfile or a compose file starts. */
async function readSystemPackages(folder: string, entries: readonly Dirent[]): Promise<{ packages: string[]; scripts: string[]; procfileScripts: string[]; packageStartRunBy?: string }> {
  const packages: string[] = [];
  const scripts: string[] = [];
  const procfileScripts: string[] = [];
  let packageStartRunBy: string | undefined;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const lower = entry.name.toLowerCase();
    const compose = RELEASE_COMPOSE_FILE.test(lower) && !isDevOnlyComposeFile(lower);
    const text = compose || lower === 'aptfile' || lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower === 'containerfile' || entry.name === 'Procfile'
      ? await readSmall(join(folder, entry.name))
      : undefined;
    if (text === undefined) continue;
    if (compose) {
      scripts.push(...composeStartedScripts(text));
      continue;
    }
    // The release's image or process, not a Dockerfile.dev's: `npm start` there is the developer's.
    if ((lower === 'dockerfile' || lower === 'containerfile' || entry.name === 'Procfile') && runsPackageStart(entry.name, text)) packageStartRunBy ??= entry.name;
    if (entry.name === 'Procfile') {
      procfileScripts.push(...procfileStartedScripts(text));
      continue;
    }
    if (lower === 'aptfile') packages.push(...text.split(/\r?\n/).map((line) => line.trim()).filter((line) => /^[a-z0-9][a-z0-9+.-]*$/.test(line)));
    else {
      packages.push(...installedPackages(text));
      scripts.push(...startedScripts(text));
    }
  }
  return { packages, scripts, procfileScripts, ...(packageStartRunBy !== undefined ? { packageStartRunBy } : {}) };
}

/**
 * The shell scripts a Procfile's processes run (`web: bash Procfile.sh`, `worker: ./bin/worker.sh`, `web: bin/web`), by base
 * name; not the `release` process's, which runs once per release (where a migration belongs).
 */
export function procfileStartedScripts(procfile: string): string[] {
  const scripts: string[] = [];
  for (const match of procfile.matchAll(/^[ \t]*([\w-]{1,100})[ \t]*:[ \t]*(.{1,2000})$/gm)) {
    if (match[1]!.toLowerCase() === 'release') continue;
    const script = processScript(match[2]!.split(/[ \t]+/));
    if (script !== undefined) scripts.push(script);
  }
  return scripts;
}

/**
 * The script a process command runs as its first word, by base name: one ending in `.sh`/`.bash` or naming a path
 * (`./start`, `/app/bin/start.sh`, `bin/web`; a bare word is a command on the PATH). After `bash`/`sh`/`exec` the next
 * word is the script (`sh -c "…"` is the shell's own: `-c` is no script). Procfiles and compose files read alike.
 */
function processScript(split: readonly string[]): string | undefined {
  const words = split.filter((word) => word.length > 0);
  const first = words[0] === 'bash' || words[0] === 'sh' || words[0] === 'exec' ? words[1] : words[0];
  return first !== undefined && /^[\w./-]{1,500}$/.test(first) && /\.(?:sh|bash)$|\//.test(first) && !first.startsWith('-') ? basename(first) : undefined;
}

/**
 * The shell scripts an image starts: words of `ENTRYPOINT`/`CMD` (exec or shell form) ending in `.sh` or naming a
 * path (`./develop.sh`, `/app/docker/web.sh`, `bash docker/app.sh`), by base name. Which stage is final is not
 * weighed: a script an earlier stage names is still one the project runs as a container's process.
 */
export function startedScripts(dockerfile: string): string[] {
  const scripts: string[] = [];
  for (const match of dockerfile.matchAll(/^[ \t]*(?:ENTRYPOINT|CMD)[ \t]+(.{1,2000})$/gim)) {
    for (const word of match[1]!.split(/[\s,[\]"']+/)) {
      if (/^[\w./-]{1,500}$/.test(word) && (/\.sh$/.test(word) || /^\.?\//.test(word) || word.includes('/'))) scripts.push(basename(word));
    }
  }
  return scripts;
}

/** Compose files, a development one (`compose.override.yml`, `docker-compose.dev.yml`) left out: a laptop's. */
const RELEASE_COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w-]+)?\.ya?ml$/;

/**
 * The shell scripts a compose service starts as its container's process: `command: docker/startup.sh`,
 * `entrypoint: ["/app/bin/start.sh"]` (one line, as `startedScripts` reads a Dockerfile's), by base name.
 */
export function composeStartedScripts(compose: string): string[] {
  const scripts: string[] = [];
  for (const match of compose.matchAll(/^[ \t]*(?:command|entrypoint):[ \t]*(.{1,2000})$/gm)) {
    // The process is the first word (`sh -c "…"` is the shell's: its script is read where the compose file is).
    const script = processScript(match[1]!.replace(/[ \t]#.*$/, '').split(/[\s,[\]"']+/));
    if (script !== undefined) scripts.push(script);
  }
  return scripts;
}

/** The package words after `apt-get install`, `apt install`, `apk add`, `yum/dnf install`. */
export function installedPackages(dockerfile: string): string[] {
  const joined = dockerfile.replace(/\\\r?\n/g, ' ');
  const packages: string[] = [];
  for (const match of joined.matchAll(/\b(?:apt-get|apt|yum|dnf|microdnf)\s+(?:-\S+\s+)*install\s+([^&;|\n]*)|\bapk\s+(?:-\S+\s+)*add\s+([^&;|\n]*)/g)) {
    const words = (match[1] ?? match[2] ?? '').split(/\s+/);
    packages.push(...words.filter((word) => /^[a-z0-9][a-z0-9+.-]*(=[^\s]*)?$/.test(word)).map((word) => word.split('=')[0]!));
  }
  return packages;
}

/** A regular file (no link followed) of at most MAX_MANIFEST_BYTES, or undefined. */
async function readSmall(path: string): Promise<string | undefined> {
  return (await readRegularFile(path, MAX_MANIFEST_BYTES)).bytes?.toString('utf8');
}

type JsonObject = Record<string, unknown>;

function safeJson(text: string): JsonObject | undefined {
  const value: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function safeToml(text: string): JsonObject | undefined {
  try {
    return parseToml(text) as JsonObject;
  } catch {
    return undefined;
  }
}

function objectAt(object: JsonObject, key: string): JsonObject {
  const value = Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}

function arrayAt(object: JsonObject, key: string): unknown[] {
  const value = object[key];
  return Array.isArray(value) ? value : [];
}
