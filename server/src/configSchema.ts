// The JSON schema of `.twelve-factor.json`, derived from the rules and the config loader's keys so
// it never lags behind them. esbuild.mjs writes it to dist/twelve-factor.schema.json, which the
// extension contributes through jsonValidation (VS Code validates and completes the file).
import { CONFIG_KEYS, DEFAULT_CONFIG } from './engine/config';
import { RULES } from './engine/rules';
import { FILE_SCOPES } from './engine/scope';
import { SEVERITIES } from './engine/types';

type ConfigKey = (typeof CONFIG_KEYS)[number];

export function configSchema(): Record<string, unknown> {
  const properties: Record<ConfigKey, Record<string, unknown>> = {
    $schema: { type: 'string' },
    rules: {
      description: 'Severity per rule, or "off". Default: each rule\'s own severity (`twelve-factor-lint rules`).',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        RULES.map((rule) => [rule.meta.id, { $ref: '#/definitions/severity', description: `Factor ${rule.meta.factor}: ${rule.meta.title}. Default: ${rule.meta.defaultSeverity}.` }]),
      ),
    },
    ignore: {
      description: "Globs (picomatch), relative to this file's folder, of files and folders never scanned.",
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    allowedValues: {
      description: 'Literal values never reported (test passwords, documented dummies).',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    maxFileSize: { description: 'Files larger than this many bytes are skipped.', type: 'integer', minimum: 1, default: DEFAULT_CONFIG.maxFileSize },
    failOn: { description: 'The lowest severity that makes the CLI exit with 1.', enum: [...SEVERITIES], default: DEFAULT_CONFIG.failOn },
    scopes: {
      description:
        'Globs per file scope, relative to this file\'s folder, checked before the conventions (test/, *.spec.ts, fixtures/, ...). ' +
        'A credential guessed from its name is only information outside the app scope.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(FILE_SCOPES.map((scope) => [scope, { type: 'array', items: { type: 'string', minLength: 1 } }])),
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Twelve-Factor Lint configuration',
    description: 'Settings for Twelve-Factor Lint, shared by the editor and the CLI. JSON with comments.',
    // VS Code's extensions to JSON schema: the loader reads comments and trailing commas too.
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    additionalProperties: false,
    properties,
    definitions: { severity: { enum: [...SEVERITIES, 'off'] } },
  };
}
