// Environment-keyed database configs in config files: Rails' config/database.yml (`adapter`, and Phinx's
// phinx.yml, the same blocks under `environments:`),
// Sequelize's config/config.json (`dialect`), Spring's profile documents in application.yml (the JDBC URL),
// profiles in application.properties (properties-profiles.ts) and Symfony's `when@<env>` blocks
// (symfony-environments.ts). Only top-level environment blocks are read.
import { baseName } from '../../languages/detect';
import { jsonProperties, jsonProperty, type JsonDocument } from '../../languages/json';
import { yamlGet, yamlString, type YamlDocument, type YamlMap, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ProductionService } from '../../types';
import { divergenceMessage, divergences, jdbcSubprotocol, kindOf, reportDivergences, type ServiceChoice } from './kinds';
import { propertySettings, quarkusProfileChoices, springDocumentChoices, yamlSettings } from './properties-profiles';
import { symfonyEnvironmentChoices } from './symfony-environments';

function reportAll(choices: ServiceChoice[], context: RuleContext): void {
  reportDivergences(context, choices);
}

/**
 * `production: { adapter: postgresql }`; a block that merges `<<: *default` takes the `default` block's adapter.
 * A production block with no adapter (`url: <%= ENV['DATABASE_URL'] %>`), or none at all, takes the kind of the
 * database gem only the Gemfile's production group installs (facts read by the node layer).
 */
function checkDatabaseYml(context: RuleContext): void {
  const gems = (context.options.production ?? []).filter((service) => baseName(service.path) === 'Gemfile');
  for (const choices of databaseYmlChoices(context.parsed.yaml)) {
    const stated = choices.some((choice) => /^prod(?:uction)?$/i.test(choice.environment) && kindOf(choice.driver));
    if (stated || gems.length !== 1) reportAll(choices, context);
    else reportAgainstGem(context, choices, gems[0]!);
  }
}

function reportAgainstGem(context: RuleContext, choices: readonly ServiceChoice[], gem: ProductionService): void {
  const production: ServiceChoice = { environment: 'production', driver: gem.kind, span: { start: 0, end: 0 } };
  for (const divergence of divergences([...choices, production])) {
    context.report({
      span: divergence.choice.span,
      message: `${divergenceMessage(divergence)} Production's adapter comes from the Gemfile's production group.`,
      ...(divergence.severity ? { severity: divergence.severity } : {}),
      relatedElsewhere: [{ path: gem.path, range: gem.range, message: `Only production installs the ${gem.kind} adapter, here.` }],
    });
  }
}

/**
 * Each YAML document's environments and their adapters. A block that an alias merges in (`<<: *default-pg`) gives
 * its adapter to the environment and is no environment itself, nor is an anchored block under a template's name
 * (`default-sqlite3: &default-sqlite3`, `base`, `common`), used or not.
 */
export function databaseYmlChoices(documents: readonly YamlDocument[]): ServiceChoice[][] {
  const all: ServiceChoice[][] = [];
  for (const document of documents) {
    const root = document.contents;
    if (root?.kind !== 'map') continue;
    const anchored = new Map(root.pairs.flatMap((pair) => (pair.value?.kind === 'map' && pair.value.anchor ? [[pair.value.anchor, pair.value] as const] : [])));
    const merged = new Set(root.pairs.flatMap((pair) => mergedAlias(pair.value) ?? []));
    const choices: ServiceChoice[] = [];
    for (const pair of root.pairs) {
      const environment = typeof pair.key?.value === 'string' ? pair.key.value : undefined;
      if (!environment || pair.value?.kind !== 'map' || isTemplateBlock(environment, pair.value, merged)) continue;
      const adapter = adapterOf(pair.value) ?? adapterOf(mergedBlock(pair.value, anchored, root));
      if (adapter) choices.push({ environment, driver: adapter.driver, span: adapter.span });
    }
    all.push(choices);
  }
  return all;
}

/**
 * Phinx's `phinx.yml` (PHP migrations): database.yml's shape one level down, under `environments:`
 * (`production: { adapter: mysql }`, `development: { adapter: sqlite }`); its scalar settings
 * (`default_environment`, `default_migration_table`) are no blocks, so no environments.
 */
export function phinxChoices(documents: readonly YamlDocument[]): ServiceChoice[][] {
  return databaseYmlChoices(documents.map((document) => ({ ...document, contents: yamlGet(document.contents, 'environments') })));
}

/** Words that name a block of shared settings rather than an environment: `default`, `default-pg`, `base`, `common`. */
const TEMPLATE_WORDS = /^(?:default|defaults|base|common|shared|template)$/;

/** Rails' own environment names: `production: &production` merged into `staging` is still production. */
const ENVIRONMENTS = /^(?:production|prod|staging|stage|development|dev|test|testing|local|ci|qa|uat|preview|demo)$/;

function isTemplateBlock(key: string, block: YamlMap, merged: ReadonlySet<string>): boolean {
  if (key === 'default') return true;
  if (ENVIRONMENTS.test(key.toLowerCase())) return false;
  return block.anchor !== undefined && (merged.has(block.anchor) || key.split(/[-_.]/).some((word) => TEMPLATE_WORDS.test(word.toLowerCase())));
}

/** `<<: *name` in a block: the anchor it merges in. */
function mergedAlias(block: YamlNode | undefined): string | undefined {
  const merge = block?.kind === 'map' ? yamlGet(block, '<<') : undefined;
  return merge?.kind === 'opaque' ? merge.alias : undefined;
}

/** The block `<<: *name` merges in; an alias to no top-level block here reads as `default`, as Rails' generator writes it. */
function mergedBlock(block: YamlMap, anchored: ReadonlyMap<string, YamlMap>, root: YamlMap): YamlNode | undefined {
  if (!yamlGet(block, '<<')) return undefined;
  const alias = mergedAlias(block);
  return (alias !== undefined ? anchored.get(alias) : undefined) ?? yamlGet(root, 'default');
}

function adapterOf(block: YamlNode | undefined): { driver: string; span: { start: number; end: number } } | undefined {
  const adapter = yamlGet(block, 'adapter');
  const driver = yamlString(adapter);
  // `<%= ENV["DATABASE_ADAPTER"].presence || "postgres" %>`: each deploy picks its kind (Huginn's compose sets mysql2).
  if (driver !== undefined && /<%=?[^%]*\bENV\b/.test(driver)) return undefined;
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

/** Spring Boot's `application.yml`: one YAML document per profile. */
const SPRING_APPLICATION_YAML = /^application\.ya?ml$/;

/**
 * The profile documents of a Spring `application.yml` (`spring.config.activate.on-profile: dev`, or Boot 2's
 * `spring.profiles: dev`), each with its datasource's JDBC kind (`jdbc:h2:mem:…`, `jdbc:postgresql://…`):
 * the same environments-in-one-file shape as database.yml. A document without a profile is every profile's.
 */
export function springProfileChoices(documents: readonly YamlDocument[]): ServiceChoice[] {
  const choices: ServiceChoice[] = [];
  for (const document of documents) {
    const root = document.contents;
    const profile = yamlString(springKey(root, 'spring.config.activate.on-profile')) ?? yamlString(springKey(root, 'spring.profiles'));
    const url = springKey(root, 'spring.datasource.url');
    const subprotocol = jdbcSubprotocol(yamlString(url) ?? '');
    if (profile === undefined || !url || subprotocol === undefined || !/^[\w-]+$/.test(profile.trim())) continue;
    choices.push({ environment: profile.trim(), driver: subprotocol, span: url.span });
  }
  return choices;
}

/** A Spring property, nested (`spring: {datasource: {url}}`) or written as one dotted key (`spring.datasource.url:`). */
function springKey(root: YamlNode | undefined, dotted: string): YamlNode | undefined {
  const nested = dotted.split('.').reduce<YamlNode | undefined>((node, key) => yamlGet(node, key), root);
  return nested ?? yamlGet(root, dotted);
}

/** Sequelize's config file names. */
export const SEQUELIZE_CONFIG = /(?:^|\/)config\/config\.json$|(?:^|\/)(?:database|sequelize|db)\.json$/;

export const configChecks: LanguageCheck[] = [
  {
    languages: ['yaml'],
    keywords: ['adapter'],
    check: (context) => {
      const name = baseName(context.path);
      if (name === 'database.yml' || name === 'database.yaml') checkDatabaseYml(context);
      else if (name === 'phinx.yml' || name === 'phinx.yaml') for (const choices of phinxChoices(context.parsed.yaml)) reportAll(choices, context);
    },
  },
  {
    languages: ['yaml'],
    keywords: ['jdbc:'],
    check: (context) => {
      if (SPRING_APPLICATION_YAML.test(baseName(context.path))) reportAll(springProfileChoices(context.parsed.yaml), context);
    },
  },
  {
    // Quarkus' application.yaml: a profile is a quoted top-level `"%dev":` key (`%` cannot start a plain YAML key).
    languages: ['yaml'],
    keywords: ['db-kind', 'jdbc:'],
    mayReport: ({ text }) => text.includes('"%') || text.includes("'%"),
    check: (context) => {
      if (SPRING_APPLICATION_YAML.test(baseName(context.path))) reportAll(quarkusProfileChoices(yamlSettings(context.parsed.yaml)), context);
    },
  },
  {
    languages: ['yaml'],
    keywords: ['when@'],
    check: (context) => {
      if (!/(?:^|\/)config\/packages\/(?:[\w-]+\/)?[\w-]+\.ya?ml$/.test(context.path)) return;
      for (const choices of symfonyEnvironmentChoices(context.parsed.yaml)) reportAll(choices, context);
    },
  },
  {
    languages: ['properties'],
    keywords: ['db-kind', 'jdbc:'],
    check: (context) => {
      if (!/^application(?:-[\w-]+)?\.properties$/.test(baseName(context.path))) return;
      reportAll(quarkusProfileChoices(propertySettings(context.parsed.properties)), context);
      reportAll(springDocumentChoices(context.text, context.parsed.properties), context);
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
