import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, Severity } from './engine/types';
import { SOURCE } from './protocol';

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The one place a Finding becomes a Diagnostic. `data` carries only the fingerprint, never the
 * fix's value: diagnostics travel to every client and into trace logs.
 */
export function toDiagnostic(finding: Finding, uri?: string): Diagnostic {
  // Related places of the same problem (the other migrate calls of one start-up), in the same document.
  const related = uri && finding.related?.length ? finding.related.map((place) => ({ location: { uri, range: place.range }, message: place.message })) : undefined;
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    message: finding.message,
    data: { fingerprint: finding.fingerprint } satisfies DiagnosticData,
    ...(related ? { relatedInformation: related } : {}),
  };
}

export interface DiagnosticData {
  fingerprint: string;
}

export function fingerprintOf(diagnostic: Diagnostic): string | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return typeof data?.fingerprint === 'string' ? data.fingerprint : undefined;
}
