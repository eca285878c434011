// The scorecard as one self-contained HTML page: the CLI's `--format html` and the VS Code webview.
// No network: styles and the one script are inline, and the page's CSP forbids everything else.
import { absolutePath, describeState, locationUri, type AppScorecard, type FactorScore, type Scorecard, type ScorecardFinding, type ScorecardPlace } from './model';
import { escapeHtml, plural } from './text';

export interface HtmlOptions {
  /** A plain sentence under the title (counts, time). */
  headline: string;
  /**
   * In a VS Code webview: a nonce for the inline style and script. Links then post their
   * location to the extension instead of navigating, and colours follow the editor's theme.
   */
  webviewNonce?: string;
}

const ICONS = { findings: '✖', clean: '✔', manual: '○' } as const;

export function scorecardHtml(card: Scorecard, options: HtmlOptions): string {
  const nonce = options.webviewNonce;
  const csp = nonce
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`
    : "default-src 'none'; style-src 'unsafe-inline';";
  const several = card.apps.length > 1;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Twelve-Factor scorecard</title>
<style${nonce ? ` nonce="${nonce}"` : ''}>${STYLE}</style>
</head>
<body>
<main>
<h1>Twelve-Factor scorecard</h1>
<p class="headline">${escapeHtml(options.headline)}</p>
${card.apps.map((app, index) => appSection(app, index, several)).join('\n')}
</main>
${nonce ? `<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>` : ''}
</body>
</html>
`;
}

function appSection(app: AppScorecard, index: number, several: boolean): string {
  const heading = several ? `<h2>App <code>${escapeHtml(app.app)}</code>: ${plural(app.findings, 'finding')}</h2>` : '';
  const id = (score: FactorScore) => `app${index}-${score.factor}`;
  const rows = app.factors
    .map((score) => `<tr class="${score.state}"><th scope="row"><a href="#${id(score)}">${score.factor}. ${escapeHtml(score.name)}</a></th><td><span class="icon" aria-hidden="true">${ICONS[score.state]}</span> ${escapeHtml(describeState(score))}</td></tr>`)
    .join('\n');
  return `<section aria-label="${escapeHtml(several ? `App ${app.app}` : 'Scorecard')}">
${heading}
<table class="summary"><thead><tr><th scope="col">Factor</th><th scope="col">Status</th></tr></thead><tbody>
${rows}
</tbody></table>
${app.factors.map((score) => factorDetails(app.root, score, id(score))).join('\n')}
</section>`;
}

function factorDetails(root: string, score: FactorScore, id: string): string {
  const body =
    score.state === 'manual'
      ? `<p><strong>Not checkable from code.</strong> ${escapeHtml(score.manualCheck ?? '')}</p>`
      : score.state === 'clean'
        ? `<p>No findings from ${score.rules.map((rule) => `<code>${escapeHtml(rule)}</code>`).join(', ')}.</p>`
        : `<ul>${score.findings.map((finding) => `<li>${findingLink(root, finding)}</li>`).join('')}</ul>`;
  return `<details id="${id}" class="${score.state}"${score.state === 'findings' ? ' open' : ''}>
<summary><span class="icon" aria-hidden="true">${ICONS[score.state]}</span> ${score.factor}. ${escapeHtml(score.name)} <span class="state">${escapeHtml(describeState(score))}</span></summary>
<p class="principle">${escapeHtml(score.principle)} <a href="${escapeHtml(score.url)}">12factor.net</a></p>
${body}
</details>`;
}

function findingLink(root: string, finding: ScorecardFinding): string {
  const elsewhere = (finding.elsewhere ?? []).map((place) => `<br><span class="related">${escapeHtml(place.message)} ${placeLink(root, place)}</span>`).join('');
  return `${placeLink(root, finding)} <span class="severity ${finding.severity}">${finding.severity}</span> ${escapeHtml(finding.message)} <code>${escapeHtml(finding.ruleId)}</code>${elsewhere}`;
}

/** A link that opens the place: a file URI in a browser, a message to the extension in the webview. */
function placeLink(root: string, place: ScorecardPlace): string {
  const where = `${place.path}:${place.line}:${place.column}`;
  const data = `data-path="${escapeHtml(absolutePath(root, place))}" data-line="${place.line}" data-column="${place.column}"`;
  return `<a class="location" href="${escapeHtml(locationUri(root, place))}" ${data}>${escapeHtml(where)}</a>`;
}

// Colours come from the VS Code theme inside a webview (its --vscode-* variables) and fall back
// to a light or dark palette in a browser.
const STYLE = `
:root { color-scheme: light dark; --fg: var(--vscode-foreground, #1f2328); --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e); --link: var(--vscode-textLink-foreground, #0969da);
  --border: var(--vscode-panel-border, #d1d9e0); --error: var(--vscode-errorForeground, #cf222e);
  --warning: var(--vscode-editorWarning-foreground, #9a6700); --ok: var(--vscode-testing-iconPassed, #1a7f37);
  --focus: var(--vscode-focusBorder, #0969da); }
@media (prefers-color-scheme: dark) { :root { --fg: var(--vscode-foreground, #e6edf3); --bg: var(--vscode-editor-background, #0d1117);
  --muted: var(--vscode-descriptionForeground, #9198a1); --link: var(--vscode-textLink-foreground, #4493f8);
  --border: var(--vscode-panel-border, #3d444d); --error: var(--vscode-errorForeground, #f85149);
  --warning: var(--vscode-editorWarning-foreground, #d29922); --ok: var(--vscode-testing-iconPassed, #3fb950); } }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--fg); background: var(--bg); margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
.headline, .principle, .state { color: var(--muted); }
a { color: var(--link); }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
table.summary { border-collapse: collapse; margin: 1rem 0; }
table.summary th, table.summary td { text-align: left; padding: .25rem .75rem; border-bottom: 1px solid var(--border); }
details { border: 1px solid var(--border); border-radius: 6px; margin: .5rem 0; padding: .25rem .75rem; }
summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
.findings .icon, .severity.error { color: var(--error); }
.severity.warning { color: var(--warning); }
.related { color: var(--muted); padding-left: 1.5em; }
.clean .icon { color: var(--ok); }
.manual .icon, .severity.info, .severity.hint { color: var(--muted); }
li { margin: .25rem 0; }
code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); }
`;

// In a webview a link opens the location in the editor; Enter on a focused link does the same.
const WEBVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.location') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ command: 'open', path: link.dataset.path, line: Number(link.dataset.line), column: Number(link.dataset.column) });
});
`;
