// The scorecard as Markdown: the Audit Workspace report in any LSP client, and `--format markdown`-like uses.
import { describeState, locationUri, type AppScorecard, type FactorScore, type Scorecard, type ScorecardPlace } from './model';
import { escapeMarkdown, plural } from './text';

const ICONS = { findings: '❌', clean: '✅', manual: '⚪' } as const;

/** `headline` is a plain sentence (counts, time); the rest comes from the scorecard. */
export function scorecardMarkdown(card: Scorecard, headline: string): string {
  const lines = ['# Twelve-Factor scorecard', '', headline, ''];
  const several = card.apps.length > 1;
  for (const app of card.apps) lines.push(...appSection(app, several));
  return `${lines.join('\n').trimEnd()}\n`;
}

function appSection(app: AppScorecard, several: boolean): string[] {
  const lines: string[] = [];
  const depth = several ? '###' : '##';
  if (several) lines.push(`## App \`${escapeMarkdown(app.app)}\`: ${plural(app.findings, 'finding')}`, '');
  lines.push('| Factor | Status |', '| --- | --- |');
  for (const score of app.factors) lines.push(`| ${ICONS[score.state]} ${score.factor}. ${score.name} | ${describeState(score)} |`);
  lines.push('');
  for (const score of app.factors) lines.push(...factorSection(app, score, depth));
  return lines;
}

function factorSection(app: AppScorecard, score: FactorScore, depth: string): string[] {
  const lines = [`${depth} ${ICONS[score.state]} ${score.factor}. ${score.name}`, '', `${score.principle} ([12factor.net](${score.url}))`, ''];
  if (score.state === 'manual') lines.push(`Not checkable from code: ${score.manualCheck}`);
  else if (score.state === 'clean') lines.push(`No findings (${score.rules.map((rule) => `\`${rule}\``).join(', ')}).`);
  else {
    for (const finding of score.findings) {
      lines.push(`- ${findingLink(app.root, finding)} ${escapeMarkdown(finding.message)} (\`${finding.ruleId}\`, ${finding.severity})`);
      for (const place of finding.elsewhere ?? []) lines.push(`  - ${escapeMarkdown(place.message)} ${findingLink(app.root, place)}`);
    }
  }
  lines.push('');
  return lines;
}

function findingLink(root: string, finding: ScorecardPlace): string {
  return `[${escapeMarkdown(finding.path)}:${finding.line}:${finding.column}](${locationUri(root, finding)})`;
}
