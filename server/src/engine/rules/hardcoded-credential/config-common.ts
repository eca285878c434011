// What every config-file check of hardcoded-credential shares: the interpolation syntaxes that
// mean "not a literal", and how one value is judged and reported.
import { findDsnPassword } from './go-dsn';
import type { MappedText } from '../../languages/mapped-text';
import { lexShell, type ShellWord } from '../../languages/shell';
import type { RuleContext } from '../../rule';
import { isDevelopmentOnly, isProductionOnly, isTemplateFileName } from '../../scope';
import { asLocalDevelopmentValue, credentialConfidence, credentialName, findHeaderListFields, findJsonCredentialFields, findTokens, findUrlPassword, isBasicAuthValue, isSecretLikeValue, namesServiceLogin, isUiContainerName, isUuid, loginPairPassword, looksRandom, namesEnclosingField, splitWords } from '../../secrets';
import type { Report, Span } from '../../types';
import { BROWSER_PREFIX } from '../../secrets/notSecretNames';
import { withNote } from '../../sentences';
import { USER_AS_PASSWORD_IN_PRODUCTION_NOTE, USER_AS_PASSWORD_NOTE } from './login-beside';
import { placeholderDefault, valueWhenUnset } from './config-placeholder-default';
import { isProductionProfile } from '../../languages/spring';
import { isShortDigitSigningKey, wordKeyReport } from './sink-word-keys';
import { fillsSecret, isOwnNameSigningFallback, namesOnlySigningSecret, isBareKeyWords, isConfigKeyStub, isKeyStub, isPlaceholderSigningFallback, isSelfNamingSecret, namesOwnSigningSecret, placeholderFallbackReport } from './credential-value';
import { findJaasPassword } from './jaas';
import { isProjectNamedSecret } from './project-secret';
import { isIssuedCredential } from './ci-test-jobs';
import { article } from './report';
import { querySecretsOf } from './url-query';
import { isRedisAuth } from './target';

/**
 * Values that a tool substitutes before use: compose/shell `${VAR}` and `$VAR`, Helm and Go
 * templates `{{ .Values.x }}`, GitHub Actions `${{ secrets.X }}`, Ruby/Spring-ish `#{...}`,
 * shell `$(cat /run/secrets/x)`, ERB `<%= ENV["X"] %>` (Rails' database.yml; its fallback is judged).
 */
export function isInterpolated(value: string): boolean {
  if (value.includes('${') || value.includes('{{') || value.includes('#{') || value.includes('$(') || value.includes('<%')) return true;
  // `$$NAME`: compose's escaped `$`, the container's own variable.
  return /^\$\$?[A-Za-z_]/.test(value.trim());
}

export interface ConfigValue {
  /** The key or variable the value is assigned to; undefined for free text (a RUN line). */
  name: string | undefined;
  value: MappedText;
  /** The value as written (quotes included): the range reported for a credential-named key. */
  span: Span;
  /** Where the fix is safe: the env var name the value moves to. */
  envName?: string;
  /** How to fix, appended to each message. */
  advice: string;
  /** Treat the value as a credential whatever its name (a Kubernetes Secret's data). */
  alwaysCredential?: boolean;
  /** The value the program sees, when the file escapes it (compose writes `$` as `$$`). */
  unescaped?: string;
  /** The user name configured beside the value (`username:` in the same block), when there is one. */
  user?: string;
  /** Where values are UI text by default (Android string resources): a name guess needs a generated value. */
  generatedOnly?: boolean;
  /** The variable this value is the default of (`<%= ENV.fetch('APP_SECRET') { '…' } %>`, `${JWT_SECRET:…}`). */
  fallbackOf?: string;
  /** The value's key path in nested config (JSON, YAML, TOML): a local stage above it makes a chosen word information. */
  keys?: readonly (string | number)[];
}

/** Keys that hold the user name a sibling password belongs to. */
export const USER_KEY = /^(?:user(?:[-_]?name)?|login)$/i;

/**
 * `POSTGRES_USER`, `MYSQL_USER`, `DB_USERNAME`: the login an `environment:`/`variables:` block sets beside its password.
 * Also `KEYCLOAK_ADMIN: admin`, `RABBITMQ_ADMIN`: an `_ADMIN` variable beside a password names the admin login.
 */
export const ENV_USER_KEY = /(?:^|_)(?:users?(?:names?)?|admin)$/i;


/**
 * `username: kart` + `password: kart`, `%dev.quarkus.datasource.password=payroll` beside the same
 * user: the config twin of `postgres://postgres:postgres@db`, which the URL reader already treats as
 * a local default. One policy for both: information, never an error. Either may be a placeholder's
 * default (Spring PetClinic's `${MYSQL_USER:petclinic}` and `${MYSQL_PASS:petclinic}`).
 */
function isUserAsPassword(entry: ConfigValue, text: string): boolean {
  // Postmark's SMTP login is its server token as both user and password: a generated value is that token, no local default.
  if (isUuid(text.trim()) || looksRandom(text.trim())) return false;
  return entry.user !== undefined && valueWhenUnset(entry.user).trim() === text.trim() && entry.name !== undefined && credentialName(entry.name)?.noun === 'password';
}

const LIVE_STUB_NOTE = ' It reads like a placeholder never filled in, and the app loads this file as its config.';

/** node-config's files of a deployment (`default` is every deployment's base): what the app loads at start-up. */
const NODE_CONFIG_FILE = /(?:^|\/)config\/(?:default|production|prod|staging|stage|qa|uat|preprod|live)(?:-[\w-]+)?\.(?:json|ya?ml)$/;

/**
 * An app's settings file by its place or name: `config/config-docker.yml`, `conf/app.conf`, `settings.toml`,
 * `src/main/resources/application.yml`, `appsettings.json`. Not compose files, CI pipelines or env files, whose own readers
 * judge stock local values.
 */
const SETTINGS_FILE =
  /(?:^|\/)(?:configs?|conf|settings|resources)\/[\w.-]{1,80}\.(?:ya?ml|json|toml|ini|conf|cfg|properties)$|(?:^|\/)(?:config|conf|app|application|settings|appsettings)(?:[-._][\w-]{1,40})?\.(?:ya?ml|json|toml|ini|conf|cfg|properties)$/;

/** Anything a loader fills in: `${JWT_SECRET}`, beego's `${JWT_SECRET||…}`, `{{ .Values.x }}`, Symfony's `%env(…)%`, ERB. */
const FILLED_IN = /\$\{|\{\{|%env\(|<%|\$\(/;

/**
 * The config the app loads as written: node-config's files of a deployment, or an app's settings file (SETTINGS_FILE) in
 * which nothing is filled in from the environment (FILLED_IN) and which not only development loads. A key's stub there
 * is the key every deploy of the file signs with (probe21c e: a Go service's `config/config-docker.yml` with a
 * `JwtSecretKey` of its own words), where a template (`config.example.yml`, the example scope) is copied and filled in.
 */
function isLoadedAppConfig(context: RuleContext): boolean {
  if (NODE_CONFIG_FILE.test(context.path)) return true;
  return SETTINGS_FILE.test(context.path) && !FILLED_IN.test(context.text) && !isDevelopmentOnly(context.path, context.options.scopes);
}

/** beego's and Revel's `runmode = prod`, a settings file's `env: production`: the file says it is production's. */
const DECLARES_PRODUCTION = /^[ \t]*(?:run_?mode|RunMode|env|environment|APP_ENV|mode)[ \t]*[=:][ \t]*["']?(?:prod|production)["']?[ \t]*$/m;

/**
 * `radiusSecret = "secret"` in a beego `app.conf` that says `runmode = prod` (probe21c l): the bare word of a strong
 * credential's name, in the loaded config (isLoadedAppConfig) that declares itself production's, is the live shared
 * secret. Elsewhere the same word is a template's, and stays silent.
 */
function isProductionWordStub(context: RuleContext, text: string, named: { strength: string }): boolean {
  return named.strength === 'strong' && isKeyStub(text) && isBareKeyWords(text) && DECLARES_PRODUCTION.test(context.text) && isLoadedAppConfig(context);
}

/**
 * In the config the app loads: a stub of a signing key's words (`jwtSecret: "secret"`), or a secret spelling its own key
 * (`emailSecret: "EmailSecret"`) that is not already a secret by its look (`release-webhook-secret` stays an error).
 */
function isLoadedKeyStub(text: string, name: string | undefined, stages: readonly string[], secretLike: () => boolean): boolean {
  return isConfigKeyStub(text, [...stages, name ?? ''].join('.')) || (name !== undefined && isSelfNamingSecret(text, name) && !secretLike());
}


const DATABASE_AS_PASSWORD_NOTE =
  ' It is the name of the local database the file connects to, a local-development default, so reported as information; still read it from the environment.';

/** A URL to this machine that names its database: `jdbc:mysql://localhost/petclinic`, `postgres://127.0.0.1:5432/shop`. */
const LOCAL_DATABASE_URL = /:\/\/(?:[^\s/@'"]{0,200}@)?(?:localhost|127\.0\.0\.1)(?::\d{1,5})?\/([A-Za-z0-9_-]{1,64})/g;
/** How many such URLs a file is searched for: config files name a handful. */
const MAX_DATABASE_URLS = 20;

/**
 * Spring PetClinic's older `application-mysql.properties`: `username=root`, `password=petclinic` beside
 * `url=jdbc:mysql://localhost/petclinic`, the value its compose file gives MYSQL_PASSWORD. A password that is the
 * name of the database on this machine the same file connects to is the local twin of `petclinic:petclinic@localhost`
 * (isUserAsPassword): information, in every config format. Not on a remote host, and not in config only production loads.
 */
function isLocalDatabaseName(entry: ConfigValue, text: string, fileText: string): boolean {
  if (entry.name === undefined || credentialName(entry.name)?.noun !== 'password') return false;
  const password = valueWhenUnset(text).trim();
  if (password === '' || !fileText.includes(password)) return false;
  let seen = 0;
  for (const match of fileText.matchAll(LOCAL_DATABASE_URL)) {
    if (match[1] === password) return true;
    if (++seen >= MAX_DATABASE_URLS) break;
  }
  return false;
}

/**
 * `NEXT_PUBLIC_FIREBASE_API_KEY=AIza…`, `VUE_APP_FIREBASE_API_KEY=AIza…`: a Google API key for a web app under a prefix a
 * bundler ships to the browser (notSecretNames.ts BROWSER_PREFIX) identifies the project to the browser (Firebase documents
 * it as not secret). Other token formats stay reported under such names: a live Stripe secret key there is a leak into the bundle.
 */
function isPublicByName(tokenId: string, name: string | undefined): boolean {
  return tokenId === 'google-api-key' && name !== undefined && BROWSER_PREFIX.test(name);
}

/**
 * Azure Cosmos DB's and Storage's account key under a bare `key` beside the account it opens: `{ endpoint, key }` as
 * CosmosClient takes it, `{ accountName, key }`. Named so, names.ts judges it as an account key (weak: a generated value only).
 */
export function keyNameBesideAccount(key: string, siblings: readonly string[]): string {
  return key === 'key' && siblings.some((sibling) => ACCOUNT_SIBLING.test(sibling)) ? 'account_key' : key;
}

const ACCOUNT_SIBLING = /^(?:account|account[-_]?name|endpoint)$/i;

/**
 * Algolia's split (hexo-algolia, Hugo and Jekyll themes): beside an `adminApiKey` that indexes, a plain
 * `apiKey` is the search-only key, which browsers are given by design. So is a DocSearch box's
 * `{ appId, apiKey, indexName }` where the search UI shows: options of the box beside it
 * (`contextualSearch`, `container`, `searchParameters`), or a site theme's config above it
 * (Docusaurus' and VitePress' `themeConfig`, `docsearch`), which ships to every reader. The same
 * three keys alone may be an indexer's (gatsby-plugin-algolia), holding the admin key: judged.
 * Named so, names.ts lets it be.
 */
export function keyNameBesideAdminKey(key: string, siblings: readonly string[], ancestors: readonly string[] = []): string {
  if (!/^api[-_]?key$/i.test(key)) return key;
  const has = (pattern: RegExp) => siblings.some((sibling) => pattern.test(sibling));
  const besideAdminKey = has(/^admin[-_]?api[-_]?key$/i);
  const inSearchBox = has(SEARCH_BOX_OPTION) || ancestors.some((name) => /^(?:themeConfig|docsearch)$/i.test(name));
  const docSearch = has(/^app[-_]?id$/i) && has(/^index[-_]?name$/i) && inSearchBox;
  return besideAdminKey || docSearch ? 'search_only_api_key' : key;
}

/**
 * Vert.x's PubSecKeyOptions written as config (`{ "algorithm": "HS256", "buffer": "…" }`): for an HMAC algorithm
 * the buffer is the shared signing key itself (for RS/ES it holds a PEM, found by its format).
 */
export const HMAC_KEY_NAME = 'hmac_key';

export function isHmacKeyBuffer(key: string, algorithm: unknown): boolean {
  return key === 'buffer' && typeof algorithm === 'string' && /^HS(?:256|384|512)$/.test(algorithm);
}

/** The same for the prefilter: such a config may hold no credential word. */
export const HMAC_ALGORITHM_LINE = /\balgorithm["']?[ \t]*[:=][ \t]*["']?HS(?:256|384|512)\b/;

/** The last word of a key that gives a client the server it talks to: `serverBaseUrl`, `address`, `endpoint`, `host`. */
const SERVER_ADDRESS_WORDS = new Set(['url', 'uri', 'address', 'endpoint', 'host', 'server']);

/**
 * Lighthouse CI's `upload: { serverBaseUrl: …, token: '<uuid>' }`, a Consul client's `{ address, token }`: a bare
 * `token` beside the address of the server it is sent to is that server's token, a UUID there too. Alone, a UUID
 * under a bare `token` is a record's or a request's id as often (isClientConfigToken), and stays silent.
 */
export function isServerTokenUuid(key: string, value: string | undefined, siblings: readonly string[], names: ReadonlySet<string> = TOKEN_ONLY): boolean {
  if (!names.has(key.toLowerCase()) || value === undefined || !isUuid(value.trim())) return false;
  return siblings.some((sibling) => SERVER_ADDRESS_WORDS.has(splitWords(sibling).pop() ?? ''));
}

const TOKEN_ONLY: ReadonlySet<string> = new Set(['token']);

/**
 * In a config file a bare `key` beside the address is that API's key too (`tron: { url: https://api.trongrid.io, key:
 * <uuid> }`); in code a `key` beside a `url` is a cache's or a list's as often, so only config files pass these names.
 */
export const CONFIG_SERVER_KEY_NAMES: ReadonlySet<string> = new Set(['token', 'key']);

/** The name a server's token (isServerTokenUuid) is judged under: a strong one, whose UUID counts. */
export const SERVER_TOKEN_NAME = 'server_token';

/** The name a server's token or key (isServerTokenUuid with CONFIG_SERVER_KEY_NAMES) is judged and reported under. */
export function serverCredentialName(key: string): string {
  return key.toLowerCase() === 'key' ? 'api_key' : SERVER_TOKEN_NAME;
}

const SEARCH_BOX_OPTION = /^(?:contextualSearch|container|searchParameters|searchPagePath|placeholder|insights|transformItems)$/;

/**
 * The name a config value goes by: its key, or with its parent's when the key alone names nothing
 * (`Jwt: { Key: … }` is a JWT key, `stripe: { secret: … }` is already a secret).
 */
export function configName(keys: readonly (string | number)[]): string | undefined {
  const last = keys[keys.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = keys[keys.length - 2];
  // Composer's auth.json `bearer: { "repo.example.com": "…" }`, `gitlab-token: { "gitlab.com": "…" }`: a host
  // says whose credential it is, the key above it what it is.
  if (typeof parent === 'string' && HOST_KEY.test(last) && credentialName(parent)) return parent;
  // `redis: { default: { auth: … } }`: Redis' password, by its AUTH command's name (isRedisAuth).
  if (isRedisAuth(keys.slice(0, -1), last)) return 'redis_password';
  // Only a bare word takes its parent's: `Jwt.Key`, not `secrets.existingSecret`.
  if (credentialName(last) || typeof parent !== 'string' || splitWords(last).length !== 1) return last;
  const joined = `${parent}_${last}`;
  if (credentialName(joined)) return joined;
  // A plural credential parent names its bare children by purpose: Ory's `secrets: { cookie: [...],
  // cipher: [...] }` are the cookie secrets and the cipher secrets, `passwords: { admin: … }` a password.
  const plural = PLURAL_CREDENTIALS.get(parent.toLowerCase());
  return plural && !SECRET_REFERENCE_WORDS.has(last.toLowerCase()) ? `${last}_${plural}` : last;
}

/** A host name as a key: `packages.example.com`, `gitlab.com` (two labels or more, the last a top-level domain's letters). */
const HOST_KEY = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i;

const PLURAL_CREDENTIALS = new Map([
  ['secrets', 'secret'],
  ['passwords', 'password'],
  ['tokens', 'token'],
]);

/**
 * Children of `secrets:` that say which secret or how to mount it, not what it holds: Helm values'
 * `name`/`existing`, compose's service `secrets: [{ source, target, mode }]`.
 */
const SECRET_REFERENCE_WORDS = new Set([
  'name', 'key', 'ref', 'id', 'enabled', 'create', 'existing', 'external', 'annotations', 'labels', 'path', 'mount', 'file', 'type',
  'provider', 'backend', 'store', 'source', 'target', 'mode', 'uid', 'gid', 'environment', 'driver', 'version', 'volume',
]);

/** Renovate's `hostRules: [{ encrypted: { token: 'wcFMA…' } }]`: ciphertext only the app's private key opens, committed by design. */
const ENCRYPTED_CONTAINER = /^encrypted$/i;

/** `Server=db;User Id=app;Password=…;`: ADO.NET, ODBC and SQL Server connection strings. */
const CONNECTION_STRING_PASSWORD = /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;]*)/i;
/** Azure Storage and Service Bus connection strings (`AccountKey=…`, `SharedAccessKey=…`), whose endpoints are URLs. */
const CONNECTION_STRING_KEY = /(?:^|;)\s*(?:AccountKey|SharedAccessKey)\s*=\s*([^;]*)/i;
/** StackExchange.Redis options: `cache.example.net:6380,password=…,ssl=True`. */
const REDIS_OPTIONS_PASSWORD = /^[^,=\s]+:\d+,(?:[^,]*,)*?\s*password\s*=\s*([^,]*)/i;

/**
 * As in a test file: within config that only the test suite reads (`where`: "the test profile", "a CI
 * job that runs the tests"), a guess from the name is information; a value known by its format keeps
 * its severity, and so does one that `keeps` says is more than the tests' own.
 */
export function asTestConfig(context: RuleContext, where: string, keeps: (secret: string) => boolean = () => false): RuleContext {
  const report = (found: Report) => {
    if (credentialConfidence(found.secret) === 'format' || (found.secret !== undefined && keeps(found.secret))) return context.report(found);
    context.report({ ...found, severity: 'info', message: withNote(found.message, ` A guess from the name in ${where}, so reported as information.`) });
  };
  return { ...context, report };
}

/**
 * Stage blocks that only a developer's machine deploys or loads: Chalice's `stages.dev`, Zappa's and
 * Serverless' `dev:` settings, `config/database.yml`'s `development:`, a Quarkus application.yaml's `"%dev":`
 * profile block (and `"%test":` is the test stage's). Not `test:` (the test profile's
 * own policy) nor `staging:`, a deploy.
 */
const LOCAL_STAGE_KEY = /^%?(?:dev|development|local)$/i;

/**
 * The test stage's block (`config/secrets.yml`'s and `database.yml`'s `test:`): config of the test suite,
 * as a CI test job's env is, so a generated value there (a service's token) keeps its severity.
 */
const TEST_STAGE_KEY = /^%?test$/i;

/** The production stage's block at the top of a file of stages (Rails' `database.yml`, `secrets.yml`, `mongoid.yml`): only production loads it. */
const PRODUCTION_STAGE_KEY = /^%?(?:prod|production)$/i;

/**
 * The app's own signing keys (Rails' `secret_key_base` and `secret_token`, Django's and Flask's
 * `secret_key`, a session, cookie or JWT secret): no service issued them, and the one in a development
 * or test block signs only the cookies and tokens of that machine or test run. Rails' generator wrote
 * random ones there in every 4.1-5.1 app, beside production's `<%= ENV["SECRET_KEY_BASE"] %>`.
 */
const OWN_SIGNING_KEYS = new Set([
  'secret key base', 'secret token', 'secret key', 'session secret', 'session key', 'session secret key', 'cookie secret', 'cookie secret key',
  'jwt secret', 'jwt key', 'jwt secret key', 'jwt signing key', 'jwt signing secret', 'signing key', 'app key',
]);

/**
 * In a whole file only development loads, names no stage block narrows down: `secretKey` there is as often a cloud
 * store's issued key (`oss: { accessKey, secretKey }`) as Django's own, and keeps its severity.
 */
const AMBIGUOUS_OUTSIDE_STAGE_BLOCKS = new Set(['secret key', 'signing key']);

function isOwnSigningKey(name: string | undefined): boolean {
  return name !== undefined && OWN_SIGNING_KEYS.has(splitWords(name).join(' '));
}

/**
 * The context a stage block's entry is judged in: a local or test stage's guesses are information. A file only a
 * developer's machine loads (`config/local.yml`, `settings.dev.yml`: scope/conventions.ts) is such a stage as a whole.
 */
function stageContext(outer: RuleContext, stages: readonly string[], name: string | undefined): RuleContext {
  if (outer.scope === 'app' && isOwnSigningKey(name) && !AMBIGUOUS_OUTSIDE_STAGE_BLOCKS.has(splitWords(name!).join(' ')) && isDevelopmentOnly(outer.path, outer.options.scopes)) {
    return asTestConfig(outer, "a development-only config file (the app's own key there signs only that machine's cookies and tokens)");
  }
  const local = stages.some((key) => LOCAL_STAGE_KEY.test(key));
  const test = stages.some((key) => TEST_STAGE_KEY.test(key));
  if ((local || test) && isOwnSigningKey(name)) return asTestConfig(outer, `a ${local ? 'development' : 'test'} stage block (the app's own key there signs only that stage's cookies and tokens)`);
  if (local) return asLocalDevelopment(outer);
  if (test) return asTestConfig(outer, 'a test stage block', isIssuedCredential);
  return stages.length > 0 && PRODUCTION_STAGE_KEY.test(stages[0]!) ? { ...outer, report: (found: Report) => outer.report({ ...found, production: true }) } : outer;
}

/** Within a local stage's block (or defaults for every checkout), a chosen word is the local twin of a stock password: information. */
export function asLocalDevelopment(context: RuleContext): RuleContext {
  return { ...context, report: (found: Report) => context.report(asLocalDevelopmentValue(found)) };
}

/** Each report of `context` carries the key its value was found under (a JSON field's own, in a value, comes first). */
function underName(context: RuleContext, name: string | undefined): RuleContext {
  return name === undefined ? context : { ...context, report: (found: Report) => context.report(found.name === undefined ? { ...found, name } : found) };
}

/** Reports known tokens and URL passwords in the value, else the whole value if its name is a credential's. */
export function reportConfigValue(outer: RuleContext, entry: ConfigValue): void {
  const stages = (entry.keys ?? []).slice(0, -1).filter((key): key is string => typeof key === 'string');
  const context = underName(stageContext(copiedTemplateKey(outer, stages, entry.name), stages, entry.name), entry.name);
  const text = entry.value.text;
  if (text.trim() === '' || stages.some((key) => ENCRYPTED_CONTAINER.test(key))) return;
  if (isInterpolated(text)) return reportPlaceholderDefault(context, entry);
  const fix = entry.envName ? { kind: 'move-to-env' as const, span: entry.span, envName: entry.envName, value: entry.unescaped ?? text } : undefined;
  const report = (span: Span, message: string, secret: string) =>
    context.report({ span, message: `${message}; ${entry.advice}`, secret, ...(fix ? { fix } : {}) });

  const tokens = findTokens(text).filter((token) => !isPublicByName(token.id, entry.name));
  for (const token of tokens) {
    const whole = token.start === 0 && token.end === text.length;
    report(whole ? entry.span : entry.value.span(token.start, token.end), `Factor III: ${article(token.format)} ${token.format} is hardcoded in this file`, text.slice(token.start, token.end));
  }
  if (tokens.length > 0) return;
  // A prompt's text (`"message": "… (eg: DATABASE=MY_DB;UID=MY_UID;PWD=MY_PWD)"`) shows a shape; only a format proves a secret in it.
  if (entry.name !== undefined && isUiContainerName(entry.name) && text.trim().split(/\s+/).length >= 3) return;
  const password = findUrlPassword(text);
  if (password) {
    report(entry.value.span(password.start, password.end), 'Factor III: this URL contains a hardcoded password', text.slice(password.start, password.end));
    return;
  }
  const connection = connectionStringSecret(text);
  if (connection) {
    report(entry.value.span(connection.start, connection.start + connection.secret.length), 'Factor III: this connection string contains a hardcoded password', connection.secret);
    return;
  }
  const jaas = findJaasPassword(text);
  if (jaas) {
    report(entry.value.span(jaas.start, jaas.end), 'Factor III: this JAAS login configuration contains a hardcoded password', text.slice(jaas.start, jaas.end));
    return;
  }
  // go-sql-driver's `user:pass@tcp(host)/db` and lib/pq's `host=… password=…` in a Go service's YAML/JSON/TOML config.
  const dsn = findDsnPassword(text);
  if (dsn) {
    report(entry.value.span(dsn.start, dsn.end), `Factor III: this ${dsn.kind} contains a hardcoded password`, text.slice(dsn.start, dsn.end));
    return;
  }
  // A JSON object in one value, each credential field judged under its own key: Airflow's
  // `AIRFLOW_CONN_X: '{"conn_type": "sftp", "password": "…"}'`, Composer's `COMPOSER_AUTH`, `SPRING_APPLICATION_JSON`.
  // Headers in one value, each judged under its own name: `OTEL_EXPORTER_OTLP_HEADERS: x-honeycomb-team=…` (headerList.ts).
  // A header's value must look generated, as env-assignment.ts judges one in code.
  const headers = findHeaderListFields(text);
  const fields = [...findJsonCredentialFields(text), ...headers];
  if (fields.length > 0) {
    for (const field of fields) {
      const generatedOnly = headers.includes(field) ? { generatedOnly: true } : {};
      reportConfigValue(context, { name: field.name, value: entry.value.slice(field.start, field.end), span: entry.value.span(field.start, field.end), advice: entry.advice, ...(entry.keys ? { keys: entry.keys } : {}), ...generatedOnly });
    }
    return;
  }
  // `Basic <base64 of user:password>` is a password whatever the header is called.
  const basic = isBasicAuthValue(text);
  const named = entry.alwaysCredential || basic ? { strength: 'strong' } : entry.name !== undefined && !inExampleValue(stages) ? credentialName(entry.name) : undefined;
  const nameOption = entry.name !== undefined ? { name: entry.name } : {};
  // A serializer's map gives each field its wire name: `"secret_url": {"key": "secretUrl"}` spells the field it is under.
  const spellsItsField = entry.keys !== undefined && namesEnclosingField(text, entry.keys.join('.'));
  const serviceLogin = namesServiceLogin([...stages, entry.name ?? ''].join('.'));
  // The default of the app's own signing secret is that secret, a phrase as much as a word (credential-value.ts isSecretSink).
  const sink = entry.fallbackOf !== undefined && fillsSecret(entry.fallbackOf);
  // A value that counts only when generated (a shell or compose default) is no project's chosen password: `${DB_PASSWORD:-ledger_password}`
  // beside `DB_NAME=ledger` is the stack's stock local one, as the same default beside `DB_NAME=books` is (probe30 3).
  const projectNamed = (): boolean => entry.generatedOnly !== true && isProjectNamedSecret(text, entry.name, outer.text);
  const secretLike = (): boolean => isSecretLikeValue(text, { weakName: (named?.strength === 'weak' && !sink) || entry.generatedOnly === true, serviceLogin, ...(sink ? { sink } : {}), ...nameOption }) || projectNamed();
  // `"jwtSecret": "secret"` in the config the app loads (node-config's `config/default.json`): the live key, as in code.
  if (named && outer.scope === 'app' && ((isLoadedAppConfig(outer) && isLoadedKeyStub(text, entry.name, stages, secretLike)) || isProductionWordStub(outer, text, named))) {
    return context.report({ span: entry.span, message: `Factor III: "${entry.name}" is set to a hardcoded secret; ${entry.advice}.${LIVE_STUB_NOTE}`, secret: text, severity: 'warning', confidence: 'name-only', ...(fix ? { fix } : {}) });
  }
  if (named && !spellsItsField && secretLike()) {
    const what = entry.name !== undefined ? `"${entry.name}" is set to a hardcoded secret` : 'a secret is hardcoded here';
    // In config only production loads the user's name as its password guards a deployed database (confidence.ts);
    // so under a key only production reads (Quarkus' `%prod.quarkus.datasource.password`).
    const production = isProductionOnly(context.path, context.options.scopes) || isProductionProfile(undefined, entry.name) || (stages.length > 0 && PRODUCTION_STAGE_KEY.test(stages[0]!));
    const note = isUserAsPassword(entry, text) ? USER_AS_PASSWORD_NOTE : isLocalDatabaseName(entry, text, outer.text) ? DATABASE_AS_PASSWORD_NOTE : undefined;
    if (note === undefined) return report(entry.span, `Factor III: ${what}`, text);
    // The user's name as its password in config only production loads guards a deployed database: a warning, as a stock password there.
    if (production) return context.report({ span: entry.span, message: `Factor III: ${what}; ${entry.advice}.${USER_AS_PASSWORD_IN_PRODUCTION_NOTE}`, secret: text, severity: 'warning', ...(fix ? { fix } : {}) });
    return context.report({ span: entry.span, message: `Factor III: ${what}; ${entry.advice}.${note}`, secret: text, severity: 'info', ...(fix ? { fix } : {}) });
  }
  if (named && outer.scope === 'app' && isShortDigitSigningKey(text, namesOnlySigningSecret([...stages, entry.name ?? ''].join('.'))) && !isDevelopmentOnly(context.path, context.options.scopes)) {
    return context.report(wordKeyReport({ span: entry.span, message: `Factor III: "${entry.name}" is set to a hardcoded secret; ${entry.advice}`, secret: text, ...(fix ? { fix } : {}) }));
  }
  // `user = admin:…` (buildout), `auth: "user:…"`: the password half of a login in one value.
  const login = entry.name !== undefined ? loginPairPassword(text, entry.name) : undefined;
  if (login) return report(entry.value.span(login.start, login.end), 'Factor III: this user:password login contains a hardcoded password', text.slice(login.start, login.end));
  // `Endpoint: https://alerts.example.com/sns?token=…`, a webhook's `?access_token=…`: the parameter's name says what it is.
  // JDBC URLs have their own reader (config-properties.ts, java-check.ts), which names the key.
  const [query] = /^\s*jdbc:/i.test(text) ? [] : querySecretsOf(text);
  if (query) report(entry.value.span(query.start, query.end), `Factor III: hardcoded ${query.noun} in the "${query.name}" parameter of a URL`, text.slice(query.start, query.end));
}

/**
 * `APP_KEY=base64:…` (a generated Laravel key) or a 32-hex `SESSION_SECRET` in `.env.example`, `${SECRET_KEY_BASE:-<hex>}` in a
 * self-hosting `compose.example.yml`: a random-looking value under
 * the name of a secret the app signs with itself is a working key in every copy of the template, as a placeholder
 * fallback of such a secret is (credential-value.ts isPlaceholderSigningFallback): a warning, where the file's example
 * scope would make it information. Another party's secret (`FACEBOOK_SECRET`) fails at its first use if it is a stand-in,
 * and stays information; a known format keeps its severity everywhere.
 */
export function asCopiedOwnKey(context: RuleContext, note: string): RuleContext {
  return {
    ...context,
    report: (found) => {
      const confidence = found.confidence ?? credentialConfidence(found.secret);
      // 64 hex digits (`openssl rand -hex 32`) read as a digest elsewhere; under a signing secret's name it is the key's size.
      const hexKey = confidence === 'name-only' && /^[0-9a-f]{64,128}$/i.test(found.secret?.trim() ?? '');
      if ((confidence !== 'name-and-entropy' && !hexKey) || found.severity !== undefined) return context.report(found);
      context.report({ ...found, confidence: 'name-and-entropy', scope: 'app', severity: 'warning', message: `${found.message}.${note}` });
    },
  };
}

/**
 * One policy for every template format (issue #9, probe26c 2): a generated key under the full name of a secret the app
 * signs with itself (`jwt.secret` in viper's `example.config.yaml`, `[auth] jwt_secret` in `params.ini.sample`,
 * `session.secret_key` in `config.example.toml`, HOCON's `jwt { secret }` in `application.conf.example`) is copied into
 * place as it is, as `.env.example`'s `APP_KEY` is (config-dotenv.ts, which applies the same rule with its own note). The
 * full path decides: `github.client_secret` is another party's. Only a file named a template, not a folder of example apps.
 */
function copiedTemplateKey(context: RuleContext, stages: readonly string[], name: string | undefined): RuleContext {
  if (context.scope !== 'example' || context.language === 'dotenv' || name === undefined || !isTemplateFileName(context.path)) return context;
  return namesOwnSigningSecret([...stages, name].join('.')) ? asCopiedOwnKey(context, COPIED_TEMPLATE_NOTE) : context;
}

const COPIED_TEMPLATE_NOTE =
  ' It looks generated, and setups copy the template into place as it is: an install that skips generating its own key starts and signs with this public one.';

/**
 * A private key the file's reader could not give a value for: go-gin-api's TOML writes its RSA key as a single-quoted string
 * over many lines, which TOML forbids, so no entry holds it. Its format proves it whatever holds it, so each PEM block no
 * parsed value covers is reported at its BEGIN line (the rest of the file is read as before).
 */
export function reportUnparsedPrivateKeys(context: RuleContext, parsed: readonly Span[], advice: string): void {
  for (const token of findTokens(context.text)) {
    if (token.id !== 'private-key' || parsed.some((span) => span.start <= token.start && token.end <= span.end)) continue;
    // A commented-out key is the comment check's (commented-secrets.ts).
    if (/^\s*(?:#|\/\/)/.test(context.text.slice(context.text.lastIndexOf('\n', token.start) + 1, token.start))) continue;
    const lineEnd = context.text.indexOf('\n', token.start);
    const end = lineEnd < 0 || lineEnd > token.end ? token.end : lineEnd;
    context.report({
      span: { start: token.start, end: context.text[end - 1] === '\r' ? end - 1 : end },
      secret: context.text.slice(token.start, token.end),
      message: `Factor III: ${article(token.format)} ${token.format} is hardcoded in this file; ${advice}`,
    });
  }
}

/**
 * Under an OpenAPI or JSON Schema `example:` (`data: { example: { accessToken: … } }`): a sample a
 * reader is shown, so a name alone proves nothing there; a token's format still does.
 */
function inExampleValue(ancestors: readonly string[]): boolean {
  return ancestors.some((key) => /^(?:x-)?examples?$/i.test(key));
}

/** The password or key of a `key=value;…` connection string, with its offset in `text`. */
function connectionStringSecret(text: string): { start: number; secret: string } | undefined {
  const candidates = [
    text.includes(';') && !text.includes('://') ? CONNECTION_STRING_PASSWORD.exec(text) : null,
    text.includes(';') ? CONNECTION_STRING_KEY.exec(text) : null,
    REDIS_OPTIONS_PASSWORD.exec(text),
  ];
  for (const match of candidates) {
    const secret = match?.[1]?.trim() ?? '';
    if (!match || isInterpolated(secret) || !isSecretLikeValue(secret, { name: 'password' })) continue;
    const start = match.index + match[0].length - match[1]!.length + (match[1]!.length - match[1]!.trimStart().length);
    return { start, secret };
  }
  return undefined;
}

/** `${DB_PASSWORD:default}`: the default is judged as the value; the fix is to drop it, by hand. */
/** Ktor's `application.yaml` (its `ktor:` block), whose values read variables as `$NAME:default`. */
function isKtorYaml(context: RuleContext): boolean {
  return context.language === 'yaml' && /(?:^|\/)application(?:[-.][\w-]+)?\.ya?ml$/.test(context.path) && /^ktor:/m.test(context.text);
}

const COPIED_DEFAULT_NOTE =
  ' It looks generated, and a deploy that copies this example and sets no variable starts and signs with this public key.';

function reportPlaceholderDefault(context: RuleContext, entry: ConfigValue): void {
  const found = placeholderDefault(entry.name, entry.value, isKtorYaml(context));
  if (!found) return reportLiteralWords(context, entry);
  const advice = `remove the default and set ${found.variable} in the environment`;
  // `secret: ${JWT_SECRET:changeme}`: the app signs with the word whenever the variable is unset (credential-value.ts).
  // A shell or compose default (`${JWT_SECRET:-changeme}`) is a local stack's, judged as before.
  if (!found.generatedOnly && isPlaceholderSigningFallback(found.value.text, found.variable, context.scope)) {
    const secret = found.value.text;
    return context.report(placeholderFallbackReport({ span: found.value.whole, secret, message: `Factor III: "${found.name}" defaults to a hardcoded secret; ${advice}.` }, found.variable));
  }
  // The user beside it keeps its place: `username=${MYSQL_USER:clinic}` + `password=${MYSQL_PASS:clinic}` is a login repeated.
  const user = entry.user !== undefined ? { user: entry.user } : {};
  // A generated default of the app's own signing secret in an example compose (Maybe's self-hosting `compose.example.yml`)
  // is the key of every deploy that copies the file and sets no variable, as in `.env.example`.
  const where = found.generatedOnly === true && context.scope === 'example' && namesOwnSigningSecret(found.variable) ? asCopiedOwnKey(context, COPIED_DEFAULT_NOTE) : context;
  let reported = false;
  const noting = { ...where, report: (report: Report) => ((reported = true), where.report(report)) };
  reportConfigValue(noting, { name: found.name, value: found.value, span: found.value.whole, advice, fallbackOf: found.variable, ...user, ...(entry.keys ? { keys: entry.keys } : {}), ...(found.generatedOnly ? { generatedOnly: true } : {}) });
  // `${SESSION_SECRET:pager-session-secret}`: chosen words and the key's own name, where nothing above reported the value.
  if (!reported && !found.generatedOnly) reportOwnNameDefault(context, found.value, found.variable, `"${found.name}" defaults to a hardcoded secret; ${advice}`);
}

/**
 * A default of chosen words and the key's own name (`${JWT_SECRET:board-jwt-secret}` in Spring's config, HOCON's
 * `secret = "tally-jwt-secret"` before `secret = ${?JWT_SECRET}`) under a secret the app signs with itself: the warning the
 * same fallback gets in code (`process.env.JWT_SECRET || 'board-jwt-secret'`, own-name-fallback.ts). The caller asks only
 * where nothing else reported the value. True when it reported.
 */
export function reportOwnNameDefault(context: RuleContext, value: MappedText, variable: string, what: string): boolean {
  if (!isOwnNameSigningFallback(value.text, variable, context.scope)) return false;
  context.report(placeholderFallbackReport({ span: value.whole, secret: value.text, message: `Factor III: ${what}.` }, variable));
  return true;
}

/**
 * A value of several words, some interpolated: a pipeline's `appSettings: -SECRET_KEY $(SECRET_KEY) -DATABASE_URL
 * postgres://app:…@db/app`, a script with `--account-key "$(KEY)"` beside `--sas-token "sv=…&sig=…"`. The
 * interpolations say nothing of the other words, each judged by what it holds alone (a token's format, a URL's password).
 */
function reportLiteralWords(context: RuleContext, entry: ConfigValue): void {
  const words = [...entry.value.text.matchAll(/\S+/g)];
  if (words.length < 2) return;
  for (const word of words) {
    if (isInterpolated(word[0])) continue;
    const value = entry.value.slice(word.index, word.index + word[0].length);
    reportConfigValue(context, { name: undefined, value, span: value.whole, advice: entry.advice, ...(entry.keys ? { keys: entry.keys } : {}) });
  }
}

/**
 * One shell word of a RUN line or a script: `--password=x`, `DB_PASSWORD=x`,
 * `//registry.npmjs.org/:_authToken=x` are judged by the name before `=` (its last segment);
 * any other word only by what it holds (a token, a URL password).
 */
/**
 * `NAME=value`, `--flag=value`, `//host/:_authToken=value`: a name before the first `=`. A URL whose
 * query holds the first `=` (`postgres://u:p@db/app?sslmode=disable`) is one value, read whole.
 */
export function isAssignmentWord(word: ShellWord): boolean {
  return word.bareEquals > 0 && !word.text.text.slice(0, word.bareEquals).includes('://');
}

/**
 * A value in backticks is the output of the command inside, the older spelling of `$(…)`:
 * `` mysql -p`pass_of db` ``, `` TOKEN=`cat /run/secrets/token` ``. Shell only: Gitea's app.ini quotes with backticks.
 */
export function isCommandOutput(value: string): boolean {
  return /^`[^`]+`$/.test(value);
}

export function reportShellWord(context: RuleContext, word: ShellWord, advice: string): void {
  if (isCommandOutput(word.text.text.slice(word.bareEquals + 1))) return;
  if (!isAssignmentWord(word)) {
    reportConfigValue(context, { name: undefined, value: word.text, span: word.text.whole, advice });
    return;
  }
  const rawName = word.text.text.slice(0, word.bareEquals);
  const name = rawName.slice(Math.max(rawName.lastIndexOf(':'), rawName.lastIndexOf('/')) + 1).replace(/^[-_]+/, '');
  reportAssignedValue(context, name || undefined, word.text.slice(word.bareEquals + 1), advice);
}

/** A list of options in one value (`CATALINA_OPTS="$CATALINA_OPTS -Xmx1g -Ddb.password=…"`, `JAVA_OPTS`, `MAVEN_OPTS`). */
const OPTIONS_LIST = /\s-{1,2}[A-Za-z]/;

/**
 * A value assigned to a variable (a shell or batch `NAME=value`): judged under the name, or, when it
 * is a list of options, each option on its own (`-Ddb.password=…` by its own name; `$CATALINA_OPTS` is a read).
 */
export function reportAssignedValue(context: RuleContext, name: string | undefined, value: MappedText, advice: string): void {
  if (!OPTIONS_LIST.test(value.text)) {
    reportConfigValue(context, { name, value, span: value.whole, advice });
    return;
  }
  for (const token of lexShell(value, { operators: false })) {
    if (token.kind === 'word') reportShellWord(context, token, advice);
  }
}
