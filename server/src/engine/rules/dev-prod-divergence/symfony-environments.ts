// Symfony's per-environment config in one file (config/packages/*.yaml): a top-level bundle block is
// every environment's, a `when@<env>` block overrides it for one (`when@dev: doctrine: dbal: driver:
// pdo_sqlite` over `doctrine: dbal: driver: pdo_pgsql`). The top-level value is production's unless a
// `when@prod` block sets its own.
import { yamlGet, yamlString, type YamlDocument, type YamlNode } from '../../languages/yaml';
import type { ServiceChoice } from './kinds';

/** Settings that name a backing service: Doctrine's driver or URL scheme, the app cache's adapter. */
const SETTINGS: readonly (readonly string[])[] = [
  ['doctrine', 'dbal', 'driver'],
  ['doctrine', 'dbal', 'url'],
  ['framework', 'cache', 'app'],
];
const WHEN = /^when@([\w-]+)$/;

/** Per setting: the top-level block's value (production's) and each `when@<env>` block's. */
export function symfonyEnvironmentChoices(documents: readonly YamlDocument[]): ServiceChoice[][] {
  const groups: ServiceChoice[][] = [];
  for (const path of SETTINGS) {
    const byEnvironment = new Map<string, ServiceChoice>();
    for (const { contents } of documents) {
      if (contents?.kind !== 'map') continue;
      const base = choiceAt(contents, path, 'production');
      if (base && !byEnvironment.has('production')) byEnvironment.set('production', base);
      for (const pair of contents.pairs) {
        const environment = WHEN.exec(String(pair.key?.value ?? ''))?.[1];
        const choice = environment && choiceAt(pair.value, path, environment === 'prod' ? 'production' : environment);
        if (choice) byEnvironment.set(choice.environment, choice);
      }
    }
    groups.push([...byEnvironment.values()]);
  }
  return groups;
}

/** A literal at the path; a URL names its scheme, a `%env(…)%` or `%param%` names nothing. */
function choiceAt(root: YamlNode | undefined, path: readonly string[], environment: string): ServiceChoice | undefined {
  const node = path.reduce<YamlNode | undefined>((block, key) => yamlGet(block, key), root);
  const value = yamlString(node);
  if (!node || value === undefined || value.includes('%')) return undefined;
  const driver = path[path.length - 1] === 'url' ? /^([a-z][\w+]*):\/\//i.exec(value)?.[1] : value;
  return driver ? { environment, driver, span: node.span } : undefined;
}
