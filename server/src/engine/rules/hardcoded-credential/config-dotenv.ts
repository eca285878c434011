// `.env` files. Example files (.env.example, .env.sample, ...) are committed by design, so their
// values must be placeholders. A real `.env` belongs in .gitignore: when the caller says it is
// not ignored, the file itself is reported once, and each secret in it too.
import { baseName } from '../../languages/detect';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const TEMPLATE_WORDS = new Set(['example', 'sample', 'template', 'tpl', 'dist', 'defaults', 'schema']);

/** `.env.example`, `.env.sample`, `example.env`, `.env.production.template`, ... */
export function isTemplateEnvFile(path: string): boolean {
  return baseName(path).toLowerCase().split('.').some((part) => TEMPLATE_WORDS.has(part));
}

const TEMPLATE_ADVICE = 'this file is committed, so replace the value with a placeholder and keep the real one in a git-ignored .env';
const COMMITTED_ADVICE = 'this .env file is not ignored by git; rotate the value and add the file to .gitignore';

function checkValues(context: RuleContext): void {
  const template = isTemplateEnvFile(context.path);
  if (!template && context.options.gitIgnored !== false) return;
  for (const entry of context.parsed.dotenv) {
    reportConfigValue(context, {
      name: entry.key,
      value: entry.value,
      span: entry.valueSpan,
      advice: template ? TEMPLATE_ADVICE : COMMITTED_ADVICE,
    });
  }
}

function checkIgnored(context: RuleContext): void {
  if (isTemplateEnvFile(context.path) || context.options.gitIgnored !== false) return;
  const first = context.parsed.dotenv[0];
  const span = first ? first.keySpan : firstContentLine(context.text);
  if (!span) return;
  context.report({
    span,
    message: 'Factor III: this .env file is not ignored by git; add it to .gitignore so its values stay out of the repository.',
  });
}

/** The first non-blank line's content (a file of comments still gets its one finding). */
function firstContentLine(text: string): { start: number; end: number } | undefined {
  const match = /\S[^\r\n]*/.exec(text);
  return match ? { start: match.index, end: match.index + match[0].trimEnd().length } : undefined;
}

export const dotenvCheck: LanguageCheck = {
  languages: ['dotenv'],
  keywords: CREDENTIAL_KEYWORDS,
  check: checkValues,
};

/** Runs whatever the file contains: an unignored .env is a problem even without a keyword. */
export const dotenvIgnoredCheck: LanguageCheck = {
  languages: ['dotenv'],
  keywords: [],
  check: checkIgnored,
};
