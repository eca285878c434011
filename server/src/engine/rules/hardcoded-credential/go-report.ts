// A password inside a DSN (Go's drivers, libpq and ODBC keyword strings in any language). Other
// findings use the shared report builders (report.ts) with the language's env read.
import { LANGUAGES } from '../../languages/catalogue';
import type { Report, Span } from '../../types';
import type { Target } from './target';

export interface DsnFinding {
  passwordSpan: Span;
  password: string;
  kind: string;
  /** Set when the DSN is the whole literal: the fix moves it whole. */
  whole?: { span: Span; value: string };
  target?: Target;
  envName: string;
}

/** A password inside a DSN: report the password only; the fix moves the whole DSN. */
export function dsnPasswordReport(finding: DsnFinding, envRead = LANGUAGES.go.envRead): Report {
  const { target } = finding;
  const fallback = target?.kind === 'fallback';
  const action = fallback
    ? `remove the fallback and set ${finding.envName} in the environment`
    : `read the whole DSN from the environment (${envRead(finding.envName)})`;
  let fix: Report['fix'];
  if (finding.whole && !target?.noFix) {
    fix =
      fallback && target.existingEnvName !== undefined
        ? { kind: 'move-to-env', span: target.fixSpan ?? finding.whole.span, envName: target.existingEnvName, value: finding.whole.value, existingEnvName: target.existingEnvName }
        : { kind: 'move-to-env', span: finding.whole.span, envName: finding.envName, value: finding.whole.value };
  }
  return {
    span: finding.passwordSpan,
    secret: finding.password,
    message: `Factor III: password in a ${finding.kind}; ${action}.`,
    ...(fix ? { fix } : target?.noFixReason ? { noFixReason: target.noFixReason } : {}),
  };
}
