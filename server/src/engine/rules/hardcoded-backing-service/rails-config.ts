// Factor IV in Rails' YAML config (`config/database.yml`, `config/cable.yml`, `config/mongoid.yml`,
// `config/redis.yml`, Active Storage's `config/storage.yml` endpoints, Octopus' `config/shards.yml`): a literal remote host or service URL in a block that deploys (production,
// staging, or the shared `default:` block). Rails generates these files with ERB reads
// (`<%= ENV["DATABASE_URL"] %>`); local hosts are a single-box or development convenience, left alone.
import type { YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { developmentOnlySharedEntries, isSharedBlock } from '../environment-yaml';
import { isNonServerPath } from '../process-paths';
import { hostAddress, reportAddress, storageEndpointAddress, urlAddress, type Found } from './address';
import { LOCAL_ENVIRONMENTS } from './javascript-context';
import { isLocalHost, serviceOfWord } from './services';

const RAILS_CONFIG = /(?:^|\/)config\/(database|cable|mongoid|redis|storage|shards)\.yml$/;
const HOST_KEYS = new Set(['host', 'hosts']);
/** The service a file's hosts belong to, by its name. */
const FILE_SERVICES: Readonly<Record<string, string>> = { database: 'database', cable: 'redis', mongoid: 'mongodb', redis: 'redis' };
const MAX_DEPTH = 8;

export const railsConfigCheck: LanguageCheck = { languages: ['yaml'], keywords: ['host', '://', 'endpoint'], check };

function check(context: RuleContext): void {
  const file = RAILS_CONFIG.exec(context.path)?.[1];
  if (file === undefined || isNonServerPath(context.path)) return;
  const erbRead = (name: string) => `<%= ENV.fetch("${name}") %>`;
  for (const document of context.parsed.yaml) {
    const root = document.contents;
    if (root?.kind !== 'map') continue;
    // A `default:` entry only development and test take is development config (calendar_api's `host: db`).
    const developmentOnly = developmentOnlySharedEntries(file === 'shards' ? undefined : root);
    for (const pair of environmentPairs(root, file)) {
      const environment = String(pair.key?.value ?? '').toLowerCase();
      if (LOCAL_ENVIRONMENTS.has(environment)) continue;
      visit(pair.value, '', 0, (node, key) => {
        const value = typeof node.value === 'string' ? node.value : undefined;
        if (value === undefined || value.includes('<%')) return;
        if (isSharedBlock(environment) && [...developmentOnly].some((entry) => entry.span.start <= node.span.start && node.span.end <= entry.span.end)) return;
        const found = addressOf(value, key, file);
        if (found && (!isLocalHost(found.host) || pinsLocalUrl(environment, value))) reportAddress(context, found, { span: node.span, value, fixable: false, read: erbRead });
      });
    }
  }
}

/** Blocks only a deploy loads: `default:` is development's base too, where this machine is the developer's. */
const DEPLOYED_BLOCK = /^(?:production|prod|staging|stage)$/;

/**
 * loomio's `cable.yml` `production: { url: redis://localhost:6379/1 }`: a whole URL written into a production block pins
 * scheme, host, port and database for every deploy with no variable to change it, even on this machine (Rails generates
 * `<%= ENV.fetch("REDIS_URL") { … } %>` there). A bare `host: localhost` stays a single box's socket, left alone.
 */
function pinsLocalUrl(environment: string, value: string): boolean {
  return DEPLOYED_BLOCK.test(environment) && value.includes('://');
}

type MapNode = Extract<YamlNode, { kind: 'map' }>;

/** The blocks by environment: Octopus keeps them under `octopus:` (`octopus: { production: { shard_1: { host } } }`). */
function environmentPairs(root: MapNode, file: string): MapNode['pairs'] {
  const octopus = file === 'shards' ? root.pairs.find((pair) => pair.key?.value === 'octopus')?.value : undefined;
  return octopus?.kind === 'map' ? octopus.pairs : root.pairs;
}

function addressOf(value: string, key: string, file: string): Found | undefined {
  // Active Storage's S3 service pointed at another store: `endpoint: http://minio.internal:9000`.
  if (file === 'storage') return key === 'endpoint' ? storageEndpointAddress(value) : undefined;
  if (key === 'url' || value.includes('://')) return urlAddress(value);
  return HOST_KEYS.has(key) ? hostAddress(value, serviceOfWord(FILE_SERVICES[file] ?? 'database')) : undefined;
}

/** Every scalar under `node`, with the key it sits under (list items keep their list's key). */
function visit(node: YamlNode | undefined, key: string, depth: number, onScalar: (node: Extract<YamlNode, { kind: 'scalar' }>, key: string) => void): void {
  if (!node || depth > MAX_DEPTH) return;
  if (node.kind === 'scalar') onScalar(node, key);
  else if (node.kind === 'seq') for (const item of node.items) visit(item, key, depth + 1, onScalar);
  else if (node.kind === 'map') for (const pair of node.pairs) visit(pair.value, String(pair.key?.value ?? '').toLowerCase(), depth + 1, onScalar);
}
