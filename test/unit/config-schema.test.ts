// The JSON schema VS Code validates `.twelve-factor.json` with (derived by configSchema(), written by
// the build to dist/, contributed through jsonValidation) and the config loader the server and CLI
// use must agree: same keys, same rules, same values, and the same verdict on the same file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { configSchema } from '../../server/src/configSchema';
import { CONFIG_FILE_NAME, CONFIG_KEYS, parseConfig } from '../../server/src/engine/config';
import { RULES } from '../../server/src/engine/rules';
import { SEVERITIES } from '../../server/src/engine/types';

const REPO = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const validation = (manifest.contributes.jsonValidation as Array<{ fileMatch: string; url: string }>).find((entry) => entry.fileMatch === CONFIG_FILE_NAME);
interface Schema {
  allowComments: boolean;
  allowTrailingCommas: boolean;
  properties: Record<string, unknown> & { rules: { properties: Record<string, unknown> }; failOn: { enum: string[] } };
  definitions: { severity: { enum: string[] } };
}
const schema = configSchema() as unknown as Schema;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

/** The schema's verdict on a file's text, read as VS Code reads it (comments and trailing commas allowed). */
const schemaAccepts = (text: string) => validate(parseJsonc(text, [], { allowTrailingComma: true }));
const loaderAccepts = (text: string) => parseConfig(text, CONFIG_FILE_NAME).errors.length === 0;

describe('.twelve-factor.json schema', () => {
  it('is built into dist/ and contributed for the config file, which VS Code opens as JSON with comments', () => {
    assert.equal(validation?.url, './dist/twelve-factor.schema.json', 'package.json contributes jsonValidation for .twelve-factor.json');
    const built = JSON.parse(readFileSync(join(REPO, validation.url), 'utf8'));
    assert.deepEqual(built, schema, 'the build writes configSchema() (run `npm run build`)');
    const languages = manifest.contributes.languages as Array<{ id: string; filenames?: string[] }>;
    assert.ok(languages.some((language) => language.id === 'jsonc' && language.filenames?.includes(CONFIG_FILE_NAME)));
    assert.equal(schema.allowComments, true);
    assert.equal(schema.allowTrailingCommas, true);
  });

  it('has exactly the keys, rules and severities the loader knows', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((rule) => rule.meta.id).sort());
    assert.deepEqual(schema.definitions.severity.enum, [...SEVERITIES, 'off']);
    assert.deepEqual(schema.properties.failOn.enum, [...SEVERITIES]);
  });

  const cases: Array<[string, string]> = [
    ['every option set', '{\n  // why\n  "$schema": "./schema.json",\n  "rules": { "file-logger": "off", "hardcoded-credential": "warning" },\n  "ignore": ["test/**"],\n  "allowedValues": ["dev-only"],\n  "maxFileSize": 2048,\n  "failOn": "warning",\n}\n'],
    ['an empty object', '{}'],
    ['an unknown rule', '{ "rules": { "file-loger": "off" } }'],
    ['an unknown option', '{ "failon": "error" }'],
    ['a bad severity', '{ "rules": { "file-logger": "on" } }'],
    ['rules as a list', '{ "rules": ["file-logger"] }'],
    ['an empty ignore glob', '{ "ignore": [""] }'],
    ['a number in allowedValues', '{ "allowedValues": [3] }'],
    ['ignore as a string', '{ "ignore": "test/**" }'],
    ['a zero maxFileSize', '{ "maxFileSize": 0 }'],
    ['a fractional maxFileSize', '{ "maxFileSize": 1.5 }'],
    ['maxFileSize as a string', '{ "maxFileSize": "1mb" }'],
    ['failOn off', '{ "failOn": "off" }'],
    ['a list at the root', '[]'],
  ];
  for (const [name, text] of cases) {
    it(`agrees with the loader on ${name}`, () => {
      assert.equal(schemaAccepts(text), loaderAccepts(text), `schema ${schemaAccepts(text)}, loader ${loaderAccepts(text)}: ${JSON.stringify(validate.errors)}`);
    });
  }
});
