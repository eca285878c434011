// Raw HTTP header lines in PHP: cURL's `CURLOPT_HTTPHEADER => ['API-Key: …']`, a stream context's
// `'header' => "Authorization: Bearer …\r\n"`, `header('X-Api-Key: …')`. The value after the colon is
// judged under the header's name, as a config file's value is under its key.
import { callOfArgument, named, parentOf, stringValue, type Parents } from '../../languages/php';
import type { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import { nameTarget, type Target } from './target';

export interface HeaderLine {
  /** Offsets of the value inside the literal's decoded text. */
  start: number;
  end: number;
  target: Target;
}

/** `Name: value`, one line (a trailing CRLF allowed), the name a header token. */
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]{0,63})[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(?:\r?\n)*$/;

/** The value of a header line whose header names a credential, where PHP code keeps header lines. */
export function headerLineOf(node: SyntaxNode, text: MappedText, parents: Parents): HeaderLine | undefined {
  const line = HEADER_LINE.exec(text.text);
  if (!line || line[2] === '' || !isHeaderPosition(node, parents)) return undefined;
  const target = nameTarget([line[1]!]);
  if (!target.credential) return undefined;
  const start = text.text.indexOf(line[2]!, line[1]!.length + 1);
  // Part of a string cannot move to the environment in place.
  return { start, end: start + line[2]!.length, target: { ...target, label: `the ${line[1]} header`, noFix: true } };
}

/** A keyless array element (a list of header lines), the value under a `header(s)` key, or `header()`'s argument. */
function isHeaderPosition(node: SyntaxNode, parents: Parents): boolean {
  const element = parentOf(node, parents);
  if (element?.type === 'array_element_initializer') {
    const parts = named(element);
    return parts.length === 1 || /^headers?$/i.test(stringValue(parts[0]) ?? '');
  }
  const call = callOfArgument(node, parents);
  return call?.call.kind === 'function' && call.call.name.toLowerCase() === 'header' && call.index === 0;
}
