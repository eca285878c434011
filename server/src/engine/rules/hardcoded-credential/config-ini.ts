// INI-style files: php.ini and PHP's conf.d/*.ini, and the INI files other tools commit beside the
// app: alembic.ini (`sqlalchemy.url`), odbc.ini, MySQL's my.cnf `[client] password`, `.pypirc`,
// `.npmrc` (`//registry/:_authToken=`), supervisord.conf (`environment=KEY="value",...`). Only PHP
// expands `${NAME}` in its ini files, so only there is the value moved to the environment by a fix.
import { parseIni, type IniEntry } from '../../languages/ini';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { envNameFrom } from '../../secrets';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const PHP_ADVICE = 'use a ${NAME} placeholder (php.ini reads environment variables) and set the value in the environment';
const ADVICE = 'this file is committed; keep the value out of it (the tool\'s environment variable, a CI secret or a git-ignored local file) and rotate it';

/** `php.ini`, `php-custom.ini`, and any `.ini` under a `php`, `conf.d` or `php.d` folder (docker/php/conf.d/99-app.ini). */
const PHP_INI = /(?:^|\/)(?:php[^/]*\.ini|(?:php[^/]*|conf\.d|php\.d|mods-available)\/(?:[^/]+\/)*[^/]+\.ini)$/i;

function check(context: RuleContext): void {
  const php = PHP_INI.test(context.path);
  for (const entry of parseIni(context.text)) {
    const value = MappedText.contiguous(entry.value, entry.valueStart);
    if (entry.key === 'environment' && /^program:|^supervisord$/.test(entry.section)) {
      reportSupervisorEnvironment(context, value);
      continue;
    }
    reportConfigValue(context, {
      name: keyName(entry),
      value,
      span: entry.valueSpan,
      advice: php ? PHP_ADVICE : ADVICE,
      ...(php ? { envName: envNameFrom(entry.key.split('.')) } : {}),
    });
  }
}

/** `.npmrc` scopes a setting to a registry: `//registry.npmjs.org/:_authToken` is named `_authToken`. */
function keyName(entry: IniEntry): string {
  if (!entry.key.startsWith('//')) return entry.key;
  return entry.key.slice(Math.max(entry.key.lastIndexOf(':'), entry.key.lastIndexOf('/')) + 1);
}

/** supervisord's `environment=A="1",SECRET_KEY="…"`: each pair judged by its own name. */
function reportSupervisorEnvironment(context: RuleContext, value: MappedText): void {
  for (const pair of value.text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^,]*)/g)) {
    const quoted = /^["']/.test(pair[2]!) ? 1 : 0;
    const start = pair.index + pair[1]!.length + 1 + quoted;
    const inner = value.slice(start, start + pair[2]!.length - 2 * quoted);
    reportConfigValue(context, { name: pair[1], value: inner, span: inner.whole, advice: ADVICE });
  }
}

export const iniCheck: LanguageCheck = {
  languages: ['ini'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
