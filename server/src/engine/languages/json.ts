// JSON and JSONC through jsonc-parser: tolerant (comments, trailing commas, errors), with
// the offset of every node, and helpers that walk the tree without recursion.
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { MappedText, MappedTextBuilder } from './mapped-text';

export type { JsonNode };

export interface JsonDocument {
  /** Undefined when nothing could be parsed (empty text, binary garbage, nesting too deep). */
  root: JsonNode | undefined;
  errorCount: number;
}

export function parseJson(text: string): JsonDocument {
  const errors: ParseError[] = [];
  try {
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    return { root, errorCount: errors.length };
  } catch {
    // jsonc-parser recurses per nesting level; a pathological file must not take the scan down.
    return { root: undefined, errorCount: 1 };
  }
}

/** A string value in the tree, with the names of the properties that lead to it. */
export interface JsonStringEntry {
  node: JsonNode;
  /** Property names from the root; array items add no name. */
  path: readonly string[];
}

/** Every string value (not property names), depth-first, iteratively. */
export function jsonStrings(root: JsonNode | undefined): JsonStringEntry[] {
  return jsonLeaves(root, 'string');
}

/** Every number value, with its path as jsonStrings gives it: `"password": 6742530`. */
export function jsonNumbers(root: JsonNode | undefined): JsonStringEntry[] {
  return jsonLeaves(root, 'number');
}

function jsonLeaves(root: JsonNode | undefined, type: 'string' | 'number'): JsonStringEntry[] {
  const found: JsonStringEntry[] = [];
  if (!root) return found;
  const stack: { node: JsonNode; path: readonly string[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.type === type) found.push({ node, path });
    else if (node.type === 'object') {
      for (const property of [...(node.children ?? [])].reverse()) {
        const [key, value] = property.children ?? [];
        if (key && value && typeof key.value === 'string') stack.push({ node: value, path: [...path, key.value] });
      }
    } else if (node.type === 'array') {
      for (const item of [...(node.children ?? [])].reverse()) stack.push({ node: item, path });
    }
  }
  return found;
}

/** The value node of `object[key]`, if `object` is an object that has it. */
export function jsonProperty(object: JsonNode | undefined, key: string): JsonNode | undefined {
  if (object?.type !== 'object') return undefined;
  for (const property of object.children ?? []) {
    const [name, value] = property.children ?? [];
    if (name?.value === key) return value;
  }
  return undefined;
}

/** The properties of an object node as [name node, value node] pairs. */
export function jsonProperties(object: JsonNode | undefined): [JsonNode, JsonNode][] {
  if (object?.type !== 'object') return [];
  const pairs: [JsonNode, JsonNode][] = [];
  for (const property of object.children ?? []) {
    const [name, value] = property.children ?? [];
    if (name && value) pairs.push([name, value]);
  }
  return pairs;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The decoded content of a string node, each character mapped to its source span (so a
 * token inside `"a\"b ghp_…"` is reported exactly). `whole` is the literal with its quotes.
 */
export function jsonStringText(text: string, node: JsonNode): MappedText {
  const whole = { start: node.offset, end: node.offset + node.length };
  const builder = new MappedTextBuilder();
  const end = whole.end - (node.length >= 2 && text[whole.end - 1] === '"' ? 1 : 0);
  for (let i = whole.start + 1; i < end; i++) {
    const char = text[i]!;
    if (char !== '\\' || i + 1 >= end) {
      builder.push(char, i);
      continue;
    }
    const next = text[i + 1]!;
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      builder.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 5;
    } else {
      builder.push(SIMPLE_ESCAPES[next] ?? next, i, i + 2);
      i += 1;
    }
  }
  return builder.build(whole);
}
