// The passwords a compose file gives the database, broker and admin-UI containers it creates from their stock images
// (`db: { image: postgres, environment: { POSTGRES_PASSWORD: … } }`), and the same value where the file's app logs in
// with it (`DB_PASSWORD`, `postgres://user:…@db/app`). No service issued such a password and nothing outside the
// file knows it: it is the stack's own, as a stock `postgres` is. How much that weighs depends on what the file is
// for: in a development stack (the source bind-mounted, a dev server run) a chosen phrase is information and another
// value a warning; in a file that says nothing either way, a warning; in one shaped for a deploy (the app's own
// service restarted `always`, `deploy:`, and no development sign) it keeps its severity, as it guards a server's
// database. A restarted database alone is no deploy sign (probe20: a course's stack restarting its postgres). A value
// known by its format always keeps its severity (probe18: a course's `faztpassword` in its dev stack, a deploy's root
// password kept).
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { RuleContext } from '../../rule';
import { asLocalDevelopmentValue, credentialConfidence, isChosenPhrase, isStockDevPassword, splitWords } from '../../secrets';
import { developmentServiceSpans } from '../compose-files';
import { commandSetPasswords } from './compose-command-passwords';
import { withNote } from '../../sentences';
import type { Report } from '../../types';

/** What the stock images read at their first start to create their user or admin: the password they are given. */
const INIT_PASSWORDS = new Set([
  'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MARIADB_PASSWORD', 'MARIADB_ROOT_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD',
  'RABBITMQ_DEFAULT_PASS', 'PGADMIN_DEFAULT_PASSWORD', 'MSSQL_SA_PASSWORD', 'SA_PASSWORD', 'ORACLE_PASSWORD', 'APP_USER_PASSWORD',
  'MINIO_ROOT_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD', 'KC_BOOTSTRAP_ADMIN_PASSWORD', 'ME_CONFIG_BASICAUTH_PASSWORD', 'REDIS_PASSWORD',
  // The admin UIs' first login (probe24: Grafana's admin/admin in a dev stack), and Elastic's built-in user.
  'GF_SECURITY_ADMIN_PASSWORD', 'MINIO_SECRET_KEY', 'ELASTIC_PASSWORD', 'ELASTICSEARCH_PASSWORD',
]);

/** The value an image uses when none is given: writing it down changes nothing the image would not do by itself. */
// twelve-factor-ignore-next-line hardcoded-credential -- the images' documented defaults, a table the rule compares with, not a login
const IMAGE_DEFAULTS = new Map([['GF_SECURITY_ADMIN_PASSWORD', 'admin'], ['MINIO_SECRET_KEY', 'minioadmin'], ['MINIO_ROOT_PASSWORD', 'minioadmin']]);

/** The images that read them: `postgres:16-alpine`, `bitnami/postgresql`, `mcr.microsoft.com/mssql/server:2022-latest`. */
const STOCK_IMAGE = /(?:^|\/)(?:postgres(?:ql)?|postgis|timescaledb|mysql|mariadb|percona|mongo(?:db)?|rabbitmq|pgadmin4|mssql\/server|(?:oracle-)?free|oracle-xe|minio|keycloak|mongo-express|redis(?:-stack)?|grafana(?:-oss|-enterprise)?|kibana|elasticsearch)(?::[\w.-]+)?$/i;

const NOTE = " It is the password this compose file gives a container it creates from a stock image (the stack's own), so not an error; a compose file deployed as it is still publishes it.";

type ComposeShape = 'development' | 'deploy' | 'unknown';

/** `context`, reporting a created container's password at information (a chosen phrase in a dev stack) or a warning, with a note. */
export function withCreatedContainerPasswords(context: RuleContext, root: YamlNode | undefined): RuleContext {
  const shape = composeShape(root);
  const created = shape === 'deploy' ? new Map<string, boolean>() : createdContainerPasswords(root);
  if (created.size === 0) return context;
  const shared = new Set([...created.keys()].filter((password) => context.text.indexOf(password) !== context.text.lastIndexOf(password)));
  return {
    ...context,
    report: (found: Report) => {
      const secret = found.secret?.trim() ?? '';
      const own = created.get(secret);
      context.report(own === undefined ? found : asCreatedPassword(shared.has(secret) ? unfixable(found) : found, shape, own));
    },
  };
}

/**
 * `HTTP_PASSWORD: mysecretpassword`, `ADMIN_PASSWORD: postgres` in a file shaped for a deploy (probe30c 2): a stock image's
 * documented password is the stack's own only where that image reads it (`POSTGRES_PASSWORD`) or where the app logs in to
 * such a service with it (`DB_PASSWORD`, `AMQP_URL`). Under the app's own login (gin's BasicAuth, an admin account) it is
 * the password of the deployed app, the first anybody tries: reported as in config only production loads (a warning).
 */
export function withAppLoginsInDeploy(context: RuleContext, root: YamlNode | undefined): RuleContext {
  if (composeShape(root) !== 'deploy') return context;
  const services = yamlGet(root, 'services');
  const stockSpans = (services?.kind === 'map' ? services.pairs : []).filter((pair) => isStockService(pair.value)).map((pair) => pair.value!.span);
  const inStockService = (found: Report) => stockSpans.some((span) => span.start <= found.span.start && found.span.end <= span.end);
  return {
    ...context,
    report: (found: Report) => {
      const own = found.secret !== undefined && found.name !== undefined && isStockDevPassword(found.secret) && namesAppOwnLogin(found.name) && !inStockService(found);
      context.report(own ? { ...found, production: true } : found);
    },
  };
}

/** A login of the app itself: no stock image's setting (`POSTGRES_*`, `MINIO_ROOT_*`) and no service's name in it (`DB_PASSWORD`). */
function namesAppOwnLogin(name: string): boolean {
  const key = name.slice(name.lastIndexOf('.') + 1);
  return !IMAGE_SETTING.test(key) && !splitWords(key).some((word) => SERVICE_WORDS.has(word));
}

/** The settings stock images read at their first start, by prefix: `POSTGRES_PASSWORD`, `RABBITMQ_DEFAULT_PASS`, `MONGO_INITDB_ROOT_PASSWORD`. */
const IMAGE_SETTING = /^(?:POSTGRES(?:QL)?|PG|MYSQL|MARIADB|MONGO(?:_INITDB)?|RABBITMQ|REDIS|MINIO|PGADMIN|MSSQL|SA|ORACLE|KEYCLOAK|KC|GF|ELASTIC(?:SEARCH)?|KIBANA|ME_CONFIG|NEO4J|COUCHDB|INFLUXDB|NACOS)_/i;

/** Words naming a backing service an app logs in to: its password there is the service's, set where the service is. */
const SERVICE_WORDS = new Set([
  'db', 'database', 'datasource', 'sql', 'jdbc', 'dsn', 'pg', 'postgres', 'postgresql', 'psql', 'mysql', 'mariadb', 'mongo', 'mongodb',
  'redis', 'cache', 'rabbit', 'rabbitmq', 'amqp', 'mq', 'broker', 'queue', 'kafka', 'nats', 'minio', 's3', 'elastic', 'elasticsearch',
  'kibana', 'keycloak', 'neo4j', 'couchdb', 'influxdb', 'nacos', 'grafana', 'sonar', 'store', 'storage',
]);

/**
 * `context`, reporting a chosen word in a service only a developer starts (`api-dev`, `profiles: [dev]`) as
 * information, as in a file only local development loads; a generated value keeps its severity.
 */
export function withDevelopmentServices(context: RuleContext, root: YamlNode | undefined): RuleContext {
  const spans = developmentServiceSpans(root);
  if (spans.length === 0) return context;
  const inDevelopmentService = (found: Report) => spans.some((span) => span.start <= found.span.start && found.span.end <= span.end);
  return { ...context, report: (found: Report) => context.report(inDevelopmentService(found) ? asLocalDevelopmentValue(found) : found) };
}

/**
 * The container's password and the app's login to it are one value written twice: moving one copy to .env leaves
 * the other (and changes how the one left is judged), so no one-click fix; both go to one variable by hand.
 */
function unfixable(report: Report): Report {
  if (!report.fix) return report;
  const { fix: _fix, ...rest } = report;
  return { ...rest, noFixReason: 'this password is written more than once in the file (a container and the app that logs in to it): move every copy to one variable in .env together' };
}

function asCreatedPassword(report: Report, shape: ComposeShape, imageDefault: boolean): Report {
  // A stock password (`postgres`, `guest`) keeps the stock password's own note and policy.
  if (report.secret === undefined || isStockDevPassword(report.secret) || report.severity === 'info') return report;
  if ((report.confidence ?? credentialConfidence(report.secret)) === 'format') return report;
  const chosen = imageDefault || (shape === 'development' && isChosenPhrase(report.secret.trim())) || namesItsContainer(report.secret.trim());
  return { ...report, severity: chosen ? 'info' : 'warning', message: withNote(report.message, NOTE) };
}

/**
 * `MYSQL_PASSWORD=mysqlpw`, `dbpass`, `rootpwd`: the image's or the account's name with a password word, the sibling
 * of `MYSQL_ROOT_PASSWORD=rootpassword` (which names itself and is silent): a local stack's stand-in, information
 * in any compose file not shaped for a deploy.
 */
const NAMES_ITS_CONTAINER = /^(?:mysql|maria(?:db)?|postgres|pg|mongo(?:db)?|redis|rabbit(?:mq)?|db|root|admin|user|app)[-_]?(?:pw|pwd|pass|passwd|password)$/i;
/** `PGADMIN_DEFAULT_PASSWORD: pgadmin`: an admin UI's password that is its own name, with or without a password word. */
const NAMES_ITS_UI = /^(?:pgadmin4?|grafana|kibana|minio|keycloak)(?:[-_]?(?:pw|pwd|pass|passwd|password))?$/i;

function namesItsContainer(secret: string): boolean {
  return NAMES_ITS_CONTAINER.test(secret) || NAMES_ITS_UI.test(secret);
}

/**
 * What the file is for, by its services: a deploy restarts the app's (`restart: always`, `unless-stopped`) or says how to
 * place them (`deploy:`); a development stack mounts the checkout into one (`.:/usr/app`, `./src:/app/src`) or runs
 * a dev server (`npm run dev`, `nodemon`, `--reload`, `runserver`, `flask run`). A development sign wins: dev stacks
 * restart their database too.
 */
function composeShape(root: YamlNode | undefined): ComposeShape {
  let deploy = false;
  const services = yamlGet(root, 'services');
  for (const pair of services?.kind === 'map' ? services.pairs : []) {
    const volumes = yamlGet(pair.value, 'volumes');
    if (volumes?.kind === 'seq' && volumes.items.some((item) => SOURCE_MOUNT.test(scalarText(item) ?? ''))) return 'development';
    if (DEV_SERVER.test(commandText(yamlGet(pair.value, 'command')))) return 'development';
    // A restarted database says little (development stacks restart theirs too): the app's own service restarted does.
    const restart = isStockService(pair.value) ? undefined : scalarText(yamlGet(pair.value, 'restart'));
    deploy ||= restart === 'always' || restart === 'unless-stopped' || yamlGet(pair.value, 'deploy') !== undefined;
  }
  return deploy ? 'deploy' : 'unknown';
}

function isStockService(service: YamlNode | undefined): boolean {
  return STOCK_IMAGE.test(yamlString(yamlGet(service, 'image'))?.trim() ?? '');
}

/** The checkout or its source folder mounted into a container: `.:/usr/app`, `./:/app`, `./src:/app/src`. */
const SOURCE_MOUNT = /^\.\/?(?:src|app|backend|server|api)?\/?:\//;
const DEV_SERVER = /\b(?:run dev|nodemon|--reload|runserver|flask run|air\b|rails s(?:erver)?\b)/;

function commandText(node: YamlNode | undefined): string {
  if (node?.kind === 'seq') return node.items.map(scalarText).join(' ');
  return scalarText(node) ?? '';
}

function scalarText(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

/**
 * The init passwords of the file's stock-image services, merge keys (`<<: *db-env`) followed, and those their commands set
 * (`redis-server --requirepass …`): each, and whether it is the image's default.
 */
function createdContainerPasswords(root: YamlNode | undefined): Map<string, boolean> {
  const anchors = anchoredMaps(root);
  const passwords = new Map<string, boolean>();
  const services = yamlGet(root, 'services');
  for (const pair of services?.kind === 'map' ? services.pairs : []) {
    const service = pair.value;
    for (const password of commandSetPasswords(service)) passwords.set(password, passwords.get(password) === true);
    if (!isStockService(service)) continue;
    for (const [name, value] of environmentOf(yamlGet(service, 'environment'), anchors)) {
      if (!INIT_PASSWORDS.has(name) || value.trim() === '' || value.includes('${')) continue;
      passwords.set(value.trim(), passwords.get(value.trim()) === true || IMAGE_DEFAULTS.get(name) === value.trim());
    }
  }
  return passwords;
}

function environmentOf(node: YamlNode | undefined, anchors: ReadonlyMap<string, YamlNode>, depth = 0): [string, string][] {
  if (node?.kind === 'seq') {
    return node.items.flatMap((item): [string, string][] => {
      const text = item?.kind === 'scalar' && typeof item.value === 'string' ? item.value : '';
      const equals = text.indexOf('=');
      return equals > 0 ? [[text.slice(0, equals).trim(), text.slice(equals + 1)]] : [];
    });
  }
  if (node?.kind !== 'map' || depth > 4) return [];
  return node.pairs.flatMap((pair): [string, string][] => {
    const key = pair.key === undefined ? '' : String(pair.key.value);
    const merged = key === '<<' && pair.value?.kind === 'opaque' ? anchors.get(pair.value.alias?.replace(/^\*/, '') ?? '') : undefined;
    if (merged) return environmentOf(merged, anchors, depth + 1);
    const value = pair.value;
    return value?.kind === 'scalar' && (typeof value.value === 'string' || typeof value.value === 'number') ? [[key, String(value.value)]] : [];
  });
}

/** The top-level maps an alias may name (`x-db-environment: &x-db-environment`). */
function anchoredMaps(root: YamlNode | undefined): Map<string, YamlNode> {
  const anchors = new Map<string, YamlNode>();
  for (const pair of root?.kind === 'map' ? root.pairs : []) {
    if (pair.value?.kind === 'map' && pair.value.anchor) anchors.set(pair.value.anchor, pair.value);
  }
  return anchors;
}
