// What kind of backing service an app's production config names, read from one config file's
// text. Pure: the node layer reads the files (productionFacts.ts) and the rule examples feed it
// text, so both see the same facts. Only what names production is read: a config's fallback
// default (`env('DB_CONNECTION', 'sqlite')`) or a development block says nothing about production.
import { ParsedDocument } from '../../languages';
import { baseName, languageOf } from '../../languages/detect';
import { jsonProperty, type JsonNode } from '../../languages/json';
import type { TreeSitterParsers } from '../../languages/treeSitter';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import { springEntries, valueText } from '../../languages/spring';
import { LineIndex } from '../../source';
import type { ProductionService, Span } from '../../types';
import { databaseYmlChoices, SEQUELIZE_CONFIG, sequelizeChoices } from './config';
import { jsonDatabaseChoices } from './environment-files';
import { environmentBlocks } from './javascript';
import { jdbcSubprotocol, kindOf, type ServiceChoice } from './kinds';
import { settingsChoices } from './python';
import { DATASOURCE_DRIVER_KEYS, DATASOURCE_URL_KEYS } from './spring-profile-files';
import { addonKind, imageKind, schemeKind } from './services';

interface Named {
  kind: string;
  span: Span;
}

/** The services `text` (the file at `path`, relative to the scanned root) names for production. */
export function productionServicesIn(path: string, text: string, treeSitter?: TreeSitterParsers): ProductionService[] {
  const language = languageOf(path);
  const parsed = language ? new ParsedDocument(path, text, language, treeSitter) : undefined;
  try {
    const lines = new LineIndex(text);
    return namedIn(path, text, parsed).map((named) => ({ kind: named.kind, path, range: lines.range(named.span) }));
  } finally {
    parsed?.dispose();
  }
}

function namedIn(path: string, text: string, parsed: ParsedDocument | undefined): Named[] {
  const name = baseName(path).toLowerCase();
  if (name === 'schema.prisma') return prismaProvider(text);
  if (name === 'gemfile') return gemfileProduction(text);
  if (!parsed) return [];
  if (/^knexfile\.[cm]?[jt]s$/.test(name)) return production(environmentBlocks(parsed.typescript).flat());
  if (name === 'database.yml' || name === 'database.yaml') return production(databaseYmlChoices(parsed.yaml).flat());
  if (SEQUELIZE_CONFIG.test(path)) return production(sequelizeChoices(parsed.json));
  if (name === 'app.json') return herokuAddons(parsed.json.root);
  if (name === 'render.yaml' || name === 'render.yml') return renderServices(parsed);
  // A per-concern prod profile (`application-jdbc-prod.yml`) is read only beside its concern's dev file (environment-files.ts).
  if (/^application-(?:[a-z0-9]+-)?prod(?:uction)?\.(?:properties|ya?ml)$/.test(name)) return springDatasource(parsed);
  // Spring's base file, read only beside a profile's own file (environment-files.ts): its entries outside any profile document.
  if (/^application\.(?:properties|ya?ml)$/.test(name)) return springDatasource(parsed, true);
  if (name === 'database.php') return laravelDefault(text);
  if (PRODUCTION_JSON.test(path)) return production(jsonDatabaseChoices(parsed.json.root, 'production'));
  if (parsed.language === 'dotenv') return dotenvUrls(parsed);
  if (parsed.language === 'python') return djangoSettings(path, parsed);
  if (parsed.language === 'yaml') return kubernetesImages(parsed);
  return [];
}

/** nconf's `config.production.json` (Ghost) and node-config's `config/production.json`. */
const PRODUCTION_JSON = /(?:^|\/)(?:config\.production|config\/production)\.json$/;

function production(choices: readonly ServiceChoice[]): Named[] {
  return choices.flatMap((choice) => {
    const kind = /^prod(?:uction)?$/i.test(choice.environment) ? kindOf(choice.driver) : undefined;
    return kind ? [{ kind, span: choice.span }] : [];
  });
}

/** Database adapter gems and the kind each connects to. */
const DATABASE_GEMS: Readonly<Record<string, string>> = {
  pg: 'PostgreSQL',
  'activerecord-postgis-adapter': 'PostgreSQL',
  mysql2: 'MySQL',
  trilogy: 'MySQL',
  sqlite3: 'SQLite',
  tiny_tds: 'SQL Server',
};
const PRODUCTION_GROUP = /:production\b|["']production["']/;

/**
 * A Gemfile's database gems that only production installs: `group :production do gem 'pg' end`, or
 * `gem 'pg', group: :production` (Heroku's tutorial layout, where database.yml's production block is only
 * `url: <%= ENV['DATABASE_URL'] %>`). Read line by line: a block opened by `do`, `if` or `unless` closes at `end`.
 */
function gemfileProduction(text: string): Named[] {
  const named: Named[] = [];
  const blocks: boolean[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const code = line.replace(/\s#.*$|^#.*$/, '');
    const statement = code.trim();
    const gem = /^gem\s+(['"])([\w-]+)\1(.*)$/.exec(statement);
    const opensBlock = /\bdo$/.test(statement) || /\bdo\s*\|[^|]*\|$/.test(statement) || /^(?:if|unless|case)\b/.test(statement);
    if (statement.startsWith('group ') && opensBlock) blocks.push(PRODUCTION_GROUP.test(statement));
    else if (opensBlock) blocks.push(false);
    else if (/^end\b/.test(statement)) blocks.pop();
    else if (gem && Object.prototype.hasOwnProperty.call(DATABASE_GEMS, gem[2]!)) {
      const inline = /\bgroups?:\s*(.*)$/.exec(gem[3]!);
      const start = offset + line.indexOf(gem[1]! + gem[2]!);
      if (inline ? PRODUCTION_GROUP.test(inline[1]!) : blocks.includes(true)) named.push({ kind: DATABASE_GEMS[gem[2]!]!, span: { start, end: start + gem[2]!.length + 2 } });
    }
    offset += line.length + 1;
  }
  return named;
}

/** `datasource db { provider = "postgresql" }`: one datasource serves every environment, production included. */
function prismaProvider(text: string): Named[] {
  const block = /\bdatasource\s+\w+\s*\{([^}]*)\}/.exec(text);
  if (!block) return [];
  const provider = /\bprovider\s*=\s*"([^"\n]*)"/.exec(block[1]!);
  const kind = provider && kindOf(provider[1]!);
  if (!provider || !kind) return [];
  const start = block.index + block[0].indexOf(block[1]!) + provider.index + provider[0].indexOf('"');
  return [{ kind, span: { start, end: start + provider[1]!.length + 2 } }];
}

/** app.json's top-level `addons` (those under `environments.test` are CI's). */
function herokuAddons(root: JsonNode | undefined): Named[] {
  const addons = jsonProperty(root, 'addons');
  return (addons?.type === 'array' ? addons.children ?? [] : []).flatMap((item) => {
    const plan = item.type === 'object' ? jsonProperty(item, 'plan') : item;
    const kind = plan?.type === 'string' && typeof plan.value === 'string' ? addonKind(plan.value) : undefined;
    return kind && plan ? [{ kind, span: { start: plan.offset, end: plan.offset + plan.length } }] : [];
  });
}

/** render.yaml: every `databases:` entry is a Render PostgreSQL; `type: redis`/`keyvalue` services are Redis. */
function renderServices(parsed: ParsedDocument): Named[] {
  const root = parsed.yaml[0]?.contents;
  const named: Named[] = [];
  for (const database of sequence(yamlGet(root, 'databases'))) named.push({ kind: 'PostgreSQL', span: (yamlGet(database, 'name') ?? database).span });
  for (const service of sequence(yamlGet(root, 'services'))) {
    const type = yamlGet(service, 'type');
    if (type && /^(?:redis|keyvalue)$/.test(yamlString(type) ?? '')) named.push({ kind: 'Redis', span: type.span });
  }
  return named;
}

/**
 * `spring.datasource.url=jdbc:postgresql://...` (or its driver class, or Micronaut's `datasources.default.*`) in a prod
 * profile's file, flat or nested; of the base file (`base`), its prod profile document's where it has one
 * (spring-freight's `on-profile: prod`), else its entries outside any profile document: what a deploy runs.
 */
function springDatasource(parsed: ParsedDocument, base = false): Named[] {
  const entries = springEntries(parsed);
  const prodDocument = entries.some((entry) => PROD_PROFILE.test(entry.profile ?? '') && DATASOURCE_URL_KEYS.has(entry.canonical));
  return entries.flatMap((entry) => {
    const value = valueText(entry);
    if (value === undefined || (base && (prodDocument ? !PROD_PROFILE.test(entry.profile ?? '') : entry.profile !== undefined))) return [];
    const kind = DATASOURCE_URL_KEYS.has(entry.canonical) ? jdbcKind(value) : DATASOURCE_DRIVER_KEYS.has(entry.canonical) ? kindOf(value) : undefined;
    return kind ? [{ kind, span: entry.valueSpan }] : [];
  });
}

const PROD_PROFILE = /^prod(?:uction)?$/;

function jdbcKind(url: string): string | undefined {
  const subprotocol = jdbcSubprotocol(url);
  return subprotocol ? kindOf(subprotocol) : undefined;
}

/** `'default' => 'pgsql'`: a literal connection, not `env('DB_CONNECTION', ...)`, whose fallback production overrides. */
function laravelDefault(text: string): Named[] {
  const match = /(['"])default\1\s*=>\s*(['"])([A-Za-z0-9_]+)\2/.exec(text);
  const kind = match && kindOf(match[3]!);
  if (!match || !kind) return [];
  const start = match.index + match[0].length - match[3]!.length - 2;
  return [{ kind, span: { start, end: start + match[3]!.length + 2 } }];
}

/** `.env.production`: service URLs by their scheme (`postgres://`, `rediss://`), and Laravel's `DB_CONNECTION`. */
function dotenvUrls(parsed: ParsedDocument): Named[] {
  return parsed.dotenv.flatMap((entry) => {
    const kind = entry.key === 'DB_CONNECTION' ? kindOf(entry.value.text) : /(?:URL|URI|DSN)$/.test(entry.key) ? schemeKind(entry.value.text) : undefined;
    return kind ? [{ kind, span: entry.valueSpan }] : [];
  });
}

/**
 * A production settings module (`settings/production.py`, `product.py`): every backend; the shared `settings/base.py`
 * too, read only as an environment module's fallback where no production module names one (environment-files.ts);
 * any other: only a branch that names production.
 */
function djangoSettings(path: string, parsed: ParsedDocument): Named[] {
  const tree = parsed.tree;
  if (!tree) return [];
  // typeidea's `settings/product.py` names production as `prod` and `production` do.
  const productionModule = /(?:^|\/|_)prod(?:uct|uction)?\.py$|(?:^|\/)settings\/base\.py$/.test(path);
  const choices = [...settingsChoices(tree.rootNode).values()].flat().filter((entry) => productionModule || entry.conditional);
  return production(choices.filter((entry) => entry.choice.environment === 'production').map((entry) => entry.choice));
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Pod']);

/** Kubernetes workloads that run a backing service's image in the cluster. */
function kubernetesImages(parsed: ParsedDocument): Named[] {
  const named: Named[] = [];
  for (const document of parsed.yaml) {
    const root = document.contents;
    if (!WORKLOADS.has(yamlString(yamlGet(root, 'kind')) ?? '')) continue;
    const spec = yamlString(yamlGet(root, 'kind')) === 'Pod' ? yamlGet(root, 'spec') : yamlGet(yamlGet(yamlGet(root, 'spec'), 'template'), 'spec');
    for (const container of sequence(yamlGet(spec, 'containers'))) {
      const image = yamlGet(container, 'image');
      const kind = imageKind(yamlString(image) ?? '');
      if (kind && image) named.push({ kind, span: image.span });
    }
  }
  return named;
}

function sequence(node: YamlNode | undefined): YamlNode[] {
  return node?.kind === 'seq' ? node.items.filter((item): item is YamlNode => item !== undefined) : [];
}
