// Where a Python string literal goes: the name it is assigned to, the keyword or API it is passed
// to, the env read it is the fallback of. That, not the literal's text, makes it a credential.
import { dottedName, keywordArgument, lastSegment, positionalArguments, resolvedName, stringValue, type Bindings } from '../../languages/python';
import { accountKeyBeside } from './account-key-beside';
import { isAnonymousUser } from './anonymous-login';
import { CLIENT_FACTORY_METHODS } from './sdk-factories';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName, envNameFrom, hasUiContainer, isLocalServiceUrl, splitWords, urlPasswordSlotScheme, type CredentialName } from '../../secrets';
import { clientTokenTarget, envFallbackTarget, urlSlotTarget, orChoice, isBlankPassword, isClientClass, isPasswordMapName, isSoleKeyValue, keyAsUserTarget, nameTarget, oauthSecretTarget, typedPasswordTarget, type Target } from './target';
import { envReadName, envGetterFallback, pythonChoiceEnvTarget } from './python-env';
import { lookupDefaultTarget, storedValueTarget } from './python-lookups';
import { comparedNameTarget, KEYED_READ_METHODS, otherSide, PYTHON_EQUALITY_CALLS } from './compared';
import { isCategoryAmong } from './category-maps';
import { pairedPasswordTarget } from './pass-beside-user';
import { pythonOwnParameterTarget } from './python-own-parameters';
import { secretAfterKeyId, secretAfterPublicHalf } from './public-half';

export type { Target } from './target';

/** Prefixes for env names of keyword arguments, by the resolved callee: `psycopg2.connect(password=)` -> DB_PASSWORD. */
const KEYWORD_PREFIXES: readonly { callee: RegExp; prefix: string }[] = [
  { callee: /^(?:psycopg2?|pymysql|MySQLdb|mysql\.connector|asyncpg|aiomysql|aiopg|pyodbc|cx_Oracle|oracledb|pymssql)\.(?:connect|create_pool|Connection)$/, prefix: 'db' },
  { callee: /^(?:sqlalchemy(?:\.engine)?\.)?URL\.create$/, prefix: 'db' },
  { callee: /^(?:redis(?:\.asyncio)?\.(?:Redis|StrictRedis)|aioredis\.\w+)$/, prefix: 'redis' },
  { callee: /^boto3(?:\.session)?\.(?:client|resource|Session)$/, prefix: 'aws' },
  { callee: /^openai\.(?:OpenAI|AsyncOpenAI)$/, prefix: 'openai' },
  { callee: /^anthropic\.(?:Anthropic|AsyncAnthropic)$/, prefix: 'anthropic' },
  { callee: /^twilio\.rest\.Client$/, prefix: 'twilio' },
];

/**
 * Calls whose positional argument is a secret whatever it is named. `user`: the position of the login's user,
 * whose anonymous name (anonymous-login.ts) leaves the password alone.
 */
const POSITIONAL_SECRETS: readonly { callee: RegExp; index: number; noun: string; envName: string; strength?: 'weak'; arity?: number; user?: number }[] = [
  // PyJWT's `jwt.encode(claims, key)`; python-jose's (`from jose import jwt`, FastAPI's tutorial) takes the key in the same place.
  { callee: /^(?:jose\.)?jwt\.(?:encode|decode)$/, index: 1, noun: 'secret', envName: 'JWT_SECRET' },
  // Authlib's `jwt.encode(header, payload, key)` takes the key third (the header first); its `jwt.decode(s, key)` second.
  { callee: /^authlib\.jose\.jwt\.encode$/, index: 2, noun: 'secret', envName: 'JWT_SECRET' },
  { callee: /^authlib\.jose\.jwt\.decode$/, index: 1, noun: 'secret', envName: 'JWT_SECRET' },
  { callee: /^hmac\.(?:new|digest)$/, index: 0, noun: 'HMAC key', envName: 'HMAC_SECRET' },
  { callee: /^cryptography\.fernet\.Fernet$/, index: 0, noun: 'encryption key', envName: 'ENCRYPTION_KEY' },
  // A cipher built from a literal key: PyCryptodome's `AES.new(b'…', AES.MODE_CBC, iv)` (DES3, Blowfish, ARC4, ChaCha20 alike),
  // cryptography's `Cipher(algorithms.AES(b'…'), modes.GCM(iv))`.
  { callee: /^(?:Crypto|Cryptodome)\.Cipher\.(?:AES|DES3?|Blowfish|ARC4|CAST|ChaCha20|ChaCha20_Poly1305|Salsa20)\.new$/, index: 0, noun: 'encryption key', envName: 'ENCRYPTION_KEY' },
  { callee: /^cryptography\.hazmat\.primitives\.ciphers\.(?:algorithms\.)?(?:AES|AES128|AES256|TripleDES|Camellia|ChaCha20|SM4|Blowfish)$/, index: 0, noun: 'encryption key', envName: 'ENCRYPTION_KEY' },
  // PyNaCl's secret-key boxes: `nacl.secret.SecretBox(b'…')` (and Aead), the 32-byte key itself.
  { callee: /^nacl\.secret\.(?:SecretBox|Aead)$/, index: 0, noun: 'encryption key', envName: 'ENCRYPTION_KEY' },
  // A key derived from a literal password is as known as the password: `hashlib.pbkdf2_hmac('sha256', b'…', salt, n)`.
  { callee: /^hashlib\.pbkdf2_hmac$/, index: 1, noun: 'passphrase', envName: 'ENCRYPTION_PASSPHRASE' },
  { callee: /^hashlib\.scrypt$/, index: 0, noun: 'passphrase', envName: 'ENCRYPTION_PASSPHRASE' },
  // A one-time-password generator's shared seed: whoever has it makes valid codes.
  { callee: /^pyotp\.(?:TOTP|HOTP)$/, index: 0, noun: 'TOTP secret', envName: 'TOTP_SECRET' },
  { callee: /^sendgrid\.SendGridAPIClient$/, index: 0, noun: 'API key', envName: 'SENDGRID_API_KEY' },
  { callee: /^twilio\.rest\.Client$/, index: 1, noun: 'auth token', envName: 'TWILIO_AUTH_TOKEN' },
  // Payment SDKs that take the merchant's key by position: wechatpy's `WeChatPay(appid, api_key, mch_id, …)`,
  // braintree's `Configuration(environment, merchant_id, public_key, private_key)` (and `Configuration.configure`).
  { callee: /^wechatpy(?:\.pay)?\.WeChatPay$/, index: 1, noun: 'merchant API key', envName: 'WECHAT_PAY_API_KEY' },
  { callee: /^braintree\.Configuration(?:\.configure)?$/, index: 3, noun: 'private key', envName: 'BRAINTREE_PRIVATE_KEY' },
  // requests' and aiohttp's/httpx's Basic and Digest auth, requests_ntlm's (and httpx-ntlm's) `HttpNtlmAuth('DOMAIN\\user', 'lit')`.
  { callee: /^(?:requests\.auth\.HTTP(?:Basic|Digest)Auth|(?:aiohttp|httpx)\.(?:Basic|Digest)Auth|(?:requests_ntlm|httpx_ntlm)(?:\.\w+)*\.HttpNtlmAuth)$/, index: 1, noun: 'password', envName: 'HTTP_PASSWORD' },
  // Exchange and Microsoft 365: exchangelib's `Credentials(user, 'lit')`, Office365-REST-Python-Client's
  // `acquire_token_for_user(user, 'lit')`, `UserCredential(user, 'lit')` and `ClientCredential(client_id, 'lit')`,
  // MSAL's `acquire_token_by_username_password(user, 'lit', scopes)`.
  { callee: /^exchangelib(?:\.credentials)?\.Credentials$/, index: 1, noun: 'password', envName: 'EWS_PASSWORD' },
  { callee: /(?:^|\.)(?:acquire_token_for_user|acquire_token_by_username_password)$/, index: 1, noun: 'password', envName: 'M365_PASSWORD' },
  { callee: /^office365(?:\.\w+)*\.UserCredential$/, index: 1, noun: 'password', envName: 'M365_PASSWORD' },
  { callee: /^office365(?:\.\w+)*\.ClientCredential$/, index: 1, noun: 'client secret', envName: 'M365_CLIENT_SECRET' },
  { callee: /^pika\.(?:credentials\.)?PlainCredentials$/, index: 1, noun: 'password', envName: 'AMQP_PASSWORD' },
  // w3lib's (Scrapy's) `basic_auth_header(user, 'lit')`: the value of an Authorization header, built from the pair.
  { callee: /(?:^|\.)basic_auth_header$/, index: 1, noun: 'password', envName: 'HTTP_PASSWORD' },
  // Positional connects of older code: `MySQLdb.connect(host, user, passwd, db)`, `FTP(host, user, passwd)`, `ldap3.Connection(server, user, password)`.
  // MySQLdb's low-level `_mysql.connect(host, user, passwd, db)` (`from MySQLdb import _mysql`) takes them in the same order.
  { callee: /^(?:MySQLdb(?:\._mysql)?|pymysql|mysql\.connector|pymssql|_mssql)\.(?:connect|Connect|Connection)$/, index: 2, noun: 'password', envName: 'DB_PASSWORD' },
  // cx_Oracle's `connect(user, password, dsn)` (python-oracledb takes them by keyword only).
  { callee: /^cx_Oracle\.(?:connect|Connection|SessionPool)$/, index: 1, noun: 'password', envName: 'DB_PASSWORD' },
  { callee: /^ftplib\.FTP(?:_TLS)?$/, index: 2, noun: 'password', envName: 'FTP_PASSWORD', user: 1 },
  { callee: /^ldap3\.Connection$/, index: 2, noun: 'password', envName: 'LDAP_PASSWORD' },
  // python-ldap's `conn.simple_bind_s(dn, 'lit')`.
  { callee: /(?:^|\.)(?:simple_bind|simple_bind_s|bind_s)$/, index: 1, noun: 'password', envName: 'LDAP_PASSWORD' },
  // Cookie and token signers: the first argument is the signing secret.
  { callee: /^pyramid\.(?:session\.SignedCookieSessionFactory|authentication\.AuthTkt\w+)$/, index: 0, noun: 'secret', envName: 'SESSION_SECRET' },
  { callee: /^itsdangerous(?:\.\w+)*\.\w*(?:Serializer|Signer)$/, index: 0, noun: 'secret', envName: 'SECRET_KEY' },
  // Buildbot's `worker.Worker(name, 'lit')` in master.cfg: the worker's password.
  { callee: /^buildbot\.(?:plugins\.)?worker\.Worker$|^buildbot\.worker\.\w+\.Worker$/, index: 1, noun: 'password', envName: 'WORKER_PASSWORD' },
  // paho-mqtt's `client.username_pw_set(user, 'lit')`.
  { callee: /(?:^|\.)username_pw_set$/, index: 1, noun: 'password', envName: 'MQTT_PASSWORD' },
  // The AWS CDK's escape hatch writes its argument into the template in plain text.
  { callee: /(?:^|\.)SecretValue\.(?:unsafe_plain_text|plain_text)$/, index: 0, noun: 'secret', envName: 'SECRET_VALUE' },
  // cassandra-driver's `PlainTextAuthProvider(user, 'lit')`; poplib's `pop.pass_('lit')` after `pop.user(name)`.
  { callee: /(?:^|\.)PlainTextAuthProvider$/, index: 1, noun: 'password', envName: 'CASSANDRA_PASSWORD' },
  { callee: /(?:^|\.)pass_$/, index: 0, noun: 'password', envName: 'POP3_PASSWORD' },
  // keyring's `keyring.set_password(service, user, 'lit')`: the password it stores.
  { callee: /^keyring\.set_password$/, index: 2, noun: 'password', envName: 'KEYRING_PASSWORD' },
  // pysmb's `SMBConnection(user, 'lit', my_name, remote_name)`; Weaviate's `AuthApiKey('lit')` and `AuthClientPassword(user, 'lit')`.
  { callee: /(?:^|\.)SMBConnection$/, index: 1, noun: 'password', envName: 'SMB_PASSWORD' },
  { callee: /(?:^|\.)AuthApiKey$/, index: 0, noun: 'API key', envName: 'WEAVIATE_API_KEY' },
  { callee: /(?:^|\.)AuthClientPassword$/, index: 1, noun: 'password', envName: 'WEAVIATE_PASSWORD' },
  // pysnmp's `CommunityData('lit')`: an SNMP community is the agent's password. Weak: `public` and
  // `private` are every agent's stock communities, so only a generated one is reported.
  { callee: /^pysnmp(?:\.\w+)*\.CommunityData$|^CommunityData$/, index: 0, noun: 'SNMP community', envName: 'SNMP_COMMUNITY', strength: 'weak' },
  // urllib's password managers: `manager.add_password(realm, uri, user, 'lit')`.
  { callee: /(?:^|\.)add_password$/, index: 3, noun: 'password', envName: 'HTTP_PASSWORD' },
  // Odoo's external API: `common.authenticate(db, user, 'lit', {})`, then `models.execute_kw(db, uid, 'lit', model, method, …)`.
  { callee: /(?:^|\.)authenticate$/, index: 2, noun: 'password', envName: 'ODOO_PASSWORD', arity: 4 },
  { callee: /(?:^|\.)execute_kw$/, index: 2, noun: 'password', envName: 'ODOO_PASSWORD' },
  // An Ethereum account built from a literal holds its private key: eth-account's `Account.from_key('0x…')`,
  // web3.py's `w3.eth.account.from_key(…)` (`privateKeyToAccount` before v5), `Account.from_mnemonic('…')`.
  { callee: /(?:^|\.)(?:from_key|privateKeyToAccount|from_mnemonic)$/, index: 0, noun: 'private key', envName: 'WALLET_PRIVATE_KEY' },
  // What a password hasher is handed is the password in plain text (a default account made at start-up, in a
  // migration or a command), as JS's bcrypt.hash and PHP's Hash::make: Werkzeug's and Flask-Bcrypt's
  // `generate_password_hash('lit')`, Django's `make_password('lit')` and `user.set_password('lit')`, bcrypt's
  // `hashpw(b'lit', gensalt())`, passlib's `pwd_context.hash('lit')` and argon2-cffi's `ph.hash('lit')` (by the names their docs give the hasher).
  { callee: /(?:^|\.)(?:generate_password_hash|make_password)$|^bcrypt\.hashpw$/, index: 0, noun: 'password', envName: 'ADMIN_PASSWORD' },
  { callee: /(?:^|\.)set_password$/, index: 0, noun: 'password', envName: 'ADMIN_PASSWORD', arity: 1 },
  { callee: /^passlib\.hash\.\w+\.(?:hash|encrypt)$|(?:^|\.)(?:pwd|password|passwd|pw|crypt)_?(?:context|ctx|hasher)\.hash$|^(?:ph|hasher|password_hasher)\.hash$/, index: 0, noun: 'password', envName: 'ADMIN_PASSWORD', arity: 1 },
  // Django's `User.objects.create_user(username, email, 'lit')` and `create_superuser(…)`: the third is the password.
  { callee: /(?:^|\.)objects\.create_(?:super)?user$/, index: 2, noun: 'password', envName: 'ADMIN_PASSWORD' },
  // smtplib, ftplib, imaplib and poplib clients, and most SDKs: `server.login(user, 'lit')`.
  { callee: /(?:^|\.)login$/, index: 1, noun: 'password', envName: 'LOGIN_PASSWORD', user: 0 },
];

/** pydantic's `Field('lit')`: its first positional argument is the default, as `default=` is. */
const FIELD_FACTORIES = /^(?:pydantic\.)?Field$/;

/** Django's DATABASES and CACHES name their services: `DATABASES.default.PASSWORD` is DB_PASSWORD. */
const SERVICE_SETTINGS: Readonly<Record<string, string>> = { DATABASES: 'db', CACHES: 'cache' };

/** How many transparent wrappers (parentheses, lists, conditionals) a value may sit in. */
const MAX_HOPS = 24;

/** The target of a literal (the `string` or `concatenated_string` node). */
export function targetOf(value: SyntaxNode, bindings: Bindings): Target | undefined {
  let node = value;
  // Bounded: tree-sitter finds a parent by descending from the root, so each hop costs the depth.
  let hops = 0;
  let inRecord = false;
  let choice: Target | undefined;
  for (let parent = node.parent; parent && hops < MAX_HOPS; node = parent, parent = node.parent, hops++) {
    const basicAuth = basicAuthPassword(parent, node);
    if (basicAuth) return basicAuth;
    const unpacked = unpackedTarget(parent, node, bindings);
    if (unpacked) return unpacked;
    const paired = pairComparisonTarget(parent, node);
    if (paired !== 'no pair') return paired;
    if (isTransparent(parent, node)) {
      inRecord ||= isSequence(parent) && isSequence(parent.parent);
      choice ??= pythonChoiceEnvTarget(parent, node, bindings);
      continue;
    }
    if (parent.type === 'boolean_operator') {
      const target = orTarget(parent, node, bindings);
      if (target !== 'continue') return orChoice(target, choice);
      continue;
    }
    const slot = pyUrlSlot(parent, node);
    if (slot) return orChoice(slot, choice);
    const target = directTarget(parent, node, bindings);
    return orChoice(inRecord ? namedForItself(target) : target, choice);
  }
  return choice;
}

/** `'mongodb://u:' + X + '@host'`: X, the right of `sum`, in a connection URL's password slot (target.ts urlSlotTarget). */
function pyUrlSlot(sum: SyntaxNode, node: SyntaxNode): Target | undefined {
  if (sum.type !== 'binary_operator' || sum.childForFieldName('operator')?.text !== '+' || sum.childForFieldName('right')?.id !== node.id) return undefined;
  let left = sum.childForFieldName('left');
  if (left?.type === 'binary_operator' && left.childForFieldName('operator')?.text === '+') left = left.childForFieldName('right');
  const next = sum.parent;
  if (next?.type !== 'binary_operator' || next.childForFieldName('operator')?.text !== '+' || next.childForFieldName('left')?.id !== sum.id) return undefined;
  const before = stringValue(left);
  const after = stringValue(next.childForFieldName('right'));
  const scheme = before === undefined || after === undefined ? undefined : urlPasswordSlotScheme(before, after);
  return scheme === undefined ? undefined : urlSlotTarget(scheme);
}

/**
 * `url, db, user, password = 'https://…', 'prod', 'sync', 'lit'`: a value unpacked into the name at
 * its own position (Odoo's external-API scripts open so).
 */
function unpackedTarget(parent: SyntaxNode, node: SyntaxNode, bindings: Bindings): Target | undefined {
  const assignment = parent.parent;
  if (parent.type !== 'expression_list' || assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== parent.id) return undefined;
  const names = assignment.childForFieldName('left');
  if ((names?.type !== 'pattern_list' && names?.type !== 'tuple_pattern') || names.namedChildCount !== parent.namedChildCount) return undefined;
  const index = parent.namedChildren.findIndex((child) => child?.id === node.id);
  return index < 0 ? undefined : assignedTarget(names.namedChild(index), bindings);
}

function isSequence(node: SyntaxNode | null): boolean {
  return node?.type === 'list' || node?.type === 'tuple';
}

/**
 * A value in a record of a table (`tokens = {'root': [(r'\s+', Text), …]}`, a lexer's states;
 * `[('admin', 'Administrator'), …]`, choices) is a field of that record, of whatever kind: the
 * table's name (`tokens`, `CREDENTIALS`) says nothing of it. Only a credential's own name does.
 */
function namedForItself(target: Target | undefined): Target | undefined {
  return target && target.kind === 'name' && credentialName(target.name ?? '') === undefined ? undefined : target;
}

/** Where a (user, password) pair goes: requests' `auth`, Elasticsearch's `basic_auth`/`http_auth`, `proxy_auth`. */
const BASIC_AUTH_NAMES = /^(?:auth|basic_auth|http_auth|proxy_auth)$/;

/**
 * `requests.get(url, auth=('user', 'lit'))`, `session.auth = ('user', 'lit')`: the second of a user/password pair
 * under `auth`; the first when the second is blank (`auth=('sk_…', '')`: the key is the user).
 */
function basicAuthPassword(parent: SyntaxNode, node: SyntaxNode): Target | undefined {
  if (parent.type !== 'tuple' || parent.namedChildCount !== 2) return undefined;
  const keyAsUser = parent.namedChild(0)?.id === node.id && isBlankPassword(stringValue(parent.namedChild(1)));
  if (parent.namedChild(1)?.id !== node.id && !keyAsUser) return undefined;
  const owner = parent.parent;
  const name =
    owner?.type === 'keyword_argument' ? owner.childForFieldName('name')?.text
    : owner?.type === 'assignment' && owner.childForFieldName('right')?.id === parent.id ? dottedName(owner.childForFieldName('left'))?.split('.').pop()
    : undefined;
  if (name === undefined || !BASIC_AUTH_NAMES.test(name)) return undefined;
  if (keyAsUser) return keyAsUserTarget(name);
  return { kind: 'name', label: 'auth', name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: 'BASIC_AUTH_PASSWORD' };
}

/** `bytes.fromhex('…')`, `base64.b64decode('…')`: the decoded literal is still the key. */
const DECODERS = /^(?:bytes\.fromhex|bytearray\.fromhex|binascii\.(?:unhexlify|a2b_hex|a2b_base64)|base64\.(?:b64decode|urlsafe_b64decode|b32decode|b16decode|standard_b64decode))$/;

/**
 * `quote('…')`, `base64.b64encode(b'…')`, `str('…')`: a pure encoder or conversion hands on the same value, escaped;
 * the name it is bound to still names the literal (`MAIL_PASSWORD = quote('…')`). shlex's quote is as pure.
 */
const ENCODERS = /^(?:(?:urllib\.)?(?:parse\.)?quote(?:_plus)?|shlex\.quote|base64\.(?:b64encode|urlsafe_b64encode|standard_b64encode|b32encode|b16encode)|binascii\.(?:hexlify|b2a_hex|b2a_base64)|str|bytes|bytearray)$/;

/**
 * `SecretStr('…')`, `Secret('…')`: pydantic's and Starlette's wrappers only hide the value from
 * repr, so the name it is bound to still names the literal (`INFLUX_TOKEN: SecretStr = SecretStr('…')`).
 */
const SECRET_WRAPPERS = /^(?:pydantic(?:\.types)?\.)?Secret(?:Str|Bytes)$|^(?:starlette\.(?:config|datastructures)\.)?Secret$/;

/** A call that hands its one argument on unchanged, as far as what the value is goes. */
function isPassThroughCall(call: SyntaxNode | null): boolean {
  const callee = dottedName(call?.childForFieldName('function')) ?? '';
  return DECODERS.test(callee) || ENCODERS.test(callee) || SECRET_WRAPPERS.test(callee);
}

/** `'x'.encode()`, `b64encode(b'x').decode()`: text to bytes and back is the same value. */
const CODEC_METHODS = new Set(['encode', 'decode']);

/**
 * `'%s' % quote('x')`: a format of nothing but one slot is the value itself. A format with text around the
 * slot (`'postgres://u:%s@h' % 'x'`) composes a new string, which the literal's own name no longer names.
 */
function isBareFormat(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type !== 'binary_operator' || parent.childForFieldName('operator')?.text !== '%') return false;
  if (parent.childForFieldName('right')?.id !== node.id) return false;
  return /^[rRuU]?(['"])%s\1$/.test(parent.childForFieldName('left')?.text ?? '');
}

/** `('x')`, `a if c else 'x'`, `['x', 'y']`, `'x'.encode()`, `bytes.fromhex('x')`: the value passes through unchanged. */
function isTransparent(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type === 'tuple') return !holdsReference(parent);
  if (isBareFormat(parent, node)) return true;
  if (['parenthesized_expression', 'list', 'expression_list'].includes(parent.type)) return true;
  if (parent.type === 'argument_list' && parent.namedChildCount === 1 && parent.parent?.type === 'call') return isPassThroughCall(parent.parent);
  if (parent.type === 'call' && parent.childForFieldName('arguments')?.id === node.id) return isPassThroughCall(parent);
  // `'x'.encode()`: the call of the method below.
  if (parent.type === 'call' && parent.childForFieldName('function')?.id === node.id) return node.type === 'attribute' && CODEC_METHODS.has(node.childForFieldName('attribute')?.text ?? '');
  if (parent.type === 'conditional_expression') return parent.namedChild(1)?.id !== node.id;
  if (parent.type !== 'attribute' || parent.childForFieldName('object')?.id !== node.id) return false;
  return CODEC_METHODS.has(parent.childForFieldName('attribute')?.text ?? '') && parent.parent?.type === 'call';
}

/**
 * `self.password = ('obfuscated', self.password, 'XXXXXX')`: a tuple that holds a variable beside its
 * literals is a record (a masked value and its mask), not a set of values of its owner's kind.
 */
function holdsReference(tuple: SyntaxNode): boolean {
  return tuple.namedChildren.some((child) => child?.type === 'identifier' || child?.type === 'attribute');
}

function directTarget(parent: SyntaxNode, node: SyntaxNode, bindings: Bindings): Target | undefined {
  switch (parent.type) {
    case 'assignment':
      if (parent.childForFieldName('right')?.id !== node.id) return undefined;
      return settingsFieldTarget(parent) ?? assignedTarget(parent.childForFieldName('left'), bindings);
    case 'pair':
      return parent.childForFieldName('value')?.id === node.id ? pairTarget(parent, bindings) : undefined;
    case 'keyword_argument':
      return parent.childForFieldName('value')?.id === node.id ? keywordTarget(parent, bindings) : undefined;
    case 'default_parameter':
    case 'typed_default_parameter': {
      const name = parent.childForFieldName('name');
      return name?.type === 'identifier' ? nameTarget([name.text]) : undefined;
    }
    case 'comparison_operator':
      return comparisonTarget(parent, node);
    case 'argument_list':
      return parent.parent?.type === 'call' ? argumentTarget(parent.parent, node, bindings) : undefined;
    case 'return_statement':
      return returnTarget(parent);
    default:
      return undefined;
  }
}

/**
 * `class Settings(BaseSettings): secret: str = 'SECRET'`: pydantic-settings reads each field from the environment
 * (SECRET, case-insensitive), so the literal is that variable's fallback, judged as `os.getenv('SECRET', '…')` is:
 * a placeholder-like word there is what a deploy that forgets the variable runs with. No in-place fix.
 */
function settingsFieldTarget(assignment: SyntaxNode): Target | undefined {
  const left = assignment.childForFieldName('left');
  if (left?.type !== 'identifier' || !assignment.childForFieldName('type')) return undefined;
  const owner = assignment.parent?.parent?.parent;
  if (owner?.type !== 'class_definition' || !SETTINGS_BASES.test(owner.childForFieldName('superclasses')?.text ?? '')) return undefined;
  const envName = left.text.toUpperCase();
  return envFallbackTarget(envName, `the environment variable ${envName}`, undefined);
}

/** pydantic's (v1) and pydantic-settings' (v2) BaseSettings as a class's base. */
const SETTINGS_BASES = /^\(\s*(?:pydantic(?:_settings)?\.)?BaseSettings\s*[,)]/;

/** `X = 'lit'`, `self.x = 'lit'`, `app.config['SECRET_KEY'] = 'lit'`, `os.environ['X'] = 'lit'`. */
function assignedTarget(left: SyntaxNode | null, bindings: Bindings): Target | undefined {
  const segments = targetSegments(left);
  if (!segments || !left) return undefined;
  const envName = envReadName(left, bindings);
  if (envName !== undefined) {
    const credential = credentialName(envName);
    return { kind: 'name', label: `os.environ["${envName}"]`, name: envName, ...(credential ? { credential } : {}), envName, noFix: true, envWrite: true };
  }
  return pairedPasswordTarget({ ...nameTarget(segments), envName: envNameFrom(envSegments(segments)) }, left);
}

/** `app.config['SECRET_KEY']` and `app.secret_key` are SECRET_KEY: the app object and its config say where, not what. */
function envSegments(segments: string[]): string[] {
  const configAt = segments.findIndex((segment) => /^(?:config|settings|conf)$/i.test(segment));
  if (configAt >= 0 && configAt < segments.length - 1) return segments.slice(configAt + 1);
  return segments.length > 1 && segments[0] === 'app' ? segments.slice(1) : segments;
}

/** Name segments of an assignment target; `self.` is dropped (the attribute is what names it). */
function targetSegments(left: SyntaxNode | null, depth = 0): string[] | undefined {
  if (!left || depth > 8) return undefined;
  const name = dottedName(left);
  if (name !== undefined) return name.split('.').filter((segment, index) => index > 0 || (segment !== 'self' && segment !== 'cls'));
  if (left.type !== 'subscript') return undefined;
  const key = stringValue(left.childForFieldName('subscript'));
  const owner = targetSegments(left.childForFieldName('value'), depth + 1);
  return key === undefined || !owner ? undefined : [...owner, key];
}

/** `{'PASSWORD': 'lit'}`: the key, under the names of the dicts and the variable above it. */
function pairTarget(pair: SyntaxNode, bindings: Bindings): Target | undefined {
  const key = stringValue(pair.childForFieldName('key'));
  if (key === undefined) return undefined;
  const outer = ownerSegments(pair.parent, bindings);
  if (hasUiContainer(outer, key)) return undefined;
  const named = outer.map((segment) => SERVICE_SETTINGS[segment] ?? segment);
  const target = nameTarget([...named, key]);
  if (target.credential && isCategoryPair(pair)) return undefined;
  const passwordMap = isPasswordMapName(outer[outer.length - 1]) || isPasswordApiArgument(pair.parent);
  if (target.credential?.strength !== 'strong' && passwordMap) return { ...nameTarget([key, 'password']), label: [...outer, key].join('.') };
  const accountKey = target.credential ? undefined : accountKeyBeside(key, () => pairKeys(pair.parent));
  return { ...target, ...(accountKey ? { credential: accountKey } : {}), label: [...outer, key].join('.') };
}

/** The string keys of a dict literal's pairs. */
function pairKeys(dictionary: SyntaxNode | null): string[] {
  return (dictionary?.namedChildren ?? []).flatMap((sibling) => (sibling?.type === 'pair' ? [stringValue(sibling.childForFieldName('key')) ?? ''] : []));
}

/** `{'members_private_key': 'core', 'title': 'site', …}`: a category in a table of settings by group. */
function isCategoryPair(pair: SyntaxNode): boolean {
  const dictionary = pair.parent;
  if (!dictionary) return false;
  const siblings = () => dictionary.namedChildren.filter((sibling) => sibling?.type === 'pair');
  return isCategoryAmong(stringValue(pair.childForFieldName('value')), dictionary, siblings, (sibling) => ({
    key: stringValue(sibling?.childForFieldName('key')),
    value: stringValue(sibling?.childForFieldName('value')),
  }));
}

/** The names above a dict literal: enclosing dict keys and the variable or keyword it is bound to. */
function ownerSegments(dictionary: SyntaxNode | null, bindings: Bindings, depth = 0): string[] {
  if (!dictionary || dictionary.type !== 'dictionary' || depth > 8) return [];
  const parent = dictionary.parent;
  if (parent?.type === 'pair' && parent.childForFieldName('value')?.id === dictionary.id) {
    const key = stringValue(parent.childForFieldName('key'));
    return key === undefined ? [] : [...ownerSegments(parent.parent, bindings, depth + 1), key];
  }
  if (parent?.type === 'assignment') return targetSegments(parent.childForFieldName('left')) ?? [];
  if (parent?.type === 'keyword_argument') return [parent.childForFieldName('name')?.text ?? ''].filter(Boolean);
  return [];
}

/**
 * A dict handed alone to a password authenticator (Buildbot's `util.UserPasswordAuth({'user': '…'})`,
 * `PasswordAuth({…})`): a map of passwords by user.
 */
function isPasswordApiArgument(dictionary: SyntaxNode | null): boolean {
  const list = dictionary?.type === 'dictionary' ? dictionary.parent : undefined;
  const call = list?.type === 'argument_list' && list.namedChildCount === 1 ? list.parent : undefined;
  const callee = call?.type === 'call' ? dottedName(call.childForFieldName('function')) : undefined;
  const words = callee === undefined ? [] : splitWords(lastSegment(callee));
  // Not `PasswordPolicy({...})` or `PasswordValidator({...})`: settings of a password rule.
  return words.includes('password') && words[words.length - 1] === 'auth';
}

/** `connect(password='lit')`, `env('SECRET_KEY', default='lit')`, `dict(password='lit')`. */
function keywordTarget(argument: SyntaxNode, bindings: Bindings): Target | undefined {
  const keyword = argument.childForFieldName('name')?.text;
  const call = argument.parent?.parent;
  if (keyword === undefined || call?.type !== 'call') return undefined;
  const value = argument.childForFieldName('value');
  const fallback = value ? envGetterFallback(call, value, bindings) : undefined;
  if (fallback) return fallbackTarget(fallback.envName, fallback.label, fallback.fixSpan ? call : undefined);
  const lookup = value ? lookupDefaultTarget(call, value) : undefined;
  if (lookup) return lookup;
  if (keyword === 'default') return boundDefaultTarget(call) ?? optionDefaultTarget(call) ?? nameTarget([keyword]);
  const callee = resolvedName(call.childForFieldName('function'), bindings);
  const label = dottedName(call.childForFieldName('function'));
  // Flask's config set by keywords, `app.config.update(SECRET_KEY=…)`, `from_mapping(…)`: the setting itself, as `app.config['SECRET_KEY']` is.
  if (label !== undefined && FLASK_CONFIG_SETTER.test(label)) return { ...nameTarget([keyword]), label: `${label.slice(0, label.lastIndexOf('.'))}.${keyword}` };
  if (callee === undefined || label === undefined || callee === 'dict') return nameTarget([keyword]);
  const prefix = KEYWORD_PREFIXES.find((entry) => entry.callee.test(callee))?.prefix;
  if (keyword === 'key' && isSignIn(callee)) return { kind: 'api', label, name: keyword, credential: { noun: 'API key', strength: 'weak' }, envName: envNameFrom([lastSegment(callee.replace(/\.\w+$/, '')), 'api_key']), viaKeyword: true };
  // Vault's AppRole login, `auth.approle.login(role_id=…, secret_id='…')`: the secret ID is the credential.
  if (keyword === 'secret_id' && keywordArgument(call, 'role_id') !== undefined) return { kind: 'api', label, name: keyword, credential: { noun: 'secret ID', strength: 'strong' }, envName: 'VAULT_SECRET_ID', viaKeyword: true };
  const named = credentialName(keyword);
  // Beside a base URL on this machine, a chosen word is the local server's placeholder (`api_key="ollama"`).
  const credential = named && callsLocalService(call) ? { ...named, strength: 'weak' as const } : named;
  const envName = envNameFrom(prefix ? [prefix, keyword] : [keyword]);
  return { kind: 'api', label, name: keyword, ...(credential ? { credential } : {}), envName, viaKeyword: true };
}

/** Flask's `app.config.update(…)` and `app.config.from_mapping(…)`, on an app of any name. */
const FLASK_CONFIG_SETTER = /^[a-z_]\w{0,30}\.config\.(?:update|from_mapping)$/;

/** Keywords that give an API client the server it talks to. */
const BASE_URL_KEYWORDS = ['base_url', 'api_base', 'openai_api_base', 'base_uri', 'endpoint', 'host'];

/** `OpenAI(base_url="http://localhost:11434/v1", api_key=…)`: a client of a server on this machine. */
function callsLocalService(call: SyntaxNode): boolean {
  return BASE_URL_KEYWORDS.some((keyword) => isLocalServiceUrl(stringValue(keywordArgument(call, keyword)) ?? ''));
}

/** `wandb.login(key=…)`, `Client(key=…)`: a bare `key` given to a sign-in or to an API client is its API key. */
function isSignIn(callee: string): boolean {
  const last = lastSegment(callee);
  return last === 'login' || isClientClass(last);
}

/**
 * `jwt_secret: str = Field(default='lit')`, `api_key = Column(String, default='lit')`: a field's
 * default is named by the attribute the field is assigned to. No fix: the default is a declaration.
 */
function boundDefaultTarget(call: SyntaxNode): Target | undefined {
  const assignment = call.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== call.id) return undefined;
  const segments = targetSegments(assignment.childForFieldName('left'));
  return segments ? { ...nameTarget(segments), noFix: true } : undefined;
}

/**
 * A command-line option's default, named by its flag: click's `@click.option('--api-token', default='…')`, typer's
 * `typer.Option('…')`-less `default=`, argparse's `parser.add_argument('--password', default='…')`. No fix: the
 * option may read the environment itself (`envvar=`), and the default is what runs without it.
 */
function optionDefaultTarget(call: SyntaxNode): Target | undefined {
  const method = lastSegment(dottedName(call.childForFieldName('function')) ?? '');
  if (!/^(?:option|Option|add_argument|argument|Argument)$/.test(method)) return undefined;
  const flag = positionalArguments(call).map(stringValue).find((text) => text !== undefined && /^--[a-z][a-z0-9-]{1,60}$/i.test(text));
  return flag === undefined ? undefined : { ...nameTarget([flag.slice(2).replace(/-/g, '_')]), label: `option ${flag}`, noFix: true };
}

/**
 * `(username, password) == ('admin', 'lit')`: a tuple or list compared with one of names, item by item (a basic-auth check
 * written as one comparison); the literal is compared with the name at its own position. 'no pair' for any other shape.
 */
function pairComparisonTarget(parent: SyntaxNode, node: SyntaxNode): Target | undefined | 'no pair' {
  if ((parent.type !== 'tuple' && parent.type !== 'list') || parent.parent?.type !== 'comparison_operator') return 'no pair';
  const comparison = parent.parent;
  const operands = comparison.namedChildren.filter((child): child is SyntaxNode => !!child);
  const operators = comparison.children.filter((child) => child && !child.isNamed).map((child) => child?.type);
  if (operands.length !== 2 || !['==', '!='].includes(operators[0] ?? '')) return 'no pair';
  const other = operands[0]?.id === parent.id ? operands[1] : operands[0];
  if ((other?.type !== 'tuple' && other?.type !== 'list') || other.namedChildCount !== parent.namedChildCount) return 'no pair';
  const index = parent.namedChildren.findIndex((child) => child?.id === node.id);
  const name = index < 0 ? undefined : dottedName(other.namedChild(index));
  return name === undefined ? undefined : { ...nameTarget(name.split('.')), comparison: true };
}

/** `password == 'lit'`: the value it is compared with is the password. */
function comparisonTarget(comparison: SyntaxNode, node: SyntaxNode): Target | undefined {
  const operands = comparison.namedChildren.filter((child): child is SyntaxNode => !!child);
  const operators = comparison.children.filter((child) => child && !child.isNamed).map((child) => child?.type);
  if (operands.length !== 2 || !['==', '!='].includes(operators[0] ?? '')) return undefined;
  const other = operands[0]?.id === node.id ? operands[1] : operands[0];
  const name = dottedName(other) ?? keyedReadName(other);
  return name === undefined ? undefined : { ...nameTarget(name.split('.')), comparison: true };
}

/** `request.form['password']`, `self.get_argument('password')`, `request.headers.get('X-Api-Key')`: a read named by its literal key. */
function keyedReadName(node: SyntaxNode | undefined): string | undefined {
  if (node?.type === 'subscript') {
    const key = stringValue(node.childForFieldName('subscript'));
    const base = dottedName(node.childForFieldName('value'));
    return key === undefined || base === undefined ? undefined : `${base}.${key}`;
  }
  const callee = node?.type === 'call' ? node.childForFieldName('function') : null;
  if (callee?.type !== 'attribute' || !KEYED_READ_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) return undefined;
  const key = stringValue(positionalArguments(node!)[0]);
  const base = dottedName(callee.childForFieldName('object'));
  return key === undefined || base === undefined ? undefined : `${base}.${key}`;
}

/** `def get_password(): return 'lit'`, `def hmac_key(): return 'lit'`: the function's name says what it returns. */
function returnTarget(statement: SyntaxNode): Target | undefined {
  const block = statement.parent;
  const fn = block?.parent;
  if (block?.type !== 'block' || fn?.type !== 'function_definition' || block.namedChildCount > 2) return undefined;
  const name = fn.childForFieldName('name')?.text;
  return name === undefined ? undefined : nameTarget([name.replace(/^get_?/i, '') || name]);
}

const ANSWER_METHODS = new Set(['sendline', 'send', 'write']);
const PROMPT_METHODS = new Set(['expect', 'expect_exact', 'read_until', 'waitfor']);

/**
 * pexpect's and telnetlib's dialogues: `child.expect('Password:')` then `child.sendline('lit')`,
 * `tn.read_until(b'Password: ')` then `tn.write(b'lit\\n')`: what is typed at a password prompt is the
 * password. The statement just before must wait on the same session for a prompt that asks for one.
 */
function promptAnswerTarget(call: SyntaxNode, index: number, method: string): Target | undefined {
  if (index !== 0 || !ANSWER_METHODS.has(method) || call.parent?.type !== 'expression_statement') return undefined;
  const session = dottedName(call.childForFieldName('function')?.childForFieldName('object'));
  let previous = call.parent.previousNamedSibling;
  while (previous?.type === 'comment') previous = previous.previousNamedSibling;
  const prompt = previous?.type === 'expression_statement' ? previous.namedChild(0) : null;
  const waits = prompt?.type === 'call' ? prompt.childForFieldName('function') : null;
  if (session === undefined || waits?.type !== 'attribute' || !PROMPT_METHODS.has(waits.childForFieldName('attribute')?.text ?? '')) return undefined;
  if (dottedName(waits.childForFieldName('object')) !== session || !/pass(?:word|wd|phrase)?\b|assword/i.test(positionalArguments(prompt!)[0]?.text ?? '')) return undefined;
  return { kind: 'api', label: `${session}.${method}()`, credential: { noun: 'password', strength: 'strong' }, envName: 'LOGIN_PASSWORD' };
}

/** `os.getenv('X', 'lit')`, `jwt.encode(payload, 'lit')`. */
function argumentTarget(call: SyntaxNode, node: SyntaxNode, bindings: Bindings): Target | undefined {
  const fallback = envGetterFallback(call, node, bindings);
  if (fallback) return fallbackTarget(fallback.envName, fallback.label, fallback.fixSpan ? call : undefined);
  const lookup = lookupDefaultTarget(call, node) ?? storedValueTarget(call, node);
  if (lookup) return lookup;
  const positional = positionalArguments(call);
  const index = positional.findIndex((argument) => argument.id === node.id);
  const method = call.childForFieldName('function')?.childForFieldName('attribute')?.text ?? '';
  const typed = typedPasswordTarget(method, typedSelector(call, positional, index), `${method}()`);
  if (typed) return typed;
  const flagged = commandFlagTarget(positional, index) ?? promptAnswerTarget(call, index, method);
  if (flagged) return flagged;
  const callee = resolvedName(call.childForFieldName('function'), bindings);
  if (callee === undefined) return undefined;
  if (index === 0 && FIELD_FACTORIES.test(callee)) return boundDefaultTarget(call);
  const compared = PYTHON_EQUALITY_CALLS.has(callee) ? dottedName(otherSide(positional, index)) : undefined;
  if (compared !== undefined) return comparedNameTarget(compared.split('.'));
  const secret = POSITIONAL_SECRETS.find((entry) => entry.index === index && entry.callee.test(callee) && (entry.arity ?? positional.length) === positional.length);
  const written = dottedName(call.childForFieldName('function')) ?? callee;
  if (!secret) return oauthSecretTarget(lastSegment(callee), index, written) ?? soleClientArgument(call, index) ?? sdkStarterArgument(written, positional, index, bindings) ?? afterPublicHalfTarget(positional, index, written) ?? pythonOwnParameterTarget(call, index);
  if (secret.user !== undefined && isAnonymousUser(stringValue(positional[secret.user]))) return undefined;
  const credential: CredentialName = { noun: secret.noun, strength: secret.strength ?? 'strong' };
  return { kind: 'api', label: dottedName(call.childForFieldName('function')) ?? lastSegment(callee), credential, envName: secret.envName };
}

/**
 * `SpotifyClientCredentials('<id>', '…')`, `Client(client_id, '…')`, `('AKIA…', '…')`: the literal after
 * the pair's public half, by its generated or access-key-id shape or by its name (public-half.ts), as Go, JVM and PHP read it.
 */
function afterPublicHalfTarget(positional: readonly SyntaxNode[], index: number, label: string): Target | undefined {
  const previous = index > 0 ? positional[index - 1] : undefined;
  if (!previous) return undefined;
  const literal = stringValue(previous);
  if (literal !== undefined) return secretAfterKeyId(literal, label);
  const name = dottedName(previous);
  return secretAfterPublicHalf(name === undefined ? undefined : lastSegment(name), label);
}

/**
 * A command's words passed one by one (nox's `session.run("twine", "upload", "-u", "__token__", "-p", "…")`):
 * the literal after a credential flag (`--password`, `--token`, `--api-key`), or after `-p` where a
 * `-u`/`--username` says it is a login, as a shell line's words are read (config-shell-commands.ts).
 */
function commandFlagTarget(words: readonly SyntaxNode[], index: number): Target | undefined {
  const flag = index > 0 ? stringValue(words[index - 1]) : undefined;
  if (flag === undefined) return undefined;
  const login = () => words.some((word) => /^(?:-u|--user|--username)$/.test(stringValue(word) ?? ''));
  const named = /^--[a-z][a-z0-9-]{1,40}$/.test(flag) ? flag.slice(2) : flag === '-p' && login() ? 'password' : undefined;
  const credential = named === undefined ? undefined : credentialName(named);
  return credential ? { kind: 'name', label: `the ${flag} argument`, name: named, credential, envName: envNameFrom([named!]) } : undefined;
}

/**
 * The field a typing call writes to: the selector before the text (`page.fill('#password', '…')`), or
 * the last string the receiver was found by (`driver.find_element(By.ID, 'password').send_keys('…')`).
 */
function typedSelector(call: SyntaxNode, positional: readonly SyntaxNode[], index: number): string | undefined {
  if (index === 1 && positional.length === 2) return stringValue(positional[0]);
  const receiver = call.childForFieldName('function')?.childForFieldName('object');
  if (index !== 0 || positional.length !== 1 || receiver?.type !== 'call') return undefined;
  return positionalArguments(receiver).map(stringValue).filter((value) => value !== undefined).pop();
}

/** `PostmarkClient('lit')`, `telegram.Bot`-style clients built from one literal: their token. */
function soleClientArgument(call: SyntaxNode, index: number): Target | undefined {
  const written = dottedName(call.childForFieldName('function'));
  const argumentCount = call.childForFieldName('arguments')?.namedChildren.filter((child) => child?.type !== 'comment').length;
  if (index !== 0 || argumentCount !== 1 || written === undefined) return undefined;
  // A class is built (`PostmarkClient('…')`); a method of one is called (Azure's `…ManagementClient.models('2021-06-01')`).
  if (!/^[A-Z]/.test(written.slice(written.lastIndexOf('.') + 1))) return undefined;
  return clientTokenTarget(written.split('.').filter((segment) => /^[A-Z]/.test(segment)), written);
}

/** The functions an SDK module is started with: `rollbar.init(token, environment=…)`; or built by (sdk-factories.ts). */
const SDK_STARTERS = /^(?:init|initialize)$/;

/**
 * `rollbar.init('…', environment='production')`: one generated literal (isSoleKeyValue) as the only
 * positional argument of an imported module's starter is the key the SDK sends with, as JavaScript's
 * `Mixpanel.init('…')` reads (javascript-clients.ts).
 */
function sdkStarterArgument(written: string, positional: readonly SyntaxNode[], index: number, bindings: Bindings): Target | undefined {
  const [module, starter, ...rest] = written.split('.');
  const value = stringValue(positional[0]);
  if (index !== 0 || positional.length !== 1 || rest.length > 0 || !(SDK_STARTERS.test(starter ?? '') || CLIENT_FACTORY_METHODS.test(starter ?? '')) || !bindings.has(module!)) return undefined;
  if (value === undefined || !isSoleKeyValue(value)) return undefined;
  return clientTokenTarget([`${module!.charAt(0).toUpperCase()}${module!.slice(1)}Client`], written);
}

/** `os.getenv('X') or 'lit'`: a fallback; `password or 'lit'`: the name; anything else: climb on. */
function orTarget(operator: SyntaxNode, node: SyntaxNode, bindings: Bindings): Target | undefined | 'continue' {
  if (operator.childForFieldName('operator')?.type !== 'or' || operator.childForFieldName('right')?.id !== node.id) return undefined;
  const left = operator.childForFieldName('left');
  const envName = left ? envReadName(left, bindings) : undefined;
  if (envName !== undefined && left) return fallbackTarget(envName, left.text.replace(/\s+/g, ' ').slice(0, 80), operator);
  const name = dottedName(left);
  const target = name === undefined ? undefined : nameTarget(name.split('.'));
  return target?.credential ? target : 'continue';
}

/** `fixed` is the expression the fix replaces (the whole call or `or`); without it there is no in-place fix. */
function fallbackTarget(envName: string, label: string, fixed: SyntaxNode | undefined): Target {
  return envFallbackTarget(envName, label, fixed ? { start: fixed.startIndex, end: fixed.endIndex } : undefined);
}
