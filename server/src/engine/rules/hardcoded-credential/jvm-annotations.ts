// Java and Kotlin annotation strings: names (`@JsonProperty("password")`, `@Column(name = "password")`)
// except for tokens and the defaults that configuration annotations carry, which are values.
import type { JvmString } from '../../languages/java';
import type { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import { LANGUAGES } from '../../languages/catalogue';
import { credentialName, findTokens, findUrlPasswords, isPlaceholder, isSecretLikeValue } from '../../secrets';
import type { Report, Span } from '../../types';
import type { JvmSyntax } from './java-calls';
import { embeddedTokenReport } from './report';
import { isPlaceholderSigningFallback, placeholderFallbackReport } from './credential-value';
import type { FileScope } from '../../scope';

/** Advice spells the read as Java and Kotlin do (the same call). */
const envRead = LANGUAGES.java.envRead;

/** Annotation arguments nest a few levels at most (`@A(b = @B({"x"}))`); the bound keeps deep files linear. */
export function enclosingAnnotation(node: SyntaxNode, syntax: JvmSyntax): SyntaxNode | undefined {
  let current = syntax.parent(node);
  for (let depth = 0; current && depth < 12; depth++, current = syntax.parent(current)) {
    if (current.type === 'annotation' || current.type === 'marker_annotation') return current;
  }
  return undefined;
}

function annotationName(annotation: SyntaxNode): string {
  const name = annotation.childForFieldName('name')?.text ?? annotation.descendantsOfType('type_identifier')[0]?.text ?? '';
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * Annotation strings are names (`@JsonProperty("password")`, `@Column(name = "password")`), except
 * for tokens, Spring's `@Value("${db.password:default}")`, MicroProfile's (Quarkus, Helidon)
 * `@ConfigProperty(name = "db.password", defaultValue = "…")` and Micronaut's `@Property(name = …, defaultValue = …)`,
 * whose defaults are values.
 */
export function inspectAnnotationString(literal: JvmString, annotation: SyntaxNode, syntax: JvmSyntax, report: (found: Report) => void, scope?: FileScope): void {
  const tokens = findTokens(literal.raw);
  for (const token of tokens) {
    const span = { start: literal.rawStart + token.start, end: literal.rawStart + token.end };
    report(embeddedTokenReport(span, literal.raw.slice(token.start, token.end), token.format, token.envName, envRead));
  }
  const value = literal.value;
  if (!value || tokens.length > 0) return;
  const name = annotationName(annotation);
  if (KEYED_DEFAULT_ANNOTATIONS.has(name)) {
    const key = configPropertyKeyOfDefault(literal.node, syntax);
    if (key === undefined) return;
    // MicroProfile Config (and Micronaut) read the variable named by the key with every other character as `_`.
    const advice = `remove the default and set ${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')} in the environment.`;
    reportDefault(key, value.text, (start, end) => value.span(start, end), { label: `config key ${key}`, advice, scope }, report);
    return;
  }
  if (OPTION_ANNOTATIONS.has(name)) return inspectOptionDefault(literal.node, annotation, value, syntax, report);
  if (HEADER_ANNOTATIONS.has(name)) return inspectHeaderAnnotation(literal.node, value, syntax, report);
  if (isDefaultAnnotation(annotation)) return inspectDeclaredDefault(annotation, value, syntax, report);
  if (name !== 'Value') return inspectCredentialElement(literal.node, name, value, syntax, report);
  for (const match of value.text.matchAll(/\$\{([^:{}$]+):([^{}$]*)\}/g)) {
    const start = match.index + 2 + match[1]!.length + 1;
    const key = match[1]!.trim();
    const springEnv = key.toUpperCase().replace(/\./g, '_').replace(/-/g, '');
    const advice = `remove the default and set ${springEnv} in the environment (Spring binds it to ${key}).`;
    reportDefault(key, match[2]!, (from, to) => value.span(start + from, start + to), { label: `\${${key}}`, advice, scope }, report);
  }
}

/** How a message names the key (`${db.password}`, `config key db.password`) and what to do instead. */
interface DefaultWording {
  label: string;
  advice: string;
  /** How the value relates to the label: the default of a key (the rule for placeholders), the value of a header. */
  relation?: string;
  /** The file's scope, for a config key's default: a placeholder there is judged as an env read's fallback is. */
  scope?: FileScope | undefined;
}

/** The default `fallback` of config key `key`: a URL's password, or the whole value under a credential-named key. */
function reportDefault(key: string, fallback: string, spanOf: (start: number, end: number) => Span, { label, advice, relation = 'the default of', scope }: DefaultWording, report: (found: Report) => void): void {
  const url = findUrlPasswords(fallback)[0];
  if (url) {
    report({ span: spanOf(url.start, url.end), secret: fallback.slice(url.start, url.end), message: `Factor III: password in the default URL of ${label}; ${advice}` });
    return;
  }
  const credential = credentialName(key.split('.').pop() ?? key);
  // `@Value("${jwt.secret:changeme}")`: the app signs with the word whenever the variable is unset (credential-value.ts).
  if (credential && scope !== undefined && isPlaceholderSigningFallback(fallback, key, scope)) {
    report(placeholderFallbackReport({ span: spanOf(0, fallback.length), secret: fallback, message: `Factor III: hardcoded ${credential.noun} as ${relation} ${label}; ${advice}` }, key));
    return;
  }
  if (!credential || isPlaceholder(fallback) || !isSecretLikeValue(fallback, { weakName: credential.strength === 'weak' })) return;
  report({ span: spanOf(0, fallback.length), secret: fallback, message: `Factor III: hardcoded ${credential.noun} as ${relation} ${label}; ${advice}` });
}

/** MicroProfile's (Quarkus, Helidon) `@ConfigProperty` and Micronaut's `@Property`: `(name = "k", defaultValue = "…")`. */
const KEYED_DEFAULT_ANNOTATIONS = new Set(['ConfigProperty', 'Property']);

/** `@ConfigProperty(name = "k", defaultValue = "…")` in Java or Kotlin: k, when the literal is the default. */
function configPropertyKeyOfDefault(node: SyntaxNode, syntax: JvmSyntax): string | undefined {
  return siblingString(node, 'defaultValue', 'name', syntax);
}

/** The string of argument `siblingKey` beside the literal, when the literal is argument `ownKey`. */
function siblingString(node: SyntaxNode, ownKey: string, siblingKey: string, syntax: JvmSyntax): string | undefined {
  const wrapper = syntax.parent(node);
  // `value = ["…"]` (Kotlin) and `value = {"…"}` (Java): a one-element array stands for its element.
  const argument = wrapper && ARRAY_WRAPPERS.has(wrapper.type) ? syntax.parent(wrapper) : wrapper;
  const list = argument && syntax.parent(argument);
  if (!argument || !list || argumentKey(argument) !== ownKey) return undefined;
  const sibling = list.namedChildren.find((child) => child !== null && argumentKey(child) === siblingKey);
  const siblingValue = sibling?.namedChild(sibling.namedChildCount - 1);
  return siblingValue ? syntax.string(siblingValue)?.value?.text : undefined;
}

const ARRAY_WRAPPERS = new Set(['collection_literal', 'element_value_array_initializer']);

/** Command-line options with a default: picocli's `@Option(names = "--db-password", defaultValue = "…")`, Spring Shell's `@ShellOption`. */
const OPTION_ANNOTATIONS = new Set(['Option', 'ShellOption']);

/**
 * The default of a command-line option, judged under the option's name (`--db-password`), or the
 * field's when the names are a list. picocli's `${env:X}` and `${sys:x}` defaults are reads.
 */
function inspectOptionDefault(node: SyntaxNode, annotation: SyntaxNode, value: MappedText, syntax: JvmSyntax, report: (found: Report) => void): void {
  const argument = syntax.parent(node);
  if (!argument || argumentKey(argument) !== 'defaultValue' || value.text.includes('${')) return;
  const option = (siblingString(node, 'defaultValue', 'names', syntax) ?? siblingString(node, 'defaultValue', 'value', syntax))?.replace(/^-+/, '');
  if (option === undefined) return inspectDeclaredDefault(annotation, value, syntax, report);
  const advice = `remove the default and read ${option.toUpperCase().replace(/[^A-Z0-9]/g, '_')} from the environment (picocli: defaultValue = "\${env:…}").`;
  reportDefault(option, value.text, (from, to) => value.span(from, to), { label: `option --${option}`, advice }, report);
}

/**
 * Declarative HTTP clients' header annotations: Micronaut's and Spring's `@Header`, Feign's and
 * Retrofit's `@Headers`, MicroProfile REST Client's (Quarkus, Helidon, Open Liberty) `@ClientHeaderParam`.
 */
const HEADER_ANNOTATIONS = new Set(['Header', 'Headers', 'RequestHeader', 'ClientHeaderParam']);

/**
 * `@Header(name = "X-Api-Key", value = "…")` and `@Headers("Authorization: Bearer …")`: the value of a
 * header named for a credential, judged under that name. Templates (`{token}`) stay silent.
 */
function inspectHeaderAnnotation(node: SyntaxNode, value: MappedText, syntax: JvmSyntax, report: (found: Report) => void): void {
  const named = siblingString(node, 'value', 'name', syntax);
  const colon = value.text.indexOf(':');
  const header = named ?? (colon > 0 ? value.text.slice(0, colon).trim() : undefined);
  if (header === undefined || !/^[\w-]+$/.test(header)) return;
  const start = named !== undefined ? 0 : colon + 1 + (value.text.length - colon - 1 - value.text.slice(colon + 1).trimStart().length);
  const headerValue = value.text.slice(start).trimEnd();
  if (headerValue.includes('{')) return;
  const wording = { label: `the ${header} header`, relation: 'the value of', advice: 'read it from configuration (a ${…} placeholder the framework resolves) instead.' };
  reportDefault(header, headerValue, (from, to) => value.span(start + from, start + to), wording, report);
}

/**
 * An annotation element named for a credential holds a value, not a name: Jakarta EE's resource
 * definitions `@DataSourceDefinition(user = "app", password = "…")`, `@MailSessionDefinition(password = "…")`,
 * a library's `@JwtConfig(secret = "…")`. `@Column(name = "password")` is keyed `name`, so stays a name.
 */
function inspectCredentialElement(node: SyntaxNode, annotation: string, value: MappedText, syntax: JvmSyntax, report: (found: Report) => void): void {
  const argument = syntax.parent(node);
  const key = argument ? argumentKey(argument) : undefined;
  if (key === undefined || value.text.includes('${')) return;
  const wording = { label: `@${annotation}(${key})`, relation: 'the value of', advice: 'resolve it at run time instead (a ${…} placeholder the server resolves, or the environment).' };
  reportDefault(key, value.text, (from, to) => value.span(from, to), wording, report);
}

/** Java's `key = value` pair or Kotlin's named `key = value` argument: the key. */
function argumentKey(argument: SyntaxNode): string | undefined {
  if (argument.type === 'element_value_pair') return argument.childForFieldName('key')?.text;
  return argument.type === 'value_argument' && argument.namedChildCount === 2 && argument.namedChild(0)?.type === 'simple_identifier' ? argument.namedChild(0)!.text : undefined;
}

/**
 * Annotations whose one string is the default of what they annotate: Apache Beam's
 * `@Default.String("…")` on a pipeline option's getter, JAX-RS's `@DefaultValue("…")` on a parameter.
 */
function isDefaultAnnotation(annotation: SyntaxNode): boolean {
  const name = annotation.childForFieldName('name')?.text ?? '';
  return name === 'Default.String' || name === 'DefaultValue';
}

/** Declarations an annotation can sit on, through their modifiers. */
const ANNOTATED = new Set(['method_declaration', 'formal_parameter', 'field_declaration']);

/** `@Default.String("…") String getFxApiKey();`: the default judged under the getter's property (`FxApiKey`) or the parameter's name. */
function inspectDeclaredDefault(annotation: SyntaxNode, value: MappedText, syntax: JvmSyntax, report: (found: Report) => void): void {
  const modifiers = syntax.parent(annotation) ?? annotation.parent;
  const declaration = modifiers?.type === 'modifiers' ? (syntax.parent(modifiers) ?? modifiers.parent) : null;
  if (!declaration || !ANNOTATED.has(declaration.type)) return;
  const declared = declaration.type === 'field_declaration' ? declaration.childForFieldName('declarator')?.childForFieldName('name') : declaration.childForFieldName('name');
  const property = declared?.text.replace(/^(?:get|is)(?=[A-Z])/, '');
  if (!property) return;
  const wording = { label: property, advice: `remove the default and set ${property.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()} in the environment.` };
  reportDefault(property, value.text, (from, to) => value.span(from, to), wording, report);
}
