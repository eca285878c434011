// One answer per value shape across the app's own signing secrets (issue #9, held-out batch cred25): a template's key
// stub (`your-session-secret-key`, `your-django-secret-key-here`) handed to `jwt.sign` was a warning, the same stub under
// `session({ secret })`, Flask's `app.secret_key`, Django's `SECRET_KEY`, Rails' `secret_key_base`, NestJS'
// `JwtModule.register({ secret })` or a viper default of `session.secret` was silent. Nothing fills a literal in code in,
// so the template is the key every deploy signs with, wherever the app hands it to the signer.
import { credentialName } from '../../secrets';
import type { Target } from './target';

/** The words a template wraps a key's name in: `your_jwt_secret`, `my-session-key`, `jwt_secret_here`. */
const TEMPLATE_WORDS = new Set(['your', 'my', 'some', 'here']);

/** The words a key's stub names the key with (credential-value.ts BARE_KEY_WORDS). */
const KEY_WORDS = new Set(['secret', 'key', 'jwt', 'token', 'signing', 'password', 'pass', 'session', 'cookie', 'app', 'api', 'auth', 'base']);

/**
 * Words that say where a stub may be used, or that it must be changed: `your-dev-secret`, `my_test_jwt_key`,
 * `your-insecure-key-change-me`. Those stay the placeholders they say they are (a key stub naming a stage is a test's).
 */
const STAGE_OR_MARKER_WORDS = new Set([
  'example', 'sample', 'dummy', 'fake', 'mock', 'test', 'testing', 'tests', 'spec', 'dev', 'development', 'local', 'localhost', 'ci', 'e2e',
  'staging', 'stage', 'prod', 'production', 'change', 'changeme', 'replace', 'insecure', 'unsafe', 'default', 'not', 'do', 'dont', 'never',
  'use', 'placeholder', 'todo', 'fixme', 'xxx', 'put', 'fill', 'enter', 'set', 'demo', 'temp', 'tmp', 'this', 'that', 'is', 'only', 'must',
  'should', 'please', 'generate', 'generated', 'random', 'real', 'actual', 'own', 'secure', 'strong', 'long', 'super', 'very', 'new',
]);

/**
 * A template's stub of a key: lowercase words joined by `-` or `_`, led by `your`/`my`/`some` or closed by `here`, a key's
 * words among them, at most three other words naming the app or the key's use (`django`, `refresh`, `kiosk`), and no
 * stage or marker. Digits only as a count (`your-256-bit-secret`).
 */
export function isTemplateKeyStub(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[a-z][a-z0-9]*(?:[_-][a-z0-9]+){1,7}$/.test(trimmed)) return false;
  const words = trimmed.split(/[_-]/);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!(first === 'your' || first === 'my' || first === 'some' || last === 'here')) return false;
  if (!words.some((word) => KEY_WORDS.has(word))) return false;
  const others = words.filter((word) => !TEMPLATE_WORDS.has(word) && !KEY_WORDS.has(word) && !/^\d+$/.test(word) && word !== 'bit' && word !== 'bits');
  return others.length <= 3 && others.every((word) => /^[a-z][a-z0-9]{1,19}$/.test(word) && !STAGE_OR_MARKER_WORDS.has(word));
}

/**
 * Where a name is itself the framework's or the signer's input, as the signer's argument is: a call's option the signer
 * names as its secret (`session({ secret })`, `cookieSession({ keys: […] })`, `JwtModule.register({ secret })`), a
 * settings module or a config default every deploy loads (Django's `settings.py`, `viper.SetDefault("session.secret", …)`)
 * under an own signing secret's name, Flask's `app.secret_key` and `app.config['SECRET_KEY']`, Rails' `secret_key_base`,
 * Laravel's `config/app.php` `key`. A module constant or a config object's member (`JWT_SECRET = "your-jwt-secret"`,
 * `{ jwt: { secret: '…' } }`) is judged by its use instead (imported-key-uses.ts, the later-use checks): a template there
 * may be the blank a deploy fills. Another party's secret (`stripe.secret`) is not the app's own.
 */
export function takesOwnSigningSecret(target: Target, namesOwnSigningSecret: (name: string) => boolean): boolean {
  const noun = target.credential?.noun;
  if (target.callOption === true && noun === 'secret') return true;
  if (noun === 'secret key base' || noun === 'application key' || FLASK_SECRET.test(target.label) || FRAMEWORK_KEY_SETTING.test(target.label)) return true;
  if (noun === 'secret' && EXPRESS_SETTING.test(target.label)) return true;
  const own = (name: string) => credentialName(name)?.noun.includes('password') !== true && namesOwnSigningSecret(name);
  return target.loadedSettings === true && (own(target.name ?? '') || own(target.label));
}

/** CodeIgniter's `$config['encryption_key']` in application/config/config.php: the key its Encryption library uses. */
const FRAMEWORK_KEY_SETTING = /^config\.encryption_key$/;

/** Express' app settings, `app.set('secret', …)` read back as `app.get('secret')` to sign tokens (probe28 6). */
const EXPRESS_SETTING = /^(?:app|server)\.set\('\w+'\)$/;

/**
 * Flask's own settings on its app object: `app.secret_key`, `app.config['SECRET_KEY']`, `app.config.update(SECRET_KEY=…)`,
 * whatever the app is called (`admin = Flask("admin")`, probe28 6); not an instance's own field (`self.secret_key`).
 */
const FLASK_SECRET = /^(?!(?:self|cls)\.)[a-z_][a-z0-9_]{0,30}\.(?:secret_key|config\.SECRET_KEY)$/;

/**
 * A file whose opening comment says it is a template to copy and fill in (nodeclub's `config.default.js`: "Copy to
 * config.js and fill in for your deployment"): its `your_session_secret_here` is the blank the copy fills, not a live key.
 */
export function saysItIsATemplate(text: string): boolean {
  return TEMPLATE_HEADER.test(text.slice(0, 600));
}

const TEMPLATE_HEADER = /(?:#|\/\/|\/\*|\*|<!--|""")[^\n]{0,80}\b(?:copy|rename)\b[^\n]{0,80}\b(?:to|as|into)\b[^\n]{0,40}[\w-]\.(?:[cm]?[jt]s|py|rb|php|json|ya?ml|toml|ini|go|env)\b/i;
