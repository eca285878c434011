// Files that contain another language's code: a notebook's cells (Python), a component's scripts
// (JavaScript/TypeScript), a JavaServer Page's scripting elements (Java). The checks of the inner language run on the code taken out, each
// character mapped back to its place in the file (engine/scan.ts moves the findings).
import type { LanguageId } from '../types';
import { codeLanguage } from './catalogue';
import { componentScript } from './components';
import { jspJava } from './jsp';
import { MappedText } from './mapped-text';
import { notebookPython } from './notebook';

/** Code a file of `language` contains, in the language that reads it; undefined for other files. */
export function containedCode(language: LanguageId, text: string): { language: LanguageId; code: MappedText } | undefined {
  const inner = codeLanguage(language);
  if (inner === language) return undefined;
  const code = language === 'jupyter' ? notebookPython(text) : MappedText.contiguous(language === 'jsp' ? jspJava(text) : componentScript(text), 0);
  return code && { language: inner, code };
}
