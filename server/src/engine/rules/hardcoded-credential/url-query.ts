// A credential in a URL's query, in any language's string literal: a webhook's
// `…/robot/send?access_token=…`, `https://api.example.com/v1/search?api_key=…`. The parameter's
// name says what the value is (secrets/urlQuery.ts judges it); this keeps what a language's
// literal reader already reports (a token format) and template fields out, and builds the report.
import type { EnvReadSpelling } from '../../languages/catalogue';
import { findTokens, findUrlQuerySecrets, urlEnvName, type UrlQuerySecret } from '../../secrets';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Report, Span } from '../../types';
import { fixOrReason, moveToEnv } from './report';
import { connectionEnvName, type Target } from './target';

/**
 * `{key}` (Python's f-strings and `.format`, Rust-style templates) and `%s`/`%(key)s` are fields a
 * program fills in; `${…}` and `#{…}` are skipped by the finder.
 */
const TEMPLATE_FIELD = /[{}]|%(?:\(\w+\))?[sd]/;

/** The credential-named query parameters of `text` (a literal's contents) that no token format already claims. */
export function querySecretsOf(text: string): UrlQuerySecret[] {
  return findUrlQuerySecrets(text).filter((found) => {
    const value = text.slice(found.start, found.end);
    return !TEMPLATE_FIELD.test(value) && findTokens(value).length === 0;
  });
}

/** A URL's head: its scheme and `//` (`jdbc:sqlserver://`, `postgres://`, `https://`). */
const URL_HEAD = /^[A-Za-z][\w+.-]{0,30}:(?:[A-Za-z][\w+.-]{0,30}:)?\/\//;
/** What may follow a URL's host: its port, path or query, or JDBC's `;key=value` properties. */
const URL_TAIL = /^[:/?;&]/;
/** A stand-in URL put before a piece so its parameters read as a URL's. */
const STAND_IN = 'url://host';

/** A continued URL's parameter, with the scheme its head names (JDBC's subprotocol for `jdbc:`). */
export type ContinuedQuerySecret = UrlQuerySecret & { scheme: string };

/**
 * `"jdbc:sqlserver://" + host + ";databaseName=tacho;user=r;password=…"`, `"jdbc:mysql://" + host + "/db?user=u&password=…"`:
 * a piece after the host of a URL built by concatenation holds that URL's parameters; `head` is the
 * concatenation's first literal (asked only of a piece that could be one), which must be a URL's head.
 * The other pieces are read as nothing.
 */
export function continuedQuerySecretsOf(head: () => string | undefined, piece: string): ContinuedQuerySecret[] {
  if (!URL_TAIL.test(piece) || !piece.includes('=')) return [];
  const first = head();
  if (first === undefined || !URL_HEAD.test(first)) return [];
  const scheme = schemeOf(first.replace(/^jdbc:/i, ''));
  return querySecretsOf(STAND_IN + piece).map((found) => ({ ...found, start: found.start - STAND_IN.length, end: found.end - STAND_IN.length, scheme }));
}

/** How far a concatenation is climbed: web-tree-sitter finds a parent by descending from the root. */
const MAX_PIECES = 64;

/**
 * The first operand of the concatenation `literal` is a later piece of (`joins`: the grammar's binary
 * node types with their join operator), or undefined when the literal is no such piece. `parentOf`: a
 * tree's parent index where the caller has one.
 */
export function concatenationHead(literal: SyntaxNode, joins: Readonly<Record<string, string>>, parentOf: (node: SyntaxNode) => SyntaxNode | null = (node) => node.parent): SyntaxNode | undefined {
  const isJoin = (node: SyntaxNode): boolean => {
    const operator = joins[node.type];
    return operator !== undefined && node.children.some((child) => child !== null && !child.isNamed && child.type === operator);
  };
  let top = literal;
  for (let parent = parentOf(top), steps = 0; parent && isJoin(parent) && steps < MAX_PIECES; parent = parentOf(parent), steps++) top = parent;
  let head = top;
  for (let steps = 0; isJoin(head) && head.namedChildren[0] && steps < MAX_PIECES; steps++) head = head.namedChildren[0];
  return head.id === literal.id ? undefined : head;
}

export interface QueryFinding {
  found: UrlQuerySecret;
  /** The value's span in the file. */
  span: Span;
  secret: string;
  /** The URL's scheme, for the suggested variable. */
  scheme: string;
  /** Set when the URL is the whole literal: the fix moves the whole URL. */
  whole?: { span: Span; value: string };
  target?: Target;
}

/** Report the parameter's value; the fix, when the URL is the whole literal, moves the whole URL. */
export function urlQueryReport(finding: QueryFinding, envRead: EnvReadSpelling): Report {
  const { found, target } = finding;
  const envName = connectionEnvName(target) ?? urlEnvName(finding.scheme);
  const fix = finding.whole ? moveToEnv(finding.whole.span, finding.whole.value, envName, target) : undefined;
  return {
    span: finding.span,
    secret: finding.secret,
    message: `Factor III: hardcoded ${found.noun} in the "${found.name}" parameter of a URL; read the whole URL from the environment (${envRead(envName)}).`,
    ...fixOrReason(fix, target),
  };
}

/** The scheme a URL text starts with (`https`, `aws2-s3`), lowercased. */
export function schemeOf(text: string): string {
  return /^[A-Za-z][\w+.-]*/.exec(text)?.[0].toLowerCase() ?? 'url';
}
