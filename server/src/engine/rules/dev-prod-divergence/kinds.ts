// The kinds of backing service a config names, and the comparison that finds environments whose
// kind differs from production's. `pg`, `postgres`, `postgresql` and Django's
// `django.db.backends.postgresql` are one kind; SQLite and PostgreSQL are two.
import { placeholderDefault } from '../../languages/spring';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

export interface ServiceChoice {
  /** The environment's name as written: `development`, `test`, `staging`, or a branch label. */
  environment: string;
  /** The driver, adapter, dialect or backend as written. */
  driver: string;
  span: Span;
}

// Checked in order: Django's `LocMemCache` must read as a memory cache before `memcache` matches it.
const KINDS: readonly [RegExp, string][] = [
  [/sqlite/, 'SQLite'],
  // Embedded Java databases: a JDBC URL's subprotocol (`jdbc:h2:mem:…`, `jdbc:hsqldb:`, `jdbc:derby:`).
  [/^h2$|^hsqldb$|^derby$/, 'an embedded Java database'],
  [/postg|^pg$|^pg-|^pgx|pgsql|psycopg|cockroach|redshift/, 'PostgreSQL'],
  [/mysql|maria/, 'MySQL'],
  [/mssql|sqlserver|sql_server|^sqlsrv$|tedious/, 'SQL Server'],
  [/oracle/, 'Oracle'],
  [/mongo/, 'MongoDB'],
  [/redis/, 'Redis'],
  [/locmem|memory_store|memorystore|^memory$|in-memory|inmemory|^array$|adapter\.array$/, 'an in-process memory cache'],
  [/memcache|pymemcache|pylibmc/, 'Memcached'],
  // Laravel's and Lumen's cache store is `file`; a `file:` URL's scheme names a path, not a store (namesService).
  [/filebased|file_store|filestore|adapter\.filesystem$|^file$/, 'a file cache'],
  [/dummy|null_store|nullstore/, 'no cache at all'],
  [/database|databasecache|db\.backends\.db/, 'a database cache'],
];

/**
 * A JDBC URL's subprotocol (`jdbc:h2:mem:…` -> `h2`, `jdbc:postgresql://…` -> `postgresql`), also as a placeholder's
 * default; Testcontainers' `jdbc:tc:` names none.
 */
export function jdbcSubprotocol(url: string): string | undefined {
  // `${DATABASE_URL:jdbc:h2:mem:shop}`: the URL every run without the variable gets.
  const subprotocol = /^jdbc:([a-z0-9]+):/i.exec((placeholderDefault(url)?.value ?? url).trim())?.[1];
  return subprotocol === 'tc' ? undefined : subprotocol;
}

/**
 * A database URL's scheme: `postgres://…`, `mysql2://…`, and SQLite's opaque form without `//`, a path or `:memory:`
 * after the scheme (`sqlite3:db/dev.sqlite3`, `sqlite::memory:`), which ActiveRecord, Sequel and Sequelize accept.
 * Only SQLite's: another word before a colon (`redis:6379`, `db:5432`) is a host and its port.
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][\w+.-]*):\/\//i.exec(url.trim())?.[1] ?? /^(sqlite3?):(?![\d/])[\w.:~/-]/i.exec(url.trim())?.[1];
}

/** Whether a URL scheme can name a backing service: `file:` names a path on this machine (`file:///srv/data`). */
export function namesService(scheme: string): boolean {
  return scheme.toLowerCase() !== 'file';
}

/** The kind of service a driver names; undefined when the checker does not know it. */
export function kindOf(driver: string): string | undefined {
  const lower = driver.toLowerCase();
  return KINDS.find(([pattern]) => pattern.test(lower))?.[1];
}

const PRODUCTION = new Set(['production', 'prod']);
/** Environments that run only on a developer's machine or in CI: divergence there is information. */
const TEST_ENVIRONMENTS = new Set(['test', 'testing', 'ci', 'e2e']);

export interface Divergence {
  choice: ServiceChoice;
  kind: string;
  productionKind: string;
  severity?: 'info';
}

/** Every non-production choice whose kind differs from production's, when production's is known. */
export function divergences(choices: readonly ServiceChoice[]): Divergence[] {
  const production = choices.find((choice) => PRODUCTION.has(choice.environment.toLowerCase()));
  const productionKind = production && kindOf(production.driver);
  if (!production || !productionKind) return [];
  const found: Divergence[] = [];
  for (const choice of choices) {
    if (choice === production) continue;
    const kind = kindOf(choice.driver);
    if (!kind || kind === productionKind) continue;
    found.push({ choice, kind, productionKind, ...(TEST_ENVIRONMENTS.has(choice.environment.toLowerCase()) ? { severity: 'info' as const } : {}) });
  }
  return found;
}

export function divergenceMessage(divergence: Divergence): string {
  const { choice, kind, productionKind } = divergence;
  return (
    `Factor X: ${choice.environment} uses ${kind} while production uses ${productionKind}; ` +
    `run the same kind of backing service in every environment (${productionKind} in a container locally), so what passes in ${choice.environment} holds in production.`
  );
}

/** Reports each choice that diverges from production's kind (a test environment's as information). */
export function reportDivergences(context: RuleContext, choices: readonly ServiceChoice[]): void {
  for (const divergence of divergences(choices)) {
    context.report({ span: divergence.choice.span, message: divergenceMessage(divergence), ...(divergence.severity ? { severity: divergence.severity } : {}) });
  }
}
