// Where a Ruby string literal goes: the name it is assigned to (`PASSWORD =`, `config.secret_key_base =`,
// `password:` in a hash or keyword argument), the API it is passed to, or the `ENV` read it is the
// fallback of. That, not the text of the literal, is what makes it a credential.
import { callArguments, callName, dottedName, envReadName, isEnv, methodName, stringValue, symbolOrStringName } from '../../languages/ruby';
import { accountKeyBeside } from './account-key-beside';
import { isAnonymousUser } from './anonymous-login';
import { isCategoryAmong } from './category-maps';
import { pairedPasswordTarget } from './pass-beside-user';
import { secretAfterKeyId, secretAfterPublicHalf } from './public-half';
import type { SyntaxNode } from '../../languages/treeSitter';
import { nodeSpan } from '../../languages/treeSitter';
import type { CredentialName } from '../../secrets';
import { comparedNameTarget, KEYED_READ_METHODS, otherSide, RUBY_EQUALITY_METHODS } from './compared';
import { isPasswordMapHash, type PasswordMaps } from './ruby-password-maps';
import { clientTokenTarget, envFallbackTarget, getterTarget, isClientClass, isPasswordMapName, nameTarget, oauthSecretTarget, orChoice, redisAuthTarget, typedPasswordTarget, type Target } from './target';
import { rubyChoice } from './ruby-choices';
import { rubyOwnParameterTarget } from './ruby-own-parameters';
import { confirmedAssignmentTarget, confirmedPairTarget } from './ruby-password-confirmation';

/** How far chains (`a || b || c`, nested hashes) are followed. */
const MAX_DEPTH = 32;

/** Methods that hand their receiver's value on unchanged: `'x'.freeze`. */
const TRANSPARENT_METHODS = new Set(['freeze', 'dup', 'to_s', 'strip', 'chomp', 'b']);

/** `['…'].pack('H*')`, `'…'.unpack1('m')`: hex and base64 decoding by directive, the literal is still the key. */
const DECODING_METHODS = new Set(['pack', 'unpack1', 'unpack']);

/**
 * `Base64.decode64('…')`, `Base64.strict_decode64('…')`: the decoded literal is still the key; so is an encoded or
 * escaped one (`CGI.escape('…')`, `Base64.strict_encode64('…')`, `ERB::Util.url_encode('…')`): the same secret.
 */
const DECODERS = /^(?:Base64\.(?:decode64|strict_decode64|urlsafe_decode64|encode64|strict_encode64|urlsafe_encode64)|CGI\.escape|ERB::Util\.(?:url_encode|u)|URI\.encode_www_form_component|Rack::Utils\.escape)$/;

interface SecretArgument {
  index: number;
  envName: string;
  noun: string;
  /** A symbol first (`:xoauth2`) names a login mechanism and shifts the arguments: no password by this position. */
  mechanismFirst?: boolean;
  /** The position of the login's user, whose anonymous name (anonymous-login.ts) leaves the password alone. */
  user?: number;
}

/** Calls that take a secret by position, whatever the argument is named. */
const POSITIONAL_APIS: ReadonlyMap<string, SecretArgument> = new Map([
  ['JWT.encode', { index: 1, envName: 'JWT_SECRET', noun: 'secret' }],
  ['JWT.decode', { index: 1, envName: 'JWT_SECRET', noun: 'secret' }],
  ['OpenSSL::HMAC.hexdigest', { index: 1, envName: 'HMAC_SECRET', noun: 'HMAC key' }],
  ['OpenSSL::HMAC.digest', { index: 1, envName: 'HMAC_SECRET', noun: 'HMAC key' }],
  ['OpenSSL::HMAC.base64digest', { index: 1, envName: 'HMAC_SECRET', noun: 'HMAC key' }],
  ['ActiveSupport::MessageEncryptor.new', { index: 0, envName: 'ENCRYPTION_KEY', noun: 'encryption key' }],
  ['ActiveSupport::MessageVerifier.new', { index: 0, envName: 'MESSAGE_VERIFIER_SECRET', noun: 'secret' }],
  // Ciphers built from one secret: Gibberish's password-based AES, RbNaCl's secret-key boxes.
  ['Gibberish::AES.new', { index: 0, envName: 'ENCRYPTION_KEY', noun: 'encryption key' }],
  ['RbNaCl::SecretBox.new', { index: 0, envName: 'ENCRYPTION_KEY', noun: 'encryption key' }],
  ['RbNaCl::SimpleBox.from_secret_key', { index: 0, envName: 'ENCRYPTION_KEY', noun: 'encryption key' }],
  // A key derived from a literal password is as known as the password: `OpenSSL::PKCS5.pbkdf2_hmac('…', salt, …)`.
  ['OpenSSL::PKCS5.pbkdf2_hmac', { index: 0, envName: 'ENCRYPTION_PASSPHRASE', noun: 'passphrase' }],
  ['OpenSSL::PKCS5.pbkdf2_hmac_sha1', { index: 0, envName: 'ENCRYPTION_PASSPHRASE', noun: 'passphrase' }],
  ['OpenSSL::KDF.pbkdf2_hmac', { index: 0, envName: 'ENCRYPTION_PASSPHRASE', noun: 'passphrase' }],
  ['OpenSSL::KDF.scrypt', { index: 0, envName: 'ENCRYPTION_PASSPHRASE', noun: 'passphrase' }],
  // What a password hasher is handed is the password in plain text (a default account's digest made in code), as
  // Python's generate_password_hash and JS's bcrypt.hash: bcrypt-ruby's, argon2's and scrypt's `Password.create('…')`.
  ['BCrypt::Password.create', { index: 0, envName: 'ADMIN_PASSWORD', noun: 'password' }],
  ['Argon2::Password.create', { index: 0, envName: 'ADMIN_PASSWORD', noun: 'password' }],
  ['SCrypt::Password.create', { index: 0, envName: 'ADMIN_PASSWORD', noun: 'password' }],
  ['Aws::Credentials.new', { index: 1, envName: 'AWS_SECRET_ACCESS_KEY', noun: 'AWS secret access key' }],
  ['Twilio::REST::Client.new', { index: 1, envName: 'TWILIO_AUTH_TOKEN', noun: 'auth token' }],
  ['RestClient::Resource.new', { index: 2, envName: 'BASIC_AUTH_PASSWORD', noun: 'password' }],
  ['Net::SMTP.start', { index: 4, envName: 'SMTP_PASSWORD', noun: 'password' }],
  ['Net::FTP.new', { index: 2, envName: 'FTP_PASSWORD', noun: 'password', user: 1 }],
  ['Net::FTP.open', { index: 2, envName: 'FTP_PASSWORD', noun: 'password', user: 1 }],
  ['Rack::Session::Cookie.new', { index: 1, envName: 'SESSION_SECRET', noun: 'secret' }],
  // A one-time-password generator's shared seed: whoever has it makes valid codes.
  ['ROTP::TOTP.new', { index: 0, envName: 'TOTP_SECRET', noun: 'TOTP secret' }],
  ['ROTP::HOTP.new', { index: 0, envName: 'HOTP_SECRET', noun: 'HOTP secret' }],
  // The aes gem's module functions take the key second: `AES.encrypt(data, '…')`, as crypto-js' `AES.encrypt` in JS.
  ['AES.encrypt', { index: 1, envName: 'ENCRYPTION_KEY', noun: 'encryption key' }],
  ['AES.decrypt', { index: 1, envName: 'ENCRYPTION_KEY', noun: 'encryption key' }],
  // ruby-mysql's positional login, `Mysql.new(host, user, '…', db)` (Mysql2 takes `password:`, read by its key).
  ['Mysql.new', { index: 2, envName: 'DB_PASSWORD', noun: 'password' }],
  ['Mysql.connect', { index: 2, envName: 'DB_PASSWORD', noun: 'password' }],
  ['Mysql.real_connect', { index: 2, envName: 'DB_PASSWORD', noun: 'password' }],
  // ruby-gmail's `Gmail.connect(user, '…')`; `Gmail.connect(:xoauth2, user, token)` names its mechanism first (below).
  ['Gmail.connect', { index: 1, envName: 'GMAIL_PASSWORD', noun: 'password', mechanismFirst: true }],
  ['Gmail.connect!', { index: 1, envName: 'GMAIL_PASSWORD', noun: 'password', mechanismFirst: true }],
  ['Gmail.new', { index: 1, envName: 'GMAIL_PASSWORD', noun: 'password', mechanismFirst: true }],
].map(([name, argument]) => [(name as string).replace(/::/g, '.'), argument as SecretArgument]));

/** `""` or `''`: a string literal with nothing in it. */
function isEmptyString(node: SyntaxNode | undefined): boolean {
  return node?.type === 'string' && node.namedChildCount === 0;
}

/**
 * Methods whose second argument is a password, whatever the receiver: Net::FTP's, Net::IMAP's and
 * most clients' `login(user, 'lit')`, Net::HTTP's and HTTParty's `basic_auth 'user', 'lit'`,
 * Faraday 1's `conn.set_basic_auth(user, 'lit')`, Net::LDAP's `ldap.auth dn, 'lit'` (and `authenticate`).
 */
const PASSWORD_METHODS = new Set(['login', 'basic_auth', 'digest_auth', 'set_basic_auth', 'auth', 'authenticate']);

/** Of those, the basic-auth ones, where an empty password makes the user name an API key (see below). */
const BASIC_AUTH_METHODS = new Set(['basic_auth', 'digest_auth', 'set_basic_auth']);

/** Prefixes for env names of keyword arguments: `Redis.new(password:)` -> REDIS_PASSWORD. */
const KEYWORD_PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/(?:^|\.)establish_connection$|^(?:Sequel\.connect|Mysql2\.Client\.new|PG\.connect|PG\.Connection\.new)$/, 'db'],
  [/^(?:Redis|Redis\.Client|RedisClient|ConnectionPool\.Wrapper)\.new$|^RedisClient\.config$/, 'redis'],
  [/^(?:Aws\.[\w.]+\.new|Aws\.config\.update)$/, 'aws'],
  [/^Stripe\./, 'stripe'],
  [/(?:^|\.)http_basic_authenticate_with$/, 'basic_auth'],
];

/** The file's password maps, found on first need (one walk of the file). */
export type PasswordMapsOf = () => PasswordMaps;

/** The target of a `string` node, or undefined when nothing says what it is. */
export function targetOf(literal: SyntaxNode, maps?: PasswordMapsOf): Target | undefined {
  let node = literal;
  let choice: Target | undefined;
  // Bounded: a literal under dozens of arrays and parentheses is no assignment's value any more.
  for (let parent = node.parent, steps = 0; parent && steps < MAX_DEPTH; node = parent, parent = node.parent, steps++) {
    const pairMember = basicAuthPairMember(parent, node);
    if (pairMember !== 'no pair') return pairMember;
    const compared = pairComparisonMember(parent, node);
    if (compared !== 'no pair') return compared;
    if (parent.type === 'right_assignment_list') return parallelTarget(parent, node);
    const branch = rubyChoice(parent, node);
    if (branch) {
      choice ??= branch.target;
      // The value is the whole choice's for one case: go on from the `if`/`case`/ternary itself.
      parent = branch.expression;
      continue;
    }
    if (isTransparent(parent, node)) continue;
    if (parent.type === 'binary') {
      const target = binaryTarget(parent, node);
      if (target !== 'continue') return orChoice(target, choice);
      continue;
    }
    return orChoice(directTarget(parent, node, maps), choice);
  }
  return choice;
}

function isTransparent(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type === 'parenthesized_statements' || parent.type === 'array') return true;
  if (parent.type === 'argument_list' && parent.namedChildCount === 1 && parent.parent?.type === 'call') return DECODERS.test(callName(parent.parent) ?? '');
  if (parent.type === 'call' && same(parent.childForFieldName('arguments'), node)) return DECODERS.test(callName(parent) ?? '');
  if (parent.type === 'conditional') return !same(parent.childForFieldName('condition'), node);
  if (parent.type !== 'call' || !same(parent.childForFieldName('receiver'), node)) return false;
  if (DECODING_METHODS.has(methodName(parent) ?? '')) return true;
  return !parent.childForFieldName('arguments') && TRANSPARENT_METHODS.has(methodName(parent) ?? '');
}

function directTarget(parent: SyntaxNode, node: SyntaxNode, maps: PasswordMapsOf | undefined): Target | undefined {
  switch (parent.type) {
    case 'assignment':
    case 'operator_assignment':
      if (!same(parent.childForFieldName('right'), node)) return undefined;
      return envDefaultTarget(parent) ?? assignedTarget(parent.childForFieldName('left'));
    case 'pair':
      return same(parent.childForFieldName('value'), node) ? pairTarget(parent, maps) : undefined;
    case 'keyword_parameter':
    case 'optional_parameter': {
      const name = parent.childForFieldName('name')?.text;
      return same(parent.childForFieldName('value'), node) && name ? rubyNameTarget([name]) : undefined;
    }
    case 'argument_list':
      return parent.parent?.type === 'call' ? argumentTarget(parent.parent, node) : undefined;
    case 'block_body':
    case 'body_statement':
      return blockFallbackTarget(parent, node) ?? methodValueTarget(parent, node);
    case 'method':
    case 'singleton_method':
      return methodValueTarget(parent, node);
    default:
      return undefined;
  }
}

/** `ENV['X'] || 'lit'` is a fallback; `password == 'lit'` compares with a name; `a || 'lit'` climbs on. */
function binaryTarget(parent: SyntaxNode, node: SyntaxNode): Target | undefined | 'continue' {
  const operator = parent.childForFieldName('operator')?.text;
  const left = parent.childForFieldName('left');
  const right = parent.childForFieldName('right');
  if ((operator === '||' || operator === 'or') && same(right, node)) {
    const envName = envChainName(left);
    if (envName !== undefined) return fallbackTarget(envName, left!, parent);
    const name = dottedName(left);
    const target = name === undefined ? undefined : rubyNameTarget(name.split('.'));
    return target?.credential ? target : 'continue';
  }
  if (operator === '==' || operator === '!=') {
    const other = same(left, node) ? right : left;
    const name = dottedName(other) ?? keyedReadName(other);
    return name === undefined ? undefined : { ...rubyNameTarget(name.split('.')), comparison: true };
  }
  return undefined;
}

/** `params[:password]`, `request.headers['X-Api-Key']`, `params.fetch(:token)`: a read named by its literal key. */
function keyedReadName(node: SyntaxNode | null): string | undefined {
  let object: SyntaxNode | null = null;
  let keys: SyntaxNode[] = [];
  if (node?.type === 'element_reference') {
    object = node.childForFieldName('object');
    keys = node.namedChildren.filter((child): child is SyntaxNode => child !== null && !same(child, object));
  } else if (node?.type === 'call' && KEYED_READ_METHODS.has(methodName(node) ?? '')) {
    object = node.childForFieldName('receiver');
    keys = callArguments(node);
  }
  const key = keys.length === 1 ? symbolOrStringName(keys[0]) : undefined;
  const owner = object ? dottedName(object) : undefined;
  return key === undefined || owner === undefined || isEnv(object) ? undefined : `${owner}.${key}`;
}

/** `ENV['A']`, `ENV.fetch('A')`, or `ENV['A'] || ENV['B']`: the first variable read. */
function envChainName(node: SyntaxNode | null): string | undefined {
  for (let current = node, depth = 0; current && depth < MAX_DEPTH; depth++) {
    const direct = envReadName(current);
    if (direct !== undefined) return direct;
    const operator = current.childForFieldName('operator')?.text;
    if (current.type === 'parenthesized_statements' && current.namedChildCount === 1) current = current.namedChild(0);
    else if (current.type === 'binary' && (operator === '||' || operator === 'or')) current = current.childForFieldName('left');
    else return undefined;
  }
  return undefined;
}

function fallbackTarget(envName: string, read: SyntaxNode, whole: SyntaxNode): Target {
  return envFallbackTarget(envName, read.text.replace(/\s+/g, ' ').slice(0, 80), nodeSpan(whole));
}

/** `username, password = 'acme', 'lit'`: a value assigned in parallel to the name at its own position. */
function parallelTarget(values: SyntaxNode, node: SyntaxNode): Target | undefined {
  const assignment = values.parent;
  const names = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
  if (names?.type !== 'left_assignment_list' || names.namedChildCount !== values.namedChildCount) return undefined;
  const index = values.namedChildren.findIndex((child) => child?.id === node.id);
  return index < 0 ? undefined : assignedTarget(names.namedChild(index));
}

/**
 * `ENV["REDIS_URL"] ||= "redis://localhost:6379"`: the value only when the variable is unset, as `ENV.fetch("X", "…")`
 * is: the fallback of a read of X (the app reads ENV["REDIS_URL"] after it).
 */
function envDefaultTarget(assignment: SyntaxNode): Target | undefined {
  if (assignment.type !== 'operator_assignment' || assignment.childForFieldName('operator')?.text !== '||=') return undefined;
  const left = assignment.childForFieldName('left');
  if (left?.type !== 'element_reference' || !isEnv(left.childForFieldName('object'))) return undefined;
  const keys = left.namedChildren.filter((child) => child !== null && !same(child, left.childForFieldName('object')));
  const key = keys.length === 1 ? symbolOrStringName(keys[0]) : undefined;
  return key === undefined ? undefined : envFallbackTarget(key, left.text, undefined);
}

function assignedTarget(left: SyntaxNode | null): Target | undefined {
  if (!left) return undefined;
  if (left.type === 'element_reference') {
    const object = left.childForFieldName('object');
    const keys = left.namedChildren.filter((child) => child !== null && !same(child, object));
    const key = keys.length === 1 ? symbolOrStringName(keys[0]) : undefined;
    if (key === undefined) return undefined;
    // `ENV['X'] = 'lit'`: the code sets the variable itself; nothing to read it from.
    if (isEnv(object)) return { ...rubyNameTarget([key]), kind: 'name', noFix: true, envWrite: true, label: `ENV['${key}']` };
    const owner = dottedName(object);
    return rubyNameTarget([...(owner ? owner.split('.') : []), key]);
  }
  const name = dottedName(left);
  if (name === undefined) return undefined;
  const confirmed = left.parent ? confirmedAssignmentTarget(left.parent, name) : undefined;
  return confirmed ?? pairedPasswordTarget(rubyNameTarget(name.split('.')), left);
}

/** `password: 'x'` / `'password' => 'x'`: named by its key, prefixed by what holds the hash. */
function pairTarget(pair: SyntaxNode, maps: PasswordMapsOf | undefined): Target | undefined {
  const key = symbolOrStringName(pair.childForFieldName('key'));
  if (key === undefined) return undefined;
  const target = keyedTarget(pair, key, maps);
  if (target && !target.credential && key === 'password_confirmation') return confirmedPairTarget(pair, key) ?? target;
  if (target && !target.credential && key === 'key' && isAttributeEncryption(pair.parent)) return { ...target, credential: { noun: 'encryption key', strength: 'strong' } };
  if (!target || target.credential) return target;
  if (isSignatureBesidePassword(key, pair.parent)) return { ...target, credential: { noun: 'API signature', strength: 'strong' } };
  const accountKey = accountKeyBeside(key, () => (pair.parent?.namedChildren ?? []).flatMap((sibling) => (sibling?.type === 'pair' ? [symbolOrStringName(sibling.childForFieldName('key')) ?? ''] : [])));
  if (accountKey) return { ...target, credential: accountKey };
  return isPassBesideUser(key, pair.parent) ? { ...target, credential: { noun: 'password', strength: 'strong' } } : target;
}

/** Keys a `[user, password]` pair is given under: Savon's and HTTParty's `basic_auth:`, `digest_auth:`, `http_auth:`. */
const BASIC_AUTH_KEYS = /^(?:basic_auth|digest_auth|http_auth|proxy_auth|auth)$/;

/**
 * `Savon.client(basic_auth: ['user', 'lit'])`: of a two-member array under a basic-auth key the second is the
 * password and the first its user (no credential); 'no pair' for any other array member, and where the first
 * is a symbol, which names no user: Faraday's middleware registry `basic_auth: [:BasicAuthentication, 'basic_authentication']`.
 */
function basicAuthPairMember(parent: SyntaxNode, node: SyntaxNode): Target | undefined | 'no pair' {
  if (parent.type !== 'array' || parent.namedChildCount !== 2 || parent.parent?.type !== 'pair') return 'no pair';
  if (/symbol/.test(parent.namedChild(0)?.type ?? '')) return 'no pair';
  const key = symbolOrStringName(parent.parent.childForFieldName('key')) ?? '';
  if (!BASIC_AUTH_KEYS.test(key)) return 'no pair';
  if (!same(parent.namedChild(1), node)) return undefined;
  return { kind: 'name', label: `${key}: [user, password]`, name: `${key}_password`, credential: { noun: 'password', strength: 'strong' }, envName: 'HTTP_PASSWORD' };
}

/**
 * `[user, password] == ["admin", "lit"]` (Sidekiq's and Rack's basic-auth blocks): an array compared with an array of names,
 * item by item; the literal is compared with the name at its own position. 'no pair' for any other shape.
 */
export function pairComparisonMember(parent: SyntaxNode, node: SyntaxNode): Target | undefined | 'no pair' {
  const comparison = parent.parent;
  // `%w[ops …]` is the same pair written as words (its items are `bare_string`s, read by ruby.ts inspectWordArrayItem).
  if ((parent.type !== 'array' && parent.type !== 'string_array') || comparison?.type !== 'binary') return 'no pair';
  const operator = comparison.childForFieldName('operator')?.text;
  if (operator !== '==' && operator !== '!=') return 'no pair';
  const left = comparison.childForFieldName('left');
  const other = same(left, parent) ? comparison.childForFieldName('right') : left;
  if (other?.type !== 'array' || other.namedChildCount !== parent.namedChildCount) return 'no pair';
  const index = parent.namedChildren.findIndex((child) => same(child, node));
  const name = index < 0 ? undefined : dottedName(other.namedChild(index));
  return name === undefined ? undefined : { ...rubyNameTarget(name.split('.')), comparison: true };
}

/** attr_encrypted's `attr_encrypted :ssn, key: '…'` (and its `attr_encryptor` alias): the key encrypts the column. */
function isAttributeEncryption(holder: SyntaxNode | null): boolean {
  const call = holder?.type === 'argument_list' ? holder.parent : holder?.type === 'hash' ? holder.parent?.parent : null;
  return call?.type === 'call' && /^attr_encrypt(?:ed|or)$/.test(methodName(call) ?? '');
}

/** `Bunny.new(user: 'bridge', pass: '…')`, `{ user: 'app', pass: '…' }`: `pass` alone is a password beside a user, as in JS and PHP. */
function isPassBesideUser(key: string, holder: SyntaxNode | null): boolean {
  if ((key !== 'pass' && key !== 'pw') || !holder) return false;
  return holder.namedChildren.some((sibling) => sibling?.type === 'pair' && /^(?:user|username|login)$/.test(symbolOrStringName(sibling.childForFieldName('key')) ?? ''));
}

/**
 * `login:, password:, signature: '…'` (PayPal's classic API credentials, ActiveMerchant gateways): a
 * `signature` given beside a password is the third secret of the set, not a computed signature.
 */
function isSignatureBesidePassword(key: string, holder: SyntaxNode | null): boolean {
  if (key !== 'signature' || !holder) return false;
  return holder.namedChildren.some((sibling) => sibling?.type === 'pair' && symbolOrStringName(sibling.childForFieldName('key')) === 'password');
}

function keyedTarget(pair: SyntaxNode, key: string, maps: PasswordMapsOf | undefined): Target | undefined {
  const holder = pair.parent;
  if (holder?.type === 'argument_list' && holder.parent?.type === 'call') {
    const declared = key === 'default' ? declaredDefaultTarget(holder.parent) : undefined;
    if (declared) return declared;
    if (key === 'key' && isClientConstructor(holder.parent)) return clientTokenTarget(constantPath(holder.parent.childForFieldName('receiver')) ?? [], `${calleeText(holder.parent)}(key:)`);
    // Capybara's `fill_in 'Password', with: '…'`: typed into a password field.
    const typed = key === 'with' && methodName(holder.parent) === 'fill_in' ? typedPasswordTarget('fill', symbolOrStringName(callArguments(holder.parent)[0]), 'fill_in') : undefined;
    if (typed) return typed;
    const callee = callName(holder.parent) ?? methodName(holder.parent) ?? '';
    const prefix = KEYWORD_PREFIXES.find(([pattern]) => pattern.test(callee.replace(/::/g, '.')))?.[1];
    const target = rubyNameTarget([...(prefix ? [prefix] : []), key]);
    return { ...target, label: `${calleeText(holder.parent)}(${key}:)` };
  }
  const owner = ownerSegments(holder);
  const target = rubyNameTarget([...owner, key]);
  if (target.credential && isCategoryPair(pair)) return undefined;
  if (target.credential?.strength === 'strong') return target;
  // `USER_PASSWORDS = { 'admin' => '…' }`, or a hash the file looks up and compares with a password.
  const passwordMap = isPasswordMapName(owner[owner.length - 1]) || (holder?.type === 'hash' && maps !== undefined && isPasswordMapHash(holder, maps()));
  return passwordMap ? { ...rubyNameTarget([key, 'password']), label: [...owner, key].join('.') || key } : target;
}

/** `{ members_private_key: 'core', title: 'site', … }`: a category in a table of settings by group. */
function isCategoryPair(pair: SyntaxNode): boolean {
  const hash = pair.parent;
  if (hash?.type !== 'hash') return false;
  const siblings = () => hash.namedChildren.filter((sibling) => sibling?.type === 'pair');
  return isCategoryAmong(stringValue(pair.childForFieldName('value')), hash, siblings, (sibling) => ({
    key: symbolOrStringName(sibling?.childForFieldName('key')),
    value: stringValue(sibling?.childForFieldName('value')),
  }));
}

/**
 * `setting :api_key, default: '…'` (Hanami, dry-configurable), `option :token, default: '…'`,
 * `attribute :password, default: '…'`: the default of what the first argument declares.
 */
function declaredDefaultTarget(call: SyntaxNode): Target | undefined {
  const first = callArguments(call)[0];
  if (first?.type !== 'simple_symbol') return undefined;
  const name = symbolOrStringName(first);
  return name === undefined ? undefined : { ...rubyNameTarget([name]), label: `${methodName(call) ?? 'call'} :${name}` };
}

/** `Mailgun::Client.new(key: '…')`: a bare `key` given to an API client's constructor is its API key. */
function isClientConstructor(call: SyntaxNode): boolean {
  const path = methodName(call) === 'new' ? constantPath(call.childForFieldName('receiver')) : undefined;
  return path !== undefined && isClientClass(path[path.length - 1] ?? '');
}

/** `DATABASE = { password: 'x' }` -> ['DATABASE']; `{ db: { password: } }` -> ['db']. */
function ownerSegments(hash: SyntaxNode | null): string[] {
  const segments: string[] = [];
  for (let current = hash, depth = 0; current?.type === 'hash' && depth < MAX_DEPTH; depth++) {
    const parent = current.parent;
    if (parent?.type === 'pair' && same(parent.childForFieldName('value'), current)) {
      const key = symbolOrStringName(parent.childForFieldName('key'));
      if (key !== undefined) segments.unshift(key);
      current = parent.parent;
    } else {
      // `SECRETS = { … }.freeze`: the frozen hash is still the constant's value.
      const holder = parent && isTransparent(parent, current) ? parent : current;
      const assignment = holder.parent;
      const name = assignment?.type === 'assignment' && same(assignment.childForFieldName('right'), holder) ? dottedName(assignment.childForFieldName('left')) : undefined;
      return name ? [...name.split('.'), ...segments] : segments;
    }
  }
  return segments;
}

/** Digest methods that hash their one argument: both sides of a compare hashed alike still compare the plain values. */
const DIGEST_METHODS = new Set(['hexdigest', 'digest', 'base64digest']);

/**
 * `secure_compare(Digest::SHA256.hexdigest(password), Digest::SHA256.hexdigest("…"))`, the shape Sidekiq's
 * and Rack's docs give for basic auth (hashing evens out the lengths): the literal is what the name on the
 * other side holds. The name, or undefined when the literal is not so compared.
 */
function hashedComparedName(call: SyntaxNode, args: readonly SyntaxNode[], index: number): string | undefined {
  if (!DIGEST_METHODS.has(methodName(call) ?? '') || args.length !== 1 || index !== 0) return undefined;
  const compare = call.parent?.type === 'argument_list' ? call.parent.parent : null;
  if (compare?.type !== 'call' || !RUBY_EQUALITY_METHODS.has(methodName(compare) ?? '')) return undefined;
  const compareArgs = callArguments(compare);
  const other = otherSide(compareArgs, compareArgs.findIndex((argument) => same(argument, call)));
  if (other?.type !== 'call' || !DIGEST_METHODS.has(methodName(other) ?? '')) return undefined;
  return dottedName(callArguments(other)[0] ?? null);
}

function argumentTarget(call: SyntaxNode, node: SyntaxNode): Target | undefined {
  const args = callArguments(call);
  const index = args.findIndex((argument) => same(argument, node));
  const callee = (callName(call) ?? '').replace(/::/g, '.').replace(/^\./, '');
  if (isEnv(call.childForFieldName('receiver')) && methodName(call) === 'fetch' && index === 1) {
    const envName = symbolOrStringName(args[0]);
    return envName === undefined ? undefined : fallbackTarget(envName, call, call);
  }
  if (methodName(call) === 'fetch' && index === 1) return lookupDefaultTarget(call);
  const compared = RUBY_EQUALITY_METHODS.has(methodName(call) ?? '') ? dottedName(otherSide(args, index) ?? null) : undefined;
  if (compared !== undefined) return comparedNameTarget(compared.split('.'));
  const hashed = hashedComparedName(call, args, index);
  if (hashed !== undefined) return comparedNameTarget(hashed.split('.'));
  const api = POSITIONAL_APIS.get(callee);
  const anonymous = (user: number | undefined): boolean => user !== undefined && isAnonymousUser(stringValue(args[user]));
  if (api && api.index === index && !(api.mechanismFirst && /symbol/.test(args[0]?.type ?? '')) && !anonymous(api.user)) {
    const credential: CredentialName = { noun: api.noun, strength: 'strong' };
    return { kind: 'api', label: calleeText(call), credential, envName: api.envName };
  }
  const redis = redisAuthTarget(methodName(call) ?? '', dottedName(call.childForFieldName('receiver')) ?? '', args.length, false, calleeText(call));
  if (redis && index === 0) return redis;
  if (saslPasswordIndex(call, args) === index) {
    return { kind: 'api', label: calleeText(call), credential: { noun: 'password', strength: 'strong' }, envName: 'MAIL_PASSWORD' };
  }
  // Mechanize's `agent.add_auth(uri, user, 'lit')`.
  const byPosition = (PASSWORD_METHODS.has(methodName(call) ?? '') && index === 1 && args.length === 2) || (methodName(call) === 'add_auth' && index === 2 && args.length >= 3);
  if ((byPosition && !anonymous(0)) || isFaradayBasicAuth(call, args, index)) {
    return { kind: 'api', label: calleeText(call), credential: { noun: 'password', strength: 'strong' }, envName: 'LOGIN_PASSWORD' };
  }
  // `basic_auth "Lv9Q…", ""` (Lever, Greenhouse, Stripe): with an empty password, the user name is the API key.
  if (BASIC_AUTH_METHODS.has(methodName(call) ?? '') && index === 0 && args.length === 2 && isEmptyString(args[1])) {
    return { kind: 'api', label: calleeText(call), credential: { noun: 'API key', strength: 'weak' }, envName: 'API_KEY' };
  }
  if (isFaradayTokenAuth(call, args, index)) {
    return { kind: 'api', label: calleeText(call), credential: { noun: 'API token', strength: 'strong' }, envName: 'API_TOKEN' };
  }
  const built = methodName(call) === 'new' ? constantPath(call.childForFieldName('receiver')) : undefined;
  const oauth = built ? oauthSecretTarget(built[built.length - 1] ?? '', index, calleeText(call)) : undefined;
  if (oauth) return oauth;
  const client = isClientTokenPosition(args, index) && methodName(call) === 'new' ? constantPath(call.childForFieldName('receiver')) : undefined;
  if (client) {
    const target = clientTokenTarget(client, calleeText(call));
    if (target) return target;
  }
  // Sinatra's `set :session_secret, '...'`: a setting named by its first argument; whenever's `env 'API_TOKEN', '…'`
  // in config/schedule.rb, an environment variable of the crontab it writes.
  const setter = SETTING_SETTERS.has(methodName(call) ?? '') && (methodName(call) === 'set' || call.childForFieldName('receiver') === null);
  if ((setter || (methodName(call) === 'env' && call.childForFieldName('receiver') === null)) && index === 1) {
    const key = symbolOrStringName(args[0]);
    return key === undefined ? undefined : rubyNameTarget([key]);
  }
  // OmniAuth's `provider :github, 'client id', 'client secret'` and Devise's `config.omniauth` alike.
  const method = methodName(call);
  if ((method === 'provider' || method === 'omniauth') && index === 2) {
    const provider = symbolOrStringName(args[0]);
    if (provider === undefined) return undefined;
    const credential: CredentialName = { noun: 'OAuth client secret', strength: 'strong' };
    return { kind: 'api', label: `${method} :${provider}`, credential, envName: `${provider.toUpperCase().replace(/\W/g, '_')}_CLIENT_SECRET` };
  }
  return afterPublicHalfTarget(args, index, calleeText(call)) ?? dslSetterTarget(call, args, index) ?? rubyOwnParameterTarget(call, method, index);
}

/** SASL mechanisms that carry a password: PLAIN, LOGIN, CRAM-MD5, DIGEST-MD5 (not XOAUTH2, whose token is short-lived). */
const PASSWORD_MECHANISMS = /^(?:plain|login|cram[-_]md5|digest[-_]md5)$/i;

/**
 * Net::IMAP's `imap.authenticate('PLAIN', user, 'lit')` (the mechanism first) and Net::SMTP's
 * `smtp.authenticate(user, 'lit', :login)` (the mechanism last): where the password of a mail login sits.
 */
function saslPasswordIndex(call: SyntaxNode, args: readonly SyntaxNode[]): number | undefined {
  if (methodName(call) !== 'authenticate' || args.length !== 3) return undefined;
  if (PASSWORD_MECHANISMS.test(symbolOrStringName(args[0]) ?? '')) return 2;
  return /symbol/.test(args[2]?.type ?? '') && PASSWORD_MECHANISMS.test(symbolOrStringName(args[2]) ?? '') ? 1 : undefined;
}

/**
 * `Razorpay.setup('rzp_live_…', '…')`, `Client.new(client_id, '…')`, `('AKIA…', '…')`: the literal after the
 * pair's public half, by its generated or access-key-id shape or by its name (public-half.ts), as Go, JVM and PHP read it.
 */
function afterPublicHalfTarget(args: readonly SyntaxNode[], index: number, label: string): Target | undefined {
  const previous = index > 0 ? args[index - 1] : undefined;
  if (!previous) return undefined;
  const literal = stringValue(previous);
  if (literal !== undefined) return secretAfterKeyId(literal, label);
  const name = dottedName(previous);
  return secretAfterPublicHalf(name?.slice(name.lastIndexOf('.') + 1), label);
}

/**
 * A DSL's setter: a call without a receiver, named for a credential, given one literal. Chef's
 * `mysql_user 'x' do password '…' end`, a resource's `api_key '…'`, FactoryBot's old static
 * `password 'secret'` (test scope: information). With a receiver (`f.password 'Password'`) it is left alone.
 */
function dslSetterTarget(call: SyntaxNode, args: readonly SyntaxNode[], index: number): Target | undefined {
  const method = methodName(call);
  if (index !== 0 || args.length !== 1 || method === undefined || call.childForFieldName('receiver') !== null) return undefined;
  const target = rubyNameTarget([method]);
  return target.credential ? target : undefined;
}

/**
 * A client constructor's only positional argument (`Client.new('…', timeout: 5)`), or a positional
 * one after the first (see clientTokenTarget).
 */
function isClientTokenPosition(args: readonly SyntaxNode[], index: number): boolean {
  if (args[index]?.type === 'pair') return false;
  return index >= 1 || args.every((argument, at) => at === index || argument.type === 'pair');
}

/** Faraday 2's `conn.request :authorization, 'Bearer', 'lit'` (any scheme but basic: Token, Bearer). */
function isFaradayTokenAuth(call: SyntaxNode, args: SyntaxNode[], index: number): boolean {
  if (methodName(call) !== 'request' || args.length !== 3 || index !== 2) return false;
  const scheme = symbolOrStringName(args[1])?.toLowerCase();
  return symbolOrStringName(args[0]) === 'authorization' && scheme !== undefined && scheme !== 'basic';
}

/** Faraday 2's `conn.request :authorization, :basic, 'user', 'lit'`. */
function isFaradayBasicAuth(call: SyntaxNode, args: SyntaxNode[], index: number): boolean {
  if (methodName(call) !== 'request' || args.length !== 4 || index !== 3) return false;
  return symbolOrStringName(args[0]) === 'authorization' && symbolOrStringName(args[1]) === 'basic';
}

/** `Postmark::ApiClient` -> ['Postmark', 'ApiClient']; undefined for anything but constants. */
function constantPath(node: SyntaxNode | null): string[] | undefined {
  if (node?.type !== 'constant' && node?.type !== 'scope_resolution') return undefined;
  const segments = node.text.split('::').filter(Boolean);
  return segments.every((segment) => /^[A-Z]\w*$/.test(segment)) ? segments : undefined;
}

/** `ENV.fetch('X') { 'lit' }`: the block's only value is the fallback. */
function blockFallbackTarget(body: SyntaxNode, node: SyntaxNode): Target | undefined {
  if (body.namedChildCount !== 1) return undefined;
  const block = body.parent;
  const call = block?.parent;
  if (!block || (block.type !== 'block' && block.type !== 'do_block') || call?.type !== 'call') return undefined;
  if (same(call.childForFieldName('block'), block) && same(body.namedChild(0), node)) {
    const lazy = lazySettingTarget(call);
    if (lazy) return lazy;
  }
  if (!same(call.childForFieldName('block'), block) || methodName(call) !== 'fetch' || !same(body.namedChild(0), node)) return undefined;
  if (!isEnv(call.childForFieldName('receiver'))) return lookupDefaultTarget(call);
  const envName = symbolOrStringName(callArguments(call)[0]);
  return envName === undefined || !same(body.namedChild(0), node) ? undefined : fallbackTarget(envName, call, call);
}

/** Capistrano's and Sinatra's setters: `set :db_password, '…'`, `set_default(:mysql_password, '…')`, `set_if_empty`. */
const SETTING_SETTERS = new Set(['set', 'set_default', 'set_if_empty']);

/**
 * Capistrano's lazy settings: `set_default(:mysql_password) { "…" }`, `set(:db_password) { "…" }`: the block's
 * value is the setting's, named by the symbol (probe21c m). A receiver's `set` (`cache.set(:k) { … }`) is no setting.
 */
function lazySettingTarget(call: SyntaxNode): Target | undefined {
  if (call.childForFieldName('receiver') !== null || !SETTING_SETTERS.has(methodName(call) ?? '')) return undefined;
  const args = callArguments(call);
  const key = args.length === 1 ? symbolOrStringName(args[0]) : undefined;
  return key === undefined ? undefined : rubyNameTarget([key]);
}

/**
 * `def api_key = "…"`, `def webhook_secret; "…"; end`: a method whose whole body is a literal returns it, and its
 * name says what it is (target.ts getterTarget, as Java's, PHP's and Python's getters). A predicate (`secret?`) is no getter.
 */
function methodValueTarget(body: SyntaxNode, node: SyntaxNode): Target | undefined {
  const method = body.type === 'method' || body.type === 'singleton_method' ? body : body.parent;
  if (method?.type !== 'method' && method?.type !== 'singleton_method') return undefined;
  const endless = same(method.childForFieldName('body'), node);
  if (!endless && (!same(method.childForFieldName('body'), body) || body.namedChildCount !== 1)) return undefined;
  const name = method.childForFieldName('name')?.text;
  return name === undefined || /[?!=]$/.test(name) ? undefined : getterTarget(name);
}

/**
 * `settings.fetch(:github_token, '…')`, `CONFIG.fetch('db_password') { '…' }`: a lookup's default,
 * named by the key looked up. No fix (no env read is there); a key that names nothing stays silent.
 */
function lookupDefaultTarget(call: SyntaxNode): Target | undefined {
  const key = symbolOrStringName(callArguments(call)[0]);
  const target = key === undefined ? undefined : rubyNameTarget([key]);
  return target?.credential ? { ...target, label: `${calleeText(call)}(${key})`, noFix: true } : undefined;
}

/** A target named by segments; sigils and `self` say nothing about what it is. Rails' `secret_key_base` is a secret. */
export function rubyNameTarget(segments: readonly string[]): Target {
  const cleaned = segments.map((segment) => segment.replace(/^(?:@@|@|\$)/, '').replace(/[?!=]$/, '')).filter((segment) => segment !== 'self');
  const target = nameTarget(cleaned.length > 0 ? cleaned : ['value']);
  if (cleaned[cleaned.length - 1]?.toLowerCase() === 'secret_key_base' && !target.credential) {
    return { ...target, credential: { noun: 'secret key base', strength: 'strong' }, envName: 'SECRET_KEY_BASE' };
  }
  return target;
}

/** The callee as written (`Octokit::Client.new`), for messages. */
function calleeText(call: SyntaxNode): string {
  const method = methodName(call) ?? 'call';
  const receiver = call.childForFieldName('receiver')?.text.replace(/\s+/g, '');
  return receiver && receiver.length <= 60 ? `${receiver}.${method}` : method;
}

function same(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}
