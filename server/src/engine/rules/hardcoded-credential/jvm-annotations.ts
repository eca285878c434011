// Java and Kotlin annotation strings: names (`@JsonProperty("password")`, `@Column(name = "password")`)
// except for tokens and the defaults that configuration annotations carry, which are values.
import type { JvmString } from '../../languages/java';
import type { SyntaxNode } from '../../languages/treeSitter';
import { LANGUAGES } from '../../languages/catalogue';
import { credentialName, findTokens, findUrlPasswords, isPlaceholder, isSecretLikeValue } from '../../secrets';
import type { Report, Span } from '../../types';
import type { JvmSyntax } from './java-calls';
import { embeddedTokenReport } from './report';

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
 * for tokens, Spring's `@Value("${db.password:default}")` and MicroProfile's (Quarkus, Helidon)
 * `@ConfigProperty(name = "db.password", defaultValue = "…")`, whose defaults are values.
 */
export function inspectAnnotationString(literal: JvmString, annotation: SyntaxNode, syntax: JvmSyntax, report: (found: Report) => void): void {
  const tokens = findTokens(literal.raw);
  for (const token of tokens) {
    const span = { start: literal.rawStart + token.start, end: literal.rawStart + token.end };
    report(embeddedTokenReport(span, literal.raw.slice(token.start, token.end), token.format, token.envName, envRead));
  }
  const value = literal.value;
  if (!value || tokens.length > 0) return;
  const name = annotationName(annotation);
  if (name === 'ConfigProperty') {
    const key = configPropertyKeyOfDefault(literal.node, syntax);
    if (key === undefined) return;
    // MicroProfile Config reads the variable named by the key with every other character as `_`.
    const advice = `remove the default and set ${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')} in the environment.`;
    reportDefault(key, value.text, (start, end) => value.span(start, end), { label: `config key ${key}`, advice }, report);
    return;
  }
  if (name !== 'Value') return;
  for (const match of value.text.matchAll(/\$\{([^:{}$]+):([^{}$]*)\}/g)) {
    const start = match.index + 2 + match[1]!.length + 1;
    const key = match[1]!.trim();
    const springEnv = key.toUpperCase().replace(/\./g, '_').replace(/-/g, '');
    const advice = `remove the default and set ${springEnv} in the environment (Spring binds it to ${key}).`;
    reportDefault(key, match[2]!, (from, to) => value.span(start + from, start + to), { label: `\${${key}}`, advice }, report);
  }
}

/** How a message names the key (`${db.password}`, `config key db.password`) and what to do instead. */
interface DefaultWording {
  label: string;
  advice: string;
}

/** The default `fallback` of config key `key`: a URL's password, or the whole value under a credential-named key. */
function reportDefault(key: string, fallback: string, spanOf: (start: number, end: number) => Span, { label, advice }: DefaultWording, report: (found: Report) => void): void {
  const url = findUrlPasswords(fallback)[0];
  if (url) {
    report({ span: spanOf(url.start, url.end), secret: fallback.slice(url.start, url.end), message: `Factor III: password in the default URL of ${label}; ${advice}` });
    return;
  }
  const credential = credentialName(key.split('.').pop() ?? key);
  if (!credential || isPlaceholder(fallback) || !isSecretLikeValue(fallback, { weakName: credential.strength === 'weak' })) return;
  report({ span: spanOf(0, fallback.length), secret: fallback, message: `Factor III: hardcoded ${credential.noun} as the default of ${label}; ${advice}` });
}

/** `@ConfigProperty(name = "k", defaultValue = "…")` in Java or Kotlin: k, when the literal is the default. */
function configPropertyKeyOfDefault(node: SyntaxNode, syntax: JvmSyntax): string | undefined {
  const argument = syntax.parent(node);
  const list = argument && syntax.parent(argument);
  if (!argument || !list || argumentKey(argument) !== 'defaultValue') return undefined;
  const nameArgument = list.namedChildren.find((child) => child !== null && argumentKey(child) === 'name');
  const nameValue = nameArgument?.namedChild(nameArgument.namedChildCount - 1);
  return nameValue ? syntax.string(nameValue)?.value?.text : undefined;
}

/** Java's `key = value` pair or Kotlin's named `key = value` argument: the key. */
function argumentKey(argument: SyntaxNode): string | undefined {
  if (argument.type === 'element_value_pair') return argument.childForFieldName('key')?.text;
  return argument.type === 'value_argument' && argument.namedChildCount === 2 && argument.namedChild(0)?.type === 'simple_identifier' ? argument.namedChild(0)!.text : undefined;
}
