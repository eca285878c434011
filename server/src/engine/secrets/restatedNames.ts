// A value under a credential's name that names rather than holds: the name spelled again (an enum's constant, the
// key of the setting the secret is stored under, the class that makes it, a serializer's wire name). values.ts'
// isSecretLikeValue asks restatesName before it reads the value as a secret.
import { splitWords } from './words';

/** A stage's name inside a key (`jwt-dev-secret`): which stage's secret it is, so a secret, not a key's name (spellsOutName). */
const STAGE_WORDS = new Set(['dev', 'development', 'local', 'test', 'testing', 'staging', 'stage', 'prod', 'production', 'qa', 'ci', 'e2e', 'demo', 'sandbox']);

/** The last word of a class's name that says what kind of thing it is: `SecretAuthInfo`, `PSCredentialExecutionParameter`. */
const CLASS_KINDS = /(?:Info|Properties|Parameters?|Details|Credentials?|Config|Configuration|Options|Settings|Provider|Factory|Handler|Manager|Service|Client|Exception|Error|Type|Model|Request|Response|Result|Policy|Spec|Descriptor|Definition)$/;

/** `EXPIRED_TOKEN = 'expired_token'`, `AcquireToken = 'acquireToken'`: an enum-like constant spelling its own name. */
export function restatesName(value: string, name: string): boolean {
  // The name with its separator, ready to have the value appended: AWS SigV4's `credential = "Credential="`.
  const prefix = /^([A-Za-z][\w.-]*)[=:]$/.exec(value);
  if (prefix) return restatesName(prefix[1]!, name);
  // A validation rule naming the column the value is checked against: Zabbix's `'ipmi_password' => 'db hosts.ipmi_password'`.
  const rule = /^(?:[a-z]{1,10} ){1,2}([A-Za-z0-9_]+\.[A-Za-z0-9_.]+)$/.exec(value);
  if (rule) return restatesName(rule[1]!, name);
  if (!/^[A-Za-z0-9_.:/-]+$/.test(value)) return false;
  const words = (text: string): string => splitWords(text).join(' ');
  // A namespace in front does not change that: 'auth/LOGIN_TOKEN', 'errors:badToken', Android's
  // package-qualified intent extras 'com.example.app.EXTRA_API_KEY'.
  const lastPart = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf(':'), value.lastIndexOf('.')) + 1);
  const nameWords = words(name);
  // A vendor or module word in front does not either: EXPRESS_TOKEN = 'paypal_express_token'.
  const valueWords = words(lastPart);
  const endsWithName = valueWords.endsWith(` ${nameWords}`) && valueWords.split(' ').length <= nameWords.split(' ').length + 1;
  // An enum's variant spelled after its name: `forceChangePassword === 'forceChangePasswordNextSignIn'`;
  // a renamed class's new name after its old one: `'SimpleSAML_Auth_Default' => 'SimpleSAML_Auth_DefaultAuth'`.
  // Only where a new word starts after the name: `secretkeyforjwtauthentication` under `secret` is a chosen phrase (probe29).
  const variantOfName = /^[A-Za-z][A-Za-z_]*$/.test(value) && value.startsWith(name.slice(name.lastIndexOf('.') + 1)) && value.length > name.length - name.lastIndexOf('.') - 1 && /[A-Z_]/.test(value.charAt(name.length - name.lastIndexOf('.') - 1));
  // The name itself behind its package's name run together: gokrb5's `AttributeKeyADCredentials = "gokrb5AttributeKeyADCredentials"`.
  const bareName = name.slice(name.lastIndexOf('.') + 1);
  const packagedName = bareName.length >= 6 && value.endsWith(bareName) && /^[a-z][a-z0-9]{1,15}[_.-]?$/.test(value.slice(0, value.length - bareName.length));
  // A class named for its discriminator, as generated models map them: `"secret": "SecretAuthInfo"`,
  // `"awsCreds": "AwsCredsAuthenticationDetailsProperties"`, `'#Microsoft.Media.MediaGraphHttpHeaderCredentials': 'MediaGraphHttpHeaderCredentials'`.
  const className = /^(?:[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]))(?:[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]|$)){2,}$/.test(value);
  // A long enum constant spelled again with other word breaks: Azure's
  // `CONFIDENTIAL_VM_VMGUEST_STATE_ONLY_ENCRYPTED_WITH_PLATFORM_KEY = "ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey"`.
  const compact = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const respelled = splitWords(bareName).length >= 4 && compact(value) === compact(bareName);
  // Only with a kind word at its end: `secret: 'SecretKeyToGenJWTs'` is a chosen secret.
  const kindOfName = CLASS_KINDS.test(value) && (value.toLowerCase().startsWith(bareName.toLowerCase()) || splitWords(value).includes(nameWords.split(' ').pop()!));
  const classOfName = className && (value === bareName || kindOfName);
  // A snake_case key renamed to an API's camelCase field: NetApp's parameter map `"private_key": "privateKeyEncoded"`.
  const renamedField = bareName.includes('_') && /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) && `${valueWords} `.startsWith(`${words(bareName)} `);
  return nameWords !== '' && (packagedName || renamedField || classOfName || respelled || namesEnclosingField(value, name) || words(value) === nameWords || isNameSuffix(value, name) || valueWords === nameWords || endsWithName || isKeyNameOf(value, nameWords.split(' ')) || isLookupKeyOf(value, name) || spellsOutName(value, nameWords.split(' ')) || isClassNamedFor(value, nameWords.split(' ')) || variantOfName);
}

/**
 * A serializer's map from each field to its wire name, as Azure's generated Python models write it:
 * `"secret_url": {"key": "secretUrl", "type": "str"}`: the value spells the field the name is directly under.
 */
export function namesEnclosingField(value: string, name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) return false;
  const path = name.split('.');
  if (path.length < 2) return false;
  const field = path[path.length - 2]!;
  const valueWords = splitWords(value);
  const fieldWords = splitWords(field);
  // One word only as itself (`'decryption': {'key': 'decryption'}`); more, also shortened (`"secret_properties": {"key": "secret_props"}`).
  if (fieldWords.length < 2) return field === value;
  const shortens = (word: string, full: string): boolean => word.replace(/s$/, '').length >= 3 && full.startsWith(word.replace(/s$/, ''));
  return fieldWords.length === valueWords.length && valueWords.every((word, i) => word === fieldWords[i] || shortens(word, fieldWords[i]!));
}

/**
 * The AWS SDK's `const opGetSecretValue = "GetSecretValue"`, a Go enum's `ContactStatusPrepass = "PREPASS"`:
 * a value the name ends with is the name of an operation or a variant, with its kind in front. A value of
 * one lowercase word (`dbPassword = 'password'`) is left to the placeholder checks.
 */
function isNameSuffix(value: string, name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_]{3,}$/.test(value) || (splitWords(value).length < 2 && value !== value.toUpperCase())) return false;
  const compact = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const bare = compact(name.slice(name.lastIndexOf('.') + 1));
  return bare.length > compact(value).length + 1 && bare.endsWith(compact(value));
}

/**
 * botocore's `SECRET_KEY = 'aws_secret_access_key'`: a lowercase key of three words or more holding
 * the name's words in order and ending as it ends names the setting the secret is read from.
 */
function spellsOutName(value: string, nameWords: readonly string[]): boolean {
  if (nameWords.length < 2 || !/^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+){2,}$/.test(value)) return false;
  const valueWords = splitWords(value);
  // `jwt-dev-secret` under JWT_SECRET says which stage's secret it is: a (weak) secret, not a key's name.
  if (valueWords[valueWords.length - 1] !== nameWords[nameWords.length - 1] || valueWords.some((word) => STAGE_WORDS.has(word))) return false;
  return isInOrderWithin(nameWords, valueWords);
}

/** Nouns of a name that can be what a thing is looked up or told apart by: never a password or a secret. */
const LOOKUP_NOUNS = new Set(['key', 'token']);

/**
 * `STORAGE_V1_CLIENT_KEY = 'storage_v1_client'`, `OSLOGIN_ENABLE_2FA_METADATA_KEY = 'enable-oslogin-2fa'`,
 * gRPC's `_SEND_INITIAL_METADATA_TOKEN = 'send_initial_metadata'`: a `…_KEY` or `…_TOKEN` whose value
 * is a lowercase key of two parts or more, each one of the name's own words, is the key something is
 * looked up by or the tag of an event, not a secret.
 */
function isLookupKeyOf(value: string, name: string): boolean {
  if (!/^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/.test(value)) return false;
  const nameParts = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/);
  if (!LOOKUP_NOUNS.has(nameParts[nameParts.length - 1] ?? '')) return false;
  return value.split(/[_.-]/).every((part) => nameParts.includes(part));
}

/**
 * WordPress' `SHIPFAST_OPTION_API_KEY = 'shipfast_api_key'`, `SETTING_DB_PASSWORD = 'db_password'`: a
 * lowercase key of two words or more, the name's words in the name's order and ending as it ends, is
 * the name of the option or setting the secret is stored under.
 */
function isKeyNameOf(value: string, nameWords: readonly string[]): boolean {
  if (!/^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/.test(value)) return false;
  // Senlin's `ADMIN_PASSWORD = 'admin_pass'`: a key may shorten the noun its constant spells out.
  const valueWords = splitWords(value).map((word) => PASSWORD_SHORTHANDS.get(word) ?? word);
  if (valueWords.length < 2 || valueWords[valueWords.length - 1] !== nameWords[nameWords.length - 1]) return false;
  return isInOrderWithin(valueWords, nameWords);
}

// etcd's `optPrivateKey = "priv-key"`: and a private key's.
export const PASSWORD_SHORTHANDS: ReadonlyMap<string, string> = new Map([['pass', 'password'], ['passwd', 'password'], ['pwd', 'password'], ['pawd', 'password'], ['pswd', 'password'], ['pw', 'password'], ['priv', 'private'], ['pvt', 'private']]);

/**
 * Horde's `'Horde_Secret' => 'Horde_Core_Factory_Secret'`, Zend's `Zend_Auth_Adapter_Password`: a
 * PEAR-style class name (Capitalized parts joined by `_`) ending in the name's noun is the class
 * that makes or holds the credential, not the credential.
 */
function isClassNamedFor(value: string, nameWords: readonly string[]): boolean {
  if (!/^[A-Z][a-z0-9]+(?:_[A-Z][A-Za-z0-9]*){2,}$/.test(value)) return false;
  return value.slice(value.lastIndexOf('_') + 1).toLowerCase() === nameWords[nameWords.length - 1];
}

/** Whether every word of `part` stands in `whole`, in the same order (others may come between). */
export function isInOrderWithin(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const word of whole) if (word === part[at]) at++;
  return at === part.length;
}
