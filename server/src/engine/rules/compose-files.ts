// Which compose files run the app for local development only, by the names compose's own
// conventions give them: `docker compose up` merges docker-compose.override.yml on a laptop, and
// teams name their dev stacks `.dev`/`.local`. A plain docker-compose.yml may be either, and its services
// say which of them only a developer starts (`api-dev`, `profiles: [dev]`). A compose file of test services
// starts what a test run needs, never the deployed app. A file the config's `scopes` name is what they say: a
// team that deploys `docker-compose.dev.yml` to its dev servers names it in `scopes.app` and gets its findings.
import { baseName } from '../languages/detect';
import { yamlGet, yamlString, type YamlNode } from '../languages/yaml';
import { isNamedInScopes, type ScopeOverrides } from '../scope';
import type { Span } from '../types';

const DEV_ONLY = /^(?:docker-)?compose[.-](?:override|dev|development|local)\.ya?ml$/;
const PLAIN = /^(?:docker-)?compose\.ya?ml$/;
/** Dockerfiles named for a developer's machine: `Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile-local`, `Dockerfile_dev`. */
const DEV_DOCKERFILE = /^(?:dockerfile[._-](?:dev|development|local|debug)|(?:dev|development|local|debug)\.dockerfile)$/;
/** Build stages named for development (`FROM base AS dev`): built with `--target dev` on a laptop. */
const DEV_STAGE = /^(?:dev|development|develop|local|debug|devcontainer)(?:[-_].*)?$/;

/** A Dockerfile, or a stage of one, that only runs on a developer's machine. */
export function isDevOnlyImage(path: string, stage: string | undefined, overrides?: ScopeOverrides): boolean {
  return (DEV_DOCKERFILE.test(baseName(path).toLowerCase()) && !isNamedInScopes(path, overrides)) || (stage !== undefined && DEV_STAGE.test(stage));
}

/** An override or dev stack: never the release's run stage. */
export function isDevOnlyComposeFile(path: string, overrides?: ScopeOverrides): boolean {
  return DEV_ONLY.test(baseName(path).toLowerCase()) && !isNamedInScopes(path, overrides);
}

/** A stage word in a service's name (`api-dev`, `web_dev`, `db-local`) or profile (`profiles: [dev]`). */
const DEV_WORD = /^(?:dev|development|local|debug)$/i;

/**
 * The services of a compose file that only a developer starts: named for development (`api-dev`, `web_dev`,
 * `db-local`), or started only under development profiles (`profiles: [dev]`, `docker compose --profile dev up`).
 * A service with another profile too (`[dev, ci]`) is not only a developer's.
 */
export function developmentServiceSpans(root: YamlNode | undefined): Span[] {
  const services = yamlGet(root, 'services');
  if (services?.kind !== 'map') return [];
  return services.pairs.filter((pair) => pair.value !== undefined && isDevelopmentService(String(pair.key?.value ?? ''), pair.value)).map((pair) => pair.value!.span);
}

function isDevelopmentService(name: string, service: YamlNode): boolean {
  if (name.split(/[-_.]/).some((word) => DEV_WORD.test(word))) return true;
  const profiles = yamlGet(service, 'profiles');
  const names = profiles?.kind === 'seq' ? profiles.items.map((item) => yamlString(item) ?? '') : [];
  return names.length > 0 && names.every((profile) => DEV_WORD.test(profile));
}

/** A compose file developers run locally: a dev-only one, or the plain one (not `.prod`, `.test`, `.ci`). */
export function isLocalComposeFile(path: string, overrides?: ScopeOverrides): boolean {
  return isDevOnlyComposeFile(path, overrides) || (PLAIN.test(baseName(path).toLowerCase()) && !isNamedInScopes(path, overrides));
}

export const COMPOSE_NAME = /(?:^|\/)(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;
/** A network, database or project named for the tests: `mm-test`, `mattermost_test`, `app-tests`. */
const TEST_NAME = /[-_]tests?$/i;
const DATABASE_KEYS = ['POSTGRES_DB', 'MYSQL_DATABASE', 'MARIADB_DATABASE', 'MONGO_INITDB_DATABASE', 'POSTGRESQL_DATABASE'];

/**
 * Mattermost's `server/build/docker-compose.common.yml`: the services its test run starts (a `*_test` database, fake
 * mail and LDAP, MinIO and OpenSearch with throwaway passwords) on a network named for the tests. The file's own names
 * say test infrastructure, so its values are reported as a test's are. Never a stack that holds its app: a service
 * that `depends_on` others is the app the backing services are started for, unless it is a set-up tool (isSetUpTool).
 */
export function isTestServicesCompose(path: string, root: YamlNode | undefined): boolean {
  const services = yamlGet(root, 'services');
  if (!COMPOSE_NAME.test(path) || services?.kind !== 'map') return false;
  let testNamed = networkNames(yamlGet(root, 'networks')).some((name) => TEST_NAME.test(name));
  for (const { value: service } of services.pairs) {
    if (yamlGet(service, 'depends_on') !== undefined && !isSetUpTool(service)) return false;
    testNamed ||= networkNames(yamlGet(service, 'networks')).some((name) => TEST_NAME.test(name)) || databaseNames(yamlGet(service, 'environment')).some((name) => TEST_NAME.test(name));
  }
  return testNamed;
}

/** Images of the clients a test run's set-up uses: MinIO's `mc`, curl, a shell, a wait-for script, a database's own client. */
const SET_UP_IMAGES = new Set(['mc', 'curl', 'busybox', 'alpine', 'wait-for-it', 'dockerize', 'kubectl', 'aws-cli', 'awscli', 'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'minio', 'rabbitmq']);

/**
 * A service that `depends_on` another to set it up (MinIO's `mc` making the test bucket, `curl` loading a schema) is
 * one more of the test run's services; one built from the checkout, or from any other image, is the app they are for.
 */
function isSetUpTool(service: YamlNode | undefined): boolean {
  if (yamlGet(service, 'build') !== undefined) return false;
  const image = yamlString(yamlGet(service, 'image'))?.trim().toLowerCase() ?? '';
  return SET_UP_IMAGES.has((image.split('/').pop() ?? '').split(':')[0] ?? '');
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
