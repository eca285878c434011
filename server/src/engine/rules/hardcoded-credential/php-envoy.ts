// Laravel Envoy's `Envoy.blade.php`: a Blade file, not PHP code, so the PHP reader sees only text. Its
// `@setup … @endsetup` block is PHP (`$backupPassword = '…';`) and each `@task … @endtask` body is a
// shell script run over SSH (`mysqldump -u backup -p…`). Both are read: the setup block as PHP in place
// (the directive becomes the `<?php ` open tag, same length, so offsets stay the file's), the task
// bodies as shell words. Blade echoes (`{{ $password }}`) are values from the setup, not literals.
import type { LanguageCheck, RuleContext } from '../../rule';
import { lexShell } from '../../languages/shell';
import { MappedText } from '../../languages/mapped-text';
import { keptInPlace } from '../../languages/kept-in-place';
import { reportShellTokens } from './config-shell-commands';
import { checkPhpCredentials } from './php-check';

const ENVOY_FILE = /(?:^|\/)Envoy\.blade\.php$/;
const ADVICE = "read it from the environment (getenv('NAME') in @setup, $NAME in a task) and rotate it";

function check(context: RuleContext): void {
  if (!ENVOY_FILE.test(context.path)) return;
  for (const body of blocks(context.text, /@task\b[^\n]*\n/g, '@endtask')) {
    reportShellTokens(context, lexShell(MappedText.contiguous(context.text.slice(body[0], body[1]), body[0])), ADVICE);
  }
  const setups = blocks(context.text, /@setup\b/g, '@endsetup');
  if (setups.length === 0) return;
  const parsed = context.parsed.contained(setupCode(context.text, setups), 'php');
  try {
    checkPhpCredentials({ ...context, text: parsed.text, parsed });
  } finally {
    parsed.dispose();
  }
}

/** The text with only the setup blocks kept, each opened by `<?php ` where its `@setup` stood (both six characters). */
function setupCode(text: string, setups: readonly (readonly [number, number])[]): string {
  const chars = keptInPlace(text, setups).split('');
  for (const [start] of setups) [...'<?php '].forEach((char, offset) => (chars[start - 6 + offset] = char));
  return chars.join('');
}

/** Each block's body: after its opening match, up to its closing directive (linear: one search per block). */
function blocks(text: string, open: RegExp, close: string): [number, number][] {
  const found: [number, number][] = [];
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf(close, start);
    found.push([start, end === -1 ? text.length : end]);
    open.lastIndex = end === -1 ? text.length : end + close.length;
  }
  return found;
}

export const envoyCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['@task', '@setup'],
  check,
};
