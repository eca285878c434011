// The node layer's reading of what an app's production config names (Factor X), for the
// local-development compose files of that app: knexfile, config/database.yml, Sequelize's
// config.json, Django production settings, Prisma's schema, Spring's prod profile, Laravel's
// config/database.php, Heroku's app.json, render.yaml, .env.production and Kubernetes manifests.
// A fixed list of paths per app, each read only when it is a small regular file whose real path
// stays inside the workspace root. Cached per app folder until a watched file changes.
import { realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isLocalComposeFile } from './engine/rules/compose-files';
import { productionSiblingsOf } from './engine/rules/dev-prod-divergence/environment-files';
import { productionServicesIn } from './engine/rules/dev-prod-divergence/production';
import { SPRING_BASE_CONFIG } from './engine/rules/dev-prod-divergence/spring-profile-files';
import type { LanguageId, ProductionService } from './engine/types';
import { languageOf } from './engine/languages/detect';
import { displayPath } from './displayPath';
import { isInside, toPosix } from './gitignore';
import type { Grammars } from './grammars';
import { listDir, readInside } from './safeRead';
import { isManifest } from './scorecard/apps';

/** Production configs at fixed places under an app's root. */
const FIXED_PATHS = [
  'knexfile.js',
  'knexfile.ts',
  'knexfile.cjs',
  'knexfile.mjs',
  'config/database.yml',
  'config/database.yaml',
  'config/config.json',
  'config/database.json',
  'prisma/schema.prisma',
  'schema.prisma',
  'src/main/resources/application-prod.properties',
  'src/main/resources/application-prod.yml',
  'src/main/resources/application-prod.yaml',
  'src/main/resources/application-production.properties',
  'src/main/resources/application-production.yml',
  'config/database.php',
  'Gemfile',
  'app.json',
  'render.yaml',
  '.env.production',
  'settings/production.py',
  'settings/prod.py',
  'config/settings/production.py',
];

const DATABASE_YML = /(?:^|\/)config\/database\.ya?ml$/;

/** Django keeps settings in the project package, one folder below the app root: `shop/settings/production.py`. */
const DJANGO_IN_PACKAGE = ['settings/production.py', 'settings/prod.py', 'settings.py'];
/** Folders of Kubernetes manifests, and their subfolders that describe production. */
const KUBERNETES_FOLDERS = ['k8s', 'kubernetes', 'deploy', 'manifests'];
const PRODUCTION_OVERLAYS = ['base', 'prod', 'production', 'overlays/prod', 'overlays/production'];

/** Bounds on what one app's reading may list and read. */
const MAX_PACKAGES = 200;
const MAX_MANIFESTS = 50;
const MAX_DEPTH = 64;

export class ProductionFacts {
  private readonly apps = new Map<string, Promise<ProductionService[]>>();

  constructor(private readonly grammars?: Grammars) {}

  /**
   * Whether a file's findings depend on production facts: a local-development compose file, Spring's base config,
   * Rails' config/database.yml (production's adapter may be named by the Gemfile only), an environment's own config
   * file beside production's (`settings/development.py`, `config.development.json`, `application-dev.yml`).
   */
  static wants(path: string): boolean {
    return isLocalComposeFile(path) || SPRING_BASE_CONFIG.test(path) || DATABASE_YML.test(path) || productionSiblingsOf(path).length > 0;
  }

  /** What the production config of the app holding `file` names; paths relative to `displayBase`. */
  async forFile(file: string, root: string, displayBase: string): Promise<ProductionService[]> {
    const app = await appFolderOf(dirname(file), root);
    let facts = this.apps.get(`${app}\n${displayBase}`);
    if (!facts) {
      facts = this.read(app, root, displayBase);
      this.apps.set(`${app}\n${displayBase}`, facts);
    }
    const siblings = productionSiblingsOf(toPosix(file)).map((path) => path.slice(path.lastIndexOf('/') + 1));
    if (siblings.length === 0) return facts;
    const appFacts = await facts;
    const known = new Set(appFacts.map((service) => service.path));
    const beside = await this.readFiles(dirname(file), siblings, root, displayBase);
    return [...appFacts, ...beside.filter((service) => !known.has(service.path))];
  }

  /** A watched file changed on disk: read every app's configs again. */
  forget(): void {
    this.apps.clear();
  }

  private async read(app: string, root: string, displayBase: string): Promise<ProductionService[]> {
    const paths = [...FIXED_PATHS, ...(await djangoPaths(app)), ...(await kubernetesPaths(app))];
    return this.readFiles(app, paths, root, displayBase);
  }

  /** The services each of `paths` (under `folder`) names for production. */
  private async readFiles(folder: string, paths: readonly string[], root: string, displayBase: string): Promise<ProductionService[]> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return [];
    const services: ProductionService[] = [];
    for (const path of paths) {
      const absolute = join(folder, path);
      const text = await readInside(absolute, realRoot);
      if (text === undefined) continue;
      const language = languageOf(path);
      await this.ensureGrammar(language);
      services.push(...productionServicesIn(displayPath(displayBase, absolute), text, this.grammars));
    }
    return services;
  }

  private async ensureGrammar(language: LanguageId | undefined): Promise<void> {
    // Django settings need Python's grammar; without one they are skipped, never guessed.
    if (language === 'python') await this.grammars?.ensure(language).catch(() => undefined);
  }
}

/** The nearest folder from `from` up to `root` that holds an app manifest; else `root`. */
async function appFolderOf(from: string, root: string): Promise<string> {
  let folder = from;
  for (let depth = 0; depth < MAX_DEPTH && isInside(folder, root); depth++) {
    const names = (await listDir(folder)).map((entry) => entry.name);
    if (names.slice(0, 10_000).some((name) => isManifest(name))) return folder;
    if (folder === root) break;
    folder = dirname(folder);
  }
  return root;
}

async function djangoPaths(app: string): Promise<string[]> {
  const packages = (await listDir(app)).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules');
  return packages.slice(0, MAX_PACKAGES).flatMap((entry) => DJANGO_IN_PACKAGE.map((path) => `${entry.name}/${path}`));
}

async function kubernetesPaths(app: string): Promise<string[]> {
  const paths: string[] = [];
  for (const folder of KUBERNETES_FOLDERS.flatMap((top) => [top, ...PRODUCTION_OVERLAYS.map((sub) => `${top}/${sub}`)])) {
    for (const entry of await listDir(join(app, folder))) {
      if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && paths.length < MAX_MANIFESTS) paths.push(`${folder}/${entry.name}`);
    }
  }
  return paths;
}

