// Which of our languages a file is, from its name alone, by the catalogue's file names: a whole
// name wins over a name start, which wins over a name end (the longest end first), so
// `Dockerfile.prod` is a Dockerfile and `.env.local` a .env file whatever their extension.
import type { LanguageId } from '../types';
import { LANGUAGE_IDS, LANGUAGES } from './catalogue';

/** Type declarations hold no values and no code. */
const NEVER_OURS = ['.d.ts', '.d.mts', '.d.cts'];

interface NameRule {
  text: string;
  language: LanguageId;
}

function rules(pick: (files: (typeof LANGUAGES)[LanguageId]['files']) => readonly string[]): NameRule[] {
  return LANGUAGE_IDS.flatMap((language) => pick(LANGUAGES[language].files).map((text) => ({ text: text.toLowerCase(), language })));
}

const BY_NAME = new Map(rules((files) => files.names).map((rule) => [rule.text, rule.language]));
const BY_PREFIX = rules((files) => files.prefixes);
const BY_SUFFIX = rules((files) => files.suffixes).sort((a, b) => b.text.length - a.text.length);

/** Which of our languages a path is, from its name; undefined for files no rule reads. */
export function languageOf(path: string): LanguageId | undefined {
  const name = baseName(path).toLowerCase();
  const whole = BY_NAME.get(name);
  if (whole) return whole;
  const start = BY_PREFIX.find((rule) => name.startsWith(rule.text));
  if (start) return start.language;
  if (NEVER_OURS.some((suffix) => name.endsWith(suffix))) return undefined;
  return BY_SUFFIX.find((rule) => name.endsWith(rule.text))?.language;
}

export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}
