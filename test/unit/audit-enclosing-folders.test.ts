// The folders a project sits in are not the project's: auditing `~/scripts/shop` or `/srv/tests/apps/shop` from
// above must find what auditing it from inside finds. Rules judge by path conventions (`scripts/` holds one-off
// programs, `tests/` test code), so they must read the path within the audited project (probe19: every server
// start of an app checked out as `TypeScript-Node-Starter` went silent, `TypeScript` reading as `type script`).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { auditPaths } from '../../server/src/auditRun';

const APP: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'shop', scripts: { start: 'node src/server.js' }, dependencies: { express: '4' } }),
  'src/server.js': "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT || 3000);\n",
  'src/logger.js': "const fs = require('fs');\nmodule.exports = fs.createWriteStream('/var/log/shop/app.log', { flags: 'a' });\n",
  'Procfile': 'web: node src/server.js\n',
};

function summary(result: Awaited<ReturnType<typeof auditPaths>>, prefix: string): string[] {
  return result.files.flatMap((file) => file.findings.map((finding) => `${file.path.slice(prefix.length)}:${finding.range.start.line}:${finding.ruleId}:${finding.severity}`)).sort();
}

describe('a project audited from a folder above it', () => {
  const base = mkdtempSync(join(tmpdir(), 'tfl-enclosing-'));
  after(() => rmSync(base, { recursive: true, force: true }));

  for (const enclosing of ['scripts/TypeScript-Node-Starter', 'tests/fixtures/apps/shop', 'examples/shop', 'vendor/tools/shop']) {
    it(`finds the same in ${enclosing} as from inside it`, async () => {
      const root = join(base, enclosing);
      for (const [path, text] of Object.entries(APP)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const inside = summary(await auditPaths([root], { base: root }), '');
      const above = summary(await auditPaths([root], { base }), `${enclosing}/`);
      assert.ok(inside.some((line) => line.includes('no-graceful-shutdown')), inside.join('\n'));
      assert.deepEqual(above, inside);
    });
  }
});
