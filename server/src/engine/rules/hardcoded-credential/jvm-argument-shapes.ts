// Argument shapes that say "credential" in Java and Kotlin whatever the callee is called.
import type { JvmCall } from '../../languages/java';
import type { SyntaxNode } from '../../languages/treeSitter';
import { formatArgumentName, isUserPasswordPair, looksRandom } from '../../secrets';
import { nameTarget, type Target } from './target';
import { hostLoginPasswordTarget, mayBeHostLoginPassword, type ArgumentView } from './host-login';
import { secretAfterKeyId, secretAfterPublicHalf } from './public-half';
import { argvFlagTarget } from './argv-flags';
import type { JvmSyntax } from './java-calls';

/** KeyStore and KeyManagerFactory methods whose char[] argument is the store's or the key's password. */
const KEYSTORE_METHODS = new Set(['load', 'store', 'init', 'getKey', 'setKeyEntry', 'getEntry']);

/**
 * `ks.load(in, "…".toCharArray())`, `kmf.init(ks, "…".toCharArray())`, `new PBEKeySpec("…".toCharArray(), salt, n, len)`:
 * Java's APIs take passwords as char[] so they can be wiped, and a literal made into a char[] for
 * an argument is such a password. Character-set tables stay out: a set of symbols
 * (`containsAny(s, "!@#$".toCharArray())`) holds no letter or digit, and a table in ascending
 * order (`"0123456789ABCDEF"`, `"aeiou"`) is no password.
 */
export function charArrayPasswordTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  const chars = syntax.call(call.args[index]!);
  if (!chars || chars.name !== 'toCharArray' || chars.args.length > 0 || !chars.receiver) return undefined;
  const literal = syntax.string(chars.receiver)?.value?.text;
  if (literal === undefined || !/[A-Za-z0-9]/.test(literal) || isAscending(literal)) return undefined;
  const envName = KEYSTORE_METHODS.has(call.name) ? 'KEYSTORE_PASSWORD' : 'PASSWORD';
  return passwordTarget(callee, envName, 'password');
}

function isAscending(value: string): boolean {
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) <= value.charCodeAt(i - 1)) return false;
  return true;
}

/** Base64 encoders, JDK, Commons Codec, Android, JAXB. */
const BASE64_ENCODERS = new Set(['encodeToString', 'encode', 'encodeBase64String', 'encodeBase64', 'encodeBase64URLSafeString', 'printBase64Binary']);

/**
 * `Base64.getEncoder().encodeToString("user:…".getBytes())`: a Basic authorization built from a
 * literal `user:password`. Only that shape counts: one colon, no spaces, no `://`.
 */
export function basicAuthTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  if (index !== 0 || !BASE64_ENCODERS.has(call.name)) return undefined;
  const literal = literalThroughBytes(call.args[0], syntax);
  if (literal === undefined || !isUserPasswordPair(literal)) return undefined;
  return passwordTarget(callee, 'BASIC_AUTH_CREDENTIALS', 'Basic auth password');
}

/** `"…".getBytes(UTF_8)`, Kotlin `"…".toByteArray()`: the literal. */
function literalThroughBytes(node: SyntaxNode | undefined, syntax: JvmSyntax): string | undefined {
  const bytes = node ? syntax.call(node) : undefined;
  if (!bytes || (bytes.name !== 'getBytes' && bytes.name !== 'toByteArray') || !bytes.receiver) return undefined;
  return syntax.string(bytes.receiver)?.value?.text;
}

/** Formatters take a template first, not a URL to connect to. */
const FORMATTERS = new Set(['format', 'formatted', 'printf', 'log', 'debug', 'info', 'warn', 'error', 'trace']);

/**
 * A JDBC-style connect whatever the library: `Jdbi.create(url, "app", "…")`, Exposed's
 * `Database.connect("jdbc:…", driver, "app", "…")`, Flyway's `dataSource(url, user, "…")`,
 * `new DriverManagerDataSource(url, "app", "…")`. Three or four arguments, a connection URL first
 * (a `jdbc:`/`r2dbc:` literal, or an expression that names a URL), a user next to last (a literal
 * or a name with "user" in it), the password last.
 */
export function connectPasswordTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  const count = call.args.length;
  if ((count !== 3 && count !== 4) || index !== count - 1 || FORMATTERS.has(call.name)) return undefined;
  const user = call.args[count - 2]!;
  const userLike = syntax.string(user)?.value !== undefined || /user|login/i.test(syntax.dotted(user) ?? '');
  return userLike && isConnectionUrl(call.args[0]!, syntax) ? passwordTarget(callee, 'DB_PASSWORD', 'database password') : undefined;
}

function isConnectionUrl(node: SyntaxNode, syntax: JvmSyntax): boolean {
  const literal = syntax.string(node);
  if (literal) return /^(?:jdbc|r2dbc):/i.test(literal.value?.text ?? '');
  // `url`, `dbUrl`, `config.jdbcUrl`, `System.getenv("JDBC_URL")`: short expressions only.
  return node.endIndex - node.startIndex <= 120 && NAMES_A_URL.test(node.text);
}

const NAMES_A_URL = /jdbc|ur[li]\b|ur[li][A-Z_]|Ur[li]|URL|URI|dsn|DSN/;

/**
 * connectPasswordTarget's prefilter, for a file with no credential word in it (`Jdbi.create(url,
 * "app", "…")`): a word that names a URL, and a string literal after a comma closing a call (the
 * password, last). Both are needed by the shape, so no file it reports on is filtered out. The
 * words are NAMES_A_URL's: change the two together.
 */
export const CONNECT_CALL_SHAPE = /^(?=[\s\S]*?(?:jdbc|ur[li]\b|ur[li][A-Z_]|Ur[li]|URL|URI|dsn|DSN))(?=[\s\S]*?,\s*"[^\n]{0,500}"\s*,?\s*\))/;

/** A class written with its package: `org.postgresql.Driver`, `com.mysql.cj.jdbc.Driver`. */
const QUALIFIED_CLASS = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*\.[A-Z][A-Za-z0-9_$]*$/;
/**
 * A key of dotted words, any case: a setting's name (`spark.hadoop.fs.s3a.access.key`, `mail.smtp.user`), a JCA
 * service's (`Alg.Alias.Cipher.PBEWITHMD5ANDDES`, `Cipher.AES`).
 */
const DOTTED_KEY = /^[A-Za-z][\w-]*(?:\.[A-Za-z0-9][\w/-]*)+$/;

/**
 * `Twilio.init("AC…", "…")`, `PayPalEnvironment.Sandbox("…", "…")`: an SDK given an id and its
 * secret as two literals, whatever it is called. Both must look generated (an id of eight characters
 * or more, a secret of sixteen or more, random-looking: weak), so `check("sha256", "<digest>")` and
 * `Pair.of("name", "value")` stay silent.
 */
export function idSecretPairTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  if (call.args.length !== 2 || index !== 1) return undefined;
  const id = syntax.string(call.args[0]!)?.value?.text;
  const secret = syntax.string(call.args[1]!)?.value?.text;
  if (id === undefined || secret === undefined || id.length < 8 || secret.length < 16 || !looksRandom(id)) return undefined;
  // Beam's `DataSourceConfiguration.create("org.postgresql.Driver", "jdbc:postgresql://…")`: a class name and an address.
  if (QUALIFIED_CLASS.test(id) || QUALIFIED_CLASS.test(secret) || secret.includes('://') || /^jdbc:/i.test(secret)) return undefined;
  // A generated id has no dotted words. Spark's `.config("spark.hadoop.fs.s3a.access.key", "…")` names a setting,
  // which the keyed reading judges; a JCA provider's `addAlgorithm("Alg.Alias.Cipher.PBEWITHSHA1AND128BITAES-CBC-BC",
  // "…")` registers the algorithm the second argument names.
  if (DOTTED_KEY.test(id)) return undefined;
  return { kind: 'api', label: callee, name: 'secret', credential: { noun: 'secret', strength: 'weak' }, envName: 'CLIENT_SECRET' };
}

/**
 * `String.format("jdbc:…?user=%s&password=%s", host, "app", "…")`, Java's `"…".formatted(…)` and Kotlin's
 * `"…".format(…)`: the literal is the value its verb's key names.
 */
export function formattedTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  const onReceiver = (call.name === 'formatted' || call.name === 'format') && call.receiver !== undefined && syntax.string(call.receiver) !== undefined;
  const format = onReceiver ? syntax.string(call.receiver!)?.value?.text : callee === 'String.format' && index >= 1 ? syntax.string(call.args[0]!)?.value?.text : undefined;
  const name = format !== undefined ? formatArgumentName(format, onReceiver ? index : index - 1) : undefined;
  const target = name ? nameTarget([name]) : undefined;
  return target?.credential ? { ...target, label: `${callee}(${name})` } : undefined;
}

/** Types named for the key or secret they carry: Azure's `StorageSharedKeyCredential`, `AzureNamedKeyCredential`, `AzureSasCredential`. */
const KEY_CREDENTIAL_TYPE = /^[A-Z]\w*(?:Key|Secret|Token|Sas)Credentials?$/;

/**
 * `new StorageSharedKeyCredential(account, "…")`, `AzureNamedKeyCredential(name, "…")`: the last argument of
 * such a type is its key (the names before it say whose). Weak: only a generated value counts.
 */
export function keyCredentialTarget(call: JvmCall, index: number): Target | undefined {
  if (call.receiver !== undefined || !KEY_CREDENTIAL_TYPE.test(call.name) || index !== call.args.length - 1) return undefined;
  return { kind: 'api', label: call.name, name: 'key', credential: { noun: 'key', strength: 'weak' }, envName: 'ACCOUNT_KEY' };
}

/** How far back a builder chain is read to its construction: clients rarely set more before their key. */
const MAX_BUILDER_CHAIN = 16;

/**
 * A client builder's `key("…")`: Azure Cosmos DB's `new CosmosClientBuilder().endpoint(…).key("…")`, the account
 * key, as a `StorageSharedKeyCredential` carries one. Only on a chain built from `new …ClientBuilder()` (a bare
 * `key(…)` elsewhere is a map's or a cache's); weak: only a generated value counts.
 */
export function builderKeyTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  if (call.name !== 'key' || index !== 0 || call.args.length !== 1) return undefined;
  let root: JvmCall | undefined = call;
  for (let depth = 0; root?.receiver && depth < MAX_BUILDER_CHAIN; depth++) root = syntax.call(root.receiver);
  if (!root || root.receiver !== undefined || !/^[A-Z]\w*ClientBuilder$/.test(root.name)) return undefined;
  return { kind: 'api', label: `${root.name}.key`, name: 'key', credential: { noun: 'account key', strength: 'weak' }, envName: 'ACCOUNT_KEY' };
}

function passwordTarget(label: string, envName: string, noun: string): Target {
  return { kind: 'api', label, name: 'password', credential: { noun, strength: 'strong' }, envName };
}

/** Android Gradle's `buildConfigField(type, name, value)` and `resValue(type, name, value)`: the value under the field's name. */
const GRADLE_FIELDS = new Set(['buildConfigField', 'resValue']);

/** The name argument `index` of `call` is bound to when the call is a Gradle field declaration; the value is Java source (`"\"…\""`). */
export function gradleFieldName(call: JvmCall, index: number, syntax: JvmSyntax): string | undefined {
  if (!GRADLE_FIELDS.has(call.name) || call.args.length !== 3 || index !== 2) return undefined;
  return syntax.string(call.args[1]!)?.value?.text;
}

/**
 * Vert.x's `new PubSecKeyOptions().setAlgorithm("HS256").setBuffer("…")`: for an HMAC algorithm the
 * buffer is the shared signing secret. With an asymmetric algorithm (`RS256`, `ES256`) it is a PEM
 * key, public or found by its format, so the chain must name no such algorithm. Vert.x 3 wrote the
 * HMAC secret as the "public key" (`setAlgorithm("HS256").setPublicKey("…").setSymmetric(true)`): read
 * only where the chain names an HMAC algorithm. Options built first and filled later
 * (`key.setBuffer(SECRET)`) are read in a file that imports Vert.x's `PubSecKeyOptions`.
 */
export function keyOptionsBufferTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  if (!KEY_OPTION_SETTERS.has(call.name) || index !== 0 || call.args.length !== 1) return undefined;
  let algorithm: string | undefined;
  let link = call.receiver ? syntax.call(call.receiver) : undefined;
  for (let depth = 0; link && depth < 8; depth++) {
    if (link.name === 'setAlgorithm' && link.args.length === 1) algorithm = syntax.string(link.args[0]!)?.value?.text;
    if (/KeyOptions$/.test(link.name) && !link.receiver) break;
    link = link.receiver ? syntax.call(link.receiver) : undefined;
  }
  const hmac = algorithm !== undefined && /^HS\d+$/i.test(algorithm);
  if (algorithm !== undefined && !hmac) return undefined;
  if (call.name !== 'setBuffer' && !hmac) return undefined;
  const named = link ? link.name : filledLater(call, syntax);
  return named === undefined ? undefined : vertxSecret(named);
}

const KEY_OPTION_SETTERS: ReadonlySet<string> = new Set(['setBuffer', 'setPublicKey', 'setSecretKey']);

/** `key.setBuffer(…)` on a variable, in a file that imports Vert.x's PubSecKeyOptions. */
function filledLater(call: JvmCall, syntax: JvmSyntax): string | undefined {
  const receiver = syntax.dotted(call.receiver);
  if (receiver === undefined || receiver.includes('.') || call.name !== 'setBuffer') return undefined;
  return /\bio\.vertx\.ext\.auth\.PubSecKeyOptions\b/.test(call.node.tree.rootNode.text) ? 'PubSecKeyOptions' : undefined;
}

export function vertxSecret(options: string): Target {
  return { kind: 'api', label: `${options}.setBuffer`, name: 'secret', credential: { noun: 'JWT signing secret', strength: 'strong' }, envName: 'JWT_SECRET' };
}

/**
 * The Kotlin builder `pubSecKeyOptionsOf(algorithm = "HS256", buffer = "…")` (Vert.x's `io.vertx.kotlin`
 * helpers): the `buffer` named argument, unless `algorithm` names an asymmetric one.
 */
export function keyOptionsNamedTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  if (call.name !== 'pubSecKeyOptionsOf' || call.argNames[index] !== 'buffer') return undefined;
  const at = call.argNames.indexOf('algorithm');
  const algorithm = at < 0 ? undefined : syntax.string(call.args[at]!)?.value?.text;
  return algorithm !== undefined && !/^HS\d+$/i.test(algorithm) ? undefined : vertxSecret('pubSecKeyOptionsOf');
}

/**
 * Spring Security's remember-me key, which signs the remember-me cookie: `http.rememberMe().key("…")`
 * (anywhere on the chain) and the lambda DSL's `rememberMe(remember -> remember.key("…"))`.
 */
export function rememberMeKeyTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  if (call.name !== 'key' || index !== 0 || call.args.length !== 1) return undefined;
  if (!onRememberMeChain(call, syntax) && !insideRememberMe(call.node, syntax)) return undefined;
  return { kind: 'api', label: 'rememberMe().key', name: 'key', credential: { noun: 'remember-me key', strength: 'strong' }, envName: 'REMEMBER_ME_KEY' };
}

function onRememberMeChain(call: JvmCall, syntax: JvmSyntax): boolean {
  let link = call.receiver ? syntax.call(call.receiver) : undefined;
  for (let depth = 0; link && depth < 8; depth++) {
    if (link.name === 'rememberMe') return true;
    link = link.receiver ? syntax.call(link.receiver) : undefined;
  }
  return false;
}

function insideRememberMe(node: SyntaxNode, syntax: JvmSyntax): boolean {
  let ancestor = syntax.parent(node);
  for (let depth = 0; ancestor && depth < 6; depth++, ancestor = syntax.parent(ancestor)) {
    if (syntax.call(ancestor)?.name === 'rememberMe') return true;
  }
  return false;
}

/** JavaMail's `transport.connect("smtp.example.com", 587, "user", "…")`, an app's own `Mailer(host, port, user, "…")` (host-login.ts). */
export function hostLoginTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  if (!mayBeHostLoginPassword(call.args.length, index)) return undefined;
  const views = call.args.map((arg): ArgumentView => {
    const literal = syntax.string(arg)?.value?.text;
    if (literal !== undefined) return { literal };
    const name = syntax.dotted(arg);
    return { integer: /integer_literal$/.test(arg.type), ...(name !== undefined ? { name } : {}) };
  });
  return hostLoginPasswordTarget(callee, views, index);
}

/**
 * `new BraintreeGateway(env, merchantId, publicKey, "…")`, `(region, "LTAI…", "…")`: the literal after the pair's public half
 * (public-half.ts); `new ProcessBuilder("helm", "--password", "…")`: the literal after a credential's flag (argv-flags.ts).
 */
export function afterPublicHalfTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  if (index === 0) return undefined;
  const previous = call.args[index - 1]!;
  const literal = syntax.string(previous);
  if (literal) return argvFlagTarget(literal.value?.text) ?? secretAfterKeyId(literal.value?.text, callee);
  return secretAfterPublicHalf(syntax.dotted(previous), callee);
}

/**
 * A password hasher's receiver: Spring Security's `passwordEncoder`, `new BCryptPasswordEncoder()`,
 * `PasswordEncoderFactories.createDelegatingPasswordEncoder()`, a field called `encoder`. Not a text
 * codec: `URLEncoder`, an HTML or Base64 encoder (which take bytes, never a String literal, anyway).
 */
const PASSWORD_HASHER = /password\w*encoder|(?:bcrypt|argon2|scrypt|pbkdf2)\w*encoder|^encoder$/i;
const TEXT_CODEC = /url|html|base64|hex|json|xml|uri|charset/i;

/**
 * `passwordEncoder.encode("…")` (a seeded admin, an OAuth client's `.secret(encoder.encode("…"))`, a
 * `User.withUsername(u).password(encoder.encode("…"))`): what a password hasher is handed is the
 * password itself in plain text; hashing it at start-up does not keep it out of the source.
 */
export function hashedPasswordTarget(call: JvmCall, index: number): Target | undefined {
  if (call.name !== 'encode' || call.args.length !== 1 || index !== 0 || !call.receiver) return undefined;
  const receiver = call.receiver.text.replace(/\(\s*\)$/, '').split('.').pop()!.replace(/^new\s+/, '').replace(/\(.*$/s, '');
  if (!PASSWORD_HASHER.test(receiver) || TEXT_CODEC.test(receiver)) return undefined;
  return { kind: 'api', label: `${receiver}.encode`, credential: { noun: 'password', strength: 'strong' }, envName: 'ADMIN_PASSWORD' };
}
