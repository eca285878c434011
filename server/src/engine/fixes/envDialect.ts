// Apps load `.env` with their language's library, and those disagree on quoting: python-dotenv
// turns `\\` and `\'` into `\` and `'` inside quotes, npm's dotenv does not; docker compose,
// Ruby's dotenv, phpdotenv and godotenv expand `$` in unquoted and double-quoted values. A value
// moved out of the code is written in the dialect of the loader that will read it back.
//
// Every loader reads two forms literally: a plain token of safe characters, and a single-quoted
// one-line value without `'` or `\`. Those come first. A value that needs more is written in the
// loader's own quoting where its rules are known (npm dotenv, python-dotenv) and otherwise not
// at all: no fix beats a changed secret.
import type { LanguageId } from '../types';
import { envValueCandidates } from './dotenv';

export type EnvDialect = 'dotenv-js' | 'python-dotenv' | 'ruby-dotenv' | 'phpdotenv' | 'godotenv' | 'dotenv-java' | 'docker-compose';

/**
 * Which loader reads the app's `.env`, by the language of the file the value moves out of. (The
 * language catalogue is where this belongs: one entry per language.)
 */
export const ENV_DIALECT_OF: Readonly<Record<LanguageId, EnvDialect>> = {
  javascript: 'dotenv-js',
  typescript: 'dotenv-js',
  json: 'dotenv-js',
  dotenv: 'dotenv-js',
  procfile: 'dotenv-js',
  python: 'python-dotenv',
  ruby: 'ruby-dotenv',
  php: 'phpdotenv',
  ini: 'phpdotenv',
  go: 'godotenv',
  java: 'dotenv-java',
  kotlin: 'dotenv-java',
  properties: 'dotenv-java',
  xml: 'dotenv-java',
  // Compose reads the .env beside the compose file for `${NAME}` interpolation.
  yaml: 'docker-compose',
  dockerfile: 'docker-compose',
  // A shell script sources .env (`set -a; . ./.env`): compose's literal forms are the ones sh reads alike.
  shell: 'docker-compose',
  hocon: 'dotenv-java',
  // A key file's value never moves to .env (no fix); listed so every language has a dialect.
  keyfile: 'dotenv-js',
};

/** A way to write a value after `NAME=`; `literal`: npm dotenv reads it as this very value too. */
export interface EnvValueForm {
  text: string;
  literal: boolean;
}

/** Characters no loader treats specially outside quotes (no `$`, `#`, `\`, quotes or spaces). */
const PORTABLE_PLAIN = /^[A-Za-z0-9_.,:/@+=%~-]+$/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** The forms every loader reads literally. */
function portableForms(value: string): EnvValueForm[] {
  const forms: EnvValueForm[] = [];
  if (value === '' || PORTABLE_PLAIN.test(value)) forms.push({ text: value, literal: true });
  if (!LINE_BREAK.test(value) && !value.includes("'") && !value.includes('\\')) forms.push({ text: `'${value}'`, literal: true });
  return forms;
}

/**
 * python-dotenv reads a double-quoted value through its escape decoder (`\\`, `\"`, `\n`, ...)
 * and interpolates `${NAME}` in it: escape the first, refuse the second.
 */
function pythonDoubleQuoted(value: string): EnvValueForm[] {
  if (value.includes('${')) return [];
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return [{ text: `"${escaped}"`, literal: escaped === value.replace(/\n/g, '\\n').replace(/\r/g, '\\r') && !value.includes('"') }];
}

/** Ways to write `value` for `dialect`, most readable first; empty when no form is known to read back exactly. */
export function envValueForms(dialect: EnvDialect, value: string, newline = '\n'): EnvValueForm[] {
  if (dialect === 'dotenv-js') return envValueCandidates(value, newline).map((text) => ({ text, literal: true }));
  const portable = portableForms(value);
  if (dialect === 'python-dotenv') return [...portable, ...pythonDoubleQuoted(value)];
  return portable;
}
