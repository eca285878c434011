// The engine's vocabulary. Nothing here knows about LSP, VS Code or the CLI.
import type { TreeSitterParsers } from './languages/treeSitter';
import type { FileScope, RuleReach, ScopeOverrides } from './scope';

export type { FileScope, RuleReach, ScopeOverrides } from './scope';

/** Twelve-Factor factor numbers, as Roman numerals. */
export type Factor = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX' | 'X' | 'XI' | 'XII';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Languages the engine reads. JS/TS through the TypeScript compiler API, config files through real parsers. */
export type LanguageId =
  | 'javascript'
  | 'typescript'
  | 'json'
  | 'yaml'
  | 'dockerfile'
  | 'procfile'
  | 'dotenv'
  | 'properties'
  | 'python'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'ruby'
  | 'php'
  | 'xml'
  | 'ini'
  | 'shell'
  | 'keyfile'
  | 'hocon'
  | 'toml'
  | 'tfvars'
  | 'groovy'
  | 'sql'
  | 'makefile'
  | 'batch'
  | 'powershell'
  | 'http'
  | 'jupyter'
  | 'component'
  | 'jsp'
  | 'requirements'
  | 'gomod';

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open span of UTF-16 code units in the scanned text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace `span` of the scanned text with `text`. */
export interface OffsetEdit {
  span: Span;
  text: string;
}

/**
 * What a quick-fix needs, as data. The edits are built later by engine/fixes, because some of
 * them depend on files next to the scanned one (.env, .gitignore, package.json).
 */
export type FixData =
  | MoveToEnvFix
  | ReplaceFix
  | MoveToScriptFix;

/** Replace a hardcoded value with an environment read; the value goes to .env. */
export interface MoveToEnvFix {
  kind: 'move-to-env';
  /** The span to replace: the literal, or the whole `env || 'literal'` expression for fallbacks. */
  span: Span;
  /** Proposed variable name, UPPER_SNAKE_CASE; may get a suffix if it clashes. */
  envName: string;
  /** The secret value to write into .env. */
  value: string;
  /** For fallbacks: the env var the code already reads, kept as is. */
  existingEnvName?: string;
}

/** A self-contained rewrite in the scanned file (a transport to stdout, a Redis store, ...). */
export interface ReplaceFix {
  kind: 'replace';
  title: string;
  edits: OffsetEdit[];
}

/** Take a statement off the start path and offer it as an npm script run as a one-off process. */
export interface MoveToScriptFix {
  kind: 'move-to-script';
  title: string;
  /** Edits in the scanned file (usually removing the call). */
  edits: OffsetEdit[];
  scriptName: string;
  command: string;
}

/**
 * How a finding was recognised, so users and CI can filter. For guesses (`name-*`, `sink`) the
 * file's scope matters: in tests and fixtures they are information, not errors.
 * - `format`: the value has a known format (a vendor-prefixed token, a private key, an AWS key id);
 * - `sink`: the value is passed where only a secret goes (a JWT signer, a session secret);
 * - `name-and-entropy`: a credential name, and the value looks random;
 * - `name-only`: a credential name, and a value that reads like a chosen word;
 * - `structure`: the code's structure (an API call, a config key) says it; not a guess.
 */
export type Confidence = 'format' | 'sink' | 'name-and-entropy' | 'name-only' | 'structure';

export const CONFIDENCES: readonly Confidence[] = ['format', 'structure', 'sink', 'name-and-entropy', 'name-only'];

/** Confidences that are guesses: a value that only looks like a credential. */
export function isGuess(confidence: Confidence): boolean {
  return confidence === 'sink' || confidence === 'name-and-entropy' || confidence === 'name-only';
}

/** What a rule reports; scan() turns it into a Finding. */
export interface Report {
  span: Span;
  message: string;
  fix?: FixData;
  /**
   * Why no fix is offered where one would be expected: the value sits where the language needs a
   * compile-time constant (an enum member, an annotation argument, a `const`). Fixed wording that
   * never quotes source text; shown as the reason of a disabled code action.
   */
  noFixReason?: string;
  /**
   * The secret value, when the finding is about one. Never shown; used to apply the
   * allowlist and to mask the value before fingerprinting.
   */
  secret?: string;
  /**
   * The key or identifier the secret was found under (`GMAIL_PASSWORD`, `spring.mail.password`), where there is one:
   * what the judgements after a check read of the value's name (secrets/confidence.ts). Never shown.
   */
  name?: string;
  /** Default: `structure`. A guess in a test, fixture, example, docs or locale file is reported at `info`. */
  confidence?: Confidence;
  /**
   * The scope of the part of the file the report is about, where the file itself says it differs from
   * the file's: a string an Android strings.xml marks `translatable="false"` is config, not a translation.
   */
  scope?: FileScope;
  /**
   * At most this severity: a weaker form of the problem than the rule's usual one (a localhost
   * fallback after an environment read, a divergence in the test environment). The rule's
   * configured severity still applies when it is lower.
   */
  severity?: Severity;
  /**
   * The part of the file only production loads, where the file says so itself (a `production:` block of a Rails
   * `database.yml`), as a file's name does (scope/index.ts isProductionOnly): a stock password there is a warning.
   */
  production?: boolean;
  /**
   * The password is the login's own name beside it (hardcoded-credential's login-beside.ts): a local-development default,
   * information, except in a file only production loads. Never shown.
   */
  userAsPassword?: boolean;
  /** Other places of the same problem (the other `AutoMigrate` calls of one start-up): one finding, not six. */
  related?: RelatedSpan[];
  /** Places of the same problem in other files, as the node layer's facts located them (the engine reads no file). */
  relatedElsewhere?: RelatedElsewhere[];
}

/** Another location of the same problem, with a short message that quotes no value. */
export interface RelatedSpan {
  span: Span;
  message: string;
}

/** A location in another file: its path relative to the same root as the scanned file's, and a range in it. */
export interface RelatedElsewhere {
  path: string;
  range: Range;
  message: string;
}

/** A related location: in the finding's own file (with its span), or in another file (with its path). */
export interface RelatedLocation {
  range: Range;
  message: string;
  span?: Span;
  /** Set for a location in another file: relative to the same root as the finding's file. */
  path?: string;
}

export interface Finding {
  ruleId: string;
  factor: Factor;
  severity: Severity;
  range: Range;
  span: Span;
  /** Names the factor and says what to do. Never contains a secret in full. */
  message: string;
  /** One line: how to fix it. */
  hint: string;
  docsUrl: string;
  fix?: FixData;
  /** Why there is no fix (see Report.noFixReason); never source text. */
  noFixReason?: string;
  /** Stable across unrelated line moves; not reversible to any secret. */
  fingerprint: string;
  confidence: Confidence;
  /** The scanned file's scope: app, test, fixture, example, docs or locale. */
  scope: FileScope;
  /** Other locations of the same problem: in the same file, or (with `path`) in another one. */
  related?: RelatedLocation[];
  /**
   * SHA-256 of the secret value, when the finding is about one: what the baseline, history and
   * "already committed" checks compare. In memory only, like `fix.value`: never written out.
   */
  secretDigest?: string;
}

export interface RuleMeta {
  /** kebab-case; also the Diagnostic code and the docs page name. */
  id: string;
  factor: Factor;
  title: string;
  /** A paragraph: what and why. */
  description: string;
  defaultSeverity: Severity;
  /** One-line fix hint shown by the CLI. */
  hint: string;
  docsUrl: string;
  /** Which files' findings are problems (scope/index.ts): `any-file` when absent. */
  reach?: RuleReach;
  /**
   * The files of a language the rule reads, where it reads only some of a family (INI: uWSGI and systemd units, not
   * php.ini): its docs page names them instead of the catalogue's (LanguageRecord.namedFiles).
   */
  reads?: Partial<Record<LanguageId, string>>;
}

export interface ScanOptions {
  /** Per-rule severity overrides; 'off' disables the rule. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Literal values that are never reported (test passwords, documented dummies). */
  allowedValues?: readonly string[];
  /** For `.env` files: whether git ignores the file. Undefined means unknown (not reported). */
  gitIgnored?: boolean;
  /** For `.env` files: git tracks the file although .gitignore lists it (committed before it was listed). */
  trackedDespiteIgnore?: boolean;
  /** Loaded tree-sitter grammars, for Python, Go, Java, Kotlin, Ruby and PHP. */
  treeSitter?: TreeSitterParsers;
  /** The config's `scopes` globs, checked before the conventions. */
  scopes?: ScopeOverrides;
  /**
   * Folders of the file's scope path named as docs sites (`website/`, `docs/`) that hold an app's marker (`manage.py`,
   * `go.mod` beside Go code, a `package.json` with a server: docsFolderFacts.ts), read by the node layer: their name then
   * says nothing of the file's scope. Undefined: none known, and the names decide.
   */
  appFolders?: readonly string[];
  /**
   * What the file's project declares it depends on, read by the node layer from the manifests
   * around the file (the engine reads no file). Undefined: unknown, and nothing is reported.
   */
  dependencies?: DeclaredDependencies;
  /**
   * The kinds of backing service the app's production config names (Factor X), read by the node
   * layer for a local-development compose file. Undefined: unknown, and nothing is reported.
   */
  production?: readonly ProductionService[];
  /**
   * Where another file of the app keeps sessions in the cache (Django `SESSION_ENGINE = '…cache'` in
   * settings/base.py, Rails `session_store :cache_store` in an initializer), read by the node layer for
   * a production settings file, which may put that cache in the process (Factor VI). Undefined: no
   * such choice known, and only what the file itself says is read.
   */
  sessionsInCache?: SessionCacheChoice;
  /**
   * Functions of the app's other Python modules that this file imports and that migrate or create the schema
   * (`def init_db(): Base.metadata.create_all(bind=engine)` in app/db/base.py), read by the node layer (Factor XII):
   * a start-up hook here that calls one migrates at every start. Undefined: none known, and only this file is read.
   */
  importedMigrations?: readonly ImportedMigration[];
  /**
   * Factor VII's fact for a Go, Python or JS/TS file: the functions of the module's own packages it imports that return a
   * fixed listen address (`func ProjectPort() string { return ":9999" }`), and the fixed ports the JS/TS modules it
   * imports export (`module.exports = { port: 3050 }`), read by the node layer.
   */
  importedPorts?: readonly ImportedPort[];
  /**
   * Factor IX's fact for a JS/TS or Go file: the functions of the app's own modules it imports that start a server and
   * handle no SIGTERM in their own file (`module.exports = function start() { app.listen(port) }`, Go's `server.Run()`
   * calling `http.ListenAndServe`), read by the node layer. The file's call of one is then judged as a start of its own.
   */
  importedServerStarts?: readonly ImportedServerStart[];
  /**
   * Factor VI's fact for a JS/TS or Python file: the classes of the app's modules it imports that read and rewrite the
   * JSON file their constructor is given (`class JsonRepo { constructor(file) { this.file = file } … }`), read by the node
   * layer. The file's `new JsonRepo('carts.json')` with a path under the app is then the repository's finding.
   */
  importedJsonStores?: readonly ImportedJsonStore[];
  /**
   * Factor III's fact for a module that defines a value (`const JWTSecret = "…"` in package config): the names of it that
   * other files of the app hand to a secret-taking API as its key (`token.SignedString([]byte(config.JWTSecret))`,
   * `jwt.sign(p, config.secret)`, `jwt.encode(c, settings.SECRET)`), read by the node layer. The literal is then judged
   * as that API's key, as it would be in one file. Undefined: none known, and only this file is read.
   */
  sinkKeyUses?: readonly SinkKeyUse[];
  /**
   * For a Python settings module: how the settings beside it load it, read by the node layer. `always`: at the top level
   * of settings.py (`from .local_settings import *`), so every deploy runs it, whatever its name says; `development`: only
   * under `if DEBUG:`. Undefined: no such load known, and its name alone decides.
   */
  settingsLoad?: 'always' | 'development';
  /**
   * The scanned file's path relative to the root of its codebase: the git repository holding it, else
   * the audited folder (filled by the node layer; the engine runs no git). Factor I judges a dependency
   * declared by a relative path against it. Undefined: unknown, and only absolute paths are reported.
   */
  repositoryPath?: string;
  /**
   * Asked between checks: true when whoever asked for the scan no longer wants it (the editor holds
   * a newer version); the scan then stops with ScanCancelled instead of finishing unseen work.
   */
  isCancelled?: () => boolean;
}

/** A settings file that keeps the app's sessions in its cache, and where. */
export interface SessionCacheChoice {
  /** Relative to the same root as the scanned file's path. */
  path: string;
  range: Range;
}

/** A function of another module that migrates, as the importing file names its module (`app.db.base`, `.database`). */
export interface ImportedMigration {
  module: string;
  name: string;
  /** The migration its body runs, as written: `Base.metadata.create_all()`. */
  label: string;
  /** Relative to the same root as the scanned file's path. */
  path: string;
  range: Range;
  /**
   * The command also starts the app after migrating (a Django `run` command whose `handle()` migrates, then serves with
   * uvicorn): a start command that runs it as its last word still migrates on every start.
   */
  starts?: boolean;
}

/** A function of another package of the app that returns a fixed listen address (Factor VII), and where. */
export interface ImportedPort {
  /** The package's import path. */
  module: string;
  name: string;
  port: number;
  /** Relative to the same root as the scanned file's path. */
  path: string;
  /** Its return statement, a Go constant's declaration, or the exported value (JS/TS `port: 3050`). */
  range: Range;
  /** JS/TS: the port is what a call of `name` returns (`config.port()`), not the value itself (`config.port`). */
  called?: boolean;
  /** A Go package constant (`consts.UserServiceAddr`), referenced without a call. */
  constant?: boolean;
}

/** A function of another module of the app that starts a server with no SIGTERM handling (Factor IX), and where. */
/** A class of another module that keeps its records in the JSON file its constructor's parameter names. */
export interface ImportedJsonStore {
  /** JS/TS: the relative specifier the importer wrote; Python: the module as imported. */
  module: string;
  /** The class's exported name; '' for the module itself (`module.exports = class …`). */
  name: string;
  /** The constructor's parameter that is the file's path, by position (Python: after `self`). */
  parameter: number;
  /** Relative to the same root as the scanned file's path. */
  path: string;
  /** The rewrite of the file. */
  range: Range;
}

export interface ImportedServerStart {
  /** JS/TS: the relative specifier the importer wrote (`./src/server`); Go: the package's import path. */
  module: string;
  /** The exported name an importer calls (`start`, `Run`); '' for the module itself (`module.exports = function …`). */
  name: string;
  /** Relative to the same root as the scanned file's path. */
  path: string;
  /** The server's start (`app.listen`, `http.ListenAndServe`); for an `engine`, the constructor's return. */
  range: Range;
  /**
   * Go: the function starts nothing but returns a web framework's engine (`func New(cfg Config) *gin.Engine`,
   * `return fiber.New(…)`): the importer's `.Run`/`.Start`/`.Listen` on what it returns is the start.
   */
  engine?: true;
}

/** A name of the scanned module that another file passes to a secret-taking API as its key, and where. */
export interface SinkKeyUse {
  /**
   * As the defining module declares it: `JWTSecret` (Go), `SECRET` (Python), `SIGNER` or a member path of what the
   * module exports (`secret` of `module.exports = { secret }`, `jwt.secret` of `export default { jwt: { secret } }`).
   */
  name: string;
  /** The API, as the using file calls it: `SignedString`, `jwt.sign`. */
  label: string;
  /** What the API makes of it: `JWT signing key`, `secret`. */
  noun: string;
  /** The variable a fix would read. */
  envName: string;
  /** The using file, relative to the same root as the scanned file's path. */
  path: string;
  range: Range;
}

/**
 * A sink-key use as the using file finds it, before the node layer resolves its module to the defining file: the import
 * path of a Go package, a Python module as imported (`app.core.config`, `.settings`), a JS/TS specifier (`./config`).
 */
export interface ModuleSinkKeyUse extends SinkKeyUse {
  module: string;
}

/** A backing service the app's production config names, and where. */
export interface ProductionService {
  /** The kind, in the engine's words: `PostgreSQL`, `MySQL`, `Redis`, ... */
  kind: string;
  /** The production config, relative to the same root as the scanned file's path. */
  path: string;
  range: Range;
}

/** Dependencies the project declares, from its manifests, for Factor II. */
export interface DeclaredDependencies {
  /** From the package.json files between the file and the workspace root. */
  npm?: {
    /** The nearest package.json, relative to the scanned root (for messages). */
    manifest: string;
    /** Every name a require can resolve to: all dependency kinds, workspace packages, the package's own name. */
    packages: readonly string[];
    /** Import prefixes that are the project's own code: tsconfig `paths` aliases, `baseUrl` folders. */
    localPrefixes: readonly string[];
    /** Hosts that provide modules the manifest cannot list: `vscode` for an extension (`engines.vscode`). */
    hostModules: readonly string[];
  };
  /** From requirements*.txt, pyproject.toml, setup.py/setup.cfg or Pipfile. */
  python?: {
    manifest: string;
    /** Normalised distribution names (lowercase, `-` for `_` and `.`). */
    distributions: readonly string[];
    /** Top-level modules and packages of the project itself. */
    localModules: readonly string[];
  };
  /** From the nearest composer.json: the packages its `require` installs in production (not `require-dev`). */
  composer?: {
    manifest: string;
    packages: readonly string[];
  };
  /**
   * From the nearest pom.xml, build.gradle(.kts) (with gradle/libs.versions.toml) and the builds above it:
   * the artifact ids they name (`spring-session-data-redis`), for the JVM's session store (Factor VI).
   */
  jvm?: {
    manifest: string;
    artifacts: readonly string[];
  };
  /** System packages an image or buildpack installs (Dockerfile apt-get/apk/yum, Aptfile). */
  systemPackages: readonly string[];
  /**
   * Base names of the scripts a Dockerfile beside the file or above it starts as the container's process
   * (`ENTRYPOINT ["./develop.sh"]`): such a script is a start script whatever its name (Factor XII).
   */
  containerScripts?: readonly string[];
  /** Of containerScripts, those only a development image starts (`Dockerfile.dev`, `dev.Dockerfile`): a laptop's (Factor V). */
  devImageScripts?: readonly string[];
  /**
   * Base names of the scripts a Procfile beside the file or above it runs as a process other than `release`
   * (`web: bash Procfile.sh`): each start of that process runs the script (Factor XII). Apart from containerScripts
   * because the platform signals every process of the dyno, so the script's children get SIGTERM too (Factor IX).
   */
  procfileScripts?: readonly string[];
  /**
   * For a package.json: the Dockerfile or Procfile beside it whose process is `npm start` (`CMD ["npm", "start"]`,
   * `web: npm start`), relative to the same root as the scanned file's path: its `start` script is then what the
   * deploy runs (Factor V). Undefined: no such file known.
   */
  packageStartRunBy?: string;
  /**
   * For a package.json: true when no Dockerfile, Procfile or platform config beside it or above it names the deploy's
   * process, so a host that runs the package (Heroku, Render, App Engine's Node runtime) runs its `start` script (Factor V).
   */
  packageStartAlone?: boolean;
}

export interface ScanFile {
  /** Path relative to the scanned root (or absolute), with forward slashes. */
  path: string;
  /** Overrides detection from the path (an editor's languageId mapped to ours). */
  language?: LanguageId;
  /**
   * The path relative to the project root, for the file's scope (`test/…`, `spec/…`), when `path`
   * is relative to somewhere else. Default: `path`.
   */
  scopePath?: string;
}
