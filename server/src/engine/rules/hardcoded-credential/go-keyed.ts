// Where a Go literal under a key goes: a struct field (`redis.Options{Password: "…"}`), a map entry
// (`map[string]string{"client_secret": "…"}`), or a user's password in a basic-auth account map.
import { dottedGoName, goStringValue, lastSegment, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName, splitWords } from '../../secrets';
import { flagStructDefaultTarget } from './go-flags';
import { listedUnder, nameTarget, type Target } from './target';
import { isCategoryAmong } from './category-maps';
import { accountKeyBeside } from './account-key-beside';

const BASIC_AUTH_PASSWORD: Target['credential'] = { noun: 'password', strength: 'strong' };

/** `Config{Password: "..."}` or `map[string]string{"password": "..."}`; the key itself is not a value. */
export function keyedTarget(element: SyntaxNode, node: SyntaxNode, imports: ReadonlyMap<string, string>): Target | undefined {
  const [keyElement, valueElement] = named(element).filter((child) => child.type === 'literal_element');
  if (!keyElement || node.id !== valueElement?.id) return undefined;
  const key = named(keyElement)[0];
  const name = key?.type === 'identifier' ? key.text : goStringValue(key);
  if (name === undefined) return undefined;
  const composite = element.parent?.parent;
  const owner = composite?.type === 'composite_literal' ? dottedGoName(composite.childForFieldName('type')) : undefined;
  // gin.BasicAuth(gin.Accounts{"admin": "..."}), fiber's basicauth.Config{Users: map[string]string{"admin": "..."}}.
  if (owner === 'gin.Accounts' || (composite && (isBasicAuthUsers(composite, imports) || isBasicAuthArgument(composite)))) {
    return { kind: 'name', label: `${owner ?? 'Users'}["${name}"]`, credential: BASIC_AUTH_PASSWORD, envName: 'BASIC_AUTH_PASSWORD' };
  }
  const flag = composite && key?.type !== 'interpreted_string_literal' ? flagStructDefaultTarget(composite, owner, name) : undefined;
  if (flag) return flag;
  const segments = name.split('.');
  const field = fieldName(owner, segments.pop() ?? name);
  const target = nameTarget([...(owner ? owner.split('.') : []), ...segments, field]);
  if (target.credential && composite && isCategoryEntry(composite, node)) return undefined;
  if (target.credential || !composite) return target;
  const accountKey = accountKeyBeside(name, () => keysOf(composite));
  return accountKey ? { ...target, credential: accountKey } : listedTarget(composite, name, target);
}

/** The keys of a composite literal's keyed elements: field names or string keys. */
function keysOf(composite: SyntaxNode): string[] {
  return named(composite.childForFieldName('body')).flatMap((element) => {
    if (element.type !== 'keyed_element') return [];
    const key = named(named(element)[0] ?? element)[0];
    return [key?.type === 'identifier' || key?.type === 'field_identifier' ? key.text : goStringValue(key) ?? ''];
  });
}

/** `map[string]string{"members_private_key": "core", "title": "site", …}`: a category in a table of settings by group. */
function isCategoryEntry(composite: SyntaxNode, value: SyntaxNode): boolean {
  const elements = () => named(composite.childForFieldName('body')).filter((element) => element.type === 'keyed_element');
  return isCategoryAmong(goStringValue(named(value)[0]), composite, elements, (element) => {
    const [keyElement, valueElement] = named(element).filter((child) => child.type === 'literal_element');
    const key = named(keyElement)[0];
    return { key: key?.type === 'identifier' ? key.text : goStringValue(key), value: goStringValue(named(valueElement)[0]) };
  });
}

/**
 * `webhookSecrets := map[string]string{"stripe": "…"}`, `Config{ServiceTokens: map[string]string{…}}`: entries of a map named for credentials in the
 * plural are those credentials, keyed by whom they are for (weak: generated values only), as in JS and Ruby.
 */
function listedTarget(map: SyntaxNode, key: string, target: Target): Target {
  if (map.childForFieldName('type')?.type !== 'map_type') return target;
  const assigned = assignedName(map);
  const credential = assigned === undefined ? undefined : listedUnder([assigned]);
  return credential ? { ...target, label: `${assigned}["${key}"]`, credential } : target;
}

/** The variable or field a composite literal is the value of: `var x = …`, `x := …`, `x = …`, `Config{X: …}`. */
function assignedName(value: SyntaxNode): string | undefined {
  const list = value.parent;
  // `auth.Config{ServiceTokens: map[string]string{"billing": "…"}}`: the field names the map.
  const keyed = list?.type === 'literal_element' ? list.parent : undefined;
  if (keyed?.type === 'keyed_element' && named(keyed)[1]?.id === list!.id) return named(keyed)[0]?.text;
  const owner = list?.type === 'expression_list' ? list.parent : undefined;
  if (owner?.type === 'var_spec' || owner?.type === 'const_spec') return owner.childForFieldName('name')?.text;
  if (owner?.type === 'short_var_declaration' || owner?.type === 'assignment_statement') return dottedGoName(named(owner.childForFieldName('left'))[0]);
  return undefined;
}

/** chi's `middleware.BasicAuth("realm", map[string]string{"ops": "…"})`: a user-to-password map handed to a basic-auth call. */
function isBasicAuthArgument(map: SyntaxNode): boolean {
  const call = map.parent?.type === 'argument_list' ? map.parent.parent : undefined;
  const callee = call?.type === 'call_expression' ? dottedGoName(call.childForFieldName('function')) : undefined;
  return map.childForFieldName('type')?.type === 'map_type' && callee !== undefined && /BasicAuth$/.test(lastSegment(callee));
}

/** The map literal under `Users:` in a `Config` from a basic-auth package (fiber, echo-contrib, …). */
function isBasicAuthUsers(map: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  const keyed = map.parent?.type === 'literal_element' ? map.parent.parent : undefined;
  const keyElement = keyed?.type === 'keyed_element' ? named(keyed)[0] : undefined;
  if (!keyElement || named(keyElement)[0]?.text !== 'Users') return false;
  const config = keyed?.parent?.parent;
  const type = config?.type === 'composite_literal' ? dottedGoName(config.childForFieldName('type')) : undefined;
  const qualifier = type?.includes('.') ? type.slice(0, type.indexOf('.')) : undefined;
  return qualifier !== undefined && /(?:^|\/)basicauth$/.test(imports.get(qualifier) ?? '');
}

/**
 * `jwtware.SigningKey{Key: …}`, `HMAC{Key: …}`: a one-word field that names nothing alone takes its
 * type's name (`SigningKey`, `HMAC_Key`), as a config key takes its parent's.
 */
function fieldName(owner: string | undefined, field: string): string {
  if (owner === undefined || credentialName(field) || splitWords(field).length !== 1) return field;
  const type = lastSegment(owner);
  const packageKey = GENERIC_CONFIG_TYPE.test(type) ? packageQualifiedField(owner, field) : undefined;
  if (packageKey) return packageKey;
  const typeWords = splitWords(type);
  const joined = typeWords[typeWords.length - 1] === field.toLowerCase() ? type : `${type}_${field}`;
  return credentialName(joined) ? joined : field;
}

/** Types that say nothing of what they configure: the package does (`encryptcookie.Config`). */
const GENERIC_CONFIG_TYPE = /^(?:Config|Options|Opts|Settings|Params)$/;

/** Package names that start with what their key is for: fiber's `encryptcookie`, `jwtware`, `securecookie`. */
const KEY_PACKAGE_STEM = /^(?:encrypt|crypt|cipher|jwt|sign|hmac|secure|secret|cookie|session)/;

/**
 * `encryptcookie.Config{Key: …}`: a bare field of a generic config type takes the package's stem
 * (`encrypt_Key`), as `jwtware.SigningKey{Key: …}` takes the type's; `cache.Config{Key: …}` stays a name.
 */
function packageQualifiedField(owner: string, field: string): string | undefined {
  const qualifier = owner.includes('.') ? owner.slice(0, owner.indexOf('.')) : '';
  const stem = KEY_PACKAGE_STEM.exec(qualifier.toLowerCase())?.[0];
  const joined = stem === undefined ? undefined : `${stem}_${field}`;
  return joined !== undefined && credentialName(joined) ? joined : undefined;
}

/**
 * `defaults = []struct{ Key, Value string }{{"db.password", "…"}, …}`: a row of two strings in a table of
 * settings, its type elided, pairs a setting's name with its value, as a map entry does. A list of two
 * strings with a type of its own (`[]string{"password", "123456"}`, a list of banned passwords) is no row.
 */
export function settingRowTarget(row: SyntaxNode, node: SyntaxNode): Target | undefined {
  if (row.type !== 'literal_value' || row.parent?.type !== 'literal_element') return undefined;
  const elements = named(row);
  if (elements.length !== 2 || elements.some((element) => element.type !== 'literal_element') || elements[1]!.id !== node.id) return undefined;
  const name = goStringValue(named(elements[0])[0]);
  if (name === undefined || !/^[A-Za-z][\w.-]*$/.test(name)) return undefined;
  const target = nameTarget(name.split(/[.-]/));
  return target.credential ? { ...target, label: name } : undefined;
}

/**
 * `jwt.GinJWTMiddleware{Key: []byte(SecretKey)}`, hertz-contrib's `HertzJWTMiddleware{Key: []byte(consts.SecretKey)}`: a name
 * converted to bytes as a struct field whose name says credential (keyedTarget) is that field's key, wherever the name is
 * written (this file, or another package: go-imported-keys.ts). Only a byte conversion: key material, never a label or a
 * setting's name (`IdentityKey: IdentityKey` hands over a claim's name). The name's node and the field's target.
 */
export function keyedByteKey(element: SyntaxNode, imports: ReadonlyMap<string, string>): { operand: SyntaxNode; target: Target } | undefined {
  if (element.type !== 'keyed_element') return undefined;
  const valueElement = named(element).filter((child) => child.type === 'literal_element')[1];
  const value = valueElement ? named(valueElement)[0] : undefined;
  const operand = value && byteConversionOperand(value);
  if (!operand) return undefined;
  const target = keyedTarget(element, valueElement!, imports);
  if (!target?.credential) return undefined;
  // A JWT middleware's key signs the app's tokens: JWT_SECRET, as SignedString's, not `GIN_JWT_MIDDLEWARE_KEY`.
  const jwt = /jwt/i.test(target.label) ? { envName: 'JWT_SECRET', credential: { ...target.credential, noun: 'JWT signing key' } } : {};
  return { operand, target: { ...target, ...jwt } };
}

/** The operand of `[]byte(x)`, which tree-sitter reads as a call of a slice type or as a type conversion. */
function byteConversionOperand(value: SyntaxNode): SyntaxNode | undefined {
  if (value.type === 'type_conversion_expression') return value.childForFieldName('type')?.text === '[]byte' ? value.childForFieldName('operand') ?? undefined : undefined;
  const callee = value.type === 'call_expression' ? value.childForFieldName('function') : undefined;
  if (callee?.type !== 'slice_type' || callee.text !== '[]byte') return undefined;
  const args = named(value.childForFieldName('arguments'));
  return args.length === 1 ? args[0] : undefined;
}
