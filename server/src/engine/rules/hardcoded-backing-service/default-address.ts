// A client constructed with no address connects to its library's default, on this machine: `new Redis()`
// (ioredis), `createClient()` (node-redis), `redis.Redis()`, `MongoClient()` (pymongo), `new Jedis()`,
// go-redis' `&redis.Options{}` without `Addr`. The address is fixed in the code as surely as
// `new Redis({ host: 'localhost' })` is, only unwritten: no deploy can attach another server without a
// code change. Clients that read an environment variable when given nothing are not such clients
// (redis-rb's `Redis.new` reads REDIS_URL, libpq's `psycopg2.connect()` reads PGHOST), nor are clients
// given an options value the code does not spell out (`new Redis(config.redis)`).
import { LANGUAGES } from '../../languages/catalogue';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';
import { serviceOfScheme, type Service } from './services';

/** What a client connects to when given no address. */
export interface DefaultAddress {
  service: Service;
  /** For the message: `localhost:6379`. */
  address: string;
}

export const REDIS_DEFAULT: DefaultAddress = { service: serviceOfScheme('redis')!, address: 'localhost:6379' };
export const MONGODB_DEFAULT: DefaultAddress = { service: serviceOfScheme('mongodb')!, address: 'localhost:27017' };

/** Reports `call` (as the message shows it, `new Redis()`) at `span`: a warning, as `host: 'localhost'` there is. */
export function reportDefaultAddress(context: RuleContext, span: Span, call: string, found: DefaultAddress): void {
  const envName = found.service.urlEnv;
  const read = LANGUAGES[context.language].envRead?.(envName) ?? envName;
  context.report({ span, message: defaultAddressMessage(call, found, read) });
}

function defaultAddressMessage(call: string, found: DefaultAddress, read: string): string {
  return (
    `Factor IV: \`${call}\` is given no address, so it connects to its library's default (${found.address}), fixed in the code; ` +
    `pass it the address from the environment (${read}) so each deploy attaches its own.`
  );
}
