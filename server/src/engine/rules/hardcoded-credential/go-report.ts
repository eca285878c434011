// Go findings say what JavaScript findings say (the shared report builders), with the env read
// spelled the Go way: `os.Getenv("NAME")` instead of `process.env.NAME`.
import type { Report, Span } from '../../types';
import type { Target } from './javascript-target';

/** Rewrites a report built for JavaScript so its advice reads `os.Getenv("NAME")`. */
export function inGo(report: Report): Report {
  return { ...report, message: report.message.replace(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)/g, 'os.Getenv("$1")') };
}

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
export function dsnPasswordReport(finding: DsnFinding): Report {
  const { target } = finding;
  const fallback = target?.kind === 'fallback';
  const action = fallback
    ? `remove the fallback and set ${finding.envName} in the environment`
    : `read the whole DSN from the environment (os.Getenv("${finding.envName}"))`;
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
    ...(fix ? { fix } : {}),
  };
}
