// Factor III in Java and Kotlin: string literals that are credentials, decided as in JS/TS: a
// known token format, a password in a URL, or a credential-named target (field, variable, setter,
// secret-taking API, env-read fallback). Spring `@Value("${key:default}")` defaults are read too.
import { findJdbcPasswords, indexStrings, type JvmString } from '../../languages/java';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { findTokens, findUrlPasswords, findUrlQuerySecrets, isBasicAuthValue, isPlaceholder, urlEnvName, type UrlQuerySecret } from '../../secrets';
import { concatenationHead, continuedQuerySecretsOf, schemeOf, urlQueryReport } from './url-query';
import type { MappedText } from '../../languages/mapped-text';
import type { Report, Span } from '../../types';
import type { JvmSyntax } from './java-calls';
import { javaSyntax, javaTarget } from './java-targets';
import { LANGUAGES } from '../../languages/catalogue';
import { credentialValueReport, isDigitPassword } from './credential-value';
import type { FileScope } from '../../scope';
import { embeddedTokenReport, urlPasswordReport, wholeLiteralReport } from './report';
import { connectionEnvName, type Target, withLoneAccessKey } from './target';
import { kotlinSyntax, kotlinTarget } from './kotlin-targets';
import { NO_FIX_REASONS } from './constant-positions';
import { JvmConstants } from './jvm-constants';
import { JvmSecretUses } from './jvm-secret-uses';
import { JvmParameters } from './jvm-parameters';
import { findJaasPassword } from './jaas';
import { findDsnPassword, type DsnPassword } from './go-dsn';
import { dsnPasswordReport } from './go-report';
import { isSettingsReader, jsonFieldReports } from './json-body';
import { reportEnvAssignment } from './env-assignment';
import { enclosingAnnotation, inspectAnnotationString } from './jvm-annotations';
import { JvmCommands } from './jvm-commands';

/** Advice spells the read as Java and Kotlin do (the same call). */
const envRead = LANGUAGES.java.envRead;

type TargetOf = (literal: SyntaxNode, syntax: JvmSyntax) => Target | undefined;

export function checkJvmCredentials(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const kotlin = context.language === 'kotlin';
  const index = indexStrings(tree.rootNode);
  const syntax = kotlin ? kotlinSyntax(context.text, index.parentOf) : javaSyntax(context.text, index.parentOf);
  const secretUses = new JvmSecretUses(tree.rootNode, syntax);
  syntax.secretUse = (name) => secretUses.of(name);
  const parameters = new JvmParameters(tree.rootNode);
  syntax.parameterName = (call, index) => parameters.nameAt(call, index);
  const constants = new JvmConstants(tree.rootNode, kotlin, syntax);
  const commands = new JvmCommands(syntax, context);
  for (const node of index.literals) {
    const literal = syntax.string(node);
    if (!literal) continue;
    const annotation = enclosingAnnotation(node, syntax);
    const report = (found: Report) => context.report(inJvmTerms(constants.guard(found, node)));
    if (annotation) inspectAnnotation(literal, annotation, syntax, (found) => report({ ...found, noFixReason: NO_FIX_REASONS.annotation }), context.scope);
    else {
      commands.inspect(node);
      inspect(literal, syntax, kotlin ? kotlinTarget : javaTarget, context.scope, report, () => context.text);
    }
  }
  for (const node of index.digits) inspectDigits(node, syntax, kotlin ? kotlinTarget : javaTarget, (found) => context.report(inJvmTerms(found)));
}

/**
 * An annotation's string: its names and defaults (jvm-annotations.ts), and a JAAS configuration among
 * a listener's `properties` (`@KafkaListener(properties = {"sasl.jaas.config=…password=\"…\";"})`).
 */
function inspectAnnotation(literal: JvmString, annotation: SyntaxNode, syntax: JvmSyntax, report: (found: Report) => void, scope: FileScope): void {
  inspectAnnotationString(literal, annotation, syntax, report, scope);
  const jaas = literal.value ? findJaasPassword(literal.value.text) : undefined;
  if (jaas) report(jaasReport(literal.value!, jaas));
}

/**
 * The settings reader a literal is handed to, through a few wrappers (`StringReader("""…""".trimIndent())`): its name.
 * Asked of multi-line literals only: reading a call lists its arguments, and a table's literals share one call.
 */
function readerOf(node: SyntaxNode, syntax: JvmSyntax): string | undefined {
  let current = node;
  for (let steps = 0; steps < 6; steps++) {
    const parent = syntax.parent(current);
    if (!parent) return undefined;
    const name = syntax.call(parent)?.name;
    if (name !== undefined && isSettingsReader(name)) return name;
    current = parent;
  }
  return undefined;
}

/** `DB_PASSWORD = 6742530`: a number is a password too; no fix, since the code expects a number. */
function inspectDigits(node: SyntaxNode, syntax: JvmSyntax, targetOf: TargetOf, report: (found: Report) => void): void {
  const digits = node.text.replace(/[_lL]/g, '');
  const target = targetOf(node, syntax);
  if (!target || !isDigitPassword(digits, target)) return;
  report(wholeLiteralReport({ span: { start: node.startIndex, end: node.endIndex }, value: digits, what: 'password', isToken: false, target: { ...target, noFix: true }, defaultEnvName: target.envName }, envRead));
}

/** The JS reports say `process.env.NAME`; a Java or Kotlin developer reads `System.getenv("NAME")`. */
function inJvmTerms(found: Report): Report {
  return { ...found, message: found.message.replace(/process\.env\.([A-Za-z_]\w*)/g, 'System.getenv("$1")') };
}

function inspect(literal: JvmString, syntax: JvmSyntax, targetOf: TargetOf, fileScope: FileScope, report: (found: Report) => void, fileText: () => string): void {
  const { raw, rawStart, span, value } = literal;
  const tokens = findTokens(raw);
  const urls = findUrlPasswords(raw).filter((url) => !tokens.some((token) => token.start < url.end && url.start < token.end));
  const jdbc = value ? findJdbcPasswords(value.text).filter((found) => !isPlaceholder(value.text.slice(found.start, found.end))) : [];
  // JDBC's `?password=` is the JDBC reader's; a token in a parameter is reported as a token.
  const query = value && jdbc.length === 0 ? findUrlQuerySecrets(value.text).filter((found) => findTokens(value.text.slice(found.start, found.end)).length === 0) : [];
  if (tokens.length === 0 && urls.length === 0 && jdbc.length === 0 && !value) return;
  const target = targetOf(literal.node, syntax);

  const only = tokens[0];
  if (tokens.length === 1 && only && only.start === 0 && only.end === raw.length && value) {
    report(wholeLiteralReport({ span, value: value.text, what: only.format, isToken: true, ...(target ? { target } : {}), defaultEnvName: only.envName }, envRead));
    return;
  }
  for (const token of tokens) {
    report(embeddedTokenReport({ start: rawStart + token.start, end: rawStart + token.end }, raw.slice(token.start, token.end), token.format, token.envName, envRead));
  }
  for (const url of urls) {
    const whole = value && url.urlStart === 0 && url.urlEnd === raw.length ? { span, value: value.text } : undefined;
    const passwordSpan = { start: rawStart + url.start, end: rawStart + url.end };
    report(urlReport(passwordSpan, raw.slice(url.start, url.end), url.scheme, whole, target));
  }
  for (const found of jdbc) {
    const scheme = /^jdbc:(\w+)/i.exec(value!.text)?.[1]?.toLowerCase() ?? 'jdbc';
    report(urlReport(value!.span(found.start, found.end), value!.text.slice(found.start, found.end), `jdbc:${scheme}`, { span, value: value!.text }, target));
  }
  for (const found of query) report(queryReport(value!, found, span, target));
  if (tokens.length > 0 || urls.length > 0 || jdbc.length > 0 || query.length > 0 || !value) return;
  const continued = continuedQuerySecretsOf(() => concatenationHeadText(literal.node, syntax), value.text);
  if (continued.length > 0) return continued.forEach((found) => report(queryReport(value, found, span, target, found.scheme)));
  const jaas = findJaasPassword(value.text);
  if (jaas) return report(jaasReport(value, jaas));
  // ADO.NET/ODBC keyword strings and Azure connection strings (`AccountName=…;AccountKey=…`) have no scheme to find them by.
  const dsn = findDsnPassword(value.text);
  if (dsn) return report(dsnReport(value, dsn, span, target));
  const fields = jsonFieldReports(value.text, (start, end) => value.span(start, end), fileScope, envRead, target?.label ?? (value.text.includes('\n') ? readerOf(literal.node, syntax) : undefined));
  if (fields.length > 0) return fields.forEach(report);
  // `.properties("spring.datasource.password=…")`, docker-java's `withEnv("POSTGRES_PASSWORD=…")`: one line named for a credential.
  if (!target?.credential && value.text === raw && reportEnvAssignment(raw, rawStart, envRead, { report })) return;

  // `constant("Basic …")`: a Basic credential wherever it goes, as in config files.
  const chosen = isBasicAuthValue(value.text) && !target?.credential ? BASIC_VALUE : withLoneAccessKey(target, value.text, fileText);
  const credential = chosen?.credential;
  if (!chosen || !credential) return;
  const found = wholeLiteralReport({ span, value: value.text, what: credential.noun, isToken: false, target: chosen, defaultEnvName: chosen.envName }, envRead);
  const verdict = credentialValueReport(value.text, chosen, credential, fileScope, found, fileText());
  if (verdict) report(verdict);
}

/** Java's and Kotlin's `+`: the text of the first literal of the concatenation a literal continues. */
const JVM_JOINS = { binary_expression: '+', additive_expression: '+' };

function concatenationHeadText(node: SyntaxNode, syntax: JvmSyntax): string | undefined {
  const head = concatenationHead(node, JVM_JOINS, (child) => syntax.parent(child));
  return head ? syntax.string(head)?.value?.text : undefined;
}

function dsnReport(value: MappedText, dsn: DsnPassword, span: Span, target: Target | undefined): Report {
  const envName = connectionEnvName(target) ?? 'CONNECTION_STRING';
  const password = value.text.slice(dsn.start, dsn.end);
  const whole = { span, value: value.text };
  return dsnPasswordReport({ passwordSpan: value.span(dsn.start, dsn.end), password, kind: dsn.kind, whole, ...(target ? { target } : {}), envName }, envRead);
}

/** `sasl.jaas.config`'s `password="…"`: no fix, the configuration string moves as a whole or reads the variable itself. */
function jaasReport(value: MappedText, jaas: { start: number; end: number }): Report {
  const message = 'Factor III: hardcoded password in a JAAS login configuration; read it from the environment (System.getenv("JAAS_PASSWORD")).';
  return { span: value.span(jaas.start, jaas.end), secret: value.text.slice(jaas.start, jaas.end), message };
}

const BASIC_VALUE: Target = { kind: 'name', label: 'a Basic authorization value', name: 'authorization', credential: { noun: 'Basic auth credentials', strength: 'strong' }, envName: 'BASIC_AUTH' };

/** `sftp://host/dir?password=…`: the value is reported; the fix moves the whole URL (the literal is one, scheme first). */
/** `continuedScheme`: a piece of a URL built by concatenation, named by its head's scheme; no fix moves a piece. */
function queryReport(value: MappedText, found: UrlQuerySecret, span: Span, target: Target | undefined, continuedScheme?: string): Report {
  const secret = value.text.slice(found.start, found.end);
  const whole = continuedScheme === undefined ? { whole: { span, value: value.text } } : {};
  const finding = { found, span: value.span(found.start, found.end), secret, scheme: continuedScheme ?? schemeOf(value.text), ...whole, ...(target ? { target } : {}) };
  return urlQueryReport(finding, envRead);
}

function urlReport(passwordSpan: Span, password: string, scheme: string, whole: { span: Span; value: string } | undefined, target: Target | undefined): Report {
  return urlPasswordReport({
    passwordSpan,
    password,
    scheme,
    ...(whole ? { whole } : {}),
    ...(target ? { target } : {}),
    envName: connectionEnvName(target) ?? urlEnvName(scheme.replace(/^jdbc:/, '')),
  }, envRead);
}
