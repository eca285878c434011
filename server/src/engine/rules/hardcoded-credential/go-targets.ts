// Where a Go string literal goes: the name it is bound to (`const password = ...`, a struct field,
// a map key), the secret-taking API it is passed to, or the env read it is the fallback of.
import { isPassBesideUser, PAIRED_PASSWORD } from './pass-beside-user';
import { named, callArguments, callName, dottedGoName, enclosingFunction, goStringValue, isGoString, lastSegment, qualifiedName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { FileScope } from '../../scope';
import type { SinkKeyUse } from '../../types';
import { credentialName, formatArgumentName, splitWords } from '../../secrets';
import { comparedNameTarget, GO_EQUALITY_CALLS } from './compared';
import { validatorPasswordName } from './go-basic-auth-validators';
import { goSecretApi } from './go-apis';
import { formattedVariables } from './go-formatted-uses';
import { keyedByteKey, keyedTarget, settingRowTarget } from './go-keyed';
import { keyFunctionTarget } from './go-keyfunc';
import { envFallbackOfAssignment } from './go-fallbacks';
import { chainedFlagDefaultTarget, flagDefaultTarget } from './go-flags';
import { positionalSecretTarget } from './go-positional';
import { goOwnParameterTarget } from './go-own-parameters';
import { returnedTarget } from './go-returns';
import { unkeyedFieldTarget } from './go-unkeyed';
import { clientTokenTarget, nameTarget, type Target } from './target';

export type { Target } from './target';

export interface GoScope {
  root: SyntaxNode;
  imports: ReadonlyMap<string, string>;
  /** The file's scope: a placeholder left in counts in the app only. */
  fileScope: FileScope;
  /** Variables passed to a secret-taking API somewhere in the file (`store := sessions.NewCookieStore(key)`), computed on first use. */
  secretVariables?: Map<string, { target: Target; fn: number | undefined }[]>;
  /** The package's names other packages pass to such an API (the node layer's sinkKeyUses): package-level, so any function's. */
  sinkKeyUses?: readonly SinkKeyUse[];
}

const TRANSPARENT = new Set(['parenthesized_expression', 'type_conversion_expression', 'literal_element']);

/** The target of a literal, climbing through parentheses, `[]byte(...)` and slice elements. */
export function goTargetOf(literal: SyntaxNode, scope: GoScope): Target | undefined {
  const target = climbToTarget(literal, scope);
  return target && !target.credential && inStringList(literal) ? asListedKeys(target) : target;
}

/**
 * Traefik plugins' `Keys: []string{"…"}`, `apiKeys = []string{…}`: a list under a bare `keys` holds
 * keys (as JavaScript's `keys: ['…']`, javascript-targets.ts). Weak: `Keys: []string{"id", "name"}`
 * lists field names, so only a generated value counts.
 */
function asListedKeys(target: Target): Target {
  return /^keys$/i.test(target.name ?? '') ? { ...target, credential: { noun: 'key', strength: 'weak' } } : target;
}

/** The literal is an element of a `[]string{…}` list. */
function inStringList(literal: SyntaxNode): boolean {
  const element = literal.parent;
  return element?.type === 'literal_element' && element.parent?.type === 'literal_value' && element.parent.parent?.type === 'composite_literal';
}

function climbToTarget(literal: SyntaxNode, scope: GoScope): Target | undefined {
  let node = literal;
  for (let parent = node.parent; parent; node = parent, parent = node.parent) {
    if (TRANSPARENT.has(parent.type)) continue;
    // `[]string{"a", "b"}`: an element goes where the slice goes; so does one of a list whose type is
    // elided, `url.Values{"client_secret": {"…"}}`.
    const holder = parent.parent;
    const list = holder?.type === 'composite_literal' || holder?.type === 'literal_element';
    if (parent.type === 'literal_value' && node.type === 'literal_element' && holder && list) {
      const row = settingRowTarget(parent, node) ?? unkeyedFieldTarget(parent, node, scope.root, scope);
      if (row) return row;
      parent = holder;
      continue;
    }
    // An encoder's own reading comes first: `EncodeToString([]byte("user:…"))` builds a Basic credential (go-positional.ts).
    const encodes = parent.type === 'argument_list' && isGoEncoderCall(parent) && !argumentTarget(parent.parent!, node, scope);
    if (parent.type === 'argument_list' && (isPointerHelperCall(parent, scope.imports) || encodes)) {
      parent = parent.parent!;
      continue;
    }
    if (parent.type === 'keyed_element') return keyedTarget(parent, node, scope.imports);
    if (parent.type === 'expression_list') return keyFunctionTarget(parent, node, scope.imports) ?? listTarget(parent, node, scope) ?? returnedTarget(parent, node, envReadName);
    if (parent.type === 'binary_expression') return comparisonTarget(parent, node);
    if (parent.type === 'argument_list' && parent.parent?.type === 'call_expression') return argumentTarget(parent.parent, node, scope);
    return undefined;
  }
  return undefined;
}

/**
 * The standard library's pure encoders: `url.QueryEscape("…")`, `base64.StdEncoding.EncodeToString([]byte("…"))`,
 * `hex.EncodeToString(…)`. The escaped or encoded literal is the same secret, so it goes where the call goes
 * (`var dbPassword = url.QueryEscape("…")`).
 */
const GO_ENCODERS = /^(?:url\.(?:QueryEscape|PathEscape)|base64\.(?:Std|URL|RawStd|RawURL)Encoding\.EncodeToString|hex\.EncodeToString|strings\.TrimSpace)$/;

function isGoEncoderCall(list: SyntaxNode): boolean {
  const call = list.parent;
  return call?.type === 'call_expression' && named(list).length === 1 && GO_ENCODERS.test(call.childForFieldName('function')?.text ?? '');
}

/** Helpers that only take a literal's address or wrap it in an SDK's input type, keeping its value. */
const POINTER_HELPERS = /^(?:String|StringPtr|Ptr|To|ToPtr|StringInput)$/;

/**
 * `pulumi.String("…")`, `aws.String("…")`, `proto.String("…")`, `ptr.To("…")`: one literal given to a
 * package's pointer or input helper goes where the call goes (`Password: pulumi.String("…")`). A
 * variable's method of that name is a lookup: aws-sdk-go's `iniProfile.String("aws_secret_access_key")`
 * reads the value stored under that key.
 */
function isPointerHelperCall(list: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  const call = list.parent;
  const callee = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  if (callee?.type !== 'selector_expression' || named(list).length !== 1) return false;
  const operand = callee.childForFieldName('operand');
  if (operand?.type !== 'identifier' || !POINTER_HELPERS.test(callee.childForFieldName('field')?.text ?? '')) return false;
  return imports.has(operand.text) || !isDeclaredAround(operand);
}

/** Where an identifier is declared as a variable: a parameter, a receiver, `x :=`, `var x`, `for x := range`. */
const DECLARING_PARENTS = new Set(['parameter_declaration', 'var_spec', 'const_spec']);

/** Whether `name` is a variable declared in the function around it (snippets without imports name packages freely). */
function isDeclaredAround(name: SyntaxNode): boolean {
  const fn = enclosingFunction(name);
  if (!fn) return false;
  let declared = false;
  walkTree(fn, (node) => {
    if (declared) return false;
    if (node.type !== 'identifier' || node.text !== name.text) return true;
    const parent = node.parent;
    const declaring = parent?.type === 'expression_list' && (parent.parent?.type === 'short_var_declaration' || parent.parent?.type === 'range_clause') && parent.parent.childForFieldName('left')?.id === parent.id;
    declared = declaring || DECLARING_PARENTS.has(parent?.type ?? '');
    return false;
  });
  return declared;
}

/** `const x = "..."`, `a, b := "...", ...`, `cfg.Password = "..."`, `m["token"] = "..."`. */
function listTarget(list: SyntaxNode, node: SyntaxNode, scope: GoScope): Target | undefined {
  const owner = list.parent;
  if (!owner || list.id !== owner.childForFieldName(owner.type.endsWith('_spec') ? 'value' : 'right')?.id) return undefined;
  const values = named(list);
  const index = values.findIndex((value) => value.id === node.id);
  const targets = owner.type.endsWith('_spec')
    ? named(owner).filter((child) => child.type === 'identifier')
    : named(owner.childForFieldName('left'));
  if (targets.length !== values.length) return undefined;
  const target = targets[index];
  if (!target || isEnumMember(owner)) return undefined;
  if (owner.type === 'assignment_statement') {
    const operator = owner.childForFieldName('operator')?.text ?? '=';
    if (operator !== '=') return undefined;
    if (target.type === 'identifier') {
      const fallback = envFallbackOfAssignment(owner, target.text, scope.root);
      if (fallback) return fallback;
    }
  }
  if (owner.type !== 'const_spec' && owner.type !== 'var_spec' && owner.type !== 'short_var_declaration' && owner.type !== 'assignment_statement') {
    return undefined;
  }
  return writtenTarget(target, scope);
}

/** The last word of a type whose constants are the values of an enum: `SecretType`, `TokenKind`, `AuthMode`. */
const ENUM_TYPE_WORDS = new Set(['type', 'kind', 'mode', 'state', 'status', 'category']);

/**
 * gophercloud's `const SymmetricSecret SecretType = "symmetric"`: a constant of a named kind type is
 * one of that enum's values, named for what it stands for, not a secret.
 */
function isEnumMember(spec: SyntaxNode): boolean {
  if (spec.type !== 'const_spec') return false;
  const type = spec.childForFieldName('type');
  return type?.type === 'type_identifier' && ENUM_TYPE_WORDS.has(splitWords(type.text).pop() ?? '');
}

function writtenTarget(target: SyntaxNode, scope: GoScope): Target | undefined {
  if (target.type === 'index_expression') {
    const key = goStringValue(target.childForFieldName('index'));
    return key === undefined ? undefined : nameTarget(key.split('.'));
  }
  const name = dottedGoName(target);
  if (name === undefined || name === '_') return undefined;
  const named = nameTarget(name.split('.'));
  // `var key = []byte("...")` then `sessions.NewCookieStore(key)`: the API says what the name does
  // not, or says it more surely (`refreshKey` passed to SignedString is a signing key, whatever it reads like).
  if (target.type !== 'identifier') return named;
  // `user := "app"` then `pass := "…"`: a lone `pass` beside a user is its password (pass-beside-user.ts).
  if (!named.credential && isPassBesideUser(name, target, (node) => node.parent)) return { ...named, credential: PAIRED_PASSWORD, envName: 'PASSWORD' };
  // A package-level variable counts wherever it is passed; a local one only in its own function.
  const fn = enclosingFunction(target)?.id;
  const use = secretVariables(scope).get(name)?.find((candidate) => fn === undefined || candidate.fn === fn);
  // The API's target keeps the variable's name: `defaultResetPassword` passed to a hasher is what reset accounts get.
  return use ? { ...use.target, name: use.target.name ?? name } : named;
}

function secretVariables(scope: GoScope): Map<string, { target: Target; fn: number | undefined }[]> {
  if (scope.secretVariables) return scope.secretVariables;
  const found = new Map<string, { target: Target; fn: number | undefined }[]>();
  // `token.SignedString([]byte(config.JWTSecret))` in another package: JWTSecret is the API's key here too.
  for (const use of scope.sinkKeyUses ?? []) {
    const target: Target = { kind: 'api', label: use.label, name: use.name, credential: { noun: use.noun, strength: 'strong' }, envName: use.envName };
    found.set(use.name, [...(found.get(use.name) ?? []), { target, fn: undefined }]);
  }
  walkTree(scope.root, (node) => {
    if (node.type === 'return_statement') recordKeyFunctionReturn(node, scope, found);
    if (node.type === 'keyed_element') recordKeyedByteKey(node, scope, found);
    if (node.type === 'binary_expression') recordFormatted(node, undefined, found);
    if (node.type !== 'call_expression') return true;
    const name = callName(node) ?? chainedMethod(node);
    if (name === undefined) return true;
    recordFormatted(node, qualifiedName(name, scope.imports) ?? name, found);
    callArguments(node).forEach((argument, index) => {
      const inner = argument.type === 'type_conversion_expression' ? argument.childForFieldName('operand') : argument;
      if (inner?.type !== 'identifier') return;
      const api = goSecretApi(qualifiedName(name, scope.imports) ?? name, index);
      if (!api) return;
      const target: Target = { kind: 'api', label: name, name: inner.text, credential: { noun: api.noun, strength: 'strong' }, envName: api.envName };
      found.set(inner.text, [...(found.get(inner.text) ?? []), { target, fn: enclosingFunction(node)?.id }]);
    });
    return true;
  });
  scope.secretVariables = found;
  return found;
}

/** `fmt.Sprintf("%s:%s@tcp(%s)/db", user, pw, addr)`, `"… password=" + pw`: the variable at a connection string's password. */
function recordFormatted(node: SyntaxNode, qualified: string | undefined, found: Map<string, { target: Target; fn: number | undefined }[]>): void {
  for (const { name, target } of formattedVariables(node, qualified)) found.set(name, [...(found.get(name) ?? []), { target, fn: enclosingFunction(node)?.id }]);
}

/**
 * `const signingKey = "signing key"` then `jwt.GinJWTMiddleware{Key: []byte(signingKey)}`: the name is the middleware's key,
 * read as a secret-taking API's argument is, so a stub that only restates its name (`SecretKey = "secret key"`) is the live key.
 */
function recordKeyedByteKey(element: SyntaxNode, scope: GoScope, found: Map<string, { target: Target; fn: number | undefined }[]>): void {
  const keyed = keyedByteKey(element, scope.imports);
  if (keyed?.operand.type !== 'identifier') return;
  const name = keyed.operand.text;
  const target: Target = { kind: 'api', label: keyed.target.label, name, credential: keyed.target.credential, envName: keyed.target.envName };
  found.set(name, [...(found.get(name) ?? []), { target, fn: enclosingFunction(element)?.id }]);
}

/**
 * `jwt.Parse(tok, func(*jwt.Token) (interface{}, error) { return verifyKey, nil })`: the variable a key
 * function returns is the signing key, in the scope of the function that calls the parser.
 */
function recordKeyFunctionReturn(statement: SyntaxNode, scope: GoScope, found: Map<string, { target: Target; fn: number | undefined }[]>): void {
  const list = named(statement)[0];
  const first = list?.type === 'expression_list' ? named(list)[0] : undefined;
  if (first?.type !== 'identifier') return;
  const target = keyFunctionTarget(list!, first, scope.imports);
  if (!target) return;
  const keyFunction = enclosingFunction(statement);
  const fn = keyFunction ? enclosingFunction(keyFunction)?.id : undefined;
  found.set(first.text, [...(found.get(first.text) ?? []), { target: { ...target, name: first.text }, fn }]);
}

/** `password == "..."`: the literal is what the password is. */
function comparisonTarget(binary: SyntaxNode, node: SyntaxNode): Target | undefined {
  const operator = binary.childForFieldName('operator')?.text;
  if (operator !== '==' && operator !== '!=') return undefined;
  const left = binary.childForFieldName('left');
  const other = left?.id === node.id ? binary.childForFieldName('right') : left;
  const name = dottedGoName(other) ?? lookupKey(other);
  return name === undefined ? undefined : comparedNameTarget(validatorPasswordName(other) ?? name.split('.'));
}

/**
 * `r.Header.Get("X-Api-Key")`, `c.Query("token")`: a method looking up one key by its name is that
 * key's value; so is one looking it up through a constant named for it (`c.GetHeader(headerAPIKey)`).
 */
function lookupKey(node: SyntaxNode | null | undefined): string | undefined {
  if (node?.type !== 'call_expression' || node.childForFieldName('function')?.type !== 'selector_expression') return undefined;
  const args = callArguments(node);
  const key = args.length === 1 ? args[0] : undefined;
  if (key?.type === 'identifier') return key.text;
  return isGoString(key) ? goStringValue(key) : undefined;
}

/** `fmt.Sprintf("host=%s user=%s password=%s", host, "app", "…")`: the literal is the value its verb's key names. */
function formattedTarget(qualified: string, args: SyntaxNode[], index: number): Target | undefined {
  if ((qualified !== 'fmt.Sprintf' && qualified !== 'fmt.Fprintf') || index < 1) return undefined;
  const formatAt = qualified === 'fmt.Fprintf' ? 1 : 0;
  const format = goStringValue(args[formatAt]);
  const name = format !== undefined && index > formatAt ? formatArgumentName(format, index - formatAt - 1) : undefined;
  const target = name ? nameTarget([name]) : undefined;
  return target?.credential ? { ...target, label: `${qualified}(${name})` } : undefined;
}

/** `subtle.ConstantTimeCompare([]byte(pass), []byte("..."))`: the other argument, through its conversion. */
function equalityCallTarget(args: SyntaxNode[], index: number): Target | undefined {
  let other = args.length === 2 ? args[1 - index] : undefined;
  while (other?.type === 'type_conversion_expression' || other?.type === 'parenthesized_expression') {
    other = other.type === 'type_conversion_expression' ? (other.childForFieldName('operand') ?? undefined) : named(other)[0];
  }
  const name = dottedGoName(other);
  return name === undefined ? undefined : comparedNameTarget(validatorPasswordName(other) ?? name.split('.'));
}

function argumentTarget(call: SyntaxNode, node: SyntaxNode, scope: GoScope): Target | undefined {
  const args = callArguments(call);
  const index = args.findIndex((argument) => argument.id === node.id);
  const name = callName(call) ?? chainedMethod(call);
  if (name === undefined || index < 0) return undefined;
  const qualified = qualifiedName(name, scope.imports) ?? name;
  const api = goSecretApi(qualified, index);
  if (api) return { kind: 'api', label: name, credential: { noun: api.noun, strength: 'strong' }, envName: api.envName };
  if (GO_EQUALITY_CALLS.has(qualified)) return equalityCallTarget(args, index);
  if (FIRST_NON_EMPTY_CALLS.has(name)) return firstNonEmptyTarget(call, name, args, index, scope);
  const formatted = formattedTarget(qualified, args, index);
  if (formatted) return formatted;
  const positional = positionalSecretTarget(name, qualified, args, index) ?? goOwnParameterTarget(scope.root, name, index);
  if (positional) return positional;
  const flag = flagDefaultTarget(name, index, goStringValue(args[FLAG_NAME_INDEX[lastSegment(name)] ?? 0])) ?? chainedFlagDefaultTarget(call, index);
  if (flag) return flag;
  const iniKey = args.length === 1 ? iniKeyTarget(call) : undefined;
  if (iniKey) return iniKey;
  if (args.length === 1) return setterTarget(name) ?? packageOptionTarget(name, scope.imports) ?? clientConstructorTarget(name) ?? vendorNewTarget(name, scope.imports);
  const key = index >= 1 ? goStringValue(args[0]) : undefined;
  if (key === undefined || index !== args.length - 1) return undefined;
  const method = lastSegment(name);
  if (method === 'Setenv') return setenvTarget(name, key);
  if (splitWords(name).includes('env') || splitWords(name).includes('getenv')) return getterTarget(call, name, key, scope);
  // viper.SetDefault("db.password", "..."), form.Set("password", "..."), go-ini's section.NewKey("password", "..."): a name.
  // A viper default is the value every deploy loads unless the environment or a config file sets the key: the loaded settings.
  if (method === 'SetDefault') return { ...nameTarget(key.split('.')), loadedSettings: true };
  if (method === 'Set' || method === 'Add' || method === 'NewKey') return nameTarget(key.split('.'));
  // resty's SetHeader("X-Api-Key", "…"), OpenAPI clients' AddDefaultHeader("Authorization", "Bearer …"),
  // SetQueryParam("api_key", "…"): a writer of one named header or parameter.
  if (NAMED_PARAMETER_WRITER.test(method)) return nameTarget([key]);
  return undefined;
}

/**
 * go-ini's `cfg.Section("photos").Key("api_token").MustString("…")`: the default the key takes when the file
 * leaves it unset, as viper's SetDefault; `.SetValue("…")` writes it. Either is named by the key.
 */
function iniKeyTarget(call: SyntaxNode): Target | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'selector_expression' || !INI_KEY_WRITERS.has(callee.childForFieldName('field')?.text ?? '')) return undefined;
  const receiver = callee.childForFieldName('operand');
  const keyCallee = receiver?.type === 'call_expression' ? receiver.childForFieldName('function') : undefined;
  if (keyCallee?.type !== 'selector_expression' || keyCallee.childForFieldName('field')?.text !== 'Key') return undefined;
  const key = goStringValue(callArguments(receiver!)[0]);
  return key === undefined ? undefined : nameTarget([key]);
}

const INI_KEY_WRITERS = new Set(['MustString', 'SetValue']);

const NAMED_PARAMETER_WRITER = /^(?:Set|Add)(?:Default)?(?:Header|QueryParam|PathParam|FormData|Param)$/;

/** `opts.SetPassword("...")` (paho MQTT), `client.SetAuthToken("...")` (resty), `WithSecret("...")`: a setter of a credential. */
function setterTarget(name: string): Target | undefined {
  const property = /^(?:Set|With)([A-Z]\w*)$/.exec(lastSegment(name))?.[1];
  if (property === undefined || !credentialName(property)) return undefined;
  return { ...nameTarget([property]), label: name };
}

/**
 * `nats.Token("…")`, `nats.Password("…")`: a package's option function named for the credential it
 * sets, as `option.WithAPIKey("…")` is. Only an imported package's, not a method of a value.
 */
function packageOptionTarget(name: string, imports: ReadonlyMap<string, string>): Target | undefined {
  const dot = name.indexOf('.');
  const function_ = name.slice(dot + 1);
  if (dot < 0 || !imports.has(name.slice(0, dot)) || !/^[A-Z][A-Za-z]*$/.test(function_) || !credentialName(function_)) return undefined;
  return { ...nameTarget([function_]), label: name };
}

/**
 * `pushover.New("…")`: a third-party package's `New` given one literal is given its app token, as PHP's
 * `Mailgun::create('…')`. Weak: only a generated value counts, so `semver.New("1.2.3")` and
 * `template.New("page")` stay silent; the standard library's packages (`errors.New`) are no vendors.
 */
function vendorNewTarget(name: string, imports: ReadonlyMap<string, string>): Target | undefined {
  const dot = name.indexOf('.');
  if (dot < 0 || name.slice(dot + 1) !== 'New') return undefined;
  const qualifier = name.slice(0, dot);
  const path = imports.get(qualifier);
  if (path === undefined || !path.split('/')[0]!.includes('.')) return undefined;
  return { kind: 'api', label: name, credential: { noun: 'API token', strength: 'weak' }, envName: `${qualifier.toUpperCase()}_API_TOKEN` };
}

/**
 * `sendgrid.NewSendClient("…")`, `pagerduty.NewClient("…")`: an API client built from one literal is
 * built from its token, as in the other languages; weak, so a URL or a region passed there stays silent.
 */
function clientConstructorTarget(name: string): Target | undefined {
  const method = lastSegment(name);
  if (!/^New\w*Client$/.test(method) || !name.includes('.')) return undefined;
  return clientTokenTarget([name.slice(0, name.indexOf('.')), method.slice(3)], name);
}

/** Where a flag declaration takes the flag's name: `flag.StringVar(&p, "name", ...)` second. */
const FLAG_NAME_INDEX: Readonly<Record<string, number>> = { StringVar: 1, StringVarP: 1 };

/** `jwt.NewWithClaims(...).SignedString(...)` -> `NewWithClaims.SignedString`; `cmd.Flags().StringP` -> `Flags.StringP`. */
export function chainedMethod(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'selector_expression') return undefined;
  const method = callee.childForFieldName('field')?.text;
  const operand = callee.childForFieldName('operand');
  const inner = operand?.type === 'call_expression' ? (callName(operand) ?? chainedMethod(operand)) : undefined;
  if (method === undefined) return undefined;
  return inner === undefined ? method : `${lastSegment(inner)}.${method}`;
}

/** `os.Setenv("JWT_SECRET", "...")`: the code sets the variable itself; test setup (`t.Setenv`) is test scope, so information. */
function setenvTarget(name: string, key: string): Target | undefined {
  const credential = credentialName(key);
  return { kind: 'name', label: `${name}("${key}")`, name: key, ...(credential ? { credential } : {}), envName: key, noFix: true, envWrite: true };
}

/** `getEnv("JWT_SECRET", "...")`: the fix reads the variable directly (os.Getenv) when that cannot orphan an import. */
function getterTarget(call: SyntaxNode, name: string, key: string, scope: GoScope): Target {
  const credential = credentialName(key);
  const fixable = !name.includes('.') || qualifierUsedElsewhere(scope.root, name.slice(0, name.indexOf('.')), call);
  return {
    kind: 'fallback',
    label: `${name}("${key}")`,
    name: key,
    ...(credential ? { credential } : {}),
    envName: key,
    existingEnvName: key,
    fixSpan: nodeSpan(call),
    ...(fixable ? {} : { noFix: true }),
  };
}

/** Calls that return their first non-empty argument: Go 1.22's `cmp.Or`, samber/lo's `lo.CoalesceOrEmpty`. */
const FIRST_NON_EMPTY_CALLS = new Set(['cmp.Or', 'lo.CoalesceOrEmpty']);

/** `cmp.Or(os.Getenv("JWT_SECRET"), "...")`: the first non-empty value, so the literal is the fallback. */
function firstNonEmptyTarget(call: SyntaxNode, name: string, args: SyntaxNode[], index: number, scope: GoScope): Target | undefined {
  const read = args.slice(0, index).map(envReadName).find((env) => env !== undefined);
  if (read === undefined || index !== args.length - 1) return undefined;
  const credential = credentialName(read);
  const fixable = qualifierUsedElsewhere(scope.root, name.slice(0, name.indexOf('.')), call);
  return {
    kind: 'fallback',
    label: `os.Getenv("${read}")`,
    name: read,
    ...(credential ? { credential } : {}),
    envName: read,
    existingEnvName: read,
    fixSpan: nodeSpan(call),
    ...(fixable ? {} : { noFix: true }),
  };
}

/** `os.Getenv("X")` -> X. */
export function envReadName(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'call_expression') return undefined;
  const name = callName(node);
  if (name !== 'os.Getenv' && name !== 'os.LookupEnv') return undefined;
  const argument = callArguments(node)[0];
  return isGoString(argument) ? goStringValue(argument) : undefined;
}

/** Whether `pkg.` is used outside `except`: removing `except` then leaves the import in use. */
function qualifierUsedElsewhere(root: SyntaxNode, qualifier: string, except: SyntaxNode): boolean {
  let used = false;
  walkTree(root, (node) => {
    if (used || node.id === except.id || node.type === 'import_declaration') return false;
    if ((node.type === 'selector_expression' && node.childForFieldName('operand')?.text === qualifier) || (node.type === 'qualified_type' && node.childForFieldName('package')?.text === qualifier)) {
      used = true;
    }
    return !used;
  });
  return used;
}
