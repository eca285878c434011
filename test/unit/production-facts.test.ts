// Factor X across files: the node layer reads an app's production config for its local compose
// file, the audit (one thread or a pool) reports the compose image with a related location in the
// production config, each app of a monorepo pairs with its own config, no link out of the
// workspace is followed, and every output (JSON, SARIF, HTML and Markdown scorecards, LSP) links
// both places.
import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AuditResult } from '../../server/src/auditRun';
import { toDiagnostic } from '../../server/src/diagnostics';
import { devProdDivergence } from '../../server/src/engine/rules/dev-prod-divergence';
import { formatJson } from '../../server/src/format/json';
import { formatSarif } from '../../server/src/format/sarif';
import { Grammars } from '../../server/src/grammars';
import { ProductionFacts } from '../../server/src/productionFacts';
import { auditScorecard, scorecardHtml, scorecardMarkdown } from '../../server/src/scorecard';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const RULES = [devProdDivergence];
const COMPOSE_MYSQL = 'services:\n  web:\n    build: .\n  db:\n    image: mysql:8.0\n';
const DATABASE_YML_POSTGRES = 'default: &default\n  adapter: postgresql\ndevelopment:\n  <<: *default\nproduction:\n  <<: *default\n  adapter: postgresql\n';

const audit = (root: string, jobs = 1): Promise<AuditResult> => auditWith(RULES, root, jobs);
const divergences = findingsWithRelated;

describe('dev-prod-divergence across files', () => {
  const rails = { 'Gemfile': "source 'https://rubygems.org'\n", 'docker-compose.yml': COMPOSE_MYSQL, 'config/database.yml': DATABASE_YML_POSTGRES };

  it('reports the compose image, with the production adapter as a related location, in one thread and in a pool', async () => {
    const root = tree(rails);
    assert.deepEqual(divergences(await audit(root)), ['docker-compose.yml:5 -> config/database.yml:7']);
    assert.deepEqual(divergences(await audit(root, 2)), ['docker-compose.yml:5 -> config/database.yml:7']);
  });

  it('pairs each app of a monorepo with its own production config', async () => {
    const root = tree({
      'package.json': '{ "private": true, "workspaces": ["apps/*"] }\n',
      'apps/api/package.json': '{ "name": "api" }\n',
      'apps/api/prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      'apps/api/docker-compose.yml': COMPOSE_MYSQL,
      'apps/legacy/Gemfile': "source 'https://rubygems.org'\n",
      'apps/legacy/config/database.yml': 'production:\n  adapter: mysql2\n',
      'apps/legacy/docker-compose.yml': COMPOSE_MYSQL,
      // The root's own compose file: the root app has no production config, so nothing to compare.
      'docker-compose.yml': 'services:\n  db:\n    image: mongo:7\n',
    });
    assert.deepEqual(divergences(await audit(root)), ['apps/api/docker-compose.yml:5 -> apps/api/prisma/schema.prisma:2']);
  });

  it('follows no link out of the workspace, not even through a linked folder', async () => {
    const outside = tree({ 'database.yml': DATABASE_YML_POSTGRES, 'config/database.yml': DATABASE_YML_POSTGRES });
    const root = tree({ 'Gemfile': '', 'docker-compose.yml': COMPOSE_MYSQL });
    symlinkSync(join(outside, 'config'), join(root, 'config'));
    assert.deepEqual(divergences(await audit(root)), []);
    const linkedFile = tree({ 'Gemfile': '', 'docker-compose.yml': COMPOSE_MYSQL, 'config/.keep': '' });
    symlinkSync(join(outside, 'database.yml'), join(linkedFile, 'config', 'database.yml'));
    assert.deepEqual(divergences(await audit(linkedFile)), []);
  });

  it('reads Django production settings with the Python grammar', async () => {
    const root = tree({
      'requirements.txt': 'Django==5.0\n',
      'docker-compose.yml': COMPOSE_MYSQL,
      'shop/settings/production.py': 'from .base import *\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "shop",\n    }\n}\n',
    });
    const facts = new ProductionFacts(new Grammars());
    const services = await facts.forFile(join(root, 'docker-compose.yml'), root, root);
    assert.deepEqual(services.map((service) => `${service.kind} ${service.path}:${service.range.start.line + 1}`), ['PostgreSQL shop/settings/production.py:5']);
  });

  it('reads again after forget(): a production config changed on disk', async () => {
    const root = tree(rails);
    const facts = new ProductionFacts();
    const compose = join(root, 'docker-compose.yml');
    assert.deepEqual((await facts.forFile(compose, root, root)).map((service) => service.kind), ['PostgreSQL']);
    writeFileSync(join(root, 'config/database.yml'), 'production:\n  adapter: mysql2\n');
    assert.deepEqual((await facts.forFile(compose, root, root)).map((service) => service.kind), ['PostgreSQL'], 'cached until told');
    facts.forget();
    assert.deepEqual((await facts.forFile(compose, root, root)).map((service) => service.kind), ['MySQL']);
  });

  it('links both places in JSON, SARIF, the scorecards and the LSP diagnostic', async () => {
    const root = tree(rails);
    const result = await audit(root);
    const json = JSON.parse(formatJson(result, RULES)) as { findings: { path: string; related?: { path?: string; range: { start: { line: number } } }[] }[] };
    assert.equal(json.findings[0]!.path, 'docker-compose.yml');
    assert.deepEqual(json.findings[0]!.related?.map((place) => `${place.path}:${place.range.start.line}`), ['config/database.yml:7']);

    const sarif = JSON.parse(formatSarif(result, RULES)) as { runs: { results: { relatedLocations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.deepEqual(sarif.runs[0]!.results[0]!.relatedLocations.map((place) => place.physicalLocation.artifactLocation.uri), ['config/database.yml']);

    const card = auditScorecard(result, RULES);
    const html = scorecardHtml(card, { headline: 'test' });
    for (const [path, line] of [['docker-compose.yml', 5], ['config/database.yml', 7]] as const) {
      assert.ok(html.includes(`data-path="${join(root, path)}" data-line="${line}"`), `HTML links ${path}:${line}`);
      assert.ok(scorecardMarkdown(card, 'test').includes(`${path}:${line}:`), `Markdown links ${path}:${line}`);
    }

    const finding = result.files[0]!.findings[0]!;
    const diagnostic = toDiagnostic(finding, 'file:///ws/docker-compose.yml', '/ws');
    assert.deepEqual(diagnostic.relatedInformation?.map((info) => `${info.location.uri}:${info.location.range.start.line}`), ['file:///ws/config/database.yml:6']);
  });
});
