// Where a Java string literal goes: the variable, field or setter it is assigned to, the call it is
// passed to, the env read it is the fallback of.
import { isPassBesideUser, PAIRED_PASSWORD } from './pass-beside-user';
import { javaCall, javaDottedName, javaString } from '../../languages/java';
import type { SyntaxNode } from '../../languages/treeSitter';
import { argumentTarget, comparedTarget, getterTarget, isDecoderCall, isEncoderCall, TRANSPARENT_METHODS, type JvmSyntax } from './java-calls';

export { TRANSPARENT_METHODS } from './java-calls';
import { listedUnder, nameTarget, typeMemberTarget, type Target } from './target';
import { jvmChoiceEnvTarget, switchArmValues } from './jvm-choices';
import { credentialName } from '../../secrets';


export function javaSyntax(text: string, parent: JvmSyntax['parent']): JvmSyntax {
  return { string: (node) => javaString(node, text), call: javaCall, dotted: javaDottedName, parent };
}

/** The nearest ancestor of one of `types`, within the literal's kept ancestors. */
export function ancestorWithin(node: SyntaxNode, types: readonly string[], syntax: JvmSyntax): SyntaxNode | undefined {
  for (let current = syntax.parent(node); current; current = syntax.parent(current)) {
    if (types.includes(current.type)) return current;
  }
  return undefined;
}

/**
 * `return switch (env) { case "prod" -> "…"; default -> … };`: the switch expression an arm's value is the value of
 * (`case X -> value;`, or `yield value;` in an arm's block), so it goes where the switch goes.
 */
function armSwitch(parent: SyntaxNode, syntax: JvmSyntax): SyntaxNode | undefined {
  let rule = parent.type === 'expression_statement' ? syntax.parent(parent) : undefined;
  if (parent.type === 'yield_statement') {
    const block = syntax.parent(parent);
    rule = block?.type === 'block' ? syntax.parent(block) : undefined;
  }
  if (rule?.type !== 'switch_rule') return undefined;
  const block = syntax.parent(rule);
  const expression = block?.type === 'switch_block' ? syntax.parent(block) : undefined;
  return expression?.type === 'switch_expression' ? expression : undefined;
}

export function javaTarget(literal: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  let node = literal;
  // Parentheses hold one expression, so climbing them is linear; other pass-throughs (ternaries,
  // casts, `.toCharArray()`) are bounded, or a chain of them holding a literal each would be quadratic.
  for (let parent = syntax.parent(node), steps = 0; parent && steps < 32; node = parent, parent = syntax.parent(node)) {
    if (parent.type === 'parenthesized_expression') continue;
    steps++;
    if (parent.type === 'cast_expression') continue;
    if (parent.type === 'ternary_expression' && !sameNode(parent.childForFieldName('condition'), node)) {
      const choice = jvmChoiceEnvTarget([parent.childForFieldName('consequence'), parent.childForFieldName('alternative')], syntax);
      if (choice) return choice;
      continue;
    }
    const switchExpression = armSwitch(parent, syntax);
    if (switchExpression) {
      const choice = jvmChoiceEnvTarget(switchArmValues(switchExpression), syntax);
      if (choice) return choice;
      parent = switchExpression; // the update step climbs past the switch expression: an arm's value is its value
      continue;
    }
    if (parent.type === 'method_invocation' && sameNode(parent.childForFieldName('object'), node)) {
      const name = parent.childForFieldName('name')?.text ?? '';
      if (TRANSPARENT_METHODS.has(name)) continue;
      const call = javaCall(parent);
      return (name === 'equals' || name === 'equalsIgnoreCase') && call ? comparedTarget(call.args[0], syntax) : undefined;
    }
    const decoder = parent.type === 'argument_list' ? syntax.parent(parent) : null;
    const decoderCall = decoder ? javaCall(decoder) : undefined;
    // An encoder's own reading comes first: `encodeToString("user:…".getBytes())` builds a Basic credential (jvm-argument-shapes).
    const encodes = decoderCall !== undefined && isEncoderCall(decoderCall) && sameNode(decoderCall.args[0], node) && !directTarget(parent, node, syntax);
    if (decoder && decoderCall && (isDecoderCall(decoderCall) || encodes)) {
      node = parent; // the update step climbs past the decoder call
      parent = decoder;
      continue;
    }
    return directTarget(parent, node, syntax);
  }
  return undefined;
}

function directTarget(parent: SyntaxNode, node: SyntaxNode, syntax: JvmSyntax): Target | undefined {
  switch (parent.type) {
    case 'variable_declarator': {
      const name = parent.childForFieldName('name')?.text;
      return name !== undefined && sameNode(parent.childForFieldName('value'), node) ? declaredTarget(name, syntax, parent) : undefined;
    }
    case 'assignment_expression': {
      if (!sameNode(parent.childForFieldName('right'), node)) return undefined;
      const left = javaDottedName(parent.childForFieldName('left'));
      if (left === undefined) return undefined;
      return left.includes('.') ? nameTarget(left.split('.')) : declaredTarget(left, syntax);
    }
    // An annotation's element default, as OSGi metatype configs declare them: `String clientSecret() default "…";`.
    case 'annotation_type_element_declaration': {
      const name = parent.childForFieldName('name')?.text;
      return name !== undefined && sameNode(parent.childForFieldName('value'), node) ? nameTarget([name]) : undefined;
    }
    case 'return_statement':
      return getterTarget(ancestorWithin(node, ['method_declaration', 'lambda_expression'], syntax)?.childForFieldName('name')?.text);
    case 'argument_list': {
      const owner = syntax.parent(parent);
      const call = owner ? javaCall(owner) : undefined;
      if (!call) return undefined;
      const index = call.args.findIndex((arg) => sameNode(arg, node));
      if (call.name === 'equals' && call.receiver && call.args.length === 1) return comparedTarget(call.receiver, syntax);
      return index < 0 ? undefined : argumentTarget(call, index, syntax);
    }
    default:
      return undefined;
  }
}

/** A field or variable: what a secret-taking API it is passed to makes of it, else what its name says. */
export function declaredTarget(name: string, syntax: JvmSyntax, declaration?: SyntaxNode): Target {
  const used = syntax.secretUse?.(name);
  if (used) return used;
  const holder = GENERIC_MEMBER.test(name) && declaration ? enclosingTypeName(declaration, syntax) : undefined;
  if (holder === undefined) return listedMemberTarget(name, syntax, declaration) ?? typedMemberTarget(name, syntax, declaration) ?? pairedPassTarget(name, syntax, declaration) ?? nameTarget([name]);
  // The type says what its one value is: `Pepper.value` is a pepper.
  const { credential: _member, ...target } = nameTarget([holder, name]);
  const credential = credentialName(holder);
  return credential ? { ...target, credential } : target;
}

/**
 * `object ApiKeys { const val OPEN_WEATHER = "…" }`, `interface Secrets { String STRIPE = "…"; }`: the
 * members of a type named for credentials in the plural are those credentials, named for whom they
 * are for (listedUnder in target.ts, weak: only a generated value counts, so `PARAM = "appid"` stays silent).
 */
function listedMemberTarget(name: string, syntax: JvmSyntax, declaration: SyntaxNode | undefined): Target | undefined {
  const named = nameTarget([name]);
  const holder = !named.credential && declaration ? memberOwnerName(declaration, syntax) : undefined;
  const credential = holder === undefined ? undefined : listedUnder([holder]);
  return credential ? { ...named, label: `${holder}.${name}`, credential } : undefined;
}

/** `class Encryption { private String key = "…"; }`, `object Jwt { const val KEY = "…" }`: a member named by its type (typeMemberTarget). */
function typedMemberTarget(name: string, syntax: JvmSyntax, declaration: SyntaxNode | undefined): Target | undefined {
  const owner = declaration ? memberOwnerName(declaration, syntax) : undefined;
  return owner === undefined ? undefined : typeMemberTarget(owner, name);
}

/** `String user = "app"; String pass = "…";`: a lone `pass` beside a user is its password (pass-beside-user.ts). */
function pairedPassTarget(name: string, syntax: JvmSyntax, declaration: SyntaxNode | undefined): Target | undefined {
  const up = (node: SyntaxNode): SyntaxNode | null => syntax.parent(node) ?? node.parent;
  return declaration && isPassBesideUser(name, declaration, up) ? { ...nameTarget([name]), credential: PAIRED_PASSWORD, envName: 'PASSWORD' } : undefined;
}

/** Where a member may be declared between it and its type; a method, lambda or initializer in between makes it a local. */
const MEMBER_PATH = new Set(['field_declaration', 'constant_declaration', 'class_body', 'interface_body', 'enum_body', 'enum_body_declarations', 'property_declaration', 'modifiers']);

/** The name of the type a field or property is declared directly in (not a local of one of its methods). */
function memberOwnerName(declaration: SyntaxNode, syntax: JvmSyntax): string | undefined {
  const up = (node: SyntaxNode): SyntaxNode | null => syntax.parent(node) ?? node.parent;
  for (let node = up(declaration); node; node = up(node)) {
    if (TYPE_DECLARATIONS.has(node.type)) return (node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'type_identifier'))?.text;
    if (!MEMBER_PATH.has(node.type)) return undefined;
  }
  return undefined;
}

/** A member named only for being the value: `object Pepper { val value get() = "…" }`, `class ApiKey { static final String VALUE = "…"; }`. */
const GENERIC_MEMBER = /^(?:value|VALUE|raw|RAW)$/;

const TYPE_DECLARATIONS = new Set(['class_declaration', 'object_declaration', 'enum_declaration', 'interface_declaration', 'record_declaration']);

/** The name of the class or object a member is declared in: the type is then named for what the member holds. */
function enclosingTypeName(declaration: SyntaxNode, syntax: JvmSyntax): string | undefined {
  // A getter's property is beside the literal's path, not on it: tree-sitter's own parent then.
  const up = (node: SyntaxNode): SyntaxNode | null => syntax.parent(node) ?? node.parent;
  for (let node = up(declaration); node; node = up(node)) {
    if (!TYPE_DECLARATIONS.has(node.type)) continue;
    return (node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'type_identifier'))?.text;
  }
  return undefined;
}

export function sameNode(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}
