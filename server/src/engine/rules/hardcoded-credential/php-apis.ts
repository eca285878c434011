// PHP calls that take a secret by position, so a literal there is a credential whatever it is
// named: `new PDO($dsn, $user, '...')`, `mysqli_connect($h, $u, '...')`, `JWT::encode($p, '...')`.
import { argumentAt, stringValue, type PhpCall } from '../../languages/php';

export interface SecretArgument {
  /** The callee as written in messages: `new PDO`, `mysqli_connect`. */
  label: string;
  envName: string;
  noun: string;
}

interface ApiEntry {
  kind: PhpCall['kind'];
  /** Lowercase function or class name; `Class::method` for static calls. */
  name: string;
  index: number;
  /** The parameter's name, for PHP 8 named arguments. */
  parameter: string;
  envName: string;
  noun: string;
}

const entry = (kind: PhpCall['kind'], name: string, index: number, parameter: string, envName: string, noun: string): ApiEntry => ({
  kind, name, index, parameter, envName, noun,
});

const APIS: readonly ApiEntry[] = [
  entry('new', 'pdo', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('new', 'mysqli', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'mysqli_connect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'mysqli_real_connect', 3, 'password', 'DB_PASSWORD', 'password'),
  entry('method', 'real_connect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'ftp_login', 2, 'password', 'FTP_PASSWORD', 'password'),
  // The connect functions of older PHP code: mysql_*, Oracle, ODBC, MSSQL/Sybase, IMAP.
  entry('function', 'mysql_connect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'mysql_pconnect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'oci_connect', 1, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'oci_pconnect', 1, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'oci_new_connect', 1, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'odbc_connect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'odbc_pconnect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'mssql_connect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'sybase_connect', 2, 'password', 'DB_PASSWORD', 'password'),
  entry('function', 'imap_open', 2, 'password', 'IMAP_PASSWORD', 'password'),
  // php-amqplib's connections: (host, port, user, password, vhost, …).
  entry('new', 'amqpstreamconnection', 3, 'password', 'AMQP_PASSWORD', 'password'),
  entry('new', 'amqpsslconnection', 3, 'password', 'AMQP_PASSWORD', 'password'),
  entry('new', 'amqpsocketconnection', 3, 'password', 'AMQP_PASSWORD', 'password'),
  entry('new', 'amqplazyconnection', 3, 'password', 'AMQP_PASSWORD', 'password'),
  // phpredis' `$redis->auth('…')`.
  entry('method', 'auth', 0, 'credentials', 'REDIS_PASSWORD', 'password'),
  // Laravel's HTTP client (`Http::withBasicAuth($user, '...')`), phpseclib's and FTP clients' `->login($user, '...')`.
  entry('method', 'withbasicauth', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  entry('method', 'withdigestauth', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  entry('static', 'http::withbasicauth', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  entry('static', 'http::withdigestauth', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  entry('method', 'login', 1, 'password', 'LOGIN_PASSWORD', 'password'),
  // Laminas/Zend's HTTP client `->setAuth($user, '…')`, SOAP and SDK clients' `->setCredentials($user, '…')`.
  entry('method', 'setauth', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  entry('method', 'setbasicauth', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  // The Elasticsearch client builder's `->setBasicAuthentication($user, '…')`.
  entry('method', 'setbasicauthentication', 1, 'password', 'ELASTICSEARCH_PASSWORD', 'password'),
  // php-imap's `new Mailbox('{imap.example.org:993/imap/ssl}INBOX', $login, '…')`, told by the IMAP path first.
  entry('new', 'mailbox', 2, 'password', 'IMAP_PASSWORD', 'password'),
  entry('method', 'setcredentials', 1, 'password', 'BASIC_AUTH_PASSWORD', 'password'),
  // Memcached's SASL login, `->setSaslAuthData($user, '…')`.
  entry('method', 'setsaslauthdata', 1, 'password', 'MEMCACHED_PASSWORD', 'password'),
  entry('function', 'ldap_bind', 2, 'password', 'LDAP_PASSWORD', 'password'),
  entry('function', 'ldap_sasl_bind', 2, 'password', 'LDAP_PASSWORD', 'password'),
  // Symfony Ldap's and Laminas' `$ldap->bind($dn, '…')`, told from other binds by the DN before it.
  entry('method', 'bind', 1, 'password', 'LDAP_PASSWORD', 'password'),
  entry('function', 'ssh2_auth_password', 2, 'password', 'SSH_PASSWORD', 'password'),
  entry('function', 'ssh2_auth_pubkey_file', 4, 'passphrase', 'SSH_KEY_PASSPHRASE', 'private key passphrase'),
  // phpMQTT's `->connect($clean, $will, $username, '…')`, told from other connects by the clean-session flag first.
  entry('method', 'connect', 3, 'password', 'MQTT_PASSWORD', 'password'),
  // SNMPv3: `$session->setSecurity('authPriv', 'SHA', '…', 'AES', '…')` and the snmp3_* functions take the
  // authentication and privacy passphrases after their protocols.
  entry('method', 'setsecurity', 2, 'authPassphrase', 'SNMP_AUTH_PASSPHRASE', 'SNMPv3 passphrase'),
  entry('method', 'setsecurity', 4, 'privacyPassphrase', 'SNMP_PRIV_PASSPHRASE', 'SNMPv3 passphrase'),
  ...['snmp3_get', 'snmp3_getnext', 'snmp3_walk', 'snmp3_real_walk', 'snmp3_set'].flatMap((name) => [
    entry('function', name, 4, 'auth_passphrase', 'SNMP_AUTH_PASSPHRASE', 'SNMPv3 passphrase'),
    entry('function', name, 6, 'privacy_passphrase', 'SNMP_PRIV_PASSPHRASE', 'SNMPv3 passphrase'),
  ]),
  entry('function', 'hash_hmac', 2, 'key', 'HMAC_SECRET', 'HMAC key'),
  entry('function', 'openssl_encrypt', 2, 'passphrase', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'openssl_decrypt', 2, 'passphrase', 'ENCRYPTION_KEY', 'encryption key'),
  // A private key's passphrase: reading it (openssl_pkey_get_private, openssl_pkcs12_read) or writing it (the exports).
  entry('function', 'openssl_pkey_get_private', 1, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  entry('function', 'openssl_get_privatekey', 1, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  entry('function', 'openssl_pkcs12_read', 2, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  entry('function', 'openssl_pkey_export', 2, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  entry('function', 'openssl_pkey_export_to_file', 2, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  entry('function', 'openssl_pkcs12_export', 3, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  entry('function', 'openssl_pkcs12_export_to_file', 3, 'passphrase', 'PRIVATE_KEY_PASSPHRASE', 'private key passphrase'),
  // libsodium's secret-key calls take the key last: secretbox, its MAC, AEAD and the keyed stream.
  entry('function', 'sodium_crypto_secretbox', 2, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_secretbox_open', 2, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_auth', 1, 'key', 'HMAC_SECRET', 'HMAC key'),
  entry('function', 'sodium_crypto_auth_verify', 2, 'key', 'HMAC_SECRET', 'HMAC key'),
  entry('function', 'sodium_crypto_stream_xor', 2, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_aead_xchacha20poly1305_ietf_encrypt', 3, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_aead_xchacha20poly1305_ietf_decrypt', 3, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_aead_chacha20poly1305_ietf_encrypt', 3, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_aead_chacha20poly1305_ietf_decrypt', 3, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_aead_aes256gcm_encrypt', 3, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  entry('function', 'sodium_crypto_aead_aes256gcm_decrypt', 3, 'key', 'ENCRYPTION_KEY', 'encryption key'),
  // lcobucci/jwt's symmetric keys (`InMemory::plainText('…')`, `InMemory::base64Encoded('…')`) and defuse/php-encryption's
  // `Key::loadFromAsciiSafeString('def0…')`: the key material itself.
  // A password hasher is handed the password in plain text (a seeder's admin, a default account), as in Java and JS.
  entry('function', 'bcrypt', 0, 'value', 'ADMIN_PASSWORD', 'password'),
  entry('static', 'hash::make', 0, 'value', 'ADMIN_PASSWORD', 'password'),
  entry('function', 'password_hash', 0, 'password', 'ADMIN_PASSWORD', 'password'),
  entry('static', 'inmemory::plaintext', 0, 'contents', 'JWT_SECRET', 'signing key'),
  entry('static', 'inmemory::base64encoded', 0, 'contents', 'JWT_SECRET', 'signing key'),
  entry('static', 'key::loadfromasciisafestring', 0, 'saved_key_string', 'ENCRYPTION_KEY', 'encryption key'),
  entry('static', 'jwt::encode', 1, 'key', 'JWT_SECRET', 'secret'),
  entry('static', 'jwt::decode', 1, 'keyOrKeyArray', 'JWT_SECRET', 'secret'),
  entry('new', 'key', 0, 'keyMaterial', 'JWT_SECRET', 'secret'),
  entry('static', 'stripe::setapikey', 0, 'apiKey', 'STRIPE_SECRET_KEY', 'secret key'),
  // OpenAPI Generator's PHP clients (Brevo, many vendor SDKs): `Configuration::getDefaultConfiguration()->setApiKey('api-key', '…')`.
  entry('method', 'setapikey', 1, 'key', 'API_KEY', 'API key'),
  entry('new', 'stripeclient', 0, 'config', 'STRIPE_SECRET_KEY', 'secret key'),
  // PayPal's REST SDK: `new OAuthTokenCredential($clientId, '…')`, the client secret second.
  entry('new', 'oauthtokencredential', 1, 'clientSecret', 'PAYPAL_CLIENT_SECRET', 'client secret'),
  // Twilio's `new Client($accountSid, $authToken)`, told from other clients by the account SID beside it.
  entry('new', 'client', 1, 'password', 'TWILIO_AUTH_TOKEN', 'auth token'),
];

/** The secret this argument of `call` is, if the call is a known secret-taking API. */
export function secretArgumentOf(call: PhpCall, index: number, named: string | undefined): SecretArgument | undefined {
  const found = apisOf(call).find((api) => (named === undefined ? api.index === index : api.parameter === named));
  return found && { label: labelOf(call), envName: found.envName, noun: found.noun };
}

/** The listed APIs `call` is: its name, and for a name other libraries share too (`connect`, `bind`), its arguments' shape. */
function apisOf(call: PhpCall): ApiEntry[] {
  const name = call.kind === 'static' ? `${call.scope ?? ''}::${call.name}`.toLowerCase() : call.name.toLowerCase();
  return APIS.filter((api) => api.kind === call.kind && api.name === name && (SHAPE_TESTS.get(api.name)?.(call) ?? true));
}

/**
 * Whether the call is one whose secret's position is known (mysqli_connect's password is its third argument): then
 * a literal elsewhere in it is not guessed at from its position. `mysqli_connect('localhost', 'root', '', 'shop')`
 * read as (host, database, user, password) took the database's name for a password.
 */
export function hasKnownSecretPosition(call: PhpCall): boolean {
  return apisOf(call).length > 0;
}

/** `new Key($material, 'HS256')` is firebase/php-jwt's key; other `Key` classes are not secrets. */
function isFirebaseJwtKey(call: PhpCall): boolean {
  const algorithm = stringValue(argumentAt(call, 1, 'algorithm'));
  return algorithm !== undefined && /^(?:[HRPE]S(?:256|384|512)|EdDSA)$/.test(algorithm);
}

/** PHP's SNMP class: `setSecurity('authPriv', …)` opens with an SNMPv3 security level; other setSecurity methods do not. */
function isSnmpSecurity(call: PhpCall): boolean {
  return /^(?:noAuthNoPriv|authNoPriv|authPriv)$/i.test(stringValue(argumentAt(call, 0, 'securityLevel')) ?? '');
}

/** phpMQTT's `connect(true, null, 'user', '…')`: a boolean clean-session flag first (Redis' `connect($host, $port, …)` takes none). */
function isMqttConnect(call: PhpCall): boolean {
  return call.args.length >= 4 && /^(?:true|false)$/i.test(argumentAt(call, 0, 'clean')?.text ?? '');
}

/** `new Mailbox('{imap.example.org:993/imap/ssl}INBOX', …)`: an IMAP path (`{host[:port][/flags]}folder`) first. */
function isImapMailbox(call: PhpCall): boolean {
  return /^\{[\w.-]+(?::\d+)?(?:\/[\w=-]+)*\}/.test(stringValue(argumentAt(call, 0, 'imapPath')) ?? '');
}

/** `new Client('AC…', $token)`: a Twilio account SID (AC + 32 hex) as the first argument. */
function isTwilioClient(call: PhpCall): boolean {
  return /^AC[0-9a-f]{32}$/.test(stringValue(argumentAt(call, 0, 'username')) ?? '');
}

/** `->bind('cn=app,ou=services,dc=example', …)`, `->bind('svc@corp.example', …)`: an LDAP bind names a DN (or a UPN) first. */
function isLdapBind(call: PhpCall): boolean {
  const literal = stringValue(argumentAt(call, 0, 'dn'));
  return literal !== undefined && (/^(?:cn|uid|ou|dc|o|mail|sAMAccountName)=[^,]+/i.test(literal) || /^[\w.-]+@[\w.-]+$/.test(literal));
}

/** Names other libraries share, each with the test that the call is the listed API's. */
const SHAPE_TESTS = new Map<string, (call: PhpCall) => boolean>([
  ['key', isFirebaseJwtKey], ['mailbox', isImapMailbox], ['connect', isMqttConnect], ['client', isTwilioClient], ['bind', isLdapBind], ['setsecurity', isSnmpSecurity],
]);

function labelOf(call: PhpCall): string {
  if (call.kind === 'new') return `new ${call.name}`;
  if (call.kind === 'static') return `${call.scope ?? ''}::${call.name}`;
  if (call.kind === 'method') return `->${call.name}`;
  return call.name;
}
