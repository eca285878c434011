// The node layer's reading of what a project declares it depends on (Factor II): package.json
// files, tsconfig path aliases (npm.ts), Python manifests (python.ts), composer.json (which PHP runtime serves the app,
// for Factor VI), Maven and Gradle builds (whether a JVM app keeps its HttpSession in a session store, for
// Factor VI), and the system packages a Dockerfile or Aptfile installs (deployFiles.ts). Cached per folder. Reads only
// small regular files inside the workspace root (read.ts).
import type { Dirent } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { nearestRepository } from '../codebaseRoots';
import type { DeclaredDependencies } from '../engine/types';
import { fileScope } from '../engine/scope';
import { toPosix } from '../gitignore';
import { readSystemPackages } from './deployFiles';
import { denoImports, npmFacts, readAliases, workspacePackages } from './npm';
import { readPython } from './python';
import { objectAt, readSmall, safeJson } from './read';
import { listDirNow } from '../safeRead';

export { composeStartedScripts, installedPackages, procfileStartedScripts, startedScripts } from './deployFiles';
export { aliasPrefix } from './npm';
export { pythonDistributionsIn } from './python';

/** How many folders up from a file are searched. */
const MAX_DEPTH = 64;

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
  /** Scripts only a development Dockerfile in the folder (`Dockerfile.dev`) runs, by base name. */
  devContainerScripts: string[];
  /** Scripts a Procfile in the folder runs as a process other than `release`, by base name. */
  procfileScripts: string[];
  /** The Dockerfile or Procfile in the folder whose process is the package's `start` script (`CMD ["npm", "start"]`). */
  packageStartRunBy?: string;
  /** The folder holds a file that names a deploy's process (a Dockerfile, a Procfile, a platform's config). */
  namesProcess: boolean;
}

export class DependencyFacts {
  private readonly folders = new Map<string, FolderFacts>();

  /**
   * What the manifests around `file` declare; paths in messages relative to `displayBase`. Read synchronously
   * (read.ts), once per folder: a caller awaiting it waits for no I/O round trip.
   */
  async forFile(file: string, root: string, displayBase: string): Promise<DeclaredDependencies> {
    const chain = foldersUp(dirname(file), root);
    const facts = chain.map((folder) => this.folder(folder));
    const npmAt = chain.findIndex((_folder, i) => facts[i]!.npmPackages !== undefined || facts[i]!.templatedNpmManifest);
    const pythonAt = chain.findIndex((_folder, i) => facts[i]!.pythonDistributions !== undefined);
    const composerAt = chain.findIndex((_folder, i) => facts[i]!.composerPackages !== undefined);
    const jvmAt = chain.findIndex((_folder, i) => facts[i]!.jvm !== undefined);
    const display = (folder: string, name: string) => toPosix(relative(displayBase, join(folder, name))) || name;
    const result: DeclaredDependencies = {
      systemPackages: [...new Set(facts.flatMap((f) => f.systemPackages))],
      containerScripts: [...new Set(facts.flatMap((f) => [...f.containerScripts, ...f.devContainerScripts]))],
      procfileScripts: [...new Set(facts.flatMap((f) => f.procfileScripts))],
    };
    const released = new Set(facts.flatMap((f) => f.containerScripts));
    const devOnly = [...new Set(facts.flatMap((f) => f.devContainerScripts))].filter((script) => !released.has(script));
    if (devOnly.length > 0) result.devImageScripts = devOnly;
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

  private folder(folder: string): FolderFacts {
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
function readFolderFacts(folder: string): FolderFacts {
  const entries = listDirNow(folder);
  const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  const denoName = ['deno.json', 'deno.jsonc'].find((name) => files.has(name));
  const pkg = files.has('package.json') ? readSmall(join(folder, 'package.json')) : undefined;
  const tsconfig = readAliases(folder, files);
  const python = readPython(folder, entries);
  const system = readSystemPackages(folder, entries);
  const composer = files.has('composer.json') ? readSmall(join(folder, 'composer.json')) : undefined;
  const deno = denoName ? readSmall(join(folder, denoName)) : undefined;
  const jvm = readJvmBuild(folder, files, entries);
  const composerJson = composer === undefined ? undefined : safeJson(composer);
  const npm = pkg === undefined ? undefined : npmFacts(pkg);
  return {
    ...(npm ? { npmPackages: [...npm.packages, ...workspacePackages(folder, npm.workspaces)] } : {}),
    ...(npm === undefined && [...files].some((name) => TEMPLATED_NPM_MANIFEST.test(name)) ? { templatedNpmManifest: true } : {}),
    hostModules: npm?.hostModules ?? [],
    localPrefixes: [...tsconfig, ...(npm?.aliases ?? []), ...denoImports(deno)],
    ...(python ? { pythonDistributions: python.distributions, pythonManifest: python.manifest } : {}),
    pythonLocalModules: python?.localModules ?? [],
    ...(composerJson ? { composerPackages: Object.keys(objectAt(composerJson, 'require')) } : {}),
    ...(jvm ? { jvm } : {}),
    systemPackages: system.packages,
    containerScripts: system.scripts,
    devContainerScripts: system.devScripts,
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
function readJvmBuild(folder: string, files: ReadonlySet<string>, entries: readonly Dirent[]): { manifest: string; artifacts: string[] } | undefined {
  const manifest = JVM_BUILDS.find((name) => files.has(name));
  if (manifest === undefined) return undefined;
  const texts = [readSmall(join(folder, manifest))];
  if (entries.some((entry) => entry.isDirectory() && entry.name === 'gradle')) texts.push(readSmall(join(folder, 'gradle', 'libs.versions.toml')));
  return { manifest, artifacts: texts.flatMap((text) => (text === undefined ? [] : jvmArtifactsIn(text))) };
}

export function jvmArtifactsIn(text: string): string[] {
  const artifacts: string[] = [];
  for (const match of text.matchAll(/<artifactId>\s*([\w.${}-]{1,200})\s*<\/artifactId>/g)) artifacts.push(match[1]!);
  for (const match of text.matchAll(/["'][\w.-]{1,200}:([\w.-]{1,200})(?::[^"'\s]{0,200})?["']/g)) artifacts.push(match[1]!);
  for (const match of text.matchAll(/\bname\s*=\s*["']([\w.-]{1,200})["']/g)) artifacts.push(match[1]!);
  return artifacts;
}
