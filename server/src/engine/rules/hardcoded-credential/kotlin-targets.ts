// Where a Kotlin string literal goes: `val`/`const val`, constructor and parameter defaults,
// assignments (also inside `apply { }`), named and positional arguments, `?:` after an env read.
import { kotlinCall, kotlinDeclaredName, kotlinSuperclassCall, kotlinDottedName, kotlinString, navigationName } from '../../languages/kotlin';
import type { SyntaxNode } from '../../languages/treeSitter';
import { argumentTarget, comparedTarget, envReadName, getterTarget, isDecoderCall, type JvmSyntax } from './java-calls';
import { ancestorWithin, declaredTarget, sameNode, TRANSPARENT_METHODS } from './java-targets';
import { vertxSecret } from './jvm-argument-shapes';
import { envFallbackTarget, listedUnder, nameTarget, type Target } from './target';
import { jvmChoiceEnvTarget, kotlinBranchValues } from './jvm-choices';
import { credentialName } from '../../secrets';

export function kotlinSyntax(text: string, parent: JvmSyntax['parent']): JvmSyntax {
  return { string: (node) => kotlinString(node, text), call: kotlinCall, dotted: kotlinDottedName, parent };
}

export function kotlinTarget(literal: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  let node = literal;
  // Parentheses hold one expression, so climbing them is linear; other pass-throughs (ternaries,
  // casts, `.toCharArray()`) are bounded, or a chain of them holding a literal each would be quadratic.
  for (let parent = syntax.parent(node), steps = 0; parent && steps < 32; node = parent, parent = syntax.parent(node)) {
    if (parent.type === 'parenthesized_expression') continue;
    steps++;
    if (parent.type === 'navigation_expression' && sameNode(parent.namedChild(0), node)) {
      const method = navigationName(parent) ?? '';
      const owner = syntax.parent(parent);
      const call = owner?.type === 'call_expression' ? owner : undefined;
      if (call && TRANSPARENT_METHODS.has(method)) {
        parent = call;
        continue;
      }
      return call && method === 'equals' ? comparedTarget(kotlinCall(call)?.args[0], syntax) : undefined;
    }
    // `config.propertyOrNull("jwt.secret")?.getString() ?: "…"`: a config key's default, else where the elvis goes.
    if (parent.type === 'elvis_expression' && sameNode(parent.namedChild(parent.namedChildCount - 1), node)) {
      const fallback = elvisTarget(parent, syntax);
      if (fallback) return fallback;
      continue;
    }
    const branchOf = choiceOfBranch(parent, syntax);
    if (branchOf) {
      const choice = jvmChoiceEnvTarget(kotlinBranchValues(branchOf), syntax);
      if (choice) return choice;
      parent = branchOf; // the update step climbs past the `when` or `if`: a branch's value is its value
      continue;
    }
    const decoder = parent.type === 'value_argument' ? callOfArgument(parent, syntax) : undefined;
    const decoderCall = decoder ? kotlinCall(decoder) : undefined;
    // `val apiKeys = listOf("…")`: an element goes where the list goes, as Go's and JavaScript's do.
    if (decoder && decoderCall && !decoderCall.receiver && LIST_BUILDERS.has(decoderCall.name)) {
      parent = decoder;
      continue;
    }
    if (decoder && decoderCall && isDecoderCall(decoderCall)) {
      parent = decoder; // the update step climbs past the decoder call: hex("...") goes where its result goes
      continue;
    }
    return directTarget(parent, node, syntax);
  }
  return undefined;
}

/**
 * `fun partnerKey(env: String) = when (env) { "prod" -> "…" else -> "" }` and `val key = if (sandbox) "…" else …`: the
 * `when` or `if` a branch's value (or a braced branch's last statement) is the value of, so it goes where the choice goes,
 * as Java's switch arms and ternaries do.
 */
function choiceOfBranch(parent: SyntaxNode, syntax: JvmSyntax): SyntaxNode | undefined {
  const body = parent.type === 'statements' ? syntax.parent(parent) : parent;
  if (body?.type !== 'control_structure_body') return undefined;
  const owner = syntax.parent(body);
  if (owner?.type === 'if_expression') return owner;
  const expression = owner?.type === 'when_entry' ? syntax.parent(owner) : undefined;
  return expression?.type === 'when_expression' ? expression : undefined;
}

function directTarget(parent: SyntaxNode, node: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  const last = sameNode(parent.namedChild(parent.namedChildCount - 1), node);
  switch (parent.type) {
    case 'property_declaration':
    case 'class_parameter':
      return declarationTarget(parent, last, syntax);
    case 'function_value_parameters': {
      const siblings = parent.namedChildren;
      const parameter = siblings[siblings.findIndex((child) => sameNode(child, node)) - 1];
      return parameter?.type === 'parameter' ? declarationTarget(parameter, true, syntax) : undefined;
    }
    case 'assignment': {
      const left = kotlinDottedName(parent.namedChild(0));
      // `extra["ossrhPassword"] = "…"`, `headers["X-Api-Key"] = "…"`: a value put in a map under a key is named by the key.
      const key = left === undefined && last ? indexKey(parent.namedChild(0), syntax) : undefined;
      if (key !== undefined) return nameTarget(key.split('.'));
      if (!last || left === undefined) return undefined;
      if (left === 'buffer') {
        const secret = applyKeyOptionsBuffer(parent, syntax);
        if (secret) return secret;
      }
      return left.includes('.') ? nameTarget(left.split('.')) : declaredTarget(left, syntax);
    }
    case 'function_body': {
      const fn = syntax.parent(parent);
      // `val stripeSecret: String get() = "…"`: the grammar puts a getter beside its property.
      const owner = fn?.type === 'getter' ? fn.previousNamedSibling : fn;
      // A getter inside its property (`object Pepper { val value: String get() = "…" }`) is judged as the property.
      const property = fn?.type === 'getter' ? (syntax.parent(fn) ?? fn.parent) : undefined;
      if (property?.type === 'property_declaration') return declarationTarget(property, true, syntax);
      return owner?.type === 'property_declaration' ? declarationTarget(owner, true, syntax) : getterTarget(owner ? kotlinDeclaredName(owner) : undefined);
    }
    case 'jump_expression': {
      const fn = ancestorWithin(node, ['function_declaration', 'lambda_literal'], syntax);
      return fn?.type === 'function_declaration' ? getterTarget(kotlinDeclaredName(fn)) : undefined;
    }
    case 'value_argument':
      return argumentOf(parent, syntax);
    case 'infix_expression': {
      const key = syntax.string(parent.namedChild(0)!)?.value?.text;
      if (!last && parent.namedChild(1)?.text === 'to') return keyAsSecretTarget(parent, syntax);
      if (!last || parent.namedChild(1)?.text !== 'to' || !key) return undefined;
      const segments = nameTarget(key.split('.'));
      // A dotted key read whole, as Java's `props.put("basic.auth.user.info", …)` is: Confluent's `key:secret`.
      const whole = segments.credential ? undefined : credentialName(key);
      const target = whole ? { ...segments, credential: whole } : segments;
      return target.credential ? target : listedPairTarget(parent, key, target, syntax);
    }
    case 'statements':
      return last ? lazyTarget(parent, syntax) : undefined;
    case 'equality_expression':
      return comparedTarget(parent.namedChildren.find((child) => child !== null && !sameNode(child, node)) ?? undefined, syntax);
    default:
      return undefined;
  }
}

/**
 * Vert.x's `PubSecKeyOptions().apply { algorithm = "HS256"; buffer = "…" }`: the buffer set in the options' own `apply`
 * block is the HMAC signing secret, as `.setAlgorithm("HS256").setBuffer("…")` is (keyOptionsBufferTarget); an asymmetric
 * `algorithm` there makes it a PEM key, read by its format.
 */
function applyKeyOptionsBuffer(assignment: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  const statements = syntax.parent(assignment);
  const lambda = statements?.type === 'statements' ? syntax.parent(statements) : undefined;
  const call = lambda?.type === 'lambda_literal' ? ancestorWithin(lambda, ['call_expression'], syntax) : undefined;
  const apply = call ? kotlinCall(call) : undefined;
  const options = apply?.name === 'apply' && apply.receiver?.type === 'call_expression' ? kotlinCall(apply.receiver) : undefined;
  if (options?.name !== 'PubSecKeyOptions') return undefined;
  const algorithm = statements!.namedChildren
    .filter((child): child is SyntaxNode => child?.type === 'assignment' && kotlinDottedName(child.namedChild(0)) === 'algorithm')
    .map((child) => syntax.string(child.namedChild(child.namedChildCount - 1)!)?.value?.text)[0];
  return algorithm !== undefined && !/^HS\d+$/i.test(algorithm) ? undefined : vertxSecret('PubSecKeyOptions');
}

/** The string key of an indexed assignment's left side (`extra["key"]`), when it is one plain string. */
function indexKey(left: SyntaxNode | null, syntax: JvmSyntax): string | undefined {
  if (left?.type !== 'directly_assignable_expression') return undefined;
  const suffix = left.namedChildren.find((child) => child?.type === 'indexing_suffix');
  const keys = suffix?.namedChildren ?? [];
  return keys.length === 1 && keys[0] ? syntax.string(keys[0])?.value?.text : undefined;
}

/** Kotlin's collection builders, whose elements are the collection's. */
const LIST_BUILDERS = new Set(['listOf', 'setOf', 'arrayOf', 'mutableListOf', 'mutableSetOf', 'listOfNotNull']);
const MAP_BUILDERS = new Set(['mapOf', 'mutableMapOf', 'hashMapOf', 'linkedMapOf']);

/**
 * `val partnerTokens = mapOf("acme" to "…")`: the values of a map named for credentials in the plural are
 * those credentials, keyed by whom they are for (weak: generated values only), as Java's `Map.of` entries.
 */
function listedPairTarget(pair: SyntaxNode, key: string, target: Target, syntax: JvmSyntax): Target {
  const holder = mapHolder(pair, syntax);
  const credential = holder === undefined ? undefined : listedUnder([holder]);
  return credential ? { ...target, label: `${holder}["${key}"]`, credential } : target;
}

/** The property a `mapOf(…)` that holds `pair` is the value of, when the map is built by a map builder. */
function mapHolder(pair: SyntaxNode, syntax: JvmSyntax): string | undefined {
  const argument = syntax.parent(pair);
  const call = argument?.type === 'value_argument' ? callOfArgument(argument, syntax) : undefined;
  const builder = call ? kotlinCall(call) : undefined;
  const declaration = call ? syntax.parent(call) : null;
  return builder && MAP_BUILDERS.has(builder.name) && declaration?.type === 'property_declaration' ? kotlinDeclaredName(declaration) : undefined;
}

/**
 * `private val keys = mapOf("<key>" to "acme")`: a lookup from the keys partners send to who they are;
 * the map's keys are the secrets. Weak: only a generated key counts, so `mapOf("id" to 1)` stays silent.
 */
function keyAsSecretTarget(pair: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  const holder = mapHolder(pair, syntax);
  if (holder === undefined || !/(?:^|[a-z_])(?:keys|tokens|secrets)$/i.test(holder)) return undefined;
  return { kind: 'name', label: `${holder} (a map key)`, name: holder, credential: { noun: 'key', strength: 'weak' }, envName: holder.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() };
}

function declarationTarget(declaration: SyntaxNode, isValue: boolean, syntax: JvmSyntax): Target | undefined {
  const name = kotlinDeclaredName(declaration);
  return isValue && name !== undefined ? declaredTarget(name, syntax, declaration) : undefined;
}

/**
 * `val key by lazy { "…" }`: a lambda's last statement is its value, and `lazy`'s value is the
 * property's. statements -> lambda_literal -> annotated_lambda -> call_suffix -> call_expression -> property_delegate.
 */
function lazyTarget(statements: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  let node: SyntaxNode | null = statements;
  for (const type of ['lambda_literal', 'annotated_lambda', 'call_suffix', 'call_expression', 'property_delegate', 'property_declaration']) {
    node = node && syntax.parent(node);
    if (node?.type !== type) return undefined;
    if (type === 'call_expression' && kotlinCall(node)?.name !== 'lazy') return undefined;
  }
  return node ? declarationTarget(node, true, syntax) : undefined;
}

/** value_argument -> value_arguments -> call_suffix -> call_expression, or -> constructor_invocation (a superclass call). */
function callOfArgument(argument: SyntaxNode, syntax: JvmSyntax): SyntaxNode | undefined {
  const args = syntax.parent(argument);
  const suffix = args && syntax.parent(args);
  if (suffix?.type === 'constructor_invocation') return suffix;
  return (suffix && syntax.parent(suffix)) ?? undefined;
}

function argumentOf(argument: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  const call = callOfArgument(argument, syntax);
  const found = call ? kotlinCall(call) ?? kotlinSuperclassCall(call) : undefined;
  if (!found) return undefined;
  const value = argument.namedChild(argument.namedChildCount - 1);
  const index = found.args.findIndex((arg) => sameNode(arg, value));
  return index < 0 ? undefined : argumentTarget(found, index, syntax);
}

/**
 * `System.getenv("JWT_SECRET") ?: "dev-secret"`: the fix replaces the whole expression with the read.
 * `…propertyOrNull("jwt.secret")?.getString() ?: "…"`: the default of a config key that names a credential (no fix).
 */
function elvisTarget(elvis: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  const read = elvis.namedChild(0) ?? undefined;
  const envName = envReadName(read, syntax);
  if (envName !== undefined) return envFallbackTarget(envName, `System.getenv("${envName}")`, { start: elvis.startIndex, end: elvis.endIndex });
  const key = configKeyRead(read, syntax);
  const target = key === undefined ? undefined : nameTarget(key.split('.'));
  return target?.credential ? { ...target, kind: 'fallback', label: `the config key "${key}"`, noFix: true } : undefined;
}

/** The key a chain of calls looks up: `environment.config.propertyOrNull("jwt.secret")?.getString()` -> jwt.secret. */
function configKeyRead(node: SyntaxNode | undefined, syntax: JvmSyntax): string | undefined {
  let current = node;
  for (let depth = 0; current && depth < 6; depth++) {
    const call = syntax.call(current);
    if (!call) return undefined;
    const key = call.args.length === 1 ? syntax.string(call.args[0]!)?.value?.text : undefined;
    if (key !== undefined) return key;
    current = call.receiver;
  }
  return undefined;
}
