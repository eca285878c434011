// What a literal passed to a call is, in Java and Kotlin alike: the fallback of an env read, a
// secret-taking API's argument, a setter's or builder's value, a map entry under a credential key.
import type { JvmCall, JvmString } from '../../languages/java';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName } from '../../secrets';
import { comparedNameTarget, JVM_EQUALITY_CALLS } from './compared';
import { afterPublicHalfTarget, basicAuthTarget, builderKeyTarget, charArrayPasswordTarget, connectPasswordTarget, formattedTarget, gradleFieldName, hashedPasswordTarget, hostLoginTarget, idSecretPairTarget, keyCredentialTarget, keyOptionsBufferTarget, keyOptionsNamedTarget, rememberMeKeyTarget } from './jvm-argument-shapes';
import { chainedDefaultTarget } from './jvm-chained-defaults';
import { envFallbackTarget, listedUnder, nameTarget, type Target } from './target';

/** The language's readers, so one resolver serves both grammars. */
export interface JvmSyntax {
  string(node: SyntaxNode): JvmString | undefined;
  call(node: SyntaxNode): JvmCall | undefined;
  dotted(node: SyntaxNode | null | undefined): string | undefined;
  /** The parent, from the walk's path (tree-sitter's own `parent` is slow in big files). */
  parent(node: SyntaxNode): SyntaxNode | null;
  /** What a secret-taking API makes of a field or variable passed to it (`new SecretKeySpec(KEY, "AES")`), if one is. */
  secretUse?(name: string): Target | undefined;
  /** The parameter a positional argument binds to, when the callee is declared in the same file. */
  parameterName?(call: JvmCall, index: number): string | undefined;
}

interface SecretApi {
  /** `Class.method` or the constructed class. */
  callee: string;
  index: number;
  argCount?: number;
  noun: string;
  envName: string;
}

const SECRET_APIS: readonly SecretApi[] = [
  { callee: 'DriverManager.getConnection', index: 2, argCount: 3, noun: 'database password', envName: 'DB_PASSWORD' },
  { callee: 'PasswordAuthentication', index: 1, noun: 'password', envName: 'PASSWORD' },
  { callee: 'UsernamePasswordCredentials', index: 1, noun: 'password', envName: 'PASSWORD' },
  { callee: 'UsernamePasswordAuthenticationToken', index: 1, noun: 'password', envName: 'PASSWORD' },
  { callee: 'Credentials.basic', index: 1, noun: 'password', envName: 'PASSWORD' },
  { callee: 'BasicAWSCredentials', index: 1, noun: 'AWS secret access key', envName: 'AWS_SECRET_ACCESS_KEY' },
  { callee: 'AwsBasicCredentials.create', index: 1, noun: 'AWS secret access key', envName: 'AWS_SECRET_ACCESS_KEY' },
  { callee: 'Algorithm.HMAC256', index: 0, noun: 'JWT signing secret', envName: 'JWT_SECRET' },
  { callee: 'Algorithm.HMAC384', index: 0, noun: 'JWT signing secret', envName: 'JWT_SECRET' },
  { callee: 'Algorithm.HMAC512', index: 0, noun: 'JWT signing secret', envName: 'JWT_SECRET' },
  { callee: 'Keys.hmacShaKeyFor', index: 0, noun: 'JWT signing key', envName: 'JWT_SECRET' },
  { callee: 'SecretKeySpec', index: 0, noun: 'secret key', envName: 'SECRET_KEY' },
  // Jedis: new JedisPool(config, host, port, timeout, password), new JedisShardInfo(...).setPassword is a setter.
  // Ktor sessions: the cookie signing and encryption keys.
  { callee: 'SessionTransportTransformerMessageAuthentication', index: 0, noun: 'session signing key', envName: 'SESSION_SIGN_KEY' },
  { callee: 'SessionTransportTransformerEncrypt', index: 0, noun: 'session encryption key', envName: 'SESSION_ENCRYPT_KEY' },
  { callee: 'SessionTransportTransformerEncrypt', index: 1, noun: 'session signing key', envName: 'SESSION_SIGN_KEY' },
  { callee: 'JedisPool', index: 4, noun: 'Redis password', envName: 'REDIS_PASSWORD' },
  { callee: 'JedisSentinelPool', index: 4, noun: 'Redis password', envName: 'REDIS_PASSWORD' },
  // Apache Commons Email; cloud SDKs that take (id, secret) positionally: Aliyun, Tencent Cloud COS, Qiniu.
  { callee: 'DefaultAuthenticator', index: 1, noun: 'password', envName: 'SMTP_PASSWORD' },
  { callee: 'DefaultProfile.getProfile', index: 2, argCount: 3, noun: 'access key secret', envName: 'ALIYUN_ACCESS_KEY_SECRET' },
  { callee: 'OSSClient', index: 2, argCount: 3, noun: 'access key secret', envName: 'ALIYUN_ACCESS_KEY_SECRET' },
  { callee: 'BasicCOSCredentials', index: 1, noun: 'secret key', envName: 'TENCENTCLOUD_SECRET_KEY' },
  { callee: 'Credential', index: 1, argCount: 2, noun: 'secret key', envName: 'TENCENTCLOUD_SECRET_KEY' },
  { callee: 'Auth.create', index: 1, argCount: 2, noun: 'secret key', envName: 'QINIU_SECRET_KEY' },
  // PayPal's REST SDK: OAuthTokenCredential(clientId, clientSecret), APIContext(clientId, clientSecret, mode).
  { callee: 'OAuthTokenCredential', index: 1, noun: 'client secret', envName: 'PAYPAL_CLIENT_SECRET' },
  { callee: 'APIContext', index: 1, argCount: 3, noun: 'client secret', envName: 'PAYPAL_CLIENT_SECRET' },
  // Braintree: new BraintreeGateway(environment, merchantId, publicKey, privateKey); the public key is an id, the private key the secret.
  { callee: 'BraintreeGateway', index: 3, argCount: 4, noun: 'private key', envName: 'BRAINTREE_PRIVATE_KEY' },
  // Algolia: (applicationId, apiKey), the app id public, the (admin) API key its secret.
  { callee: 'DefaultSearchClient.create', index: 1, noun: 'API key', envName: 'ALGOLIA_API_KEY' },
  { callee: 'SearchClient.create', index: 1, noun: 'API key', envName: 'ALGOLIA_API_KEY' },
  // MongoDB's Java driver: createCredential(user, database, password) and its mechanism-specific twins.
  { callee: 'MongoCredential.createCredential', index: 2, noun: 'database password', envName: 'MONGODB_PASSWORD' },
  { callee: 'MongoCredential.createScramSha256Credential', index: 2, noun: 'database password', envName: 'MONGODB_PASSWORD' },
  { callee: 'MongoCredential.createScramSha1Credential', index: 2, noun: 'database password', envName: 'MONGODB_PASSWORD' },
  { callee: 'MongoCredential.createPlainCredential', index: 2, noun: 'password', envName: 'MONGODB_PASSWORD' },
  // Ktor client auth: BearerTokens(access, refresh), BasicAuthCredentials(user, password).
  { callee: 'BearerTokens', index: 0, argCount: 2, noun: 'access token', envName: 'ACCESS_TOKEN' },
  { callee: 'BearerTokens', index: 1, argCount: 2, noun: 'refresh token', envName: 'REFRESH_TOKEN' },
  { callee: 'BasicAuthCredentials', index: 1, argCount: 2, noun: 'password', envName: 'BASIC_AUTH_PASSWORD' },
];

/**
 * The prefilter's words for the table above: a secret handed to one of these APIs may carry no
 * credential word and no format (`new APIContext(System.getenv("PAYPAL_CLIENT_ID"), "…", "live")`).
 * Whole callees, so `Credentials.basic` never lets every `basic` through.
 */
export const SECRET_API_KEYWORDS: readonly string[] = [...new Set(SECRET_APIS.map((api) => api.callee.toLowerCase()))];

/**
 * Methods that take a secret whatever their receiver is called: Shiro's remember-me cipher key,
 * jjwt's signing key, Redis AUTH. Matched on the method name and the argument's position.
 */
const SECRET_METHODS: readonly (SecretApi & { argCount: number })[] = [
  { callee: 'setCipherKey', index: 0, argCount: 1, noun: 'cipher key', envName: 'CIPHER_KEY' },
  { callee: 'setEncryptionCipherKey', index: 0, argCount: 1, noun: 'cipher key', envName: 'CIPHER_KEY' },
  { callee: 'setDecryptionCipherKey', index: 0, argCount: 1, noun: 'cipher key', envName: 'CIPHER_KEY' },
  { callee: 'signWith', index: 1, argCount: 2, noun: 'JWT signing key', envName: 'JWT_SECRET' },
  { callee: 'setSigningKey', index: 0, argCount: 1, noun: 'JWT signing key', envName: 'JWT_SECRET' },
  { callee: 'auth', index: 0, argCount: 1, noun: 'Redis password', envName: 'REDIS_PASSWORD' },
  // Spring's HttpHeaders.setBasicAuth(user, password), OkHttp/RestAssured-style basic(user, password).
  { callee: 'setBasicAuth', index: 1, argCount: 2, noun: 'password', envName: 'BASIC_AUTH_PASSWORD' },
  // Jakarta/JavaMail transport.connect(host, user, password); a password noun, so a sentence never counts.
  { callee: 'connect', index: 2, argCount: 3, noun: 'password', envName: 'SMTP_PASSWORD' },
  // JSch's addIdentity(privateKeyPath, passphrase): the key file's passphrase.
  { callee: 'addIdentity', index: 1, argCount: 2, noun: 'private key passphrase', envName: 'SSH_KEY_PASSPHRASE' },
  // Gradle's signing plugin: useInMemoryPgpKeys([keyId,] key, password), the key's passphrase last.
  { callee: 'useInMemoryPgpKeys', index: 1, argCount: 2, noun: 'signing key passphrase', envName: 'SIGNING_PASSWORD' },
  { callee: 'useInMemoryPgpKeys', index: 2, argCount: 3, noun: 'signing key passphrase', envName: 'SIGNING_PASSWORD' },
  // ZooKeeper's `addAuthInfo("digest", "user:password".getBytes())`, Curator's builder `authorization("digest", …)`.
  { callee: 'addAuthInfo', index: 1, argCount: 2, noun: 'digest login', envName: 'ZOOKEEPER_AUTH' },
  { callee: 'authorization', index: 1, argCount: 2, noun: 'digest login', envName: 'ZOOKEEPER_AUTH' },
  // Apache MINA SSHD's `session.addPasswordIdentity("…")`.
  { callee: 'addPasswordIdentity', index: 0, argCount: 1, noun: 'password', envName: 'SSH_PASSWORD' },
  // A user store's `createAccount(name, password)` (Jenkins' HudsonPrivateSecurityRealm, an app's seeding code).
  { callee: 'createAccount', index: 1, argCount: 2, noun: 'password', envName: 'ADMIN_PASSWORD' },
];

/**
 * A (user, secret) pair under a method named for it, whatever the library: MinIO's
 * `credentials(user, "…")`, Spring's `basicAuthentication(user, "…")`, `basicAuth`, RestAssured's
 * `basic`, Commons Net `ftp.login(user, "…")`, Redis 6 `auth(user, "…")`, `setProxyCredentials`,
 * the Cassandra driver's `withAuthCredentials(user, "…")`, sshj's `authPassword(user, "…")`.
 */
const CREDENTIAL_PAIR_METHOD = /^(?:(?:set|with|use)?(?:basic|http|proxy|preemptive)?(?:auth|authentication|credentials|login|authcredentials|authpassword)|basic)$/i;
/**
 * Classes named for basic auth take (user, password): Feign's `BasicAuthRequestInterceptor`, Spring's
 * `BasicAuthenticationInterceptor`, an app's own `BasicAuthInterceptor`, `HttpBasicAuth`.
 */
const BASIC_AUTH_CLASS = /^[A-Z]\w*BasicAuth|^BasicAuth/;
/**
 * Classes named for a user and password take the password last: JGit's `UsernamePasswordCredentialsProvider(user, "…")`,
 * Jenkins' `UsernamePasswordCredentialsImpl(scope, id, description, user, "…")` (Groovy's reader, groovy.ts, alike),
 * jcifs' `NtlmPasswordAuthenticator(domain, user, "…")`.
 */
const USERNAME_PASSWORD_CLASS = /^(?:UsernamePassword\w*|\w*PasswordAuthenticat(?:or|ion))$/;
const CREDENTIAL_PAIR: SecretApi = { callee: 'a (user, secret) method', index: 1, noun: 'password', envName: 'PASSWORD' };

/** Calls a secret passes through on its way to where it is used: `Base64.decode("...")`, Ktor's `hex("...")`. */
const DECODERS = new Set(['decode', 'decodeBase64', 'parseBase64Binary', 'decodeHex', 'hex', 'fromBase64', 'base64Decode', 'parseHexBinary']);

/** Whether `call` only decodes its one argument, so the literal goes wherever the call's result goes. */
export function isDecoderCall(call: JvmCall): boolean {
  return call.args.length === 1 && DECODERS.has(call.name);
}

/** Encoders that name their format: `Base64.getEncoder().encodeToString(…)`, commons-codec's `Hex.encodeHexString(…)`. */
const ENCODERS = new Set(['encodeToString', 'encodeBase64String', 'encodeBase64', 'encodeBase64URLSafeString', 'encodeHexString', 'encodeHex', 'printBase64Binary', 'printHexBinary', 'valueOf']);
/** Receivers of a plain `encode(…)` that is an encoding: jjwt's `TextCodec.BASE64`, `Base64.getEncoder()`, `URLEncoder`. */
const ENCODING_RECEIVER = /(?:Base64|BASE64|TextCodec|Hex|HEX|URLEncoder|UriUtils|Encoder\(\))/;

/**
 * Whether `call` only encodes its first argument (`TextCodec.BASE64.encode("…")`, `URLEncoder.encode("…", UTF_8)`,
 * `String.valueOf("…")`): the encoded literal is the same secret, wherever the call's result goes. A password
 * encoder's `encode("…")` hashes a password and stays that API's argument (jvm-argument-shapes).
 */
export function isEncoderCall(call: JvmCall): boolean {
  if (call.args.length === 0 || call.args.length > 2) return false;
  if (ENCODERS.has(call.name)) return call.name !== 'valueOf' || call.receiver?.text === 'String';
  const receiver = call.receiver?.text ?? '';
  return call.name === 'encode' && ENCODING_RECEIVER.test(receiver) && !/password/i.test(receiver);
}

/** Methods a value passes through unchanged: `"pw".toCharArray()`, `"key".getBytes(UTF_8)`. */
// `"""…""".trimIndent()` (Kotlin), `.stripIndent()` (a Java text block): the text with its margin taken off.
export const TRANSPARENT_METHODS = new Set(['toCharArray', 'getBytes', 'trim', 'strip', 'intern', 'toByteArray', 'encodeToByteArray', 'trimIndent', 'trimMargin', 'stripIndent']);

// Servlet and Jetty init parameters are keyed settings too: `setInitParameter("smtp.password", "…")`.
// Spark's `SparkSession.builder().config("spark.hadoop.fs.s3a.secret.key", …)` and `SparkConf.set`.
const MAP_SETTERS = new Set(['put', 'putIfAbsent', 'setProperty', 'property', 'set', 'option', 'setInitParameter', 'addInitParameter', 'setParameter', 'config']);
// A named property of something: HikariCP's `addDataSourceProperty("password", …)`, `setConnectionProperty`, `addOption`.
const PROPERTY_WRITER = /^(?:add|set|put)[A-Z]\w*(?:Property|Parameter|Option)$/;
// HTTP clients key the value by the header's name: `header("Authorization", "Bearer …")`, OkHttp's
// `addHeader("X-Api-Key", …)`, WebClient's `defaultHeader`, Apache's `setHeader`, `withHeader`.
// `setRequestProperty`: HttpURLConnection's header setter.
export const HEADER_SETTER = /^(?:(?:add|set|with|default|put|append|request)Header|header|(?:set|add)RequestProperty)$/;
// Cloudinary's `ObjectUtils.asMap("api_key", …, "api_secret", …)`: alternating keys and values, as Map.of.
const MAP_FACTORIES = new Set(['Map.of', 'mapOf', 'hashMapOf', 'mutableMapOf', 'ImmutableMap.of', 'ObjectUtils.asMap']);
// One entry of a map, its key then its value: `Map.ofEntries(Map.entry("api_key", "…"))`, `new AbstractMap.SimpleEntry<>(…)`.
const MAP_ENTRIES = new Set(['Map.entry', 'SimpleEntry', 'SimpleImmutableEntry']);

/** `System.getenv("X")` -> X. */
export function envReadName(node: SyntaxNode | null | undefined, syntax: JvmSyntax): string | undefined {
  const call = node ? syntax.call(node) : undefined;
  if (!call || call.name !== 'getenv' || syntax.dotted(call.receiver) !== 'System' || call.args.length !== 1) return undefined;
  return syntax.string(call.args[0]!)?.value?.text;
}

/** The target of the literal passed as argument `index` of `call`. */
export function argumentTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  const receiver = syntax.dotted(call.receiver);
  const callee = calleeName(call, syntax);
  const fallback = fallbackTarget(call, index, callee, syntax);
  if (fallback) return fallback;
  // A Kotlin named argument says what it holds, in any order: the positional tables below would read Exposed's
  // `Database.connect(url = …, driver = …, user = "postgres")` as JavaMail's `connect(host, user, password)`.
  const named = call.argNames[index];
  if (named !== undefined) return keyOptionsNamedTarget(call, index, syntax) ?? nameTarget([named]);
  const api = secretApiTarget(call, index, callee);
  if (api) return api;
  if (JVM_EQUALITY_CALLS.has(callee) && call.args.length === 2) return comparedTarget(call.args[1 - index], syntax);
  const parameter = parameterTarget(call, index, syntax);
  if (parameter) return parameter;
  const shaped =
    charArrayPasswordTarget(call, index, callee, syntax) ??
    basicAuthTarget(call, index, callee, syntax) ??
    connectPasswordTarget(call, index, callee, syntax) ??
    hostLoginTarget(call, index, callee, syntax) ??
    idSecretPairTarget(call, index, callee, syntax) ??
    keyCredentialTarget(call, index) ??
    builderKeyTarget(call, index, syntax) ??
    formattedTarget(call, index, callee, syntax) ??
    keyOptionsBufferTarget(call, index, syntax) ??
    chainedDefaultTarget(call, index, syntax) ??
    rememberMeKeyTarget(call, index, syntax) ??
    hashedPasswordTarget(call, index);
  if (shaped) return shaped;
  if (call.args.length === 1) return propertySetTarget(call, syntax) ?? accessorTarget(call, receiver);
  return keyedTarget(call, index, callee, syntax) ?? afterPublicHalfTarget(call, index, callee, syntax);
}

/** The secret that argument `index` of `call` is, when the call is a secret-taking API; `callee` is `Class.method` or the class. */
export function secretApiTarget(call: JvmCall, index: number, callee: string): Target | undefined {
  const api = SECRET_APIS.find((entry) => entry.callee === callee && entry.index === index && (entry.argCount ?? call.args.length) === call.args.length);
  const listed = api ?? SECRET_METHODS.find((entry) => entry.callee === call.name && entry.index === index && entry.argCount === call.args.length);
  const pair =
    (call.args.length === 2 && index === 1 && (CREDENTIAL_PAIR_METHOD.test(call.name) || BASIC_AUTH_CLASS.test(call.name))) ||
    (index >= 1 && index === call.args.length - 1 && USERNAME_PASSWORD_CLASS.test(call.name))
      ? CREDENTIAL_PAIR
      : undefined;
  const method = listed ?? pair;
  return method ? { kind: 'api', label: callee, credential: { noun: method.noun, strength: 'strong' }, envName: method.envName } : undefined;
}

/** `Class.method` for a call on a dotted receiver, else the method or class name alone. */
export function calleeName(call: JvmCall, syntax: JvmSyntax): string {
  const receiver = syntax.dotted(call.receiver);
  return receiver === undefined ? call.name : `${receiver.slice(receiver.lastIndexOf('.') + 1)}.${call.name}`;
}

/** A method or constructor declared in this file: the parameter at the argument's position, when it names a credential. */
function parameterTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  const name = syntax.parameterName?.(call, index);
  const target = name ? nameTarget([name]) : undefined;
  return target?.credential ? { ...target, label: `${call.name}(${name})` } : undefined;
}

/**
 * Gradle's Property API (`password.set("…")` in a build script, `extension.getApiKey().set("…")` in a plugin) and
 * any holder set whole (`AtomicReference<String> token; token.set("…")`): the value is named by its receiver.
 */
function propertySetTarget(call: JvmCall, syntax: JvmSyntax): Target | undefined {
  if (call.name !== 'set' || !call.receiver) return undefined;
  const getter = syntax.call(call.receiver);
  const dotted = getter ? undefined : syntax.dotted(call.receiver);
  const name = getter && getter.args.length === 0 ? /^get([A-Z]\w*)$/.exec(getter.name)?.[1] : dotted?.slice(dotted.lastIndexOf('.') + 1);
  const target = name === undefined ? undefined : nameTarget([name]);
  return target?.credential ? { ...target, label: `${name}.set` } : undefined;
}

/** Static factories that wrap one value in a type: `RedisPassword.of("…")`, `Secret.from("…")`, Jenkins' `Secret.fromString("…")`. */
const WRAPPING_FACTORIES = new Set(['of', 'from', 'valueOf', 'wrap', 'create', 'fromString']);

/**
 * `setPassword("...")`, `withPassword("...")`, a builder's `.password("...")`; a type named for a
 * credential built from the literal: `new AzureKeyCredential("…")`, Spring Data's `RedisPassword.of("…")`.
 */
function accessorTarget(call: JvmCall, receiver: string | undefined): Target | undefined {
  const type = receiver?.slice(receiver.lastIndexOf('.') + 1);
  if (type !== undefined && /^[A-Z][a-z]/.test(type) && WRAPPING_FACTORIES.has(call.name) && credentialName(type)) {
    return { ...nameTarget([type]), label: `${type}.${call.name}` };
  }
  const setter = /^(?:set|with)([A-Z]\w*)$/.exec(call.name);
  const property = setter ? setter[1]! : call.name;
  if (!setter && !credentialName(property)) return undefined;
  const owner = receiver?.split('.').pop();
  const segments = owner && /^[a-z]/.test(owner) && owner !== 'this' ? [owner, property] : [property];
  return { ...nameTarget(segments), label: `${receiver ? `${receiver}.` : ''}${call.name}` };
}

/** `props.put("password", "...")`, `System.setProperty("db.password", "...")`, `Map.of("apiKey", "...")`. */
function keyedTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  const factory = MAP_FACTORIES.has(callee) || MAP_FACTORIES.has(call.name);
  const gradleField = gradleFieldName(call, index, syntax);
  if (gradleField !== undefined) return { ...nameTarget([gradleField]), noFix: true };
  // Apache HttpCore's `new BasicHeader("Authorization", "…")`: a header built from its name and value.
  // The class may be written with its package (Kotlin has no `new`): `org.apache.http.message.BasicHeader(…)`.
  const constructed = !call.receiver || /^[a-z]\w*(?:\.[a-z]\w*)+$/.test(syntax.dotted(call.receiver) ?? '');
  const header = HEADER_SETTER.test(call.name) || (constructed && /^(?:Basic)?Header$/.test(call.name));
  const setter = MAP_SETTERS.has(call.name) || PROPERTY_WRITER.test(call.name) || header;
  const entry = MAP_ENTRIES.has(callee) || MAP_ENTRIES.has(call.name);
  const keyed = ((setter || entry) && index === 1 && call.args.length === 2) || (factory && index % 2 === 1);
  if (!keyed) return undefined;
  // The key is a string, or a constant named for it: R2DBC's `option(PASSWORD, …)`, JNDI's `put(Context.SECURITY_CREDENTIALS, …)`.
  const keyNode = call.args[index - 1]!;
  const key = syntax.string(keyNode)?.value?.text ?? constantName(syntax.dotted(keyNode));
  if (key === undefined || key.trim() === '') return undefined;
  const target = dottedKeyTarget(key);
  return factory && !target.credential ? listedEntryTarget(call, key, target, syntax) : target;
}

/**
 * A config key, named by its last segment (`jwt.secret`), or whole when only its segments together name
 * a credential, as a `.properties` file reads it: `props.put("basic.auth.user.info", "…")`.
 */
function dottedKeyTarget(key: string): Target {
  const target = nameTarget(key.split('.'));
  return target.credential || !key.includes('.') || !credentialName(key) ? target : nameTarget([key]);
}

/**
 * `PARTNER_TOKENS = Map.of("walgreens", "…")`: entries of a map named for credentials in the plural are
 * those credentials, keyed by whom they are for (weak: generated values only), as in the other languages.
 */
function listedEntryTarget(call: JvmCall, key: string, target: Target, syntax: JvmSyntax): Target {
  const declarator = syntax.parent(call.node);
  const assigned = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name')?.text : undefined;
  const credential = assigned === undefined ? undefined : listedUnder([assigned]);
  return credential ? { ...target, label: `${assigned}["${key}"]`, credential } : target;
}

/**
 * `PASSWORD`, `Context.SECURITY_CREDENTIALS`: an upper-case constant's name (a variable's name says nothing
 * of the key it holds). Kafka's clients name the constant of a config key for it plus `_CONFIG`
 * (`SslConfigs.SSL_KEY_PASSWORD_CONFIG` holds `ssl.key.password`): the suffix says it is a key, not what it keys.
 */
function constantName(dotted: string | undefined): string | undefined {
  const last = dotted?.slice(dotted.lastIndexOf('.') + 1);
  return last !== undefined && /^[A-Z][A-Z0-9_]*$/.test(last) ? last.replace(/(?<=.)_(?:CONFIG|PROP|PROPERTY)$/, '') : undefined;
}

/**
 * `System.getenv().getOrDefault("X", lit)`, `Optional.ofNullable(System.getenv("X")).orElse(lit)`,
 * `Objects.requireNonNullElse(System.getenv("X"), lit)`; `System.getProperty("k", lit)` (no fix:
 * the default is of a system property, not of an env var).
 */
function fallbackTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  let envName: string | undefined;
  if (call.name === 'getOrDefault' && index === 1 && call.args.length === 2 && isGetenvMap(call.receiver, syntax)) {
    envName = syntax.string(call.args[0]!)?.value?.text;
  } else if ((call.name === 'orElse' || call.name === 'orElseGet') && index === 0 && call.receiver) {
    const wrapper = syntax.call(call.receiver);
    if (wrapper && (wrapper.name === 'ofNullable' || wrapper.name === 'of') && syntax.dotted(wrapper.receiver) === 'Optional') {
      envName = envReadName(wrapper.args[0], syntax);
    }
    const key = envName === undefined ? optionalConfigKey(call.receiver, syntax) : undefined;
    if (key !== undefined) return { ...nameTarget(key.split('.')), kind: 'fallback', label: `config "${key}"`, noFix: true };
  } else if (callee === 'Objects.requireNonNullElse' && index === 1) {
    envName = envReadName(call.args[0], syntax);
  } else if (CONFIG_READS.has(call.name) && index === 1 && call.args.length === 2) {
    // System.getProperty("k", lit), Spring's env.getProperty("jwt.secret", lit), Typesafe/Commons config getString("k", lit),
    // commons-cli's cmd.getOptionValue("smtp-password", lit): the key names the default.
    const key = syntax.string(call.args[0]!)?.value?.text;
    if (key === undefined) return undefined;
    return { ...nameTarget(key.split('.')), kind: 'fallback', label: `${callee}("${key}")`, noFix: true };
  }
  if (envName === undefined) return undefined;
  return envFallbackTarget(envName, `System.getenv("${envName}")`, { start: call.node.startIndex, end: call.node.endIndex });
}

/** Lookups of a configuration key that answer an Optional (or a config node that becomes one). */
const OPTIONAL_CONFIG_READS = new Set(['get', 'getOptionalValue', 'getOptional', 'getProperty', 'getString', 'getValue']);

/**
 * The key of a config lookup an `orElse` default follows: Helidon's `config.get("k").asString().orElse(lit)`,
 * MicroProfile's `config.getOptionalValue("k", String.class).orElse(lit)`: the key names the default. Read back
 * through conversions (`asString()`, `as(String.class)`, `map(String::trim)`), a few links at most.
 */
function optionalConfigKey(receiver: SyntaxNode, syntax: JvmSyntax): string | undefined {
  let node: SyntaxNode | undefined = receiver;
  for (let depth = 0; node && depth < 4; depth++) {
    const link = syntax.call(node);
    if (!link) return undefined;
    const key = link.args[0] ? syntax.string(link.args[0])?.value?.text : undefined;
    if (key !== undefined) return OPTIONAL_CONFIG_READS.has(link.name) && link.receiver ? key : undefined;
    node = link.receiver;
  }
  return undefined;
}

/** Reads of a configuration key with a default as the second argument. */
const CONFIG_READS = new Set(['getProperty', 'getString', 'getOrDefault', 'optString', 'getValue', 'getOptionValue']);

function isGetenvMap(node: SyntaxNode | undefined, syntax: JvmSyntax): boolean {
  const call = node ? syntax.call(node) : undefined;
  return call !== undefined && call.name === 'getenv' && call.args.length === 0 && syntax.dotted(call.receiver) === 'System';
}

/** `password.equals("...")`, `"...".equals(auth.getSecret())`: the name compared with. */
export function comparedTarget(other: SyntaxNode | undefined, syntax: JvmSyntax): Target | undefined {
  const name = comparedName(other, syntax);
  return name === undefined ? undefined : comparedNameTarget(name.split('.'));
}

/** A dotted name, a getter's property (`getSecret()` -> Secret, a record's `password()`), through `.trim()` and `.getBytes()`. */
function comparedName(other: SyntaxNode | undefined, syntax: JvmSyntax): string | undefined {
  let node = other;
  for (let depth = 0; node && depth < 4; depth++) {
    const dotted = syntax.dotted(node);
    if (dotted !== undefined) return dotted;
    const call = syntax.call(node);
    if (!call || call.args.length > 1) return undefined;
    if (TRANSPARENT_METHODS.has(call.name)) {
      node = call.receiver;
      continue;
    }
    if (call.args.length === 0) return /^get([A-Z]\w*)$/.exec(call.name)?.[1] ?? call.name;
    // `request.getHeader("X-Api-Key")`: a lookup of one key by its name is that key's value.
    return call.receiver ? syntax.string(call.args[0]!)?.value?.text : undefined;
  }
  return undefined;
}

export { getterTarget } from './target';
