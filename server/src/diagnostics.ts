import { isAbsolute, join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
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
export function toDiagnostic(finding: Finding, uri?: string, root?: string): Diagnostic {
  // Related places of the same problem: in the same document (the other migrate calls of one
  // start-up), or in another file under the same root (the production config a compose image differs from).
  const related = uri
    ? (finding.related ?? []).flatMap((place) => {
        const at = place.path === undefined ? uri : root !== undefined ? fileUri(root, place.path) : undefined;
        return at ? [{ location: { uri: at, range: place.range }, message: place.message }] : [];
      })
    : [];
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    message: finding.message,
    data: { fingerprint: finding.fingerprint } satisfies DiagnosticData,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** A path as findings give it (relative to `root`, or absolute) as a file URI. */
function fileUri(root: string, path: string): string {
  return URI.file(isAbsolute(path) ? path : join(root, path)).toString();
}

export interface DiagnosticData {
  fingerprint: string;
}

export function fingerprintOf(diagnostic: Diagnostic): string | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return typeof data?.fingerprint === 'string' ? data.fingerprint : undefined;
}
