import { LANGUAGES } from '../languages/catalogue';
import type { LanguageId, OffsetEdit, Span } from '../types';
import { envReadEdit } from './envRead';
import { goEnvRead } from './envRead-go';
import { javaEnvRead } from './envRead-java';
import { phpEnvRead } from './envRead-php';
import { pythonEnvRead } from './envRead-python';
import { rubyEnvRead } from './envRead-ruby';

type EnvRead = (documentText: string, span: Span, name: string, path: string) => OffsetEdit[] | undefined;

/** Config formats whose loader substitutes the catalogue's spelling (`${NAME}`) in place. */
const substituted =
  (language: 'yaml' | 'properties' | 'ini'): EnvRead =>
  (_text, span, name) => [{ span, text: LANGUAGES[language].envRead(name) }];

const ENV_READ_EDITS: Partial<Record<LanguageId, EnvRead>> = {
  javascript: (text, span, name, path) => [envReadEdit(text, span, name, 'javascript', path)],
  typescript: (text, span, name, path) => [envReadEdit(text, span, name, 'typescript', path)],
  yaml: substituted('yaml'),
  properties: substituted('properties'),
  ini: substituted('ini'),
  python: pythonEnvRead,
  go: goEnvRead,
  java: javaEnvRead,
  kotlin: javaEnvRead,
  ruby: rubyEnvRead,
  php: phpEnvRead,
};

/**
 * The code edits that replace `span` with a read of env var `name` in the file's language,
 * including any import the read needs; undefined where the language has no safe rewrite.
 */
export function envReadEdits(documentText: string, span: Span, name: string, language: LanguageId, path = ''): OffsetEdit[] | undefined {
  return ENV_READ_EDITS[language]?.(documentText, span, name, path);
}
