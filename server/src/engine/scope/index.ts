// Every file has a scope: the app itself, or its tests, fixtures and seed data, examples,
// docs or translations. Rules use it to tell a live credential from a test's dummy.
import { compileGlob, matchesGlob } from './glob';
import { DEVELOPMENT_FILES, HELM_CHART_TEMPLATE, PRODUCTION_FILES, SCOPE_FILES, SCOPE_FOLDERS, SCOPE_PATHS } from './conventions';

export type FileScope = 'app' | 'test' | 'fixture' | 'example' | 'docs' | 'locale' | 'vendored' | 'copy';

export const FILE_SCOPES: readonly FileScope[] = ['app', 'test', 'fixture', 'example', 'docs', 'locale', 'vendored', 'copy'];

/**
 * What a rule judges. `any-file`: a problem wherever it is written (a leaked credential leaks from a
 * test too, and from a vendored library). `own-code`: see `reads`. `deployed-app`: how the deployed app runs (its logs, sessions, start-up, port), which
 * tests, fixtures, seed data, docs and translations never change.
 */
export type RuleReach = 'any-file' | 'own-code' | 'deployed-app';

/**
 * Whether a rule of this reach reads a file of this scope at all. `own-code`: what the project's own
 * code needs (its imports), in every scope but vendored code, whose own manifest declares its imports, and an editor's
 * copies, whose imports are those of a version the manifest has moved on from.
 */
export function reads(reach: RuleReach, scope: FileScope, deployed: DeployedAppPolicy): boolean {
  if (reach === 'deployed-app') return deployed !== 'skip';
  return reach !== 'own-code' || (scope !== 'vendored' && scope !== 'copy');
}

/**
 * What a `deployed-app` rule does in each scope: runs and reports at its severity, reports as
 * information (an example app is an app, but not the one deployed from here), or never runs.
 */
export type DeployedAppPolicy = 'report' | 'info' | 'skip';

export const DEPLOYED_APP_POLICY: Readonly<Record<FileScope, DeployedAppPolicy>> = {
  app: 'report',
  example: 'info',
  test: 'skip',
  fixture: 'skip',
  docs: 'skip',
  locale: 'skip',
  vendored: 'skip',
  copy: 'skip',
};

/**
 * What a `deployed-app` rule does with a file: its scope's policy, and `skip` for a development-only
 * config file (conventions.ts) unless the config's `scopes` name the file `app` explicitly.
 */
export function deployedAppPolicy(path: string, overrides: ScopeOverrides = {}, scope?: FileScope): DeployedAppPolicy {
  if (isDevelopmentOnly(path, overrides)) return 'skip';
  // `scope`: the file's fileScope, when the caller has it (a scan reads both: the conventions' regexes run once).
  return DEPLOYED_APP_POLICY[scope ?? fileScope(path, overrides)];
}

/**
 * Whether only a developer's machine loads this file (conventions.ts: `settings/local.py`,
 * `application-local.yml`, `.env.development`), unless the config's `scopes` name it explicitly.
 */
export function isDevelopmentOnly(path: string, overrides: ScopeOverrides = {}): boolean {
  const normalized = normalize(path);
  return overriddenScope(normalized, overrides) === undefined && DEVELOPMENT_FILES.some((pattern) => pattern.test(normalized));
}

/**
 * Whether the config's `scopes` name the file itself (in any scope: a glob whose last segment is the file's name,
 * `docker-compose.dev.yml`, `deploy/compose.local.yaml`): then its scope is the user's word, and no guess from its name
 * (a dev compose stack, `Dockerfile.dev`) overrides it. A glob over a folder (`test/**` taken back as app) names a
 * scope for what is in it, not what each file is.
 */
export function isNamedInScopes(path: string, overrides: ScopeOverrides = {}): boolean {
  const normalized = normalize(path);
  const name = normalized.slice(normalized.lastIndexOf('/') + 1).toLowerCase();
  return FILE_SCOPES.some((scope) =>
    (overrides[scope] ?? []).some((glob) => glob.slice(glob.lastIndexOf('/') + 1).toLowerCase() === name && matchesGlob(compileGlob(glob), normalized)),
  );
}

/** Config only production loads (PRODUCTION_FILES), unless the config's `scopes` say otherwise. */
export function isProductionOnly(path: string, overrides: ScopeOverrides = {}): boolean {
  const normalized = normalize(path);
  return overriddenScope(normalized, overrides) === undefined && PRODUCTION_FILES.some((pattern) => pattern.test(normalized));
}

/**
 * A settings file named as a template to copy and fill in (`example.config.yaml`, `config.example.yaml`, `app.yml.dist`,
 * `params.ini.sample`, `application.conf.example`): the example scope by its own name, not by a folder of example apps.
 */
export function isTemplateFileName(path: string): boolean {
  const normalized = normalize(path);
  const name = normalized.slice(normalized.lastIndexOf('/') + 1);
  return SCOPE_FILES.example.some((pattern) => pattern.test(name));
}

/** The config's `scopes`: globs (relative to the project root) per scope, checked before the conventions. */
export type ScopeOverrides = Readonly<Partial<Record<FileScope, readonly string[]>>>;

/**
 * Scopes other than the app, in the order a file's conventions are tried: `test/fixtures/x` is a
 * fixture, and anything under `vendor/` (a library's own tests and fixtures too) is vendored.
 */
const CONVENTION_ORDER = ['copy', 'vendored', 'fixture', 'test', 'example', 'docs', 'locale'] as const;

/** What code in this scope is for, in messages: "in test code", "in a fixture". */
export const SCOPE_WORDS: Readonly<Record<FileScope, string>> = {
  app: 'in application code',
  test: 'in test code',
  fixture: 'in fixtures or seed data',
  example: 'in an example',
  docs: 'in documentation',
  locale: 'in translations',
  vendored: 'in vendored third-party code',
  copy: "in an editor's saved copy of a file",
};

/**
 * The scope of a file from its path relative to the project root (forward slashes). The
 * config's globs win; `app` there takes a file back from a convention (`"app": ["src/mock-server/**"]`).
 */
export function fileScope(path: string, overrides: ScopeOverrides = {}, appFolders: readonly string[] = []): FileScope {
  const normalized = normalize(path);
  return overriddenScope(normalized, overrides) ?? conventionalScope(normalized, appFolders);
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}


function overriddenScope(path: string, overrides: ScopeOverrides): FileScope | undefined {
  for (const scope of FILE_SCOPES) {
    for (const glob of overrides[scope] ?? []) {
      if (matchesGlob(compileGlob(glob), path)) return scope;
    }
  }
  return undefined;
}

function conventionalScope(path: string, appFolders: readonly string[]): FileScope {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  // A docs-named folder that holds an app (ScanOptions.appFolders: `website/` of `django-admin startproject website`) names no scope.
  const holdsApp = (at: number) => appFolders.includes(parts.slice(0, at + 1).join('/'));
  const folders = new Set(parts.slice(0, packageStart(parts)).filter((_, at) => !holdsApp(at)).map((part) => part.toLowerCase()));
  if (HELM_CHART_TEMPLATE.test(path)) folders.delete('templates');
  // Flask's `app/blueprints/auth.py` is the app's routes (Ember's `blueprints/` generator files are not Python), and
  // Flask's and Django's `templates/*.html` the app's own pages; a cookiecutter's `{{cookiecutter.…}}` tree stays a skeleton.
  if (FLASK_BLUEPRINT.test(name)) folders.delete('blueprints');
  if (SERVER_PAGE_TEMPLATE.test(name) && !path.includes('{{')) folders.delete('templates');
  for (const scope of CONVENTION_ORDER) {
    if (SCOPE_FOLDERS[scope].some((folder) => folders.has(folder)) && !(scope === 'locale' && isAppConfigInLocaleFolder(parts))) return scope;
    if (SCOPE_FILES[scope].some((pattern) => pattern.test(name))) return scope;
    if (SCOPE_PATHS.some((entry) => entry.scope === scope && entry.pattern.test(path))) return scope;
  }
  return 'app';
}

/** A Python module: in a `blueprints/` folder, Flask's blueprints (probe25c 9). */
const FLASK_BLUEPRINT = /\.py$/;
/** A Jinja or Django page: in a `templates/` folder, the pages the app renders. */
const SERVER_PAGE_TEMPLATE = /\.(?:html?|jinja2?|j2)$/i;

/**
 * The app's own config kept in a locale folder: gin-mall's `config/locales/config.yaml`, read by viper's
 * `AddConfigPath("./config/locales")`. Translations there are named for their language (`en.yml`, `zh-cn.yaml`,
 * `devise.en.yml`), never `config` or `settings`, so these names stay the app's.
 */
const LOCALE_FOLDER_APP_CONFIG = /^(?:config|app|application|settings|database|secrets|credentials)\.(?:ya?ml|json|toml|ini)$/i;

/** Directly in the locale folder: i18next's `locales/en/settings.json` is the `settings` namespace of a language. */
function isAppConfigInLocaleFolder(parts: readonly string[]): boolean {
  const folder = parts[parts.length - 2]?.toLowerCase() ?? '';
  return LOCALE_FOLDER_APP_CONFIG.test(parts[parts.length - 1] ?? '') && (SCOPE_FOLDERS.locale as readonly string[]).includes(folder);
}

/** A JVM main source root: `src/main/java/`, `app/src/main/kotlin/`. */
const JVM_SOURCE_ROOTS = new Set(['java', 'kotlin', 'scala', 'groovy']);

/**
 * Where a file's folders stop naming scopes: at the package path under a JVM main source root, whose
 * folders spell a package (`src/main/java/com/example/shop/`: `com.example` is the reverse domain
 * Spring Initializr and most guides use, not an example). Elsewhere every folder counts.
 */
function packageStart(parts: readonly string[]): number {
  for (let at = 0; at + 2 < parts.length - 1; at++) {
    if (parts[at] === 'src' && parts[at + 1] === 'main' && JVM_SOURCE_ROOTS.has(parts[at + 2]!)) return at + 3;
  }
  return parts.length - 1;
}
