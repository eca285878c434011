// Docker Compose's `.env` (compose-go's dotenv package) changed its quoting between releases: older
// ones read double quotes like godotenv, newer ones decode Go escapes and `$$`. What every release
// reads the same: a plain token without `$`, `#`, `\`, quotes or spaces, and single quotes around a
// line without `'` or `\`. Only those are written; a value needing more gets no fix. Shell scripts
// that `source` the file read those two forms alike, which is why shell uses this dialect too.
import type { DialectRules } from './envDialect';
import { plainForm, singleQuotedForm } from './envDialect-forms';

function read(raw: string): string | undefined {
  if (plainForm(raw).length > 0) return raw;
  const inner = raw.slice(1, -1);
  const literal = raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'") && !/['\\\r\n]/.test(inner);
  return literal ? inner : undefined;
}

export const composeDialect: DialectRules = {
  forms: (value) => [...plainForm(value), ...singleQuotedForm(value)],
  read,
};
