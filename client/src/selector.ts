import type { DocumentSelector } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, LANGUAGES, fileGlobs } from '../../server/src/engine/languages/catalogue';
import { HEAD_DETECTED_GLOBS } from '../../server/src/engine/languages/detect';

/**
 * Files the server checks, from the engine's catalogue of languages: by editor language id (on
 * disk and unsaved) and by file name, for files an editor may not know (Procfile, logback.xml) or
 * may name differently (a `.env.local` shown as plain text).
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...LANGUAGE_IDS.flatMap((id) => [
    ...LANGUAGES[id].editorIds.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    ...fileGlobs(id).map((pattern) => ({ scheme: 'file', pattern })),
  ]),
  // Files whose start says what they are (a Spring bean file under any name): the server reads the start.
  ...HEAD_DETECTED_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
];
