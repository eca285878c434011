// An editor's open asks the prefilters twice: the prepare step's "parse it?" (before the settings are
// read) and the scan's "which checks?". Answers that read no setting are found once per text and
// shared; an answer that read the options stays with the scan that asked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParsedDocument } from '../../server/src/engine/languages';
import { oncePerFile, TextPrefilters } from '../../server/src/engine/prefilter';
import type { Rule } from '../../server/src/engine/rule';
import { mayRunAnyCheck, scanParsed } from '../../server/src/engine/scan';
import type { PrefilterInput } from '../../server/src/engine/prefilter';

function rule(id: string, mayReport: (file: PrefilterInput) => boolean): Rule {
  const meta = { id, factor: 'III', title: id, description: id, defaultSeverity: 'warning', hint: id, docsUrl: id } as unknown as Rule['meta'];
  return { meta, checks: [{ languages: ['javascript'], keywords: [], mayReport, check: () => undefined }] };
}

describe('prefilter answers shared by the scans of one text', () => {
  it('computes an answer that reads no option once for every scan of the text', () => {
    const prefilters = new TextPrefilters('const a = 1;');
    const key = {};
    let computed = 0;
    const answer = (file: PrefilterInput) => oncePerFile(file, key, () => (computed++, file.text.includes('a')));
    assert.equal(answer(prefilters.input({})), true);
    assert.equal(answer(prefilters.input({ rules: { x: 'off' } })), true);
    assert.equal(computed, 1);
  });

  it('keeps an answer that read the options, and any answer built on it, to the scan that asked', () => {
    const prefilters = new TextPrefilters('const a = 1;');
    const reads = {};
    const builtOn = {};
    let computed = 0;
    const readsOptions = (file: PrefilterInput) => oncePerFile(file, reads, () => (computed++, file.options.dependencies !== undefined));
    const onTop = (file: PrefilterInput) => oncePerFile(file, builtOn, () => readsOptions(file));
    const first = prefilters.input({});
    assert.equal(onTop(first), false);
    assert.equal(onTop(first), false, 'asked again by the same scan: its own answer');
    assert.equal(computed, 1);
    const withManifest = prefilters.input({ dependencies: { npm: { packages: [], hostModules: [], localPrefixes: [] } } as never });
    assert.equal(onTop(withManifest), true, 'another scan reads its own options');
    assert.equal(computed, 2);
    // A cached answer that read the options marks the answer asking for it as reading them too.
    const third = prefilters.input({});
    const later = {};
    assert.equal(readsOptions(third), false);
    oncePerFile(third, later, () => readsOptions(third));
    assert.equal(prefilters.answers.has(later), false);
  });

  it('runs each check\'s prefilter once across an open\'s prepare step and its scan, unless it reads the options', () => {
    const text = 'const token = "x";\n';
    const calls = { plain: 0, withOptions: 0 };
    const rules = [
      rule('plain', (file) => (calls.plain++, file.text.includes('token'))),
      rule('with-options', (file) => (calls.withOptions++, file.options.rules === undefined)),
    ];
    const prefilters = new TextPrefilters(text);
    assert.equal(mayRunAnyCheck('javascript', text, {}, rules, prefilters), true);
    const parsed = new ParsedDocument('src/a.js', text, 'javascript');
    parsed.reusePrefilters(prefilters);
    scanParsed(parsed, { scopes: {} }, rules);
    assert.deepEqual(calls, { plain: 1, withOptions: 1 }, 'the prepare stopped at the first check that passed');
    scanParsed(parsed, { scopes: {} }, rules);
    assert.deepEqual(calls, { plain: 1, withOptions: 2 });
  });

  it('takes no answers found on another text', () => {
    const parsed = new ParsedDocument('src/a.js', 'const b = 2;', 'javascript');
    parsed.reusePrefilters(new TextPrefilters('const a = 1;'));
    assert.equal(parsed.prefilters.text, 'const b = 2;');
  });
});
