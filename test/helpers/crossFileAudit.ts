// Shared by the cross-file fact tests (production configs for Factor X, session stores for VI): a
// temporary git tree of files, an audit of it with some rules, and its findings as
// `path:line -> related path:line`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { auditPaths, type AuditResult } from '../../server/src/auditRun';
import type { Rule } from '../../server/src/engine/rule';
import { findProjectConfig } from '../../server/src/projectConfig';

/** A temporary git tree holding `files` (path -> text), removed after the test file. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tfl-facts-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function auditWith(rules: readonly Rule[], root: string, jobs = 1): Promise<AuditResult> {
  return auditPaths([root], { base: root, rules, jobs, config: findProjectConfig(root) });
}

/** Each finding as `path:line -> related path:line,…` (1-based lines). */
export function findingsWithRelated(result: AuditResult): string[] {
  return result.files.flatMap((file) =>
    file.findings.map((finding) => {
      const related = (finding.related ?? []).map((place) => `${place.path}:${place.range.start.line + 1}`).join(',');
      return `${file.path}:${finding.range.start.line + 1} -> ${related}`;
    }),
  );
}
