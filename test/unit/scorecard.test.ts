// The twelve-factor scorecard: apps in a monorepo, the factors in order with their state, and the
// Markdown and HTML renderings (self-contained, escaped, linked to every finding).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import type { Finding } from '../../server/src/engine/types';
import { appOf, appRoots } from '../../server/src/scorecard/apps';
import { scorecardHtml } from '../../server/src/scorecard/html';
import { scorecardMarkdown } from '../../server/src/scorecard/markdown';
import { buildScorecard, describeState, type ScorecardInput } from '../../server/src/scorecard/model';

const ROOT = '/work/shop';

function findingsIn(path: string, code: string): Array<Finding & { path: string }> {
  return scan({ path }, code).map((finding) => ({ ...finding, path }));
}

const LOGGER = "const winston = require('winston');\nmodule.exports = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n";
const SYNC = "const { sequelize } = require('./db');\nsequelize.sync();\n";

function input(overrides: Partial<ScorecardInput> = {}): ScorecardInput {
  return {
    root: ROOT,
    apps: ['services/api', 'services/web'],
    findings: [...findingsIn('services/api/log.js', LOGGER), ...findingsIn('services/web/db.js', SYNC)],
    enabledRules: RULES,
    ...overrides,
  };
}

describe('scorecard apps', () => {
  it('takes every folder with a manifest of any ecosystem as an app, never node_modules or fixtures', () => {
    const roots = appRoots([
      'package.json', 'services/api/package.json', 'services/api/node_modules/x/package.json',
      'tools/cli/go.mod', 'py/pyproject.toml', 'java/pom.xml', 'rb/Gemfile', 'php/composer.json',
      'test/fixtures/app/package.json', 'kt/build.gradle.kts', 'src/index.js',
    ]);
    assert.deepEqual(roots, ['', 'java', 'kt', 'php', 'py', 'rb', 'services/api', 'tools/cli']);
  });

  it('gives a file to the deepest app that holds it, and to the root otherwise', () => {
    const roots = ['', 'services', 'services/api'];
    assert.equal(appOf('services/api/src/a.js', roots), 'services/api');
    assert.equal(appOf('services/apiary/a.js', roots), 'services');
    assert.equal(appOf('README.js', roots), '');
  });
});

describe('scorecard model', () => {
  it('lists the twelve factors in order for each app, with findings, clean, or check by hand', () => {
    const card = buildScorecard([input()]);
    assert.deepEqual(card.apps.map((app) => app.app), ['services/api', 'services/web']);
    const [api, web] = card.apps;
    assert.deepEqual(api!.factors.map((score) => score.factor), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    const state = (app: typeof api, factor: string) => app!.factors.find((score) => score.factor === factor)!;
    assert.equal(state(api, 'XI').state, 'findings');
    assert.equal(state(api, 'XI').findings[0]!.path, 'services/api/log.js');
    assert.equal(state(api, 'XII').state, 'clean');
    assert.equal(state(web, 'XII').state, 'findings');
    assert.equal(state(web, 'XI').state, 'clean');
    // Factor I has its rule (dependency-outside-codebase); a factor is checked by hand only when its rules are off (below).
    assert.equal(state(api, 'I').state, 'clean');
    assert.equal(describeState(state(web, 'XII')), '1 warning');
  });

  it('says a factor whose rules are all off is to be checked by hand, not clean', () => {
    const card = buildScorecard([input({ enabledRules: RULES.filter((rule) => rule.meta.factor !== 'XI'), findings: [] })]);
    const logs = card.apps[0]!.factors.find((score) => score.factor === 'XI')!;
    assert.equal(logs.state, 'manual');
    assert.equal(describeState(logs), 'check by hand');
  });

  it('shows the folder itself as an app when it has no manifest but holds findings no app claims', () => {
    const card = buildScorecard([input({ apps: ['services/api'], findings: findingsIn('lib/log.js', LOGGER) })]);
    assert.deepEqual(card.apps.map((app) => [app.app, app.findings]), [['.', 1], ['services/api', 0]]);
  });

  it('names apps after their workspace folder when several folders were audited', () => {
    const card = buildScorecard([input({ root: '/w/one', apps: [''], findings: [] }), input({ root: '/w/two', apps: ['', 'api'], findings: [] })]);
    assert.deepEqual(card.apps.map((app) => app.app), ['one', 'two', 'two/api']);
  });
});

describe('scorecard renderings', () => {
  const evil = 'services/api/\u001b[2Klog<img src=x>.js';
  const card = buildScorecard([input({ findings: [...findingsIn(evil, LOGGER), ...findingsIn('services/web/db.js', SYNC)] })]);

  it('Markdown: a table per app, each finding a link to its file and line, control characters escaped', () => {
    const markdown = scorecardMarkdown(card, '2 files scanned.');
    assert.match(markdown, /^# Twelve-Factor scorecard\n\n2 files scanned\.\n/);
    assert.match(markdown, /## App `services\/api`: 1 finding/);
    assert.match(markdown, /\| ❌ XI\. Logs \| 1 warning \|/);
    assert.match(markdown, /\| ✅ XII\. Admin processes \| clean \|/);
    assert.match(markdown, /\| ✅ I\. Codebase \| clean \|/);
    assert.match(markdown, /\]\(file:\/\/\/work\/shop\/services\/web\/db\.js#L2\)/);
    assert.ok(!markdown.includes('\u001b'), 'no raw escape character');
    assert.ok(markdown.includes('\\u001b'), 'the escape character is shown escaped');
  });

  it('HTML: one self-contained page that loads nothing, escapes names, and links every finding', () => {
    const html = scorecardHtml(card, { headline: '2 files <scanned>' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">/);
    assert.ok(!/<script|<link|\ssrc=/i.test(html.replace(/&#60;img src=x&#62;/g, '')), 'no script, stylesheet or image is loaded');
    assert.ok(!html.includes('<img'), 'a file name cannot inject markup');
    assert.ok(html.includes('2 files &#60;scanned&#62;'));
    assert.match(html, /<a class="location" href="file:\/\/\/work\/shop\/services\/web\/db\.js#L2" data-path="\/work\/shop\/services\/web\/db\.js" data-line="2"/);
    assert.equal((html.match(/<details /g) ?? []).length, 24, 'twelve factors for each of the two apps');
    assert.match(html, /<details id="app1-XII" class="findings" open>/);
  });

  it('HTML in a webview: theme colours, a nonce on the style and the one script, links post their location', () => {
    const html = scorecardHtml(card, { headline: 'x', webviewNonce: 'abc123' });
    assert.match(html, /script-src 'nonce-abc123'/);
    assert.match(html, /<script nonce="abc123">[\s\S]*postMessage\(\{ command: 'open'/);
    assert.match(html, /var\(--vscode-foreground/);
  });
});
