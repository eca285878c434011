// Behaviour of the config-file checks beyond their examples: secrets never appear in messages,
// and each file kind is read by the check meant for it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hardcodedCredential } from '../../server/src/engine/rules/hardcoded-credential';
import { configChecks } from '../../server/src/engine/rules/hardcoded-credential/config';
import { scan } from '../../server/src/engine/scan';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { parseMarkers } from '../helpers/markers';
import { LineIndex } from '../../server/src/engine/source';

const CONFIG_LANGUAGES = new Set(configChecks.flatMap((check) => check.languages));

describe('hardcoded-credential in config files', () => {
  it('never puts the reported value in a message', () => {
    for (const set of exampleSets('hardcoded-credential').filter((s) => s.languages.every((l) => CONFIG_LANGUAGES.has(l)))) {
      for (const example of set.examples.invalid) {
        const { code } = parseMarkers(example.code);
        const lines = new LineIndex(code);
        for (const finding of scan({ path: example.path }, code, example.options, [hardcodedCredential])) {
          const start = lines.offset(finding.range.start);
          const value = code.slice(start, lines.offset(finding.range.end)).replace(/^["'`]|["'`]$/g, '');
          if (value.length >= 8) assert.ok(!finding.message.includes(value), `${example.path}: "${finding.message}"`);
        }
      }
    }
  });

  it('reads a .env file as a template or as the real thing by its name', () => {
    const text = 'JWT_SECRET=YR05CsYpWXas7vG2\n';
    const count = (path: string, gitIgnored?: boolean) =>
      scan({ path }, text, gitIgnored === undefined ? {} : { gitIgnored }, [hardcodedCredential]).length;
    assert.equal(count('.env.example'), 1, 'a template is committed by design: its secret is reported');
    assert.equal(count('example.env'), 1);
    assert.equal(count('.env'), 0, 'unknown ignore status: silent');
    assert.equal(count('.env', true), 0);
    assert.equal(count('.env', false), 2, 'the file finding plus the secret');
    assert.equal(count('.env.production.local', false), 2);
  });

  it('stays silent on the same secret-looking value under a neutral key', () => {
    assert.equal(scan({ path: 'config/default.json' }, '{ "greeting": "WtfYQCdWn-c_vb!U" }', {}, [hardcodedCredential]).length, 0);
    assert.equal(scan({ path: 'docker-compose.yml' }, 'services:\n  a:\n    environment:\n      GREETING: WtfYQCdWn-c_vb!U\n', {}, [hardcodedCredential]).length, 0);
  });
});
