// Hosts inside connection strings that are not URLs: libpq's `host=db port=5432 dbname=shop`
// (psycopg2, lib/pq, pgx, gorm's postgres driver) and go-sql-driver/mysql's `user@tcp(db:3306)/shop`.

export interface DsnHost {
  /** Offsets of the host inside the string's value. */
  start: number;
  end: number;
  host: string;
  /** The DSN's dialect: libpq strings are PostgreSQL's, `tcp(...)` is MySQL's. */
  dialect: 'postgres' | 'mysql';
}

/** `host=db.internal` in a libpq keyword/value string; the value may be single-quoted. */
const LIBPQ_HOST = /(?:^|\s)host\s*=\s*'?([^\s']+)/;
/** `tcp(db:3306)` in a MySQL DSN. */
const MYSQL_TCP = /@tcp\(([^)\s]+)\)/;

/** A DSN with a password in it is hardcoded-credential's, as a URL with one is. */
const LIBPQ_PASSWORD = /(?:^|\s)password\s*=\s*'?[^\s']/;
const MYSQL_PASSWORD = /^[^@/:]*:[^@]+@tcp\(/;

export function dsnHost(value: string): DsnHost | undefined {
  if (value.length > 2000 || LIBPQ_PASSWORD.test(value) || MYSQL_PASSWORD.test(value)) return undefined;
  const libpq = LIBPQ_HOST.exec(value);
  if (libpq?.[1] && /\b(?:dbname|user|port|sslmode|password)\s*=/.test(value)) {
    const start = libpq.index + libpq[0].length - libpq[1].length;
    return { start, end: start + libpq[1].length, host: libpq[1], dialect: 'postgres' };
  }
  const mysql = MYSQL_TCP.exec(value);
  if (mysql?.[1]) {
    const start = mysql.index + '@tcp('.length;
    return { start, end: start + mysql[1].length, host: mysql[1].replace(/:[0-9]+$/, ''), dialect: 'mysql' };
  }
  return undefined;
}
