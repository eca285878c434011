import { join } from 'node:path';
import { URI } from 'vscode-uri';
import type { AuditResult } from './auditRun';
import { RULES } from './engine/rules';
import type { Factor } from './engine/types';
import type { AuditSummary } from './protocol';

const FACTOR_TITLES: Partial<Record<Factor, string>> = {
  III: 'Config: store config in the environment',
  VI: 'Processes: execute the app as stateless processes',
  XI: 'Logs: treat logs as event streams',
  XII: 'Admin processes: run admin tasks as one-off processes',
};

/** The workspace report: per factor, status, counts and each finding as a link. Messages never hold secrets. */
export function auditReportMarkdown(summary: Omit<AuditSummary, 'reportMarkdown'>, results: readonly AuditResult[]): string {
  const lines = [
    '# Twelve-Factor audit',
    '',
    `${summary.filesScanned} files scanned, ${summary.filesSkipped} skipped, ${summary.findings} findings, ${summary.durationMs} ms.`,
    '',
  ];
  const factors = [...new Set(RULES.map((rule) => rule.meta.factor))];
  for (const factor of factors) {
    const count = summary.byFactor[factor] ?? 0;
    lines.push(`## ${count === 0 ? '✅' : '❌'} ${factor}. ${FACTOR_TITLES[factor] ?? ''}`, '');
    lines.push(count === 0 ? 'No findings.' : `${count} finding${count === 1 ? '' : 's'}:`, '');
    for (const result of results) {
      for (const file of result.files) {
        for (const finding of file.findings.filter((f) => f.factor === factor)) {
          const uri = URI.file(join(result.root, file.path)).with({ fragment: `L${finding.range.start.line + 1}` }).toString();
          const where = `${file.path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
          lines.push(`- [${where}](${uri}) ${escapeMarkdown(finding.message)} (\`${finding.ruleId}\`)`);
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
