// `.twelve-factor.json`: what a valid file sets, and how each mistake is reported and contained.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, parseConfig, toScanOptions } from '../../server/src/engine/config';

const FILE = '.twelve-factor.json';

function problems(text: string): string[] {
  return parseConfig(text, FILE).errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`);
}

describe('parseConfig', () => {
  it('reads every option from JSON with comments and trailing commas', () => {
    const { config, errors } = parseConfig(
      `{
        // quieter in this repo
        "$schema": "./schema.json",
        "rules": { "file-logger": "off", "hardcoded-credential": "warning" },
        "ignore": ["dist/**", "**/*.test.js"],
        "allowedValues": ["local-dev-password"],
        "maxFileSize": 2048,
        "failOn": "warning",
      }`,
      FILE,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config, {
      rules: { 'file-logger': 'off', 'hardcoded-credential': 'warning' },
      ignore: ['dist/**', '**/*.test.js'],
      allowedValues: ['local-dev-password'],
      maxFileSize: 2048,
      failOn: 'warning',
      scopes: {},
    });
    assert.deepEqual(toScanOptions(config), {
      rules: { 'file-logger': 'off', 'hardcoded-credential': 'warning' },
      allowedValues: ['local-dev-password'],
    });
  });

  it('gives the defaults for an empty file or an empty object', () => {
    assert.deepEqual(parseConfig('', FILE), { config: { ...DEFAULT_CONFIG }, errors: [] });
    assert.deepEqual(parseConfig('{}', FILE).config, { ...DEFAULT_CONFIG });
    assert.equal(DEFAULT_CONFIG.maxFileSize, 1024 * 1024);
    assert.equal(DEFAULT_CONFIG.failOn, 'error');
  });

  it('reports a JSON syntax error with its position and ignores the whole file', () => {
    const { config, errors } = parseConfig('{\n  "failOn": "warning",\n  "rules": {\n}', FILE);
    assert.equal(errors.length >= 1, true);
    assert.match(`${errors[0]!.line}:${errors[0]!.column} ${errors[0]!.message}`, /^4:2 invalid JSON: /);
    assert.deepEqual(config, { ...DEFAULT_CONFIG }, 'a broken file applies nothing');
  });

  it('reports an unknown rule and suggests the near miss; the other rules still apply', () => {
    const { config, errors } = parseConfig('{ "rules": { "file-loger": "off", "startup-migration": "error" } }', FILE);
    assert.deepEqual(errors.map((e) => `${e.line}:${e.column} ${e.message}`), [
      "1:14 unknown rule 'file-loger' (did you mean 'file-logger'?)",
    ]);
    assert.deepEqual(config.rules, { 'startup-migration': 'error' });
  });

  it('reports a bad severity at the value', () => {
    assert.deepEqual(problems('{\n  "rules": { "file-logger": "warn" }\n}'), [
      `${FILE}:2:29 severity of 'file-logger' must be one of error, warning, info, hint, off`,
    ]);
    assert.deepEqual(problems('{ "failOn": "off" }'), [`${FILE}:1:13 failOn must be one of error, warning, info, hint`]);
  });

  it('reports unknown top-level keys, so a typo never silently does nothing', () => {
    assert.deepEqual(problems('{ "ignores": ["dist"] }'), [`${FILE}:1:3 unknown option 'ignores' (did you mean 'ignore'?)`]);
    assert.match(problems('{ "severity": {} }')[0]!, /unknown option 'severity' \(known options: rules, ignore, allowedValues, maxFileSize, failOn, scopes\)/);
  });

  it('reports wrong types and keeps the default for that option only', () => {
    const { config, errors } = parseConfig('{ "ignore": "dist", "allowedValues": ["ok", 3], "maxFileSize": -1, "failOn": "warning" }', FILE);
    assert.deepEqual(errors.map((e) => e.message), [
      'ignore must be an array of non-empty strings',
      'allowedValues must be an array of non-empty strings',
      'maxFileSize must be a positive whole number of bytes',
    ]);
    assert.deepEqual(config.ignore, []);
    assert.deepEqual(config.allowedValues, []);
    assert.equal(config.maxFileSize, DEFAULT_CONFIG.maxFileSize);
    assert.equal(config.failOn, 'warning');
  });

  it('rejects a root that is not an object', () => {
    assert.deepEqual(problems('["rules"]'), [`${FILE}:1:1 the config must be a JSON object`]);
  });

  it('does not share mutable defaults between parses', () => {
    const first = parseConfig('{}', FILE).config;
    first.ignore.push('x');
    first.rules['file-logger'] = 'off';
    assert.deepEqual(parseConfig('{}', FILE).config, { ...DEFAULT_CONFIG });
  });
});
