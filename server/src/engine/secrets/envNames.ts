import { identifierWords } from './words';

/** Containers that say where a value lives in code, not what it is: `config.db.password` is DB_PASSWORD. */
const CONTAINER_SEGMENTS = new Set([
  'config', 'configs', 'configuration', 'conf', 'cfg', 'settings', 'setting', 'options', 'option', 'opts', 'process',
  'env', 'this', 'module', 'exports', 'default', 'defaults', 'credentials', 'creds', 'auth', 'connection', 'params',
  'props', 'data', 'values', 'secrets', 'keys', 'window', 'global', 'globalthis', 'self', 'development', 'production',
  'staging', 'test', 'dev', 'prod', 'local', 'req', 'request', 'res', 'response', 'body', 'query', 'ctx', 'context',
  'payload', 'input', 'args', 'argv', 'headers',
  // How a client pools or authenticates, never what it reaches (probe26c): `spring.redis.jedis.pool.password` is
  // JEDIS_PASSWORD, `knife4j.basic.password` KNIFE4J_PASSWORD, `spring.datasource.hikari.password` DATASOURCE_PASSWORD.
  'pool', 'basic', 'hikari', 'druid', 'dbcp', 'dbcp2', 'c3p0',
]);

/** At most this many segments name the variable: `config.services.stripe.secretKey` -> STRIPE_SECRET_KEY. */
const KEPT_SEGMENTS = 2;

/**
 * UPPER_SNAKE_CASE env var name from name parts: ['config','db','password'] -> DB_PASSWORD.
 * Parts may be dotted; container segments (config, settings, options, process, this, module.exports, ...)
 * are dropped, and only the last two meaningful segments are kept.
 */
export function envNameFrom(parts: readonly string[]): string {
  // One-letter segments are minified or throwaway names (`o.headers.token`), not meaning.
  const segments = parts.flatMap((part) => part.split('.')).filter((segment, index, all) => /[A-Za-z0-9]/.test(segment) && (segment.length > 1 || index === all.length - 1));
  const meaningful = segments.filter((segment, index) => index === segments.length - 1 || !CONTAINER_SEGMENTS.has(segment.toLowerCase()));
  const kept = withoutRepeatedPrefix(meaningful.slice(-KEPT_SEGMENTS).map(identifierWords));
  let words = kept.flat().map((word) => word.toUpperCase());
  if (words.length === 1 && (words[0] === 'PASS' || words[0] === 'PW' || words[0] === 'PWD')) words = ['PASSWORD'];
  const name = words.join('_');
  if (name === '') return 'SECRET';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** ['db', 'dbPassword'] -> just dbPassword's words, not DB_DB_PASSWORD. */
function withoutRepeatedPrefix(segments: string[][]): string[][] {
  const [first, second] = segments;
  if (segments.length !== 2 || !first || !second) return segments;
  const lower = (words: string[]): string[] => words.map((word) => word.toLowerCase());
  const prefix = lower(second).slice(0, first.length);
  return prefix.join('_') === lower(first).join('_') ? [second] : segments;
}
