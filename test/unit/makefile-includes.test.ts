// Factor XII through a start command's make (makefile-targets.ts): the node layer follows the Makefile's `include`s in
// its folder or below (read with safeRead's policy, never `..`, never a link out of the workspace) and the default
// goal a bare `make` runs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startupMigration } from '../../server/src/engine/rules/startup-migration';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const COMPOSE = 'services:\n  api:\n    build: .\n    command: sh -c "make db-upgrade && make serve"\n';
const SERVE = 'serve:\n\tuvicorn app.main:app --host 0.0.0.0\n';
const DB_MK = 'db-upgrade:\n\talembic upgrade head\n';

const findings = async (files: Record<string, string>, prepare?: (root: string) => void): Promise<string[]> => {
  const root = tree(files);
  prepare?.(root);
  return findingsWithRelated(await auditWith([startupMigration], root));
};

describe('make: included Makefiles and the default goal', () => {
  it("reports a target defined in an included file, related where it is written", async () => {
    assert.deepEqual(await findings({ 'docker-compose.yml': COMPOSE, Makefile: `include mk/db.mk\n\n${SERVE}`, 'mk/db.mk': DB_MK }), ['docker-compose.yml:4 -> mk/db.mk:2']);
  });

  it('follows no include above the Makefile (`..`) nor a link out of the workspace', async () => {
    assert.deepEqual(await findings({ 'api/docker-compose.yml': COMPOSE, 'api/Makefile': `include ../db.mk\n\n${SERVE}`, 'db.mk': DB_MK }), []);
    const outside = mkdtempSync(join(tmpdir(), 'tfl-outside-'));
    writeFileSync(join(outside, 'db.mk'), DB_MK);
    try {
      assert.deepEqual(await findings({ 'docker-compose.yml': COMPOSE, Makefile: `include mk/db.mk\n\n${SERVE}` }, (root) => symlinkSync(outside, join(root, 'mk'))), []);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("reports a bare `make` whose default goal migrates, and not one whose goal only serves", async () => {
    const makefile = 'start: migrate\n\tgunicorn app:app\n\nmigrate:\n\tflask db upgrade\n';
    assert.deepEqual(await findings({ Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD make\n', Makefile: makefile, 'requirements.txt': 'flask\nflask-migrate\n' }), ['Dockerfile:3 -> Makefile:5']);
    assert.deepEqual(await findings({ Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD make\n', Makefile: `.DEFAULT_GOAL := serve\n${makefile}serve:\n\tgunicorn app:app\n`, 'requirements.txt': 'flask\nflask-migrate\n' }), []);
  });
});
