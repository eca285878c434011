import ignore from 'ignore';
import { lineEnding } from './envFile';

export const GITIGNORE_COMMENT = '# local environment (secrets), see Twelve-Factor III';

/** A path as `ignore` wants it: relative, forward slashes, no `./`. */
function normalize(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** Whether git would ignore `relativePath` under these rules (negations and order included). */
export function isIgnored(gitignoreText: string | undefined, relativePath: string): boolean {
  const path = normalize(relativePath);
  if (!ignore.isPathValid(path)) return false;
  return ignore({ ignorecase: false }).add(gitignoreText ?? '').ignores(path);
}

function endsWithBlankLine(text: string): boolean {
  const lines = text.split('\n');
  return lines.length >= 2 && (lines[lines.length - 2] ?? '').trim() === '';
}

/**
 * Makes sure .gitignore ignores the .env file the fix writes a secret into, appending `.env` (any
 * depth, and after any `!.env` so it wins) when it does not. Existing lines are kept byte for byte.
 * `envRelativePath` is relative to the .gitignore's folder.
 */
export function ensureIgnored(gitignoreText: string | undefined, envRelativePath: string): { text: string; changed: boolean } {
  const existing = gitignoreText ?? '';
  if (isIgnored(existing, envRelativePath)) return { text: existing, changed: false };
  const newline = lineEnding(existing);
  let prefix = existing;
  if (prefix !== '' && !prefix.endsWith('\n')) prefix += newline;
  // A blank line before our block, unless the file already ends with one.
  if (prefix !== '' && !endsWithBlankLine(prefix)) prefix += newline;
  return { text: `${prefix}${GITIGNORE_COMMENT}${newline}.env${newline}`, changed: true };
}
