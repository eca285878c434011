// What a person sees, checked in the browser: squiggles in the editor, the quick-fix menu (saved
// as docs/images/editor.png for the README) and the Problems panel listing the findings.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { docsImagesDir, repoRoot } from './paths.mjs';

const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

function cliReport(folder) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'audit', folder, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  if (!result.stdout?.trim()) throw new Error(`CLI audit printed nothing (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

// The file with a hardcoded credential and the most distinct rules: the best picture of the extension.
function showcaseFile(report, workspace) {
  const byPath = new Map();
  for (const finding of report.findings) {
    const path = relative(workspace, resolve(report.root, finding.path));
    byPath.set(path, [...(byPath.get(path) ?? []), finding]);
  }
  const candidates = [...byPath.entries()].filter(([, findings]) => findings.some((f) => f.ruleId === 'hardcoded-credential'));
  if (candidates.length === 0) throw new Error('the CLI reports no hardcoded-credential finding in the example');
  const rules = (findings) => new Set(findings.map((f) => f.ruleId)).size;
  candidates.sort((a, b) => rules(b[1]) - rules(a[1]) || b[1].length - a[1].length);
  const [path, findings] = candidates[0];
  return { path, findings, credential: findings.find((f) => f.ruleId === 'hardcoded-credential') };
}

async function openInQuickOpen(page, path) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(path);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  const name = path.split('/').pop();
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).waitFor({ state: 'visible' });
}

async function goToPosition(page, { line, column }) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

// Ctrl+. shows nothing until the language features have answered; ask again until the menu lists `title`.
async function openQuickFixMenu(page, title) {
  const item = page.getByText(title).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ state: 'visible', timeout: 5000 });
      return;
    } catch (error) {
      if (attempt === 12) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

async function check(outcomes, page, title, body) {
  const started = Date.now();
  try {
    await body();
    outcomes.push({ title: `browser: ${title}`, state: 'passed', durationMs: Date.now() - started });
  } catch (error) {
    const shot = join(repoRoot, 'test-results', 'e2e', `failed-${title.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    outcomes.push({ title: `browser: ${title}`, state: 'failed', error: `${error.stack ?? error}\nscreenshot: ${shot}` });
    return false;
  }
  return true;
}

export async function runBrowserChecks({ context, port, workspace }) {
  const outcomes = [];
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  let target;
  const opened = await check(outcomes, page, 'the editor shows squiggles on a file of the example', async () => {
    target = showcaseFile(cliReport(workspace), workspace);
    await page.goto(workbenchUrl(port, { folder: workspace }));
    await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible' });
    await openInQuickOpen(page, target.path);
    await page.locator(SQUIGGLES).first().waitFor({ state: 'attached' });
  });
  if (opened) {
    await check(outcomes, page, 'the lightbulb menu offers "Move to environment variable" (docs/images/editor.png)', async () => {
      await goToPosition(page, target.credential.range.start);
      await openQuickFixMenu(page, /Move to environment variable/);
      mkdirSync(docsImagesDir, { recursive: true });
      await page.screenshot({ path: join(docsImagesDir, 'editor.png') });
      await page.keyboard.press('Escape');
    });
    await check(outcomes, page, 'the Problems panel lists the findings of the open file', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ state: 'visible' });
      const text = (await page.locator('.markers-panel').innerText()).toString();
      const missing = [...new Set(target.findings.map((f) => f.ruleId))].filter((rule) => !text.includes(rule));
      if (missing.length > 0) throw new Error(`the Problems panel does not list ${missing.join(', ')}:\n${text.slice(0, 2000)}`);
    });
  }
  await page.close();
  return outcomes;
}
