// The statement shapes of a Groovy build or pipeline script that hold a value, each named by what the script
// configures with it (groovy.ts tokenizes; this reads the tokens). Linear in the tokens.
//   storePassword 'x'            a method call without parentheses (Gradle's DSL)
//   password = "x"   ext.key = 'x'   a property assignment
//   buildConfigField 'String', 'API_KEY', '"x"'   resValue 'string', 'name', 'x'   a named value
//   credentials(username: 'u', password: 'x')      a named argument
//   System.getenv('X') ?: 'x'    findProperty('x') ?: 'x'   a fallback of a read
//   Sql.newInstance('jdbc:…', 'user', 'x', driver)             a connect call's password
//   conn.setRequestProperty('Authorization', 'x')                a named header's value
//   cli.t(longOpt: 'api-token', defaultValue: 'x')   @Option(names = '--api-token', defaultValue = 'x')   an option's default
// Each value knows the blocks around it (`signingConfigs { release { … } }`), for the checks' names.
import type { Span } from '../types';
import { contentOf, groovyTokens, type Token } from './groovy';
import { MappedText } from './mapped-text';

export interface GroovyValue {
  /** The enclosing blocks' names, outermost first: `['android', 'signingConfigs', 'release']`. */
  blocks: readonly string[];
  /** What names the value: the property (dotted as written: `grails.mail.password`), the method, the field's name or the variable read. */
  name: string;
  value: MappedText;
  /** The literal as written, quotes included. */
  span: Span;
  /** A fallback after `?:` of a read of `name` (an environment variable or a Gradle property). */
  fallback?: boolean;
}

/** `buildConfigField`'s value is Java source: `'"abc"'` or `"\"abc\""` hold the string `abc`. */
function javaLiteralOf(value: MappedText): MappedText | undefined {
  const text = value.text;
  const escaped = text.startsWith('\\"') && text.endsWith('\\"') && text.length >= 4;
  const plain = text.startsWith('"') && text.endsWith('"') && text.length >= 2;
  if (!escaped && !plain) return undefined;
  const quote = escaped ? 2 : 1;
  const start = value.startAt(quote);
  return MappedText.contiguous(text.slice(quote, text.length - quote), start);
}

/** Gradle calls that declare a named value: `(type, name, value)`. */
const NAMED_VALUE_CALLS = new Set(['buildConfigField', 'resValue']);

/** Calls whose one string argument names what a fallback after `?:` stands in for. */
const READ_CALLS = /(?:^|\.)(?:getenv|getProperty|findProperty|property|get)$/;

/** Every literal value of the script with what names it. */
export function groovyValues(text: string): GroovyValue[] {
  const tokens = groovyTokens(text);
  const values: GroovyValue[] = [];
  const blocks: string[] = [];
  /** Per open `{`: the name pushed for it, or undefined for a closure without one. */
  const opened: (string | undefined)[] = [];
  let statementStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'newline') {
      statementStart = i + 1;
      continue;
    }
    if (token.kind === 'punct' && token.text === '{') {
      const name = blockName(tokens, statementStart, i);
      opened.push(name);
      if (name !== undefined) blocks.push(name);
      statementStart = i + 1;
      continue;
    }
    if (token.kind === 'punct' && token.text === '}') {
      if (opened.pop() !== undefined) blocks.pop();
      statementStart = i + 1;
      continue;
    }
    if (token.kind !== 'string') continue;
    const found = valueAt(tokens, i, statementStart);
    const content = found ? contentOf(token) : undefined;
    if (!found || !content) continue;
    const value = found.java ? javaLiteralOf(content) : content;
    if (value) values.push({ blocks: [...blocks], name: found.name, value, span: { start: token.start, end: token.end }, ...(found.fallback ? { fallback: true } : {}) });
  }
  return values;
}

/** `release {`, `maven {`, `create("release") {`, `stage('Build') {`: the block's name, the string label winning. */
function blockName(tokens: readonly Token[], from: number, brace: number): string | undefined {
  const head = tokens.slice(from, brace);
  if (head.length === 0 || head[0]!.kind !== 'name') return undefined;
  const label = head.length <= 4 ? head.find((token) => token.kind === 'string') : undefined;
  return label ? label.text.replace(/^['"]+|['"]+$/g, '') : head[0]!.text;
}

interface Found {
  name: string;
  java?: boolean;
  fallback?: boolean;
}

/** What names the string at `i`, when the statement around it is one of the shapes that hold a value. */
function valueAt(tokens: readonly Token[], i: number, statementStart: number): Found | undefined {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const ends = !after || after.kind === 'newline' || (after.kind === 'punct' && (after.text === '}' || after.text === ')' || after.text === ']' || after.text === ','));
  if (!before) return undefined;
  // findProperty('x') ?: 'fallback', System.getenv('X') ?: 'fallback'; else `def key = options.k ?: 'x'` is the variable's
  if (before.text === '?:' && ends) return fallbackOf(tokens, i - 1) ?? declaredName(tokens, statementStart, i - 1);
  const option = ends ? optionDefault(tokens, i) : undefined;
  if (option) return option;
  const indexed = ends ? indexAssignment(tokens, i) : undefined;
  if (indexed) return indexed;
  if (before.kind === 'punct' && (before.text === ':' || before.text === '=')) {
    const key = tokens[i - 2];
    if (!ends || key?.kind !== 'name' && key?.kind !== 'string') return undefined;
    // `password = 'x'` as a statement (after `def`, modifiers or a type: `static final String KEY = 'x'`),
    // `password: 'x'` as a named argument or a map entry.
    if (before.text === '=' && !isDeclarationHead(tokens, statementStart, i - 2)) return undefined;
    return { name: key.kind === 'string' ? key.text.replace(/^['"]+|['"]+$/g, '') : key.text };
  }
  const taking = secretTakingArgument(tokens, i) ?? basicAuthCommand(tokens, i, ends) ?? (ends ? parameterDefault(tokens, i) : undefined);
  if (taking) return taking;
  // storePassword 'x', password('x')
  const call = before.kind === 'name' ? before : before.text === '(' ? tokens[i - 2] : undefined;
  if (call?.kind === 'name' && (call === before ? i - 1 : i - 2) === statementStart) {
    // `create('release') {`, `stage('Build') {`: a block's label, not a value.
    const closed = call === before ? ends : after?.text === ')' && tokens[i + 2]?.text !== '{';
    // Gradle's Property API: `password.set('…')` sets `password`.
    if (closed && !NAMED_VALUE_CALLS.has(call.text)) return { name: call.text.replace(/\.set$/, '') };
  }
  return namedValueCall(tokens, i, statementStart) ?? connectPassword(tokens, i) ?? pgpKeyPassword(tokens, i) ?? afterCredentialFlag(tokens, i) ?? namedByFirstArgument(tokens, i, NAMED_WRITERS) ?? providerFallback(tokens, i);
}

/** Gradle's provider reads, named by what they read. */
const PROVIDER_READS = /(?:^|\.)(?:gradleProperty|environmentVariable|systemProperty)$/;

/** `providers.gradleProperty('sonatypePassword').getOrElse('…')` (or `orElse`): the read's fallback, as after `?:`. */
function providerFallback(tokens: readonly Token[], i: number): Found | undefined {
  const [call, open, name, close, dot, method, paren] = tokens.slice(Math.max(0, i - 7), i);
  if (i < 7 || paren?.text !== '(' || tokens[i + 1]?.text !== ')' || (method?.text !== 'getOrElse' && method?.text !== 'orElse') || dot?.text !== '.') return undefined;
  if (close?.text !== ')' || name?.kind !== 'string' || open?.text !== '(' || call?.kind !== 'name' || !PROVIDER_READS.test(call.text)) return undefined;
  return { name: name.text.replace(/^['"]+|['"]+$/g, ''), fallback: true };
}

/**
 * Writers of one named value: a request header's (`conn.setRequestProperty('Authorization', '…')`, `setHeader`,
 * `addHeader`, `header`), a named setting's (`project.ext.set('gpgPassphrase', '…')`, `System.setProperty('db.password', '…')`).
 */
const NAMED_WRITERS = /(?:^|\.)(?:setRequestProperty|addRequestProperty|setHeader|addHeader|header|set|setProperty)$/;

/** The value of a writer's `(name, value)`, named by the name. */
function namedByFirstArgument(tokens: readonly Token[], i: number, writers: RegExp): Found | undefined {
  const [call, open, name, comma] = tokens.slice(Math.max(0, i - 4), i);
  if (i < 4 || tokens[i + 1]?.text !== ')' || call?.kind !== 'name' || !writers.test(call.text)) return undefined;
  return open?.text === '(' && name?.kind === 'string' && comma?.text === ',' ? { name: name.text.replace(/^['"]+|['"]+$/g, '') } : undefined;
}

/**
 * Calls whose last argument is a secret, as a Jenkins `init.groovy.d` script makes them (the JVM
 * readers' tables, java-calls.ts, hold the same): `realm.createAccount('admin', '…')`,
 * `new UsernamePasswordCredentialsImpl(scope, id, description, user, '…')`, `Secret.fromString('…')`.
 */
const SECRET_TAKING_CALLS: readonly { callee: RegExp; index: (i: number) => boolean; name: string }[] = [
  { callee: /(?:^|\.)createAccount$/, index: (i) => i === 1, name: 'password' },
  { callee: /(?:^|\.)UsernamePassword\w*$/, index: (i) => i >= 1, name: 'password' },
  { callee: /(?:^|\.)Secret\.fromString$/, index: (i) => i === 0, name: 'secret' },
];

/** How far back an argument list is looked for: a call of five arguments over several lines fits. */
const MAX_ARGUMENT_LOOKBACK = 32;

/** The string at `i` as the last argument of a secret-taking call. */
function secretTakingArgument(tokens: readonly Token[], i: number): Found | undefined {
  let next = i + 1;
  while (tokens[next]?.kind === 'newline') next++;
  if (tokens[next]?.text !== ')') return undefined;
  let commas = 0;
  for (let at = i - 1, depth = 0; at >= Math.max(0, i - MAX_ARGUMENT_LOOKBACK); at--) {
    const text = tokens[at]!.text;
    if (text === ')') depth++;
    else if (text === '(' && depth > 0) depth--;
    else if (text === '(') {
      const callee = tokens[at - 1];
      const call = callee?.kind === 'name' ? SECRET_TAKING_CALLS.find((entry) => entry.callee.test(callee.text) && entry.index(commas)) : undefined;
      return call ? { name: call.name } : undefined;
    } else if (text === ',' && depth === 0) commas++;
  }
  return undefined;
}

/** `request.headers['X-Api-Key'] = '…'`, `config['password'] = '…'`: a value put in a map under a string key is named by the key. */
function indexAssignment(tokens: readonly Token[], i: number): Found | undefined {
  const [open, key, close, equals] = tokens.slice(Math.max(0, i - 4), i);
  if (i < 4 || equals?.text !== '=' || close?.text !== ']' || key?.kind !== 'string' || open?.text !== '[') return undefined;
  return { name: key.text.replace(/^['"]+|['"]+$/g, '') };
}

/** HTTPBuilder's and RESTClient's `request.auth.basic 'user', '…'` (a command call, or with parentheses): the second string is the password. */
function basicAuthCommand(tokens: readonly Token[], i: number, ends: boolean): Found | undefined {
  const [call, open, user, comma] = tokens.slice(Math.max(0, i - 4), i);
  const closed = open?.text === '(' ? tokens[i + 1]?.text === ')' : ends;
  const callee = open?.text === '(' ? call : open;
  if (!closed || comma?.text !== ',' || user?.kind !== 'string' || callee?.kind !== 'name') return undefined;
  return /(?:^|\.)auth\.basic$/.test(callee.text) ? { name: 'password' } : undefined;
}

/** Job DSL's build parameters: `stringParam('API_KEY', '…', 'description')`, `textParam(…)`: the default, named by the parameter. */
const PARAMETER_CALLS = /(?:^|\.)(?:stringParam|textParam)$/;

function parameterDefault(tokens: readonly Token[], i: number): Found | undefined {
  const [call, open, name, comma] = tokens.slice(Math.max(0, i - 4), i);
  if (i < 4 || call?.kind !== 'name' || !PARAMETER_CALLS.test(call.text) || open?.text !== '(' || name?.kind !== 'string' || comma?.text !== ',') return undefined;
  return { name: name.text.replace(/^['"]+|['"]+$/g, '') };
}

/** Gradle's signing `useInMemoryPgpKeys([keyId, ]key, password)`: the last argument, when a string, is the key's password. */
function pgpKeyPassword(tokens: readonly Token[], i: number): Found | undefined {
  if (tokens[i + 1]?.text !== ')') return undefined;
  for (let at = i - 1; at >= Math.max(0, i - 8); at--) {
    if (tokens[at]!.text === '(') return tokens[at - 1]?.text === 'useInMemoryPgpKeys' ? { name: 'signing.password' } : undefined;
  }
  return undefined;
}

/** `commandLine 'helm', …, '--password', '…'`, `args '--token', '…'`: the string after a long flag is that flag's value (the rule's argv-flags.ts reads code languages' lists alike). */
function afterCredentialFlag(tokens: readonly Token[], i: number): Found | undefined {
  const [flag, comma] = [tokens[i - 2], tokens[i - 1]];
  if (comma?.text !== ',' || flag?.kind !== 'string') return undefined;
  const text = flag.text.replace(/^['"]+|['"]+$/g, '');
  return /^--[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/i.test(text) ? { name: text.slice(2) } : undefined;
}

/** Groovy's `Sql.newInstance(url, user, password[, driver])` and JDBC's `DriverManager.getConnection(url, user, password)`. */
const CONNECT_CALLS = /(?:^|\.)(?:newInstance|getConnection)$/;

/** The third string of a connect call given a `jdbc:` URL and a user: the password. */
function connectPassword(tokens: readonly Token[], i: number): Found | undefined {
  const [call, open, url, comma1, user, comma2] = tokens.slice(Math.max(0, i - 6), i);
  if (i < 6 || call?.kind !== 'name' || !CONNECT_CALLS.test(call.text) || open?.text !== '(' || comma1?.text !== ',' || comma2?.text !== ',') return undefined;
  if (url?.kind !== 'string' || !/^['"]+jdbc:/.test(url.text) || user?.kind !== 'string') return undefined;
  return { name: 'password' };
}

/** Longer than any declaration's modifiers and type (`private static final String`), so a statement is read in bounded steps. */
const MAX_HEAD = 6;

/** The tokens before an assigned name are none, or names only: `def`, modifiers, a type. */
function isDeclarationHead(tokens: readonly Token[], from: number, key: number): boolean {
  if (key - from > MAX_HEAD) return false;
  for (let at = from; at < key; at++) {
    // An annotation before the declaration: a script's `@Field final String TOKEN = '…'`.
    const annotation = tokens[at]!.text === '@' && tokens[at + 1]?.kind === 'name';
    if (tokens[at]!.kind !== 'name' && !annotation) return false;
  }
  return true;
}

/** `buildConfigField 'String', 'API_KEY', '"x"'`, `resValue('string', 'maps_key', 'x')`: the third string, named by the second. */
function namedValueCall(tokens: readonly Token[], i: number, statementStart: number): Found | undefined {
  const call = tokens[statementStart];
  // `(type, name, value)` with commas and parentheses is at most eight tokens after the call.
  if (call?.kind !== 'name' || !NAMED_VALUE_CALLS.has(call.text) || i - statementStart > 8) return undefined;
  const strings = tokens.slice(statementStart + 1, i + 1).filter((token) => token.kind === 'string');
  if (strings.length !== 3 || strings[2] !== tokens[i]) return undefined;
  return { name: strings[1]!.text.replace(/^['"]+|['"]+$/g, ''), java: call.text === 'buildConfigField' };
}

/** `def key = <anything> ?: 'x'`: the variable declared at the statement's start, before `elvis`. */
function declaredName(tokens: readonly Token[], statementStart: number, elvis: number): Found | undefined {
  for (let at = statementStart + 1; at < elvis && at <= statementStart + MAX_HEAD; at++) {
    if (tokens[at]!.text !== '=') continue;
    const name = tokens[at - 1]!;
    return name.kind === 'name' && isDeclarationHead(tokens, statementStart, at - 1) ? { name: name.text } : undefined;
  }
  return undefined;
}

/** Keys that name a command-line option: CliBuilder's `longOpt: 'api-token'`, picocli's `names = ['-t', '--api-token']`. */
const OPTION_NAME_KEYS = new Set(['longOpt', 'names']);

/**
 * An option's default, named by the option: CliBuilder's `t longOpt: 'slack-token', args: 1, defaultValue: '…'`,
 * picocli's `@Option(names = '--gitlab-token', defaultValue = '…')`; the option's keys are on the default's line.
 */
function optionDefault(tokens: readonly Token[], i: number): Found | undefined {
  const [key, separator] = [tokens[i - 2], tokens[i - 1]];
  if (key?.text !== 'defaultValue' || (separator?.text !== ':' && separator?.text !== '=')) return undefined;
  let lineStart = i;
  while (lineStart > 0 && i - lineStart < MAX_ARGUMENT_LOOKBACK && tokens[lineStart - 1]!.kind !== 'newline') lineStart--;
  const names: string[] = [];
  for (let at = lineStart; at < tokens.length && at - lineStart < 2 * MAX_ARGUMENT_LOOKBACK && tokens[at]!.kind !== 'newline'; at++) {
    if (!OPTION_NAME_KEYS.has(tokens[at]!.text) || (tokens[at + 1]?.text !== ':' && tokens[at + 1]?.text !== '=')) continue;
    // One string, or a list of them: `['-t', '--api-token']`.
    for (let next = at + 2; next < tokens.length && next - at < MAX_ARGUMENT_LOOKBACK; next++) {
      const token = tokens[next]!;
      if (token.kind === 'string') names.push(token.text.replace(/^['"]+|['"]+$/g, '').replace(/^-+/, ''));
      else if (token.text !== '[' && token.text !== ',') break;
    }
  }
  // The long name says most: `--api-token` over `-t`.
  const name = names.reduce<string | undefined>((longest, candidate) => (candidate.length > (longest?.length ?? 0) ? candidate : longest), undefined);
  return name ? { name } : undefined;
}

/** `read('X') ?: 'x'` (at `elvis`): named by the variable or property read. */
function fallbackOf(tokens: readonly Token[], elvis: number): Found | undefined {
  const close = tokens[elvis - 1];
  const name = tokens[elvis - 2];
  const open = tokens[elvis - 3];
  const call = tokens[elvis - 4];
  if (close?.text !== ')' || name?.kind !== 'string' || open?.text !== '(' || call?.kind !== 'name' || !READ_CALLS.test(call.text)) return undefined;
  return { name: name.text.replace(/^['"]+|['"]+$/g, ''), fallback: true };
}

