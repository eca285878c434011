// Files that contain another language's code: a notebook's cells (Python), a component's scripts
// (JavaScript/TypeScript), a JavaServer Page's scripting elements (Java). The checks of the inner
// language run on the code taken out, each character mapped back to its place in the file
// (engine/scan.ts moves the findings).
import type { LanguageId } from '../types';
import { codeLanguage } from './catalogue';
import { componentScript } from './components';
import { jspJava } from './jsp';
import { MappedText } from './mapped-text';
import { notebookPython } from './notebook';

/** How each container's code is taken out: mapped through JSON for a notebook, in place for the others. */
const TAKE_OUT: Partial<Record<LanguageId, (text: string) => MappedText | undefined>> = {
  jupyter: notebookPython,
  component: (text) => MappedText.contiguous(componentScript(text), 0),
  jsp: (text) => MappedText.contiguous(jspJava(text), 0),
};

/** Code a file of `language` contains, in the language that reads it; undefined for other files. */
export function containedCode(language: LanguageId, text: string): { language: LanguageId; code: MappedText } | undefined {
  const inner = codeLanguage(language);
  const code = inner === language ? undefined : TAKE_OUT[language]?.(text);
  return code && { language: inner, code };
}
