// The CLI's scorecard: `--format html` as one self-contained page, and the per-factor summary in JSON.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, workspace } from './helpers';

const LOGGER = "const winston = require('winston');\nmodule.exports = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n";

const monorepo = () =>
  workspace({
    'package.json': '{ "private": true, "workspaces": ["packages/*"] }\n',
    'packages/api/package.json': '{ "name": "api", "dependencies": { "winston": "^3.17.0" } }\n',
    'packages/api/src/log.js': LOGGER,
    'packages/worker/go.mod': 'module example.com/worker\n\ngo 1.22\n',
    'packages/worker/main.go': 'package main\n\nfunc main() {}\n',
  });

describe('CLI scorecard', () => {
  it('--format html writes one page with a scorecard per app and links to each finding', () => {
    const root = monorepo();
    const run = runCli(['audit', '--format', 'html', '--output', 'scorecard.html'], root);
    assert.equal(run.code, 0, run.stderr);
    const html = readFileSync(join(root, 'scorecard.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    for (const app of ['.', 'packages/api', 'packages/worker']) assert.ok(html.includes(`App <code>${app}</code>`), app);
    assert.ok(html.includes(`href="file://${root}/packages/api/src/log.js#L2"`));
    assert.ok(!/<script|<link/.test(html), 'nothing is loaded from anywhere');
  });

  it('--format json carries the twelve factors per app with their state and counts', () => {
    const root = monorepo();
    const run = runCli(['audit', '--format', 'json'], root);
    const { scorecard } = JSON.parse(run.stdout) as {
      scorecard: Array<{ app: string; findings: number; factors: Array<{ factor: string; state: string; bySeverity: Record<string, number> }> }>;
    };
    assert.deepEqual(scorecard.map((app) => [app.app, app.findings]), [['.', 0], ['packages/api', 1], ['packages/worker', 0]]);
    const api = scorecard[1]!.factors;
    assert.equal(api.length, 12);
    assert.deepEqual(api.find((f) => f.factor === 'XI'), { ...api.find((f) => f.factor === 'XI'), state: 'findings', bySeverity: { error: 0, warning: 1, info: 0, hint: 0 } });
    // Every factor has a rule now (Factor I since dependency-outside-codebase): none is left to check by hand.
    assert.equal(api.find((f) => f.factor === 'I')!.state, 'clean');
    assert.ok(api.every((f) => f.state !== 'manual'));
    assert.equal(scorecard[2]!.factors.find((f) => f.factor === 'XI')!.state, 'clean');
  });
});
