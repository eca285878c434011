import type { OffsetEdit, Span } from '../types';

/**
 * How a PHP file reads env var `name`, fitted to the framework it is written for:
 * - Laravel config files (under `config/`, already calling `env(`): `env('NAME')`. Laravel caches
 *   config, and `env()` is only meant to be called there.
 * - Files that read `$_ENV[...]`/`$_SERVER[...]` and never `getenv(`: `$_ENV['NAME']`. Symfony's
 *   Dotenv fills `$_ENV` but, by default, not `getenv()`.
 * - Anything else: `getenv('NAME')`.
 */
export function phpEnvReadExpression(documentText: string, path: string, name: string): string {
  if (isLaravelConfig(documentText, path)) return `env('${name}')`;
  if (/\$_(?:ENV|SERVER)\s*\[/.test(documentText) && !/\bgetenv\s*\(/i.test(documentText)) return `$_ENV['${name}']`;
  return `getenv('${name}')`;
}

function isLaravelConfig(documentText: string, path: string): boolean {
  return /(?:^|\/)config\/[^/]+(?:\/[^/]+)*\.php$/.test(path.replace(/\\/g, '/')) && /(?<![\w$>:])env\s*\(/.test(documentText);
}

/** The read that replaces a fallback keeps the form the code used: `env('X', 'lit')` -> `env('X')`. */
function fallbackRead(replaced: string, name: string): string | undefined {
  const start = replaced.trimStart();
  if (/^\\?env\s*\(/i.test(start)) return `env('${name}')`;
  if (/^Env::get\s*\(/.test(start)) return `Env::get('${name}')`;
  if (/^\\?getenv\s*\(/i.test(start)) return `getenv('${name}')`;
  const array = /^\$_(ENV|SERVER)\s*\[/.exec(start);
  return array ? `$_${array[1]}['${name}']` : undefined;
}

/**
 * The move-to-env fix's code edit for PHP: the literal (or the whole `env('X', 'lit')` /
 * `getenv('X') ?: 'lit'` fallback) at `span` becomes a read of `name`. No import is needed.
 */
export function phpEnvRead(documentText: string, span: Span, name: string, path = ''): OffsetEdit[] | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const replaced = documentText.slice(span.start, span.end);
  const read = fallbackRead(replaced, name) ?? phpEnvReadExpression(documentText, path, name);
  return [{ span, text: read }];
}
