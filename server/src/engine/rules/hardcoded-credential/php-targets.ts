// Where a PHP string literal goes: the key, variable, constant or property it is bound to, the
// secret-taking call it is passed to, or the env read it is the fallback of.
import { allChildren, ancestors, argumentAt, arrayEntries, callOf, envReadName, named, parentOf, stringValue, unparen, type Parents, type PhpCall } from '../../languages/php';
import { isCategoryAmong } from './category-maps';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName, formatArgumentName, splitWords } from '../../secrets';
import { hasKnownSecretPosition, secretArgumentOf } from './php-apis';
import { constantUseTarget, globalConstantUseTarget } from './php-constant-uses';
import { choiceEnvTarget, clientTokenTarget, envFallbackTarget, getterTarget, isClientClass, listedUnder, nameTarget, ownersKey, typeMemberTarget, type Target } from './target';
import { CLIENT_FACTORY_METHODS } from './sdk-factories';
import { ownerSegments } from './php-arrays';
import { NO_FIX_REASONS } from './constant-positions';
import { hostLoginPasswordTarget, mayBeHostLoginPassword, type ArgumentView } from './host-login';
import { secretAfterKeyId, secretAfterPublicHalf } from './public-half';
import { isPassArgumentBesideUser } from './php-pairs';
import { argvFlagTarget } from './argv-flags';
import { curlOptionName } from './php-curl-options';
import { injectionTarget } from './php-injections';
import { phpOwnParameterTarget } from './php-own-parameters';

export type { Target } from './target';

/** wp-config.php's authentication keys and salts: secrets, though `AUTH_KEY` alone does not say so. */
const WORDPRESS_SALTS = new Set(['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']);

const FALLBACK_OPERATORS = new Set(['??', '?:']);
const EQUALITY = new Set(['===', '==', '!==', '!=']);

/** Initializers PHP evaluates at compile time: a function call (the env read) is not allowed there. */
const CONSTANT_CONTEXTS = new Set(['property_element', 'const_element', 'simple_parameter', 'property_promotion_parameter', 'static_variable_declaration', 'attribute', 'enum_case']);
const RUNTIME_BOUNDARIES = new Set(['compound_statement', 'expression_statement', 'return_statement', 'program']);

/** The target of a literal; no in-place fix where an env read would not compile (property defaults, constants). */
export function targetOf(literal: SyntaxNode, parents: Parents): Target | undefined {
  const target = resolveTarget(literal, parents);
  return target && inConstantExpression(literal, parents) ? { ...target, noFix: true, noFixReason: NO_FIX_REASONS.phpConstantExpression } : target;
}

function inConstantExpression(node: SyntaxNode, parents: Parents): boolean {
  const boundary = ancestors(node, parents).find((current) => CONSTANT_CONTEXTS.has(current.type) || RUNTIME_BOUNDARIES.has(current.type));
  // Deeper than we look: no fix rather than one that might not compile.
  return boundary === undefined || CONSTANT_CONTEXTS.has(boundary.type);
}

/**
 * `hex2bin('…')`, `base64_decode('…')`: the decoded literal is still the key; so is an encoded or escaped one
 * (`urlencode('…')`, `base64_encode('…')`): the same secret. A Basic `base64_encode('user:password')` is read
 * before, as such (php-userpwd.ts).
 */
const DECODERS = new Set(['hex2bin', 'base64_decode', 'urlencode', 'rawurlencode', 'base64_encode', 'bin2hex', 'strval', 'trim']);

function resolveTarget(literal: SyntaxNode, parents: Parents): Target | undefined {
  let node = literal;
  for (const parent of ancestors(literal, parents)) {
    const basicAuth = node === literal && parent.type === 'array_element_initializer' ? guzzleAuthPassword(parent, parents) ?? constructorArgumentsPassword(parent, parents) ?? argvFlagElement(parent, parents) : undefined;
    if (basicAuth) return basicAuth;
    const choice = phpChoiceEnvTarget(parent, node, parents);
    if (choice) return choice;
    if (!isTransparent(parent, node) && !isDecoding(parent, node, parents)) return directTarget(parent, node, parents);
    node = parent;
  }
  return undefined;
}

function isTransparent(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type === 'parenthesized_expression' || parent.type === 'cast_expression') return true;
  if (parent.type === 'conditional_expression') return isFullTernary(parent) && parent.childForFieldName('condition')?.id !== node.id;
  // A list element (`['a', 'b']`) stands for the list; a keyed one is a target of its own.
  if (parent.type === 'array_element_initializer') return !hasKey(parent);
  return parent.type === 'array_creation_expression' || isMatchArm(parent, node);
}

/** `match ($env) { 'prod' => '…', default => '' }`: an arm's value is the match's value (its conditions are not). */
function isMatchArm(parent: SyntaxNode, node: SyntaxNode): boolean {
  if (parent.type === 'match_conditional_expression' || parent.type === 'match_default_expression') return parent.childForFieldName('return_expression')?.id === node.id;
  return parent.type === 'match_block' || (parent.type === 'match_expression' && parent.childForFieldName('body')?.id === node.id);
}

/**
 * A literal that one branch of a choice gives where another branch reads the environment is that variable's value
 * for one case: `match ($env) { 'prod' => '…', default => $_ENV['ENCRYPTION_KEY'] ?? '' }`, `$prod ? '…' : getenv('X')`.
 */
function phpChoiceEnvTarget(parent: SyntaxNode, node: SyntaxNode, parents: Parents): Target | undefined {
  let others: (SyntaxNode | null)[] = [];
  if (parent.type === 'conditional_expression' && isFullTernary(parent) && parent.childForFieldName('condition')?.id !== node.id) {
    others = [parent.childForFieldName('body'), parent.childForFieldName('alternative')];
  } else if (isMatchArm(parent, node) && parent.type !== 'match_block' && parent.type !== 'match_expression') {
    const block = parentOf(parent, parents);
    others = block?.type === 'match_block' ? named(block).map((arm) => arm.childForFieldName('return_expression')) : [];
  }
  return choiceEnvTarget(others, (other) => (other && other.id !== node.id ? envReadName(withoutFallback(other)) : undefined));
}

/** `public function getApiKey(): string { return '…'; }`: a function's return value is what its name says (as Java's getters). */
function returnedTarget(node: SyntaxNode, parents: Parents): Target | undefined {
  const fn = ancestors(node, parents).find((current) => current.type === 'method_declaration' || current.type === 'function_definition');
  return getterTarget(fn?.childForFieldName('name')?.text);
}

/** The only argument of a decoder, its argument list, and the call itself pass the value on. */
function isDecoding(parent: SyntaxNode, node: SyntaxNode, parents: Parents): boolean {
  if (parent.type === 'function_call_expression') return node.type === 'arguments' && isDecoderCall(parent);
  const callNode = parent.type === 'argument' ? parentOf(parentOf(parent, parents) ?? parent, parents) : parent.type === 'arguments' ? parentOf(parent, parents) : undefined;
  if (!callNode || !isDecoderCall(callNode)) return false;
  return parent.type === 'arguments' || callOf(callNode)?.args[0]?.value.id === node.id;
}

function isDecoderCall(node: SyntaxNode): boolean {
  const call = callOf(node);
  return call?.kind === 'function' && DECODERS.has(call.name.toLowerCase()) && call.args.length === 1;
}

function isFullTernary(node: SyntaxNode): boolean {
  return node.childForFieldName('body') !== null;
}

/**
 * An array entry is named by its key path; a bare `key` takes its owner's (`'payment' => ['key' => …]`,
 * as a config file's `payment: { key: … }`), weak, and silent beside a `secret` (php-pairs.ts).
 */
function arrayEntryTarget(segments: readonly string[]): Target {
  const target = nameTarget(segments);
  const owned = target.credential ? undefined : ownersKey(segments.slice(0, -1), segments[segments.length - 1] ?? '');
  return owned ? { ...target, credential: owned } : target;
}

/**
 * `final class ApiKeys { const MAPS = '…'; }`: the constants of a class named for credentials in the
 * plural are those credentials (listedUnder in target.ts; weak, so `const HEADER = 'X-Key'` stays silent).
 */
function listedConstantTarget(name: string, element: SyntaxNode, parents: Parents): Target | undefined {
  if (nameTarget([name]).credential) return undefined;
  const declaration = parentOf(element, parents);
  const list = declaration?.type === 'const_declaration' ? parentOf(declaration, parents) : null;
  const type = list?.type === 'declaration_list' ? parentOf(list, parents) : null;
  const holder = type && /^(?:class|interface|enum)_declaration$/.test(type.type) ? type.childForFieldName('name')?.text : undefined;
  const credential = holder === undefined ? undefined : listedUnder([holder]);
  return credential ? { ...nameTarget([name]), label: `${holder}::${name}`, credential } : undefined;
}

/**
 * A backed enum's case by its name, else by the enum's: `enum PartnerToken: string { case Dhl = '…'; }` lists
 * partner tokens, each case one of them (weak, as listedUnder: only a generated value counts, so
 * `enum TokenType: string { case Bearer = 'bearer'; }` and `enum ApiKeyHeader { case Default = 'X-Api-Key'; }` stay silent).
 */
function enumCaseTarget(name: string, enumCase: SyntaxNode, parents: Parents): Target {
  const target = nameTarget([name]);
  if (target.credential) return target;
  const holder = ancestors(enumCase, parents).find((current) => current.type === 'enum_declaration')?.childForFieldName('name')?.text;
  const credential = holder === undefined ? undefined : listedUnder([holder]) ?? nameTarget([holder]).credential;
  return credential ? { ...target, label: `${holder}::${name}`, envName: nameTarget([holder!, name]).envName, credential: { ...credential, strength: 'weak' } } : target;
}

/** `private const KEY = '…'` used as `sodium_crypto_secretbox(…, self::KEY)`, `const JWT_KEY = '…'` as `JWT::encode(…, self::JWT_KEY, …)`: a key by its use (php-constant-uses.ts). */
function usedConstantTarget(name: string, value: SyntaxNode, parents: Parents): Target | undefined {
  const literal = stringValue(value);
  if (literal === undefined) return undefined;
  const chain = ancestors(value, parents);
  const classNode = chain.find((current) => /^(?:class|trait|enum)_declaration$/.test(current.type));
  // A credential's name (`JWT_KEY`) is followed only to a signer of the app's own key, which then judges the value.
  const ownSigningKeyOnly = nameTarget([name]).credential !== undefined;
  // A top-level `const SIGNING_KEY = '…'` (PHP allows no `const` in a function): used by its bare name in the file.
  const root = chain[chain.length - 1];
  if (!classNode) return root?.type === 'program' ? globalConstantUseTarget(name, literal, root.tree, ownSigningKeyOnly) : undefined;
  return constantUseTarget(name, literal, classNode, ownSigningKeyOnly);
}

/** `define('JWT_SECRET', '…')` whose constant the file then hands to `JWT::encode`: judged as that argument, as a class constant is. */
function definedConstantTarget(call: PhpCall, index: number, callNode: SyntaxNode, parents: Parents): Target | undefined {
  if (index !== 1 || call.kind !== 'function' || call.name.toLowerCase() !== 'define') return undefined;
  const name = stringValue(argumentAt(call, 0));
  const literal = stringValue(argumentAt(call, 1));
  if (name === undefined || literal === undefined || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const chain = ancestors(callNode, parents);
  const root = chain[chain.length - 1];
  return root?.type === 'program' ? globalConstantUseTarget(name, literal, root.tree, nameTarget([name]).credential !== undefined) : undefined;
}

function hasKey(element: SyntaxNode): boolean {
  return allChildren(element).some((child) => child.type === '=>');
}

function directTarget(parent: SyntaxNode, node: SyntaxNode, parents: Parents): Target | undefined {
  switch (parent.type) {
    case 'array_element_initializer': {
      const option = curlOptionName(node, parents);
      if (option) return nameTarget([option]);
      const segments = ownerSegments(parent, parents);
      const target = segments ? arrayEntryTarget(segments) : undefined;
      return target?.credential && isCategoryElement(parent, node, parents) ? undefined : target;
    }
    case 'assignment_expression':
    case 'augmented_assignment_expression':
      return parent.childForFieldName('right')?.id === node.id ? assignmentTarget(parent.childForFieldName('left')) : undefined;
    case 'property_element':
      return classMemberTarget(parent, parents) ?? variableTarget(parent.childForFieldName('name'), ['this']);
    case 'property_promotion_parameter':
    case 'simple_parameter':
    case 'static_variable_declaration':
      return variableTarget(parent.childForFieldName('name'), []);
    case 'enum_case': {
      // `enum Keys: string { case Stripe = '…'; }`: a name (no fix, see CONSTANT_CONTEXTS).
      const name = parent.childForFieldName('name')?.text;
      return name === undefined ? undefined : enumCaseTarget(name, parent, parents);
    }
    case 'const_element': {
      const name = named(parent).find((child) => child.type === 'name')?.text;
      return name === undefined ? undefined : listedConstantTarget(name, parent, parents) ?? usedConstantTarget(name, node, parents) ?? classMemberTarget(parent, parents, name) ?? nameTarget([name]);
    }
    case 'return_statement':
      return returnedTarget(parent, parents);
    case 'argument':
      return argumentTarget(parent, node, parents);
    case 'binary_expression':
    case 'conditional_expression':
      return operatorTarget(parent, node);
    default:
      return undefined;
  }
}

/** `['members_private_key' => 'core', 'title' => 'site', …]`: a category in a table of settings by group. */
function isCategoryElement(element: SyntaxNode, value: SyntaxNode, parents: Parents): boolean {
  const array = parentOf(element, parents);
  if (!array) return false;
  return isCategoryAmong(stringValue(value), array, () => arrayEntries(array), (entry) => ({ key: stringValue(entry.key), value: stringValue(entry.value) }));
}

/** Keys whose `['user', 'password']` pair is basic auth: Guzzle's `auth`, Symfony HttpClient's `auth_basic`. */
export const BASIC_AUTH_KEYS = new Set(['auth', 'auth_basic']);

/** Guzzle's `'auth' => ['user', 'lit']` (and `['user', 'lit', 'digest']`): the second element is the password. */
function guzzleAuthPassword(element: SyntaxNode, parents: Parents): Target | undefined {
  if (allChildren(element).some((child) => child.type === '=>')) return undefined;
  const list = parentOf(element, parents);
  const keyed = list ? parentOf(list, parents) : null;
  if (!list || list.type !== 'array_creation_expression' || keyed?.type !== 'array_element_initializer') return undefined;
  if (!BASIC_AUTH_KEYS.has(stringValue(named(keyed)[0]) ?? '')) return undefined;
  const elements = named(list).filter((child) => child.type === 'array_element_initializer');
  if (elements.length < 2 || elements.length > 3 || elements[1]?.id !== element.id) return undefined;
  return { kind: 'name', label: 'auth', name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: 'BASIC_AUTH_PASSWORD' };
}

/** Classes whose third constructor argument is the password: `new PDO($dsn, $user, '…')`, `new mysqli($host, $user, '…')`. */
const PASSWORD_THIRD_CLASSES = /^\\?(?:PDO|mysqli)$/i;

/**
 * `Flight::register('db', PDO::class, [$dsn, $user, '…'])`, a container's `[PDO::class, [$dsn, $user, '…']]`:
 * the arguments a container will construct a PDO or mysqli with, given as a list after its class.
 */
function constructorArgumentsPassword(element: SyntaxNode, parents: Parents): Target | undefined {
  if (hasKey(element)) return undefined;
  const list = parentOf(element, parents);
  const holder = list?.type === 'array_creation_expression' ? parentOf(list, parents) : null;
  if (!list || !holder) return undefined;
  const elements = named(list).filter((child) => child.type === 'array_element_initializer');
  if (elements.length < 3 || elements[2]?.id !== element.id) return undefined;
  const before = holder.type === 'argument' || holder.type === 'array_element_initializer' ? previousNamedSibling(holder, parents) : undefined;
  const className = before ? /^([\\\w]+)::class$/.exec(named(before)[0]?.text ?? before.text)?.[1] : undefined;
  if (!className || !PASSWORD_THIRD_CLASSES.test(className)) return undefined;
  return { kind: 'name', label: `${className.replace(/^\\/, '')} arguments`, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName: 'DB_PASSWORD' };
}

/** `new Process(['mysqldump', '--password', '…'])`: a list element after a credential's flag (argv-flags.ts). */
function argvFlagElement(element: SyntaxNode, parents: Parents): Target | undefined {
  if (hasKey(element)) return undefined;
  const before = previousNamedSibling(element, parents);
  return before?.type === 'array_element_initializer' && !hasKey(before) ? argvFlagTarget(stringValue(named(before)[0])) : undefined;
}

function previousNamedSibling(node: SyntaxNode, parents: Parents): SyntaxNode | undefined {
  const siblings = named(parentOf(node, parents) ?? node);
  const index = siblings.findIndex((sibling) => sibling.id === node.id);
  return index > 0 ? siblings[index - 1] : undefined;
}

/** `$password`, `$this->password`, `$config['db']['password']`, `self::$token`, `self::USER`. */
export function segmentsOf(node: SyntaxNode | null | undefined): string[] | undefined {
  if (!node) return undefined;
  const target = unparen(node);
  switch (target.type) {
    case 'variable_name':
      return [named(target)[0]?.text ?? target.text.replace(/^\$/, '')];
    case 'member_access_expression':
    case 'nullsafe_member_access_expression':
    case 'scoped_property_access_expression': {
      const object = segmentsOf(target.childForFieldName('object') ?? target.childForFieldName('scope')) ?? [];
      const name = target.childForFieldName('name');
      const last = name?.type === 'variable_name' ? segmentsOf(name)?.[0] : name?.text;
      return last === undefined ? undefined : [...object, last];
    }
    case 'subscript_expression': {
      const [base, index] = named(target);
      const key = index ? stringValue(index) : undefined;
      const outer = segmentsOf(base);
      if (!outer) return undefined;
      // `$cfg['Servers'][$i]['password']`: a computed index picks an entry; the keys around it still name it.
      if (key === undefined) return index && index.type !== 'string' && index.type !== 'encapsed_string' ? outer : undefined;
      return [...outer, ...key.split('.')];
    }
    case 'name':
      return [target.text];
    case 'class_constant_access_expression': {
      // `self::AMI_USER`, `Config::API_KEY`: named by the class and the constant.
      const [scope, constant] = named(target);
      return scope && constant ? [scope.text, constant.text] : undefined;
    }
    default:
      return undefined;
  }
}

function assignmentTarget(left: SyntaxNode | null): Target | undefined {
  if (!left) return undefined;
  const envName = envReadName(left);
  if (envName !== undefined) {
    return { kind: 'name', label: left.text, name: envName, ...credentialOf(envName), envName, noFix: true, envWrite: true };
  }
  const segments = segmentsOf(left);
  return segments ? nameTarget(segments) : undefined;
}

/** A class's property or constant named by its class (typeMemberTarget): CodeIgniter 4's `class Encryption { public string $key }`. */
function classMemberTarget(element: SyntaxNode, parents: Parents, constant?: string): Target | undefined {
  const member = constant ?? element.childForFieldName('name')?.text.replace(/^\$/, '');
  const declaration = parentOf(element, parents);
  const list = declaration ? parentOf(declaration, parents) : null;
  const type = list?.type === 'declaration_list' ? parentOf(list, parents) : null;
  const typeName = type && /^(?:class|trait|enum)_declaration$/.test(type.type) ? type.childForFieldName('name')?.text : undefined;
  return member === undefined || typeName === undefined ? undefined : typeMemberTarget(typeName, member);
}

function variableTarget(name: SyntaxNode | null, prefix: string[]): Target | undefined {
  const segments = segmentsOf(name);
  return segments ? nameTarget([...prefix, ...segments]) : undefined;
}

function credentialOf(name: string): { credential?: NonNullable<Target['credential']> } {
  const credential = credentialName(name);
  return credential ? { credential } : {};
}

function argumentTarget(argument: SyntaxNode, node: SyntaxNode, parents: Parents): Target | undefined {
  const list = parentOf(argument, parents);
  const callNode = list ? parentOf(list, parents) : null;
  if (callNode?.type === 'attribute') return attributeTarget(callNode, argument, parents);
  const call = callNode ? asConstruction(callOf(callNode)) : undefined;
  if (!callNode || !call) return undefined;
  const index = call.args.findIndex((candidate) => candidate.value.id === node.id);
  const named = call.args[index]?.name;
  const fallback = envFallback(call, index, callNode);
  if (fallback) return fallback;
  const option = curlOptionName(node, parents);
  if (option) return nameTarget([option]);
  const secret = secretArgumentOf(call, index, named);
  if (secret) return { kind: 'api', label: secret.label, credential: { noun: secret.noun, strength: 'strong' }, envName: secret.envName };
  if (named !== undefined && isPassArgumentBesideUser(named, call.args.map((arg) => arg.name))) {
    return { ...nameTarget([named]), credential: { noun: 'password', strength: 'strong' }, envName: 'PASSWORD' };
  }
  if (named !== undefined) return nameTarget([named]);
  const compared = comparedArgumentTarget(call, index) ?? formattedTarget(call, index);
  if (compared) return compared;
  // `new PostmarkClient('…')`: an API client built from one literal is built from its token.
  if (call.kind === 'new' && call.args.length === 1 && index === 0) return clientTokenTarget([call.name], `new ${call.name}`);
  const factory = vendorFactoryTarget(call, index);
  if (factory) return factory;
  return credentialPairTarget(call, index) ?? hostLoginTarget(call, index) ?? credentialSetterTarget(call, index) ?? definedConstantTarget(call, index, callNode, parents) ?? keyedSetterTarget(call, index) ?? injectionTarget(call, index) ?? afterPublicHalfTarget(call, index) ?? apiSignatureTarget(call, index, callNode, parents) ?? phpOwnParameterTarget(call, index, callNode);
}

/** Statements of a block looked at for the password beside a signature: a gateway is set up in a few lines. */
const MAX_SETUP_STATEMENTS = 32;

/**
 * PayPal's classic API credentials are a user, a password and a signature, set one after another on one gateway
 * (Omnipay's `$gateway->setUsername(…); $gateway->setPassword(…); $gateway->setSignature('…')`): a signature set on
 * an object that the same block gives a password is that API signature (elsewhere a signature is a computed digest).
 */
function apiSignatureTarget(call: PhpCall, index: number, callNode: SyntaxNode, parents: Parents): Target | undefined {
  if (call.kind !== 'method' || index !== 0 || call.args.length !== 1 || call.name.toLowerCase() !== 'setsignature' || call.object?.type !== 'variable_name') return undefined;
  const statement = parentOf(callNode, parents);
  const block = statement?.type === 'expression_statement' ? parentOf(statement, parents) : null;
  const setter = `${call.object.text}->setPassword(`;
  const passworded = block !== null && named(block).slice(0, MAX_SETUP_STATEMENTS).some((sibling) => sibling.type === 'expression_statement' && sibling.text.startsWith(setter));
  return passworded ? { ...nameTarget(['apiSignature']), label: `${call.object.text}->setSignature` } : undefined;
}

/**
 * Symfony's `#[Autowire('…')]` / `#[Autowire(value: '…')]` on a constructor parameter or property: the value injected
 * into what it annotates (`private string $webhookSecret`), named by it. `%env(X)%` and `%param%` are reads (isPhpNonSecret),
 * `'@service'` a reference.
 */
function attributeTarget(attribute: SyntaxNode, argument: SyntaxNode, parents: Parents): Target | undefined {
  if (named(attribute)[0]?.text.split('\\').pop() !== 'Autowire') return undefined;
  const name = argument.childForFieldName('name')?.text;
  const first = named(parentOf(argument, parents) ?? argument).find((child) => child.type === 'argument');
  if (name === undefined ? argument.id !== first?.id : name !== 'value') return undefined;
  // `#[Autowire('@app.secret_provider')]`: a service reference, not a value.
  if (/^['"]@/.test(named(argument).pop()?.text ?? '')) return undefined;
  const annotated = ancestors(attribute, parents).find((current) => ANNOTATED.has(current.type));
  const property = annotated && named(annotated).find((child) => child.type === 'property_element');
  return annotated ? variableTarget((property ?? annotated).childForFieldName('name'), []) : undefined;
}

const ANNOTATED = new Set(['property_promotion_parameter', 'simple_parameter', 'property_declaration']);

/**
 * PHP-DI's `create(PDO::class)->constructor($dsn, $user, '…')` (`autowire`, `DI\create`): the arguments the
 * container will construct the class with, judged as those of `new PDO(…)`.
 */
function asConstruction(call: PhpCall | undefined): PhpCall | undefined {
  if (call?.kind !== 'method' || call.name !== 'constructor' || !call.object) return call;
  const factory = callOf(call.object);
  if (factory?.kind !== 'function' || !/^(?:create|autowire)$/.test(factory.name)) return call;
  const className = /^\\?(?:\w+\\)*(\w+)::class$/.exec(factory.args[0]?.value.text ?? '')?.[1];
  return className ? { kind: 'new', name: className, args: call.args } : call;
}

/**
 * `hash_equals('…', $token)`: a timing-safe comparison with what the request sent, so the literal is the
 * expected secret, named by the other argument (`$token`, `$request->headers->get('X-Webhook-Token')`).
 */
function comparedArgumentTarget(call: PhpCall, index: number): Target | undefined {
  if (call.kind !== 'function' || call.name.toLowerCase() !== 'hash_equals' || call.args.length !== 2) return undefined;
  const other = withoutCast(call.args[1 - index]!.value);
  const otherCall = callOf(other);
  // `$request->headers->get('X-Webhook-Token')`, `$_SERVER['HTTP_X_TOKEN']`: named by the header or key read.
  const read = otherCall && otherCall.args.length === 1 ? stringValue(argumentAt(otherCall, 0)) : undefined;
  const segments = read !== undefined ? [read] : segmentsOf(other);
  return segments ? { ...nameTarget(segments), comparison: true } : undefined;
}

/** `sprintf('smtp://%s:%s@%s:587', $user, '…', $host)`: the literal is the value its verb's key names. */
function formattedTarget(call: PhpCall, index: number): Target | undefined {
  const name = call.kind === 'function' ? call.name.toLowerCase() : '';
  if ((name !== 'sprintf' && name !== 'printf') || index < 1) return undefined;
  const format = stringValue(argumentAt(call, 0));
  const argument = format !== undefined ? formatArgumentName(format, index - 1) : undefined;
  const target = argument ? nameTarget([argument]) : undefined;
  return target?.credential ? { ...target, label: `sprintf(${argument})` } : undefined;
}

/** `(string) $token` -> `$token`; `$_GET['token'] ?? ''` -> `$_GET['token']` (the fallback of a missing value is no name). */
function withoutCast(node: SyntaxNode): SyntaxNode {
  const inner = unparen(node);
  if (inner.type === 'binary_expression' && inner.childForFieldName('operator')?.text === '??') return withoutCast(inner.childForFieldName('left') ?? inner);
  return inner.type === 'cast_expression' ? unparen(inner.namedChildren[inner.namedChildCount - 1] ?? inner) : inner;
}

/** `new Gateway($merchantId, $publicKey, '…')`, `(region, 'LTAI…', '…')`: the literal after the pair's public half (public-half.ts). */
function afterPublicHalfTarget(call: PhpCall, index: number): Target | undefined {
  const previous = index > 0 ? call.args[index - 1] : undefined;
  // The secret is the argument itself, not an element of a list passed there (phpsysinfo's
  // `getWMI($wmi, 'Win32_PhysicalMemory', array('PartNumber', …))`).
  if (!previous || previous.name !== undefined || stringValue(call.args[index]!.value) === undefined) return undefined;
  const label = call.kind === 'new' ? `new ${call.name}` : call.name;
  const literal = stringValue(previous.value);
  if (literal !== undefined) return argvFlagTarget(literal) ?? secretAfterKeyId(literal, label);
  const segments = segmentsOf(previous.value);
  return secretAfterPublicHalf(segments?.[segments.length - 1], label);
}

/**
 * `Mailgun::create('…')`, openai-php's `OpenAI::client('…')`, `Resend::client('…')`, `Client::make('…')`: an SDK's static
 * factory given one literal is given its key. Weak: only a generated value counts, so
 * `Carbon::create('2024')` and `Queue::create('emails')` stay silent.
 */
function vendorFactoryTarget(call: PhpCall, index: number): Target | undefined {
  const vendor = call.scope?.slice(call.scope.lastIndexOf('\\') + 1);
  // One literal, or the last of two after an app or account id (Algolia's `SearchClient::create('APPID', '…')`).
  const keyLast = (call.args.length === 1 || (call.args.length === 2 && stringValue(call.args[0]!.value) !== undefined)) && index === call.args.length - 1;
  if (call.kind !== 'static' || !keyLast || !vendor || !/^[A-Z]/.test(vendor) || !isVendorFactory(call.name, vendor)) return undefined;
  const envName = `${vendor.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_API_KEY`;
  return { kind: 'api', label: `${vendor}::${call.name}`, credential: { noun: 'API key', strength: 'weak' }, envName };
}

/**
 * `::create` and the factories of sdk-factories.ts; `::make` only on a client class (`Client::make('…')`): Laravel's
 * facades all have one (`View::make('home')`, `Validator::make(…)`).
 */
function isVendorFactory(method: string, vendor: string): boolean {
  return method === 'create' || CLIENT_FACTORY_METHODS.test(method) || (method === 'make' && isClientClass(vendor));
}

/** `new Mailer('smtp.example.com', 587, 'user', '…')`, `$ftp->connect($host, 21, $user, '…')` (host-login.ts). */
function hostLoginTarget(call: PhpCall, index: number): Target | undefined {
  if (!mayBeHostLoginPassword(call.args.length, index) || call.args.some((arg) => arg.name !== undefined) || hasKnownSecretPosition(call)) return undefined;
  const views = call.args.map(({ value }): ArgumentView => {
    const literal = stringValue(value);
    if (literal !== undefined) return { literal };
    const segments = segmentsOf(value);
    return { integer: unparen(value).type === 'integer', ...(segments ? { name: segments.join('.') } : {}) };
  });
  const target = hostLoginPasswordTarget(call.name, views, index);
  return target && call.kind === 'new' ? { ...target, label: `new ${call.name}` } : target;
}

/** Classes named for an (id, secret) pair: Vonage's `new Basic($key, '…')`, AWS' `new Credentials($key, '…')`. */
const CREDENTIAL_PAIR_CLASS = /^(?:Basic(?:Auth)?|(?:Static)?Credentials?|User(?:name)?Password|PlainAuth)$/;

function credentialPairTarget(call: PhpCall, index: number): Target | undefined {
  if (call.kind !== 'new' || index !== 1 || call.args.length < 2 || call.args.length > 4) return undefined;
  if (CREDENTIAL_PAIR_CLASS.test(call.name)) {
    return { kind: 'api', label: `new ${call.name}`, credential: { noun: 'secret', strength: 'strong' }, envName: `${call.name.toUpperCase()}_SECRET` };
  }
  // `new TwilioClient($sid, '…')`, MaxMind's `new Client(734215, '…', ['en'])`: a client built from an account id and a
  // literal is built from its secret (weak: generated values only); options may follow.
  return /Client$/.test(call.name) && isAccountArgument(call.args[0]!.value) ? clientTokenTarget([call.name], `new ${call.name}`) : undefined;
}

/** Words that name whose secret follows: `$sid`, `$accountSid`, `$this->clientId`, `$username`, `$apiKey`. */
const ACCOUNT_WORDS = new Set(['sid', 'id', 'user', 'username', 'account', 'login', 'key', 'email']);

function isAccountArgument(node: SyntaxNode): boolean {
  // An account number written in: MaxMind's `new Client(734215, '…')`.
  if (unparen(node).type === 'integer') return true;
  const segments = segmentsOf(node);
  const words = segments ? splitWords(segments[segments.length - 1] ?? '') : [];
  return ACCOUNT_WORDS.has(words[words.length - 1] ?? '');
}

/**
 * A one-argument method named for a credential: Craft's fluent `->securityKey('…')`, `->setPassword('…')`,
 * `->withApiKey('…')`, `Configuration::privateKey('…')`. `->hashPassword('…')` names no credential.
 */
function credentialSetterTarget(call: PhpCall, index: number): Target | undefined {
  if ((call.kind !== 'method' && call.kind !== 'static') || call.args.length !== 1 || index !== 0) return undefined;
  const property = call.name.replace(/^(?:set|with)(?=[A-Z_])_?/, '');
  const target = nameTarget([property]);
  return target.credential ? { ...target, label: `->${call.name}` } : undefined;
}

/**
 * Writers of a named setting that take (name, value): WordPress' `update_option`/`add_option`/
 * `update_site_option`, `setParameter`, `setConfig`, `Settings::put`, Deployer's `set('db_password', …)`. Exactly two
 * arguments: `$builder->add('password', PasswordType::class, [...])` is a form field, not a write.
 */
const OPTION_WRITER = /^(?:(?:update|add|set|put|save|store)_?(?:to_?)?(?:site_?)?(?:option|transient|param(?:eter)?|config|setting|value|variable|env)|put|set)$/;

/** Writers of a value under a key within a scope (an app, a user, a post): `setAppValue`, `setUserValue`, `update_user_meta`. */
const SCOPED_WRITER = /^(?:set|update|add|save|store)_?(?:app|user|system|site|post|term|option|plugin)_?(?:value|meta|option|setting|config)$/i;

/** `env('DB_PASSWORD', 'lit')`, `Env::get('X', 'lit')`: the whole call is replaced by the plain read. */
function envFallback(call: PhpCall, index: number, callNode: SyntaxNode): Target | undefined {
  if (index !== 1) return undefined;
  const envName = envReadName(callNode);
  if (envName === undefined) return undefined;
  const label = `${call.scope ? `${call.scope}::${call.name}` : call.name}('${envName}')`;
  // `env('X', 'a') ?? 'b'`: the plain read would still fall back to 'b', so no edit is proven to fix it.
  const chained = callNode.parent !== null && isFallbackExpression(callNode.parent);
  return envFallbackTarget(envName, label, chained ? undefined : { start: callNode.startIndex, end: callNode.endIndex });
}

/**
 * `define('DB_PASSWORD', 'lit')`, `Config::set('services.stripe.secret', 'lit')`, `Configure::write('Security.salt', 'lit')`, `$headers->set('Authorization', 'lit')`,
 * and Laravel's config defaults, `config('services.twilio.token', 'lit')`: the key names the value (no fix for a default).
 */
function keyedSetterTarget(call: PhpCall, index: number): Target | undefined {
  const option = consoleOptionDefault(call, index);
  if (option) return option;
  // Nextcloud's `setAppValue($app, 'webhook_secret', '…')`, WordPress' `update_user_meta($id, 'api_key', '…')`:
  // a scoped writer takes its key right before the value, last.
  if (index >= 2 && index === call.args.length - 1 && call.kind !== 'new' && SCOPED_WRITER.test(call.name)) {
    const scopedKey = stringValue(argumentAt(call, index - 1));
    return scopedKey === undefined ? undefined : nameTarget(scopedKey.split('.'));
  }
  if (index !== 1) return undefined;
  const name = call.name.toLowerCase();
  const isSetter =
    (call.kind === 'function' && (name === 'define' || name === 'ini_set')) ||
    // Roots Bedrock's `Config::define('DB_PASSWORD', …)`, which wp-config.php's constants go through.
    (call.kind === 'static' && name === 'define') ||
    // CakePHP's `Configure::write('Security.salt', '…')` is its `Config::set`.
    (call.kind !== 'function' && call.kind !== 'new' && (name === 'set' || name === 'write' || HEADER_WRITER.test(name))) ||
    ((call.args.length === 2 || (call.args.length === 3 && isWriteFlags(argumentAt(call, 2)))) && call.kind !== 'new' && OPTION_WRITER.test(name));
  // WordPress' `get_option('x_webhook_secret', '…')`: the default an unset option falls back to.
  const isConfigDefault = (call.kind === 'function' && (name === 'config' || name === 'get_option' || name === 'get_site_option')) || (call.kind === 'static' && name === 'get' && call.scope === 'Config');
  const key = isSetter || isConfigDefault ? stringValue(argumentAt(call, 0)) : undefined;
  if (key === undefined) return undefined;
  if (isConfigDefault) return { ...nameTarget(key.split('.')), noFix: true };
  const target = nameTarget(key.split('.'));
  return WORDPRESS_SALTS.has(key) ? { ...target, credential: { noun: 'secret key', strength: 'strong' } } : target;
}

/**
 * Symfony Console's `->addOption('crm-token', null, InputOption::VALUE_REQUIRED, 'help', '…')` and `new InputOption(…)`:
 * the fifth argument is the option's default, named by the first (no fix: a default is not where the value is read).
 */
function consoleOptionDefault(call: PhpCall, index: number): Target | undefined {
  if (index !== 4) return undefined;
  const name = call.name.toLowerCase();
  const declares = (call.kind === 'method' && name === 'addoption') || (call.kind === 'new' && /(?:^|\\)inputoption$/.test(name));
  const key = declares ? stringValue(argumentAt(call, 0)) : undefined;
  return key === undefined ? undefined : { ...nameTarget([key]), noFix: true };
}

/**
 * A writer of one named header: PSR-7's `$request->withHeader('Authorization', '…')` and `withAddedHeader`, `setHeader`,
 * `addHeader` (Symfony BrowserKit, Laminas, PHPMailer's `addCustomHeader` aside), `header` (Symfony's scoped HTTP client
 * config `->header('X-Carrier-Key', '…')`, a response's): named by the header, as `$headers->set` is.
 */
const HEADER_WRITER = /^(?:with(?:added)?header|(?:set|add)?header)$/;

/** Vanilla's `saveToConfig('Garden.Cookie.Salt', '…', false)`: a writer's third argument that only says how to save. */
function isWriteFlags(node: SyntaxNode | undefined): boolean {
  const inner = node ? unparen(node) : undefined;
  return inner?.type === 'boolean' || inner?.type === 'array_creation_expression';
}

function operatorTarget(parent: SyntaxNode, node: SyntaxNode): Target | undefined {
  const operator = parent.type === 'conditional_expression' ? '?:' : parent.childForFieldName('operator')?.type ?? '';
  const left = parent.type === 'conditional_expression' ? parent.childForFieldName('condition') : parent.childForFieldName('left');
  const right = parent.type === 'conditional_expression' ? parent.childForFieldName('alternative') : parent.childForFieldName('right');
  if (!left || !right) return undefined;
  if (FALLBACK_OPERATORS.has(operator) && right.id === node.id) {
    const envName = envReadName(left);
    if (envName !== undefined) {
      // A read that has a fallback of its own (`env('X', 'a') ?? 'b'`) or sits in a longer chain: no proven edit.
      const chained = isEnvCallWithDefault(left) || (parent.parent !== null && isFallbackExpression(parent.parent));
      return envFallbackTarget(envName, left.text.replace(/\s+/g, ' ').slice(0, 80), chained ? undefined : { start: parent.startIndex, end: parent.endIndex });
    }
    for (const read of chainedReads(parent, left)) {
      const segments = segmentsOf(read);
      const target = segments ? nameTarget(segments) : undefined;
      if (target?.credential) return target;
    }
    return undefined;
  }
  if (EQUALITY.has(operator)) {
    const segments = segmentsOf(withoutFallback(left.id === node.id ? right : left));
    return segments ? { ...nameTarget(segments), comparison: true } : undefined;
  }
  return undefined;
}

/** How many reads of one fallback chain are looked at: option parsers spell a flag two or three ways. */
const MAX_CHAINED_READS = 8;

/**
 * The reads a fallback at the end of a chain stands in for, outermost first: `$opts['secret-key'] ?? $opts['s'] ?? '…'`
 * (getopt's long and short spellings; PHP's `??` nests to the right, so the literal's own left is only `$opts['s']`).
 */
function chainedReads(fallback: SyntaxNode, left: SyntaxNode): SyntaxNode[] {
  const reads = flattenFallbacks(left);
  for (let node = fallback; node.parent && isFallbackExpression(node.parent) && reads.length < MAX_CHAINED_READS; node = node.parent) {
    const outer = node.parent.type === 'parenthesized_expression' ? undefined : node.parent.childForFieldName('left');
    if (outer && outer.id !== node.id) reads.unshift(...flattenFallbacks(outer));
  }
  return reads.slice(0, MAX_CHAINED_READS);
}

/** The operands of a fallback expression, left to right; any other expression is one read. */
function flattenFallbacks(node: SyntaxNode, depth = 0): SyntaxNode[] {
  const inner = unparen(node);
  const operator = inner.type === 'binary_expression' ? inner.childForFieldName('operator')?.type : undefined;
  if (depth >= MAX_CHAINED_READS || operator === undefined || !FALLBACK_OPERATORS.has(operator)) return [inner];
  const [left, right] = [inner.childForFieldName('left'), inner.childForFieldName('right')];
  return [...(left ? flattenFallbacks(left, depth + 1) : []), ...(right ? flattenFallbacks(right, depth + 1) : [])];
}

/** `($_POST['password'] ?? '') !== '…'`: what is compared is the read, not its empty default. */
function withoutFallback(node: SyntaxNode): SyntaxNode {
  const inner = unparen(node);
  return inner.type === 'binary_expression' && inner.childForFieldName('operator')?.type === '??' ? (inner.childForFieldName('left') ?? inner) : inner;
}

/** `a ?? b`, `a ?: b`, `a || b`, `a or b`: an expression that falls back. */
function isFallbackExpression(node: SyntaxNode): boolean {
  if (node.type === 'parenthesized_expression') return node.parent !== null && isFallbackExpression(node.parent);
  if (node.type === 'conditional_expression') return node.childForFieldName('consequence') === null;
  return node.type === 'binary_expression' && FALLBACK_OPERATORS.has(node.childForFieldName('operator')?.type ?? '');
}

/** `env('X', 'default')`: a read that already carries a fallback. */
function isEnvCallWithDefault(node: SyntaxNode): boolean {
  const args = node.childForFieldName('arguments');
  return node.type.endsWith('call_expression') && (args?.namedChildren.filter((child) => child?.type === 'argument').length ?? 0) > 1;
}
