// Python findings say what JavaScript findings say (the shared report builders), with Python's
// env read, `os.environ["NAME"]`. Never the value.
import { LANGUAGES } from '../../languages/catalogue';
import type { Report, Span } from '../../types';
import {
  embeddedTokenReport as reportEmbeddedToken,
  urlPasswordReport as reportUrlPassword,
  wholeLiteralReport as reportWholeLiteral,
} from './report';
import type { Target } from './target';

const read = LANGUAGES.python.envRead;

export interface PythonLiteral {
  /** The literal including prefix and quotes (or the whole implicit concatenation). */
  span: Span;
  value: string;
  /** `b'...'`: replacing it with a str read would change its type, so no in-place fix. */
  bytes: boolean;
}

export function wholeLiteralReport(literal: PythonLiteral, what: string, isToken: boolean, target: Target | undefined, defaultEnvName: string): Report {
  const report = reportWholeLiteral({ span: literal.span, value: literal.value, what, isToken, target, defaultEnvName }, read);
  return fixable(literal, target) ? report : withoutFix(report);
}

/** A token inside a longer string: report the token; no in-place fix would keep the code working. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string): Report {
  return reportEmbeddedToken(span, secret, format, envName, read);
}

export interface PythonUrlFinding {
  passwordSpan: Span;
  password: string;
  scheme: string;
  /** Set when the URL is the whole literal: the fix moves the whole URL. */
  whole?: PythonLiteral;
  target?: Target;
  envName: string;
}

export function urlPasswordReport(finding: PythonUrlFinding): Report {
  const { whole, ...rest } = finding;
  const report = reportUrlPassword({ ...rest, ...(whole ? { whole: { span: whole.span, value: whole.value } } : {}) }, read);
  return whole && fixable(whole, finding.target) ? report : withoutFix(report);
}

/** Bytes literals, and fallbacks whose whole expression is unknown, get no in-place fix. */
function fixable(literal: PythonLiteral, target: Target | undefined): boolean {
  if (literal.bytes) return false;
  return !(target?.kind === 'fallback' && target.existingEnvName !== undefined && !target.fixSpan);
}

function withoutFix(report: Report): Report {
  const { fix: _fix, ...rest } = report;
  return rest;
}
