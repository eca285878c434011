// Whether a JS/TS file can hold a finding of startup-migration, before any parse. Every keyword but
// one names a tool or a migration outright; `synchronize` is also a word of editor and sync APIs
// (a language client's `synchronize: { fileEvents }`), and the check reads it only as TypeORM's
// `synchronize: true` option or a `.synchronize()` call (javascript-typeorm.ts, javascript-calls.ts).
// Hand-written DDL (`pool.query('CREATE TABLE ...')`) is announced by its SQL (ddl.ts).
import { escapeRegExp, skipTrivia, type PrefilterInput } from '../../prefilter';
import { hasFragmentInCode } from '../../prefilter-toplevel';
import { DDL_PATTERN } from './ddl';

/** The check's keywords besides `synchronize`. */
export const TOOL_KEYWORDS = ['migrat', 'sequelize', 'umzug', 'dropschema', 'updateschema', 'createschema', 'refreshdatabase', 'prisma', 'drizzle', 'typeorm', 'mikro-orm', 'postgrator'];
/** The app's own schema sync imported from its models module (`syncModels()`, javascript-calls.ts), as keywords. */
export const APP_SYNC_KEYWORDS = ['syncmodels', 'syncdb', 'syncdatabase', 'syncschema', 'synctables'];
/** The same names as a word of their own (`asyncSchema` is ajv's, not a sync). */
const APP_SYNC = /(?<![A-Za-z0-9_$])sync(?:Db|Database|Models|Schema|Tables)(?![A-Za-z0-9_$])/;

/**
 * A word one of the tests below needs, in the lowered text: the tool keywords, `synchronize`, DDL_PATTERN's verbs (it
 * is case-insensitive), the app sync names. One pass that most files fail; the tests after it were fifteen passes.
 */
const ANNOUNCED = new RegExp([...TOOL_KEYWORDS, 'synchronize', 'create', 'alter', 'drop', ...APP_SYNC_KEYWORDS].map(escapeRegExp).join('|'));

export function mayReport({ text, lowered }: PrefilterInput): boolean {
  if (!ANNOUNCED.test(lowered)) return false;
  // The check reads calls, options and command strings, never a comment.
  return hasFragmentInCode(text, lowered, TOOL_KEYWORDS) || maySynchronize(text) || DDL_PATTERN.test(text) || APP_SYNC.test(text);
}

/** `synchronize: true` (the key may be quoted, the value parenthesized) or `synchronize(`, comments allowed between. */
function maySynchronize(text: string): boolean {
  for (let at = text.indexOf('synchronize'); at >= 0; at = text.indexOf('synchronize', at + 1)) {
    let next = skipTrivia(text, at + 'synchronize'.length);
    if (next < 0) return true;
    if (text[next] === '(') return true;
    if (text[next] === "'" || text[next] === '"' || text[next] === '`') next = skipTrivia(text, next + 1);
    if (next < 0) return true;
    if (text[next] !== ':') continue;
    next = skipTrivia(text, next + 1);
    while (next >= 0 && text[next] === '(') next = skipTrivia(text, next + 1);
    if (next < 0 || text.startsWith('true', next)) return true;
  }
  return false;
}
