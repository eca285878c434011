// A bundle with a single character outside ASCII is a two-byte string to V8: twice the memory for
// its source, which every thread that runs it keeps for lazy compilation (the CLI, each scan
// worker, the server), and a slower read at every start. esbuild escapes strings and templates but
// writes regular expression literals as they are (`/…|•••/`): their characters become \uXXXX
// escapes here, which match the same characters with or without the u flag (a surrogate pair
// written as two escapes is one code point under u, two code units without, as before).
import ts from 'typescript';

/** The production bundle `text` with every non-ASCII character of its regular expression literals escaped; throws on any other. */
export function asciiBundle(text) {
  const offsets = nonAsciiOffsets(text);
  if (offsets.length === 0) return text;
  const inRegex = new Set(regexLiteralOffsets(text, offsets));
  const outside = offsets.filter((offset) => !inRegex.has(offset));
  if (outside.length > 0) {
    const at = outside[0];
    throw new Error(`asciiBundle: ${outside.length} non-ASCII character(s) outside regular expression literals, the first in ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`);
  }
  let out = '';
  let from = 0;
  for (const offset of offsets) {
    // `\…` escapes the character itself: `\\u2026` would read as a backslash and `u2026`.
    if (backslashesBefore(text, offset) % 2 === 1) throw new Error(`asciiBundle: an escaped non-ASCII character in ${JSON.stringify(text.slice(Math.max(0, offset - 40), offset + 40))}`);
    out += text.slice(from, offset) + `\\u${text.charCodeAt(offset).toString(16).padStart(4, '0')}`;
    from = offset + 1;
  }
  return out + text.slice(from);
}

function nonAsciiOffsets(text) {
  const offsets = [];
  for (let index = text.search(/[^\x00-\x7F]/); index >= 0 && index < text.length; index++) {
    if (text.charCodeAt(index) > 0x7f) offsets.push(index);
  }
  return offsets;
}

function backslashesBefore(text, offset) {
  let count = 0;
  while (offset - count - 1 >= 0 && text[offset - count - 1] === '\\') count++;
  return count;
}

/** The offsets (of `offsets`, sorted) that lie inside a regular expression literal; only subtrees holding one are opened. */
function regexLiteralOffsets(text, offsets) {
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const source = ts.createSourceFile('bundle.js', text, options, false, ts.ScriptKind.JS);
  const holds = (start, end) => {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] < start) low = mid + 1;
      else high = mid;
    }
    return low < offsets.length && offsets[low] < end;
  };
  const found = [];
  // An explicit stack: a minified bundle nests thousands of levels deep.
  const stack = [source];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(source);
      for (const offset of offsets) if (offset >= start && offset < node.end) found.push(offset);
      continue;
    }
    ts.forEachChild(node, (child) => {
      if (holds(child.pos, child.end)) stack.push(child);
    });
  }
  return found;
}
