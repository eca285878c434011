// Environment-keyed database configs in config files: Rails' config/database.yml (`adapter`) and
// Sequelize's config/config.json (`dialect`). Only top-level environment blocks are read.
import { baseName } from '../../languages/detect';
import { jsonProperties, jsonProperty, type JsonDocument } from '../../languages/json';
import { yamlGet, yamlString, type YamlDocument, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { divergenceMessage, divergences, type ServiceChoice } from './kinds';

function reportAll(choices: ServiceChoice[], context: RuleContext): void {
  for (const divergence of divergences(choices)) {
    context.report({ span: divergence.choice.span, message: divergenceMessage(divergence), ...(divergence.severity ? { severity: divergence.severity } : {}) });
  }
}

/** `production: { adapter: postgresql }`; a block that merges `<<: *default` takes the `default` block's adapter. */
function checkDatabaseYml(context: RuleContext): void {
  for (const choices of databaseYmlChoices(context.parsed.yaml)) reportAll(choices, context);
}

/** Each YAML document's environments and their adapters. */
export function databaseYmlChoices(documents: readonly YamlDocument[]): ServiceChoice[][] {
  const all: ServiceChoice[][] = [];
  for (const document of documents) {
    const root = document.contents;
    if (root?.kind !== 'map') continue;
    const fallback = adapterOf(yamlGet(root, 'default'));
    const choices: ServiceChoice[] = [];
    for (const pair of root.pairs) {
      const environment = typeof pair.key?.value === 'string' ? pair.key.value : undefined;
      if (!environment || environment === 'default' || pair.value?.kind !== 'map') continue;
      const adapter = adapterOf(pair.value) ?? (yamlGet(pair.value, '<<') ? fallback : undefined);
      if (adapter) choices.push({ environment, driver: adapter.driver, span: adapter.span });
    }
    all.push(choices);
  }
  return all;
}

function adapterOf(block: YamlNode | undefined): { driver: string; span: { start: number; end: number } } | undefined {
  const adapter = yamlGet(block, 'adapter');
  const driver = yamlString(adapter);
  return driver !== undefined && adapter?.kind === 'scalar' ? { driver, span: adapter.span } : undefined;
}

function checkSequelizeJson(context: RuleContext): void {
  reportAll(sequelizeChoices(context.parsed.json), context);
}

/** `{ "production": { "dialect": "postgres" } }`: each top-level environment's dialect. */
export function sequelizeChoices(json: JsonDocument): ServiceChoice[] {
  const choices: ServiceChoice[] = [];
  for (const [key, block] of jsonProperties(json.root)) {
    const dialect = jsonProperty(block, 'dialect');
    if (typeof key.value !== 'string' || dialect?.type !== 'string' || typeof dialect.value !== 'string') continue;
    choices.push({ environment: key.value, driver: dialect.value, span: { start: dialect.offset, end: dialect.offset + dialect.length } });
  }
  return choices;
}

/** Sequelize's config file names. */
export const SEQUELIZE_CONFIG = /(?:^|\/)config\/config\.json$|(?:^|\/)(?:database|sequelize|db)\.json$/;

export const configChecks: LanguageCheck[] = [
  {
    languages: ['yaml'],
    keywords: ['adapter'],
    check: (context) => {
      if (baseName(context.path) === 'database.yml' || baseName(context.path) === 'database.yaml') checkDatabaseYml(context);
    },
  },
  {
    languages: ['json'],
    keywords: ['dialect'],
    check: (context) => {
      if (SEQUELIZE_CONFIG.test(context.path)) checkSequelizeJson(context);
    },
  },
];
