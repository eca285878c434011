// What a person sees, checked in the browser: squiggles in the editor, the quick-fix menu (saved
// as docs/images/editor.png for the README) and the Problems panel listing the findings.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { docsImagesDir, repoRoot } from './paths.mjs';

const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

// The CLI shipped in the installed VSIX, as the suite uses: the editor and the CLI must agree.
function cliReport(cli, folder) {
  const result = spawnSync(process.execPath, [cli, 'audit', folder, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  if (!result.stdout?.trim()) throw new Error(`CLI audit printed nothing (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

// A JS/TS file's hardcoded credential, the one nearest the top (so the quick-fix menu opens below it
// and the squiggles above stay in the picture), with that file's findings.
function showcaseFile(report, workspace) {
  const withPath = report.findings.map((finding) => ({ ...finding, path: relative(workspace, resolve(report.root, finding.path)) }));
  const credentials = withPath
    .filter((f) => f.ruleId === 'hardcoded-credential' && /\.[cm]?[jt]sx?$/.test(f.path))
    .sort((a, b) => a.range.start.line - b.range.start.line);
  const credential = credentials[0];
  if (!credential) throw new Error('the CLI reports no hardcoded-credential finding in a JS/TS file of the example');
  return { path: credential.path, credential, findings: withPath.filter((f) => f.path === credential.path) };
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

export async function runBrowserChecks({ context, port, workspace, cli }) {
  const outcomes = [];
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  let target;
  const opened = await check(outcomes, page, 'the editor shows squiggles on a file of the example', async () => {
    target = showcaseFile(cliReport(cli, workspace), workspace);
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
