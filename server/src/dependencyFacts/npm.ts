// What a JS/TS project declares, for Factor II's import check: package.json's dependencies (its workspaces'
// package names, bundled ones, a framework's own aliases), deno.json's import map, and the import prefixes the build
// resolves to the app's own folders (tsconfig `paths` and `baseUrl`, Babel's, the bundlers' and Jest's aliases).
import { join } from 'node:path';
import { objectAt, readSmall, safeJson, type JsonObject } from './read';
import { listDirNow } from '../safeRead';

/** How many workspace packages' manifests are read for their names. */
const MAX_WORKSPACE_PACKAGES = 500;

/** deno.json's import map (`"imports": { "hono": "jsr:@hono/hono@^4" }`): Deno resolves those names, no package.json does. */
export function denoImports(text: string | undefined): string[] {
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

export function npmFacts(text: string): { packages: string[]; workspaces: string[]; hostModules: string[]; aliases: string[] } | undefined {
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
export function workspacePackages(folder: string, globs: readonly string[]): string[] {
  const names: string[] = [];
  for (const glob of globs) {
    const parts = glob.split('/').filter((part) => part !== '');
    if (parts.some((part) => part === '..')) continue;
    const wild = parts.at(-1) === '*' || parts.at(-1) === '**';
    const base = join(folder, ...(wild ? parts.slice(0, -1) : parts));
    const dirs = wild ? listDirNow(base).filter((entry) => entry.isDirectory()).map((entry) => join(base, entry.name)) : [base];
    for (const dir of dirs.slice(0, MAX_WORKSPACE_PACKAGES - names.length)) {
      const json = safeJson(readSmall(join(dir, 'package.json')) ?? '');
      if (typeof json?.['name'] === 'string') names.push(json['name']);
    }
  }
  return names;
}

/** Import prefixes the build resolves to the app's own folders: tsconfig's, Babel's, the bundlers' and the test runner's aliases. */
export function readAliases(folder: string, files: ReadonlySet<string>): string[] {
  return [...readTsconfig(folder, files), ...readConfigAliases(folder, files)];
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
function readConfigAliases(folder: string, files: ReadonlySet<string>): string[] {
  const prefixes: string[] = [];
  for (const { names, marker } of ALIAS_CONFIGS) {
    for (const name of names) {
      const text = files.has(name) ? readSmall(join(folder, name)) : undefined;
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
function readTsconfig(folder: string, files: ReadonlySet<string>): string[] {
  const prefixes: string[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    if (!files.has(name)) continue;
    const text = readSmall(join(folder, name));
    const options = objectAt(safeJson(text ?? '') ?? {}, 'compilerOptions');
    for (const alias of Object.keys(objectAt(options, 'paths'))) prefixes.push(alias.replace(/\/?\*$/, ''));
    const baseUrl = options['baseUrl'];
    if (typeof baseUrl === 'string' && !baseUrl.includes('..')) {
      for (const entry of listDirNow(join(folder, baseUrl))) prefixes.push(entry.name.replace(/\.[cm]?[jt]sx?$/, ''));
    }
  }
  return prefixes.filter((prefix) => prefix !== '' && prefix !== 'node_modules');
}
