// Across files: an environment's own config file beside production's own file in the same folder. Django's split
// settings (`settings/development.py` beside `settings/production.py`), nconf's `config.development.json` beside
// `config.production.json` (Ghost), node-config's `config/development.json` beside `config/production.json`, and
// Spring's or Micronaut's `application-dev.yml` beside `application-prod.yml`. Each file states one environment,
// so neither says anything alone; together they say development runs SQLite while production runs MySQL.
// The production side comes as facts (ScanOptions.production), read by the node layer; the engine reads no file.
import { baseName } from '../../languages/detect';
import { jsonProperty, type JsonNode } from '../../languages/json';
import { springEntries, valueText } from '../../languages/spring';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ProductionService } from '../../types';
import { jdbcSubprotocol, kindOf, type ServiceChoice } from './kinds';
import { settingsChoices } from './python';
import { schemeKind, roleOf } from './services';
import { DATASOURCE_URL_KEYS } from './spring-profile-files';

const TEST_ENVIRONMENTS = new Set(['test', 'testing']);
const PROFILE_EXTENSIONS = ['properties', 'yml', 'yaml'];

interface Layout {
  /** The environment file's path; group 1 (or the `stage` group) is the environment's name. */
  file: RegExp;
  /** Production's files in the same folder. */
  production: readonly string[];
  /** What production runs when none of `production` names a service: Spring's base file, with no prod profile file. */
  fallback?: readonly string[];
}

const LAYOUTS: readonly Layout[] = [
  {
    file: /(?:^|\/)settings\/(development|dev|local|staging|stage|test|testing)\.py$/,
    production: ['production.py', 'prod.py', 'product.py'],
    // No production module (or one that keeps base's DATABASES): a deploy runs the shared base.py's settings, as
    // Spring's base file (probe26c: `settings/dev.py` on SQLite beside a `base.py` on PostgreSQL, no `prod.py`).
    fallback: ['base.py'],
  },
  // The shared `settings/base.py` that every environment's module star-imports: its database is development's
  // unless production's module sets its own (typeidea's base.py on SQLite, product.py on MySQL). A production module
  // that keeps base's DATABASES names nothing, so nothing is compared.
  { file: /(?:^|\/)settings\/(base)\.py$/, production: ['production.py', 'prod.py', 'product.py'] },
  { file: /(?:^|\/)config\.(development|dev|local|staging|stage|test|testing)\.json$/, production: ['config.production.json'] },
  { file: /(?:^|\/)config\/(development|dev|local|staging|stage|test|testing)\.json$/, production: ['production.json'] },
  {
    file: /(?:^|\/)application-(development|dev|local|staging|stage|test|testing)\.(?:properties|ya?ml)$/,
    production: PROFILE_EXTENSIONS.flatMap((extension) => [`application-prod.${extension}`, `application-production.${extension}`]),
    // No prod profile file: a deploy runs the base file's datasource (quick-bite's `application-dev.properties` on
    // `jdbc:h2:mem:` beside a base `application.properties` on MySQL).
    fallback: PROFILE_EXTENSIONS.map((extension) => `application.${extension}`),
  },
  // Per-concern profiles grouped by stage (`spring.profiles.group.dev: jdbc-dev,cache-dev`): `application-jdbc-dev.yml` is
  // compared with `application-jdbc-prod.yml` only, never with another concern's prod file nor the base file.
  {
    file: /(?:^|\/)application-(?<concern>[a-z0-9]+)-(?<stage>development|dev|local|staging|stage|test|testing)\.(?:properties|ya?ml)$/,
    production: PROFILE_EXTENSIONS.flatMap((extension) => [`application-{concern}-prod.${extension}`, `application-{concern}-production.${extension}`]),
  },
];

/** The environment a layout's match names: its `stage` group, else its first. */
function stageOf(match: RegExpExecArray | null): string | undefined {
  return match?.groups?.['stage'] ?? match?.[1];
}

/** The layout's production and fallback names for this file, a per-concern layout's `{concern}` filled in. */
function productionNames(layout: Layout, path: string): { production: string[]; fallback: string[] } {
  const concern = layout.file.exec(path)?.groups?.['concern'] ?? '';
  const fill = (names: readonly string[]) => names.map((name) => name.replace('{concern}', concern));
  return { production: fill(layout.production), fallback: fill(layout.fallback ?? []) };
}

/** The production files beside an environment's own config file (none for any other file). */
export function productionSiblingsOf(path: string): string[] {
  const layout = LAYOUTS.find((candidate) => candidate.file.test(path));
  if (!layout) return [];
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const { production, fallback } = productionNames(layout, path);
  return [...production, ...fallback].map((name) => `${folder}${name}`);
}

/**
 * The facts' paths are shown from where the audit ran (`shop/src/main/resources/application.properties` for `audit shop`)
 * and the file's from its root: one path ending the other, at a folder boundary, is the same file.
 */
function samePath(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.endsWith(`/${short}`);
}

/** Production's own files' services, else (none names one) the fallback files' (Spring's base file). */
function productionBeside(path: string, services: readonly ProductionService[]): ProductionService[] {
  const layout = LAYOUTS.find((candidate) => candidate.file.test(path));
  if (!layout) return [];
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const beside = (names: readonly string[]) => services.filter((service) => names.some((name) => samePath(service.path, `${folder}${name}`)));
  const { production, fallback } = productionNames(layout, path);
  const own = beside(production);
  return own.length > 0 ? own : beside(fallback);
}

/** Objects whose `client`/`dialect` names the app's database in an nconf or node-config file. */
const DATABASE_OBJECTS = ['database', 'db', 'sequelize', 'knex'];
const DRIVER_KEYS = ['client', 'dialect', 'adapter', 'driver'];

/** `{"database": {"client": "sqlite3"}}` or `{"db": {"url": "postgres://…"}}` in an environment's JSON config. */
export function jsonDatabaseChoices(root: JsonNode | undefined, environment: string): ServiceChoice[] {
  return DATABASE_OBJECTS.flatMap((name) => {
    const block = jsonProperty(root, name);
    if (block?.type !== 'object') return [];
    const driver = DRIVER_KEYS.map((key) => jsonProperty(block, key)).find((node) => node?.type === 'string');
    const url = jsonProperty(block, 'url') ?? jsonProperty(block, 'uri');
    const named = driver ?? (url?.type === 'string' && schemeKind(String(url.value)) ? url : undefined);
    if (!named || typeof named.value !== 'string') return [];
    const value = named === url ? schemeKind(named.value) ?? named.value : named.value;
    return [{ environment, driver: value, span: { start: named.offset, end: named.offset + named.length } }];
  });
}

export const environmentFilesCheck: LanguageCheck = {
  languages: ['python', 'json', 'yaml', 'properties'],
  keywords: ['databases', 'client', 'dialect', 'adapter', 'driver', 'url', 'uri', 'jdbc:'],
  // Only a file the node layer found production's sibling for can report: most files with a `url` have none.
  mayReport: ({ options }) => (options.production?.length ?? 0) > 0,
  // The environment's own file is usually one only a developer's machine loads: the very file to compare.
  readsDevelopmentFiles: true,
  check(context) {
    const production = productionBeside(context.path, context.options.production ?? []);
    if (production.length === 0) return;
    const named = LAYOUTS.map((layout) => stageOf(layout.file.exec(context.path))).find((name) => name !== undefined)!;
    // What base.py sets, production overrides, so it reaches development (and every other environment) alone.
    const environment = named === 'base' ? 'development' : named;
    for (const choice of ownChoices(context, environment)) compare(context, choice, production);
  },
};

/** What this environment's file itself names: its unconditional settings (a branch is compared within the file). */
function ownChoices(context: RuleContext, environment: string): ServiceChoice[] {
  const parsed = context.parsed;
  if (parsed.language === 'json') return jsonDatabaseChoices(parsed.json.root, environment);
  if (parsed.language === 'python') {
    const tree = parsed.tree;
    if (!tree) return [];
    return [...settingsChoices(tree.rootNode).values()].flat().flatMap((entry) => (entry.conditional ? [] : [{ ...entry.choice, environment }]));
  }
  return springEntries(parsed).flatMap((entry) => {
    const subprotocol = DATASOURCE_URL_KEYS.has(entry.canonical) ? jdbcSubprotocol(valueText(entry) ?? '') : undefined;
    return subprotocol ? [{ environment, driver: subprotocol, span: entry.valueSpan }] : [];
  });
}

/** Reports the choice when production's file names another kind of the same role and not this one. */
function compare(context: RuleContext, choice: ServiceChoice, production: readonly ProductionService[]): void {
  const kind = kindOf(choice.driver);
  const role = kind && roleOf(kind);
  const expected = production.filter((service) => role !== undefined && roleOf(service.kind) === role);
  if (!kind || expected.length === 0 || expected.some((service) => service.kind === kind)) return;
  const kinds = [...new Set(expected.map((service) => service.kind))].join(' or ');
  const where = [...new Set(expected.map((service) => baseName(service.path)))].join(', ');
  context.report({
    span: choice.span,
    message:
      `Factor X: the ${choice.environment} config uses ${kind} while production's (${where}) uses ${kinds}; ` +
      `run ${kinds} in ${choice.environment} too (a container locally), so what passes there holds in production.`,
    ...(TEST_ENVIRONMENTS.has(choice.environment) ? { severity: 'info' as const } : {}),
    relatedElsewhere: expected.map((service) => ({ path: service.path, range: service.range, message: `Production uses ${service.kind} here.` })),
  });
}
