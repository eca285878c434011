// Config files whose own content says a value guards nothing deployed: a compose file of test services (outside a
// test-named path), and the password of a keystore the app bundles in its jar. Wrappers around a check's reports,
// so the checks that find the values stay as they are.
import type { LanguageCheck, RuleContext } from '../../rule';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { Report } from '../../types';
import { withNote } from '../../sentences';
import { isChosenPhrase } from '../../secrets';

const COMPOSE_NAME = /(?:^|\/)(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;
/** A network, database or project named for the tests: `mm-test`, `mattermost_test`, `app-tests`. */
const TEST_NAME = /[-_]tests?$/i;
const DATABASE_KEYS = ['POSTGRES_DB', 'MYSQL_DATABASE', 'MARIADB_DATABASE', 'MONGO_INITDB_DATABASE', 'POSTGRESQL_DATABASE'];

/**
 * Mattermost's `server/build/docker-compose.common.yml`: the services its test run starts (a `*_test` database, fake
 * mail and LDAP, MinIO and OpenSearch with throwaway passwords) on a network named for the tests. The file's own names
 * say test infrastructure, so its values are reported as a test's are. Never a stack that holds its app: a service
 * that `depends_on` others is the app the backing services are started for.
 */
export function isTestServicesCompose(path: string, root: YamlNode | undefined): boolean {
  const services = yamlGet(root, 'services');
  if (!COMPOSE_NAME.test(path) || services?.kind !== 'map') return false;
  let testNamed = networkNames(yamlGet(root, 'networks')).some((name) => TEST_NAME.test(name));
  for (const { value: service } of services.pairs) {
    if (yamlGet(service, 'depends_on') !== undefined) return false;
    testNamed ||= networkNames(yamlGet(service, 'networks')).some((name) => TEST_NAME.test(name)) || databaseNames(yamlGet(service, 'environment')).some((name) => TEST_NAME.test(name));
  }
  return testNamed;
}

function networkNames(networks: YamlNode | undefined): string[] {
  if (networks?.kind === 'map') return networks.pairs.map((pair) => String(pair.key?.value ?? ''));
  if (networks?.kind === 'seq') return networks.items.map((item) => yamlString(item) ?? '');
  return [];
}

function databaseNames(environment: YamlNode | undefined): string[] {
  if (environment?.kind === 'map') return DATABASE_KEYS.map((key) => yamlString(yamlGet(environment, key)) ?? '');
  if (environment?.kind !== 'seq') return [];
  return environment.items.map((item) => /^(\w+)=(.*)$/.exec(yamlString(item) ?? '')).filter((match) => match !== null && DATABASE_KEYS.includes(match[1]!)).map((match) => match![2]!);
}

/** A compose file of test services: its reports carry the test scope (information for a guess, a format stays). */
export function withTestServicesCompose(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    check: (context) => {
      const test = context.scope === 'app' && COMPOSE_NAME.test(context.path) && context.parsed.yaml.some((document) => isTestServicesCompose(context.path, document.contents));
      check.check(test ? { ...context, report: (found: Report) => context.report({ ...found, scope: 'test' }) } : context);
    },
  };
}

/** `classpath:keystore/keystore.p12`: a keystore inside the jar, which anybody who has the jar can open. */
const BUNDLED_KEYSTORE = /classpath\*?:[^\s"'}]*\.(?:p12|pfx|jks|keystore|bks)\b/i;
/** `store_password`, `key-store-password`, `server.ssl.key-password`, `trust-store-password`: a keystore's passwords. */
const KEYSTORE_PASSWORD_KEY = /(?:key|trust)?[-_.]?store[-_.]?password|(?:^|[\s.])key[-_]?password|ssl[-_.]\w*password/i;
/** How far above its password a keystore's file is named (the same `ssl:` block). */
const KEYSTORE_BLOCK_LINES = 8;

const BUNDLED_KEYSTORE_NOTE = ' It is the password of a keystore bundled in the app (classpath:), which is as public as the jar, so reported as information.';

/**
 * ThingsBoard's `store_password: "${SSL_KEY_STORE_PASSWORD:demoapp}"` under `store_file: "${SSL_KEY_STORE:classpath:keystore/keystore.p12}"`:
 * the default password opens the demo keystore the jar ships, not a deploy's; a deploy sets both variables. Any other
 * value in the file (a signing key's fallback), and a random-looking keystore password (which may be a real keystore's
 * that a deploy swaps in), are judged as ever.
 */
export function withBundledKeystores(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    check: (context) => {
      if (!context.text.includes('classpath') || !BUNDLED_KEYSTORE.test(context.text)) return check.check(context);
      check.check({ ...context, report: (found: Report) => context.report(isBundledKeystorePassword(context, found) ? { ...found, severity: 'info', message: withNote(found.message, BUNDLED_KEYSTORE_NOTE) } : found) });
    },
  };
}

function isBundledKeystorePassword(context: RuleContext, found: Report): boolean {
  // A random-looking password may be a real keystore's whose file a deploy swaps in: judged as ever.
  if (found.secret === undefined || !isChosenPhrase(found.secret.trim())) return false;
  const lineStart = context.text.lastIndexOf('\n', found.span.start - 1) + 1;
  if (!KEYSTORE_PASSWORD_KEY.test(context.text.slice(lineStart, found.span.start))) return false;
  let blockStart = lineStart;
  for (let line = 0; line < KEYSTORE_BLOCK_LINES && blockStart > 0; line++) blockStart = context.text.lastIndexOf('\n', blockStart - 2) + 1;
  return BUNDLED_KEYSTORE.test(context.text.slice(blockStart, found.span.start));
}
