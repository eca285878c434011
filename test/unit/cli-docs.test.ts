// docs/cli.md says which files a folder scan reads; the walk reads what languageOf knows. Every
// pattern the page lists must be read, and the one it excludes must not be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { languageOf } from '../../server/src/engine/languages/detect';

const page = readFileSync(join(__dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
const table = page.slice(page.indexOf('| Language | Files |'), page.indexOf('and leaves out:'));

/** A file name the pattern matches: `*.ts` -> `app.ts`, `Dockerfile.*` -> `Dockerfile.prod`, `log4j*.xml` -> `log4j2.xml`. */
function sampleOf(pattern: string): string {
  if (pattern.startsWith('*')) return `app${pattern.slice(1)}`;
  if (pattern.endsWith('.*')) return `${pattern.slice(0, -1)}prod`;
  return pattern.replace('*', '2');
}

describe('docs/cli.md: the files a folder scan reads', () => {
  const exclusions = [...table.matchAll(/\(not ([^)]*)\)/g)].map((match) => match[1]!).join(' ');
  const listed = table.replace(/\(not [^)]*\)/g, '');
  const patterns = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

  it('lists patterns the walk reads', () => {
    assert.ok(patterns(listed).length > 20, 'the table is where the test looks');
    for (const pattern of patterns(listed)) assert.ok(languageOf(`src/${sampleOf(pattern)}`), `${pattern} (e.g. ${sampleOf(pattern)}) is read`);
  });

  it('lists exclusions the walk leaves out', () => {
    assert.ok(patterns(exclusions).length > 0);
    for (const pattern of patterns(exclusions)) assert.equal(languageOf(`src/${sampleOf(pattern)}`), undefined, `${pattern} is not read`);
  });
});
