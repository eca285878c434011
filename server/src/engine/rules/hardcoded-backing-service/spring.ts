// Factor IV in Spring Boot config (`application*.properties`/`.yml`): a service address there is
// the default of a setting the environment overrides (`spring.datasource.url` by
// SPRING_DATASOURCE_URL, relaxed binding), so it reads as a fallback: a local one is information,
// a remote one is what a deploy that forgets the variable silently talks to. `${NAME:default}`
// placeholders say the same explicitly, in config and in `@Value` annotations.
import { baseName } from '../../languages/detect';
import type { MappedText } from '../../languages/mapped-text';
import { isNonDeployedKey, isNonDeployedProfile, isProductionProfile, placeholderDefault, springEntries, type SpringEntry } from '../../languages/spring';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { isNonServerPath } from '../process-paths';
import { hostAddress, httpClientAddress, reportAddress, storageEndpointAddress, urlAddress, type Found } from './address';
import { isObjectStoreEndpoint, serviceOfWord } from './services';
import { splitWords } from '../../secrets/words';

/** Spring Boot's own files; other `.properties` and YAML (compose, Kubernetes, Flyway) are not the app's settings. */
const SPRING_FILE = /^(?:application|bootstrap)(?:-[\w,-]+)?\.(?:properties|ya?ml)$/i;

/**
 * A Nacos data id kept in the codebase beside its services: `config/<service>/<app>-<profile>.yaml` (mall-swarm's
 * `config/portal/mall-portal-prod.yaml`, imported into Nacos at deploy), the same settings Spring binds. Read only when
 * the file is Spring's config (a top-level `spring:`), never a Kubernetes manifest or a compose file named alike. A
 * Spring Cloud Config repository (`config-repo/`, or a repository of config alone) is the store addresses are moved
 * to, and stays silent.
 */
const CONFIG_SERVER_FILE = /(?:^|\/)(?:config|nacos|nacos-config)\/(?:[\w.-]+\/)?[\w.-]+?-([A-Za-z]+)\.ya?ml$/;
const NOT_SPRING_ROOTS = new Set(['apiversion', 'kind', 'services', 'version', 'volumes', 'networks']);

/** Keys whose value is a bare host (or a host list), in relaxed form, by service. */
const HOST_KEYS: Readonly<Record<string, string>> = {
  'spring.data.redis.host': 'redis', 'spring.redis.host': 'redis', 'spring.rabbitmq.host': 'amqp',
  'spring.data.mongodb.host': 'mongodb', 'spring.mail.host': 'smtp', 'spring.kafka.bootstrapservers': 'kafka',
  'spring.data.cassandra.contactpoints': 'cassandra', 'spring.rabbitmq.addresses': 'amqp',
  // Quarkus reads the same files the same way (QUARKUS_MAILER_HOST overrides `quarkus.mailer.host`).
  'quarkus.mailer.host': 'smtp', 'quarkus.mongodb.hosts': 'mongodb', 'quarkus.elasticsearch.hosts': 'elasticsearch',
  'kafka.bootstrap.servers': 'kafka', 'rabbitmqhost': 'amqp',
};

/** Keys whose value is the search cluster's http URL (or a list of them): Spring Boot's and Spring Data's Elasticsearch clients. */
const SEARCH_URL_KEYS = new Set(['spring.elasticsearch.rest.uris', 'spring.elasticsearch.uris', 'spring.elasticsearch.jest.uris', 'spring.data.elasticsearch.client.reactive.endpoints']);

export const springCheck: LanguageCheck = { languages: ['properties', 'yaml'], keywords: ['://', 'jdbc:oracle:', 'host', 'bootstrap', 'addresses', 'contact', 'endpoint'], check };

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  const entries = SPRING_FILE.test(baseName(context.path)) ? springEntries(context.parsed) : configServerEntries(context);
  for (const entry of entries) {
    if (typeof entry.value !== 'object' || isNonDeployedProfile(entry.profile) || isNonDeployedKey(entry.key)) continue;
    checkEntry(entry, entry.value, context);
  }
}

/** A Nacos file's entries, each given the profile its name carries (`-prod`), or none when it is not Spring's config. */
function configServerEntries(context: RuleContext): SpringEntry[] {
  const name = CONFIG_SERVER_FILE.exec(context.path);
  if (!name || context.parsed.language !== 'yaml') return [];
  const entries = springEntries(context.parsed);
  const roots = new Set(entries.map((entry) => entry.canonical.split('.')[0]));
  if (!roots.has('spring') || [...roots].some((root) => NOT_SPRING_ROOTS.has(root ?? ''))) return [];
  const profile = name[1]!;
  return entries.map((entry) => ({ profile, ...entry }));
}

function checkEntry(entry: SpringEntry, value: MappedText, context: RuleContext): void {
  const placeholder = placeholderDefault(value.text);
  const text = placeholder ? placeholder.value : value.text.trim();
  const found = addressOf(entry, text);
  if (!found) return;
  const offset = placeholder ? placeholder.start : value.text.indexOf(text);
  const span: Span = value.span(offset, offset + text.length);
  // `jdbc:postgresql://ledger-db:5432/ledger`: the compose network's database, the developer's default; in a
  // production profile it is the deploy's own (litemall's `mysql57` in `application-db_prod.yml`). A placeholder's
  // default there (`${REDIS_HOST:redis}`) reads its variable first, as any fallback does.
  const production = !placeholder && isProductionProfile(entry.profile, entry.key);
  const named = placeholder ? { fallbackOf: placeholder.key } : { fallbackOf: relaxedEnvName(entry.key), setting: entry.key };
  reportAddress(context, found, { span, value: text, ...named, fixable: false, production });
}

function addressOf(entry: SpringEntry, text: string): Found | undefined {
  const first = text.split(',')[0]!.trim();
  // The app's own object-store settings (`minio.endpoint`, `aliyun.oss.endpoint`), which its client bean reads.
  if (isObjectStoreEndpoint(splitWords(entry.canonical))) return storageEndpointAddress(first);
  const url = urlAddress(first) ?? (SEARCH_URL_KEYS.has(entry.canonical) ? httpClientAddress(first, serviceOfWord('elasticsearch')) : undefined);
  if (url) return url;
  const word = HOST_KEYS[entry.canonical];
  return word === undefined || text.includes('://') ? undefined : hostAddress(text.split(',')[0]!.trim(), serviceOfWord(word));
}

/**
 * The environment variable Spring's relaxed binding reads for a key: `spring.data.redis.host` -> SPRING_DATA_REDIS_HOST;
 * Quarkus' for a profile's key: `%prod.quarkus.datasource.jdbc.url` -> _PROD_QUARKUS_DATASOURCE_JDBC_URL.
 */
function relaxedEnvName(key: string): string {
  if (key.startsWith('%')) return `_${key.slice(1).replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
  const name = key.replace(/-/g, '').replace(/[.[\]]+/g, '_').toUpperCase();
  return name.endsWith('_') ? name.slice(0, -1) : name;
}
