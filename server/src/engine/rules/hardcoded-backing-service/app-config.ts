// Factor IV in a Node app's own config files, read at start-up as Spring's application.yml is:
// node-config's `config/<deployment>.{json,yml,yaml}` (the `config` package, FeathersJS' configuration) and
// Backstage's `app-config*.yaml`. A service URL (`mongodb+srv://…`), a `host` under a path or beside a driver
// that names the service (`db: {host}`, `backend.database: {client: pg, connection: {host}}`) or a search
// cluster's node URL written there is what every deploy of that file attaches to. Files for local
// development and tests, node-config's custom-environment-variables (its values are variable names),
// `${VAR}` values, this machine and one-label compose names stay silent.
import { splitWords } from '../../secrets/words';
import type { YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { hostAddress, isDeveloperHost, namedSearchUrl, NODE_URL_KEYS, reportAddress, storageEndpointAddress, urlAddress, type Found } from './address';
import { isObjectStoreEndpoint, serviceOfWord } from './services';

/** node-config's files of a deployment (`default` is every deployment's base); `local*`, development and test ones are a developer's. */
const NODE_CONFIG = /(?:^|\/)config\/(?:default|production|prod|staging|stage|qa|uat|preprod|live)(?:-[\w-]+)?\.(?:json|ya?ml)$/;
/** Backstage's `app-config.yaml` and `app-config.<env>.yaml`. */
const BACKSTAGE = /(?:^|\/)app-config(?:\.([\w-]+))?\.ya?ml$/;
const LOCAL_ENVIRONMENTS = new Set(['local', 'development', 'dev', 'test', 'e2e', 'ci']);
const HOST_KEYS = new Set(['host', 'hostname', 'server']);
/** Keys whose value names a block's service: knex's `client`, Sequelize's `dialect`, Backstage's cache `store`. */
const DRIVER_KEYS = ['client', 'dialect', 'type', 'driver', 'store'];
const MAX_DEPTH = 16;

export const appConfigCheck: LanguageCheck = { languages: ['yaml', 'json'], keywords: ['host', '://', 'node', 'endpoint'], check };

function check(context: RuleContext): void {
  if (!isAppConfig(context.path) || isNonServerPath(context.path)) return;
  // Backstage reads `${VAR}`; node-config maps a setting to a variable in custom-environment-variables.
  const read = BACKSTAGE.test(context.path) ? (name: string) => `\${${name}}` : (name: string) => `${name} in config/custom-environment-variables`;
  for (const tree of context.parsed.configTrees) {
    visit(tree, [], undefined, 0, (scalar, words, driver) => {
      const value = typeof scalar.value === 'string' ? scalar.value.trim() : undefined;
      const found = value === undefined ? undefined : addressOf(value, words, driver);
      if (!found || isDeveloperHost(found.host)) return;
      reportAddress(context, found, { span: scalar.span, value: value!, fixable: false, read });
    });
  }
}

function isAppConfig(path: string): boolean {
  if (NODE_CONFIG.test(path)) return true;
  const environment = BACKSTAGE.exec(path);
  return !!environment && !LOCAL_ENVIRONMENTS.has((environment[1] ?? '').toLowerCase());
}

/** A service URL anywhere; a search node URL under a search path; a host named by its path or its block's driver. */
function addressOf(value: string, words: readonly string[], driver: string | undefined): Found | undefined {
  const key = words[words.length - 1] ?? '';
  if (value.includes('${')) return undefined;
  const url = value.includes('://') ? urlAddress(value) : undefined;
  if (url) return url;
  if (NODE_URL_KEYS.has(key) && /^https?:\/\//i.test(value)) return namedSearchUrl(words, value);
  // minio-js' `{ endPoint, port }` under `minio`, `storage.endpoint`: the object store's host (a provider's public one is no deploy's).
  if (isObjectStoreEndpoint(words)) return storageEndpointAddress(value);
  if (!HOST_KEYS.has(key)) return undefined;
  const service = (driver === undefined ? undefined : serviceOfWord(driver)) ?? [...words].reverse().map(serviceOfWord).find((found) => found !== undefined);
  return hostAddress(value, service);
}

type Scalar = Extract<YamlNode, { kind: 'scalar' }>;

/** Every scalar with the words of its key path and the nearest block's driver (`client: pg`). */
function visit(node: YamlNode | undefined, words: readonly string[], driver: string | undefined, depth: number, onScalar: (scalar: Scalar, words: readonly string[], driver: string | undefined) => void): void {
  if (!node || depth > MAX_DEPTH) return;
  if (node.kind === 'scalar') onScalar(node, words, driver);
  else if (node.kind === 'seq') for (const item of node.items) visit(item, words, driver, depth + 1, onScalar);
  else if (node.kind === 'map') {
    const own = node.pairs.find((pair) => DRIVER_KEYS.includes(String(pair.key?.value)) && pair.value?.kind === 'scalar' && typeof pair.value.value === 'string');
    const blockDriver = own ? String((own.value as Scalar).value) : driver;
    for (const pair of node.pairs) {
      const key = String(pair.key?.value ?? '');
      visit(pair.value, [...words, ...splitWords(key)], blockDriver, depth + 1, onScalar);
    }
  }
}
