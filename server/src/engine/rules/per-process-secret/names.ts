// The vocabulary of per-process signing keys: which names hold a key every process must share, which
// functions run once when the process starts (rather than once per request), and which files are
// one-off tools that print a fresh key for the operator.
import { identifierWords } from '../../identifier-words';
import { isNonServerPath } from '../process-paths';

/** Words of values made per request or per record (a CSRF token, a reset token, a salt, an IV, an OTP seed). */
const PER_USE_WORDS = new Set([
  'csrf', 'xsrf', 'nonce', 'salt', 'iv', 'otp', 'totp', 'hotp', 'reset', 'invite', 'invitation', 'share', 'sharing',
  'verification', 'verify', 'confirm', 'confirmation', 'request', 'trace', 'correlation', 'webhook', 'client', 'password',
]);
/** With `key`: what the key signs or seals, shared by every process. */
const KEY_PURPOSE_WORDS = new Set([
  'jwt', 'signing', 'sign', 'signature', 'session', 'sessions', 'cookie', 'cookies', 'hmac', 'mac', 'app', 'token', 'auth', 'master', 'encryption',
  // Spring Security's remember-me key signs the remember-me cookie (`@Bean SecretKey rememberMeKey()`).
  'remember',
]);

/**
 * A name that holds a signing key: `SECRET_KEY`, `session_secret`, `secret_key_base`, `jwtKey`, `SIGNING_KEY`, `hmacKey`,
 * `secret` (express-session's option), `keys` (Koa's `app.keys`, cookie-session's option). Not `csrf_secret`, `reset_token`.
 */
export function isSigningKeyName(name: string): boolean {
  const words = identifierWords(name);
  if (words.some((word) => PER_USE_WORDS.has(word))) return false;
  if (words.includes('secret') || words.includes('secrets')) return true;
  if (words.length === 1 && words[0] === 'keys') return true;
  return (words.includes('key') || words.includes('keys')) && words.some((word) => KEY_PURPOSE_WORDS.has(word));
}

/** First words of functions that run once at start-up: `main`, `init`, `setup_app`, `configure`, `bootstrap`. */
const STARTUP_FIRST_WORDS = new Set(['main', 'init', 'initialize', 'setup', 'configure', 'config', 'bootstrap', 'boot', 'start', 'startup']);
/** First words of factories, which count when they build the app or one of its shared parts (`create_app`, `NewServer`). */
const FACTORY_FIRST_WORDS = new Set(['create', 'make', 'build', 'new', 'get', 'register', 'load', 'provide']);
const FACTORY_OBJECT_WORDS = new Set([
  'app', 'application', 'server', 'router', 'routes', 'store', 'session', 'sessions', 'middleware', 'api', 'service', 'auth',
  'config', 'settings', 'security', 'cookie', 'keys', 'key', 'jwt', 'signer', 'handler', 'module',
]);

/**
 * A function that runs once per process: start-up (`main`, `init`, `configure_app`) or a factory of the app or its
 * shared parts (`create_app`, `NewServer`, `makeSessionStore`). A handler (`login`, `password_reset`) runs per request.
 */
export function isStartupFunctionName(name: string): boolean {
  const words = identifierWords(name);
  const first = words[0];
  if (first === undefined) return false;
  if (STARTUP_FIRST_WORDS.has(first)) return true;
  return FACTORY_FIRST_WORDS.has(first) && words.slice(1).some((word) => FACTORY_OBJECT_WORDS.has(word));
}

/** Annotations and decorators of classes a framework makes once per process (Spring, Nest, CDI, Angular). */
const SINGLETON_ANNOTATION = /@(?:Service|Component|Configuration|ConfigurationProperties|Injectable|Controller|RestController|Repository|Singleton|ApplicationScoped|Module)\b/;
/** Class names that say the same: `JwtUtil`, `TokenService`, `SecurityConfig`, `AuthModule`. */
const SINGLETON_CLASS_NAME = /(?:Service|Config|Configuration|Util|Utils|Helper|Provider|Module|Manager|Signer|Issuer|Filter|Interceptor|Middleware|Application|App|Server)$/;

/**
 * Whether one instance of the class serves the whole process, so an instance field's key is made once per process.
 * A class made per login or per record (`class Session { secret = randomBytes(16) }`) is not one: its key is per record.
 */
export function isSingletonClass(name: string, annotations: string): boolean {
  return SINGLETON_ANNOTATION.test(annotations) || SINGLETON_CLASS_NAME.test(name);
}

/** Rake tasks (`lib/tasks/keys.rake`): one-off admin commands, such as the one that prints a new key. */
const RAKE_TASK = /(?:^|\/)(?:Rakefile|[^/]*\.rake)$/;

/**
 * `scripts/`, `bin/`, `tools/`, tests and configs of tools, rake tasks, and files named for making keys (`cmd/keygen`,
 * `gen_secret.go`): a key made there is printed for the operator, not used by the running app.
 */
export function isKeyToolPath(path: string): boolean {
  if (isNonServerPath(path) || RAKE_TASK.test(path)) return true;
  const words = path.split('/').flatMap(identifierWords);
  return words.includes('keygen') || (words.some((word) => word === 'gen' || word === 'generate' || word === 'generator' || word === 'make' || word === 'print') && words.some((word) => word === 'secret' || word === 'key' || word === 'keys' || word === 'secrets'));
}
