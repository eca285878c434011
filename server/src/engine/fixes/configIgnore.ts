// The alternative to "Ignore on this line" in files that cannot hold a comment (JSON): the file's
// path goes into `.twelve-factor.json`'s `ignore` list. Never the value: an `allowedValues` entry
// would commit the secret a second time. The config is JSON with comments; jsonc-parser's
// modify keeps its comments and formatting.
import { applyEdits, modify, parseTree, type ParseError } from 'jsonc-parser';
import { CONFIG_FILE_NAME, CONFIG_SCHEMA_URL } from '../config';

/** Glob metacharacters of server/src/glob.ts, escaped so that the glob names exactly one path. */
export function literalGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@]/g, (char) => `\\${char}`);
}

/**
 * The config text with `glob` in `ignore` (created with the schema key when `configText` is
 * undefined); `changed` is false when it is there already. Undefined when the config does not
 * parse or is not an object (a fix must not make a broken file worse), or `ignore` is no array.
 */
export function addIgnoreGlob(configText: string | undefined, glob: string): { text: string; changed: boolean } | undefined {
  if (configText === undefined || configText.trim() === '') {
    return { text: `${JSON.stringify({ $schema: CONFIG_SCHEMA_URL, ignore: [glob] }, null, 2)}\n`, changed: true };
  }
  const errors: ParseError[] = [];
  const root = parseTree(configText, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root?.type !== 'object') return undefined;
  const ignore = root.children?.find((property) => property.children?.[0]?.value === 'ignore')?.children?.[1];
  if (ignore && ignore.type !== 'array') return undefined;
  if (ignore?.children?.some((entry) => entry.value === glob)) return { text: configText, changed: false };
  const eol = configText.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^[ \t]+(?=")/m.exec(configText)?.[0] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
  const path = ignore ? ['ignore', ignore.children?.length ?? 0] : ['ignore'];
  const value = ignore ? glob : [glob];
  const edits = modify(configText, path, value, { formattingOptions, isArrayInsertion: ignore !== undefined });
  return { text: applyEdits(configText, edits), changed: true };
}

/** The action's title: what it writes where, and that it covers every rule. */
export function ignoreInConfigTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return `Ignore ${name} in ${CONFIG_FILE_NAME} (all rules; JSON has no comments)`;
}
