// Apps load `.env` with their language's library (the language catalogue names the dialect), and
// those libraries disagree on quoting: python-dotenv decodes `\\` and `\'` inside quotes and npm's
// dotenv does not; godotenv, Ruby's dotenv, phpdotenv and compose expand `$` where npm's dotenv
// does not; dotenv-java strips double quotes only. A value moved out of the code is written in the
// dialect of the loader that reads it back: each dialect proposes a few forms, and a form is kept
// only when that loader's own rules (envDialect-<loader>.ts, written from its parser) read it back
// as the very value. A value no form carries gets no fix: no fix beats a changed secret.
import type { DotenvDialect } from '../languages/catalogue';
import { composeDialect } from './envDialect-compose';
import { goDialect } from './envDialect-go';
import { javaDialect } from './envDialect-java';
import { nodeDialect } from './envDialect-node';
import { phpDialect } from './envDialect-php';
import { pythonDialect } from './envDialect-python';
import { rubyDialect } from './envDialect-ruby';

export type { DotenvDialect } from '../languages/catalogue';

export interface DialectRules {
  /** Ways to write `value` after `NAME=`, most readable first: proposals, each proved by `read`. */
  forms(value: string, newline: string): string[];
  /**
   * The value the loader reads from `NAME=<raw>` alone on its line; undefined where it would
   * expand a variable, run a command, reject the line, or where its reading is not known for sure.
   */
  read(raw: string): string | undefined;
}

export const DIALECT_RULES: Readonly<Record<DotenvDialect, DialectRules>> = {
  'node-dotenv': nodeDialect,
  'python-dotenv': pythonDialect,
  'ruby-dotenv': rubyDialect,
  phpdotenv: phpDialect,
  godotenv: goDialect,
  'dotenv-java': javaDialect,
  compose: composeDialect,
};
