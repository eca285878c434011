// What a file contributes to Factor III across files: the names it imports from the app's other modules and hands to a
// secret-taking API as the key. The node layer gathers them from every file of an audit (pool/scanFile.ts, from the
// scan's own parse) or of a workspace (sinkKeyFacts.ts), resolves each module to its defining file, and gives that file
// its uses (ScanOptions.sinkKeyUses). Pure: one parsed text in, its uses out.
import type { ParsedDocument } from '../../languages';
import type { LanguageId, ModuleSinkKeyUse } from '../../types';
import { mayUseSinkKeyGo, sinkKeyUsesInGo } from './go-imported-keys';
import { mayUseSinkKeyJs, sinkKeyUsesInJs } from './javascript-imported-keys';
import { mayUseSinkKeyPython, sinkKeyUsesInPython } from './python-imported-keys';

/** Whether a file of this language may use another module's name as a key: the cheap test before any parse. */
export function mayUseSinkKey(language: LanguageId, text: string): boolean {
  switch (language) {
    case 'go':
      return mayUseSinkKeyGo(text);
    case 'python':
      return mayUseSinkKeyPython(text);
    case 'javascript':
    case 'typescript':
      return mayUseSinkKeyJs(text);
    default:
      return false;
  }
}

/** The file's uses, from the tree its scan already built (Go, Python: tree-sitter; JS/TS: the TypeScript compiler's). */
export function sinkKeyUsesIn(parsed: ParsedDocument): ModuleSinkKeyUse[] {
  if (!mayUseSinkKey(parsed.language, parsed.text)) return [];
  switch (parsed.language) {
    case 'go':
      return sinkKeyUsesInGo(parsed);
    case 'python':
      return sinkKeyUsesInPython(parsed);
    default:
      return sinkKeyUsesInJs(parsed);
  }
}
