// Java through tree-sitter-java, and what Java and Kotlin checks share: string literals decoded
// with each character mapped to its source, calls in one shape, imports, and test paths.
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';
import type { SyntaxNode } from './treeSitter';

/** A string literal: `value` is set for a plain one-line literal (no `${}` template, no text block). */
export interface JvmString {
  node: SyntaxNode;
  /** The literal including its quotes. */
  span: Span;
  /** Source between the quotes, undecoded (offsets map straight to the file). */
  raw: string;
  rawStart: number;
  value?: MappedText;
}

/** A call or construction, in one shape for both languages. */
export interface JvmCall {
  node: SyntaxNode;
  /** The expression before the last `.`; undefined for `foo(...)` and `new Foo(...)`. */
  receiver?: SyntaxNode;
  /** Method name, or the class name of a construction (generics stripped). */
  name: string;
  args: SyntaxNode[];
  /** Kotlin named arguments (`password = "..."`), aligned with `args`. */
  argNames: (string | undefined)[];
}

const JAVA_ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', s: ' ', '"': '"', "'": "'", '\\': '\\', $: '$' };

/** Decodes `\n`, `\"`, `\uXXXX` (and Java's octal escapes) with each character mapped to its source. */
export function decodeEscapes(raw: string, rawStart: number, octal: boolean): MappedText {
  const builder = new MappedTextBuilder();
  for (let i = 0; i < raw.length; i++) {
    const at = rawStart + i;
    if (raw[i] !== '\\' || i + 1 >= raw.length) {
      builder.push(raw[i]!, at);
      continue;
    }
    let next = i + 1;
    while (raw[next] === 'u') next++;
    if (next > i + 1 && /^[0-9a-fA-F]{4}$/.test(raw.slice(next, next + 4))) {
      builder.push(String.fromCharCode(parseInt(raw.slice(next, next + 4), 16)), at, rawStart + next + 4);
      i = next + 3;
      continue;
    }
    const digits = octal ? /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4))?.[0] : undefined;
    if (digits !== undefined) {
      builder.push(String.fromCharCode(parseInt(digits, 8) & 0xff), at, at + 1 + digits.length);
      i += digits.length;
      continue;
    }
    builder.push(JAVA_ESCAPES[raw[i + 1]!] ?? raw[i + 1]!, at, at + 2);
    i++;
  }
  return builder.build({ start: rawStart, end: rawStart + raw.length });
}

/**
 * A Java `string_literal` node as a JvmString; string templates have no `value`. A text block's value is its text as
 * written, line breaks and indentation included (the compiler strips incidental indentation, which moves no field of a
 * JSON body or a key within it); one with escapes has none.
 */
export function javaString(node: SyntaxNode, text: string): JvmString | undefined {
  if (node.type !== 'string_literal') return undefined;
  const block = text.startsWith('"""', node.startIndex);
  const quote = block ? 3 : 1;
  const rawStart = node.startIndex + quote;
  const raw = text.slice(rawStart, Math.max(rawStart, node.endIndex - quote));
  const span = { start: node.startIndex, end: node.endIndex };
  if (block) return { node, span, raw, rawStart, ...(raw.includes('\\') ? {} : { value: MappedText.contiguous(raw, rawStart) }) };
  const plain = node.namedChildren.every((child) => child?.type === 'string_fragment' || child?.type === 'escape_sequence');
  return { node, span, raw, rawStart, ...(plain ? { value: decodeEscapes(raw, rawStart, true) } : {}) };
}

const JAVA_COMMENTS = new Set(['line_comment', 'block_comment']);

/** `foo.bar(...)`, `bar(...)`, `new Bar<>(...)`. */
export function javaCall(node: SyntaxNode): JvmCall | undefined {
  // A comment between arguments is a named child too; it is no argument.
  const args = node.childForFieldName('arguments')?.namedChildren.filter((child): child is SyntaxNode => child !== null && !JAVA_COMMENTS.has(child.type)) ?? [];
  if (node.type === 'method_invocation') {
    const name = node.childForFieldName('name')?.text;
    if (name === undefined) return undefined;
    const receiver = node.childForFieldName('object') ?? undefined;
    return { node, name, args, argNames: args.map(() => undefined), ...(receiver ? { receiver } : {}) };
  }
  if (node.type === 'object_creation_expression') {
    const type = node.childForFieldName('type');
    if (!type) return undefined;
    return { node, name: simpleTypeName(type.text), args, argNames: args.map(() => undefined) };
  }
  if (node.type === 'enum_constant' && args.length > 0) {
    // `SWISS_RE("https://…", "…")` calls its enum's constructor, which bears the enum's name.
    const declaration = node.parent?.parent;
    const name = declaration?.type === 'enum_declaration' ? declaration.childForFieldName('name')?.text : undefined;
    return name === undefined ? undefined : { node, name, args, argNames: args.map(() => undefined) };
  }
  return undefined;
}

/** `java.util.logging.FileHandler` -> FileHandler; `HashMap<String, X>` -> HashMap. */
export function simpleTypeName(type: string): string {
  const withoutGenerics = type.replace(/<.*$/s, '').trim();
  return withoutGenerics.slice(withoutGenerics.lastIndexOf('.') + 1);
}

/** Longer dotted chains are not names a rule cares about; the bound keeps deep input cheap. */
const MAX_DOTTED_DEPTH = 32;

/** A dotted name for identifiers and field reads (`this.config.password`); undefined for anything else. */
export function javaDottedName(node: SyntaxNode | null | undefined): string | undefined {
  const fields: string[] = [];
  let current = node;
  for (let depth = 0; current && depth < MAX_DOTTED_DEPTH; depth++) {
    if (current.type === 'identifier' || current.type === 'this' || current.type === 'type_identifier') {
      return [current.text, ...fields.reverse()].join('.');
    }
    if (current.type !== 'field_access' && current.type !== 'scoped_identifier') return undefined;
    const field = current.childForFieldName('field') ?? current.childForFieldName('name');
    if (!field) return undefined;
    fields.push(field.text);
    current = current.childForFieldName('object') ?? current.childForFieldName('scope');
  }
  return undefined;
}

/** Imported names, as written (`java.util.logging.FileHandler`, `io.ktor.server.sessions.*`), for both languages. */
export function importsOf(root: SyntaxNode): string[] {
  const found: string[] = [];
  for (const child of root.namedChildren) {
    if (child?.type === 'import_declaration') found.push(child.text.replace(/^import\s+(static\s+)?|;$|\s+/g, ''));
    if (child?.type === 'import_list') {
      for (const header of child.namedChildren) if (header?.type === 'import_header') found.push(header.text.replace(/^import\s+|\s+as\s+.*$|\s+/gs, ''));
    }
  }
  return found;
}

/** Whether `name` (`java.util.logging.FileHandler`) is imported, by name or by its package's wildcard. */
export function isImported(imports: readonly string[], name: string): boolean {
  const pkg = name.slice(0, name.lastIndexOf('.'));
  return imports.includes(name) || imports.includes(`${pkg}.*`);
}

/** Maven/Gradle test sources and resources (`src/test/`, `src/integrationTest/`, `src/testFixtures/`). */
export function isJvmTestPath(path: string): boolean {
  const lower = path.toLowerCase();
  return /(?:^|\/)src\/(?:test|it|[\w-]*tests?|testfixtures)\//.test(lower) || /(?:^|\/)src\/integration[\w-]*\//.test(lower);
}

const STRING_TYPES = new Set(['string_literal', 'line_string_literal', 'multi_line_string_literal']);
/** Integer literals (Java, Kotlin) long enough to be a PIN-style password: `DB_PASSWORD = 6742530`. */
const DIGIT_TYPES = new Set(['decimal_integer_literal', 'integer_literal']);
const MIN_DIGITS = 6;
/** How far a check climbs from a literal: enough for any real expression around it. */
const KEPT_ANCESTORS = 32;

/** The string literals of a tree, its long integer literals, and their nearest ancestors. */
export interface StringIndex {
  literals: SyntaxNode[];
  digits: SyntaxNode[];
  /** The parent of a literal or of one of its nearest ancestors; null beyond them. */
  parentOf(node: SyntaxNode): SyntaxNode | null;
}

/**
 * Walks the tree once with a cursor, keeping the path: tree-sitter's `node.parent` searches down
 * from the root (slow in wide or deep files), the path costs nothing.
 */
export function indexStrings(root: SyntaxNode): StringIndex {
  const literals: SyntaxNode[] = [];
  const digits: SyntaxNode[] = [];
  const parents = new Map<number, SyntaxNode>();
  const path: SyntaxNode[] = [];
  const cursor = root.walk();
  try {
    for (;;) {
      // Node objects are made only for literals and for nodes with children (the path).
      const literal = STRING_TYPES.has(cursor.nodeType);
      const digit = !literal && DIGIT_TYPES.has(cursor.nodeType) && cursor.endIndex - cursor.startIndex >= MIN_DIGITS;
      if (literal || digit) {
        const node = cursor.currentNode;
        (literal ? literals : digits).push(node);
        const chain = [...path.slice(-KEPT_ANCESTORS), node];
        for (let i = 1; i < chain.length; i++) parents.set(chain[i]!.id, chain[i - 1]!);
      } else if (cursor.gotoFirstChild()) {
        cursor.gotoParent();
        path.push(cursor.currentNode);
        cursor.gotoFirstChild();
        continue;
      }
      while (path.length > 0 && !cursor.gotoNextSibling()) {
        cursor.gotoParent();
        path.pop();
      }
      if (path.length === 0) break;
    }
  } finally {
    cursor.delete();
  }
  return { literals, digits, parentOf: (node) => parents.get(node.id) ?? null };
}

const JDBC_PARAM_PASSWORD = /[?&;]password=([^&;\s"'`]*)/gi;
const ORACLE_THIN = /^jdbc:oracle:thin:[^/@:\s]+\/([^@\s]+)@/i;
/** Embedded databases (H2, HSQLDB, Derby) and local hosts: their passwords guard nothing. */
const LOCAL_JDBC = /^jdbc:(?:h2|hsqldb|derby|sqlite):|^jdbc:[\w:]+:\/\/(?:localhost|127\.0\.0\.1)[:/;?]/i;

/**
 * Passwords in JDBC URL parameters (`jdbc:mysql://db/shop?user=u&password=…`, SQL Server's
 * `;password=…`) and Oracle's `jdbc:oracle:thin:user/…@host`; `user:pass@host` URLs are found by
 * the shared URL reader. Offsets relative to `url`.
 */
export function findJdbcPasswords(url: string): Span[] {
  if (!/^jdbc:/i.test(url) || LOCAL_JDBC.test(url)) return [];
  const found: Span[] = [];
  const oracle = ORACLE_THIN.exec(url);
  if (oracle) found.push({ start: oracle[0].length - 1 - oracle[1]!.length, end: oracle[0].length - 1 });
  for (const match of url.matchAll(JDBC_PARAM_PASSWORD)) {
    const value = match[1]!;
    if (value !== '') found.push({ start: match.index + match[0].length - value.length, end: match.index + match[0].length });
  }
  return found;
}
