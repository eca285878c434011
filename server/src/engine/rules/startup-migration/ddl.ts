// Schema changes written as SQL and run by the app itself: `CREATE TABLE IF NOT EXISTS ...` run
// on every start is a hand-rolled migration (Factor XII), whatever the driver. Only statements that
// change the schema count; `INSERT`, `SELECT` and `CREATE TEMP TABLE` do not.

/** `CREATE TABLE`, `ALTER TABLE`, `DROP TABLE`, `CREATE INDEX`, `CREATE SCHEMA`, ..., at the start of the SQL. */
const SCHEMA_DDL = /^\s*(?:CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|SCHEMA|VIEW|TYPE|EXTENSION)|ALTER\s+(?:TABLE|SCHEMA|TYPE)|DROP\s+(?:TABLE|INDEX|SCHEMA|VIEW))\b/i;

/** Whether SQL text changes the schema (the statement a driver's Exec runs). */
export function isSchemaDdl(sql: string): boolean {
  return SCHEMA_DDL.test(sql) && !/^\s*CREATE\s+TEMP(?:ORARY)?\b/i.test(sql);
}

/** The same statements as a lexical prefilter over a whole file (over-approximates: any case, comments too). */
export const DDL_PATTERN = /\b(?:CREATE|ALTER|DROP)\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|SCHEMA|VIEW|TYPE|EXTENSION)\b/i;
