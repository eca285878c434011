// A credential in a URL's query, in any language's string literal: a webhook's
// `…/robot/send?access_token=…`, `https://api.example.com/v1/search?api_key=…`. The parameter's
// name says what the value is (secrets/urlQuery.ts judges it); this keeps what a language's
// literal reader already reports (a token format) and template fields out, and builds the report.
import type { EnvReadSpelling } from '../../languages/catalogue';
import { findTokens, findUrlQuerySecrets, urlEnvName, type UrlQuerySecret } from '../../secrets';
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
