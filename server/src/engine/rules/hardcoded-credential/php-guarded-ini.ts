// INI behind a PHP exit guard: PKP's apps (OJS, OMP, OPS) keep `config.inc.php` as INI after a `; <?php exit; ?>` first
// line, InvoicePlane its `ipconfig.php` `KEY=value` lines after `# <?php exit('No direct script access allowed'); ?>`.
// A web server that is asked for the file runs the guard and serves nothing; the app reads the rest as INI, and so do we
// (Matomo's `config.ini.php` says so by its name, the catalogue's `.ini.php`).
import type { LanguageCheck, RuleContext } from '../../rule';
import { iniCheck } from './config-ini';

/** Longer than any guard line. */
const MAX_GUARD_LINE = 200;

/** A first line that is an INI comment (`;` or `#`) holding a whole `<?php exit …; ?>` or `die` block (Matomo's goes on: `DO NOT REMOVE`). */
const GUARD = /^[ \t]*[;#].{0,80}<\?php[ \t]+(?:exit|die)\b.*\?>/;

/** The file's first line is the guard and no other PHP block follows: the rest is INI, not PHP's template text. */
export function isGuardedIni(text: string): boolean {
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  return first.length <= MAX_GUARD_LINE && GUARD.test(first) && !text.includes('<?', first.length);
}

function check(context: RuleContext): void {
  if (isGuardedIni(context.text)) iniCheck.check(context);
}

export const guardedIniCheck: LanguageCheck = { languages: ['php'], keywords: ['<?php exit', '<?php die'], check };
