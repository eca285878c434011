// One tree for config data, whatever file it was written in. A library that reads its config
// from YAML, JSON or TOML alike (log4j2, Python's dictConfig, zap's Config) sees the same keys and
// values in each, so a check written once over the YAML tree reads all three: JSON and TOML are
// converted to it here, spans kept.
import type { JsonNode } from './json';
import { parseToml, type TomlValue } from './toml';
import type { YamlMap, YamlNode, YamlPair, YamlScalar } from './yaml';
import type { ParsedDocument } from './index';

/** Nesting beyond this is left out: a hostile file cannot make the conversion recurse without bound. */
const MAX_DEPTH = 64;

/** The documents of a YAML, JSON or TOML file as YAML trees; nothing for other languages (read once: ParsedDocument.configTrees). */
export function configTreesOf(parsed: ParsedDocument): (YamlNode | undefined)[] {
  if (parsed.language === 'yaml') return parsed.yaml.map((document) => document.contents);
  if (parsed.language === 'json') return [jsonAsYaml(parsed.json.root)];
  if (parsed.language === 'toml') return [tomlAsYaml(parseToml(parsed.text))];
  return [];
}

function spanOfJson(node: JsonNode): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

export function jsonAsYaml(node: JsonNode | undefined, depth = 0): YamlNode | undefined {
  if (!node) return undefined;
  const span = spanOfJson(node);
  if (depth > MAX_DEPTH) return { kind: 'opaque', span };
  if (node.type === 'object') {
    const pairs: YamlPair[] = [];
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key) continue;
      const keyScalar: YamlScalar = { kind: 'scalar', value: key.value, span: spanOfJson(key), style: 'double' };
      pairs.push({ key: keyScalar, value: jsonAsYaml(value, depth + 1) });
    }
    return { kind: 'map', pairs, span };
  }
  if (node.type === 'array') return { kind: 'seq', items: (node.children ?? []).map((item) => jsonAsYaml(item, depth + 1)), span };
  return { kind: 'scalar', value: node.value, span, style: node.type === 'string' ? 'double' : 'plain' };
}

/**
 * TOML's flat key paths folded into maps. A table has no span of its own in the reader, so a map
 * and a key take the span of the first value under them; an array's items become a sequence.
 */
export function tomlAsYaml(values: readonly TomlValue[]): YamlNode | undefined {
  const first = values[0];
  if (!first) return undefined;
  const root: YamlMap = { kind: 'map', pairs: [], span: first.span };
  for (const entry of values) {
    if (entry.path.length === 0 || entry.path.length > MAX_DEPTH) continue;
    const parent = entry.path.slice(0, -1).reduce((map, key) => childMap(map, key, entry), root);
    const scalar: YamlScalar = { kind: 'scalar', value: entry.value.text, span: entry.span, style: entry.quoted ? 'double' : 'plain' };
    addValue(parent, entry.path[entry.path.length - 1]!, scalar, entry);
  }
  return root;
}

function childMap(map: YamlMap, key: string, entry: TomlValue): YamlMap {
  const found = map.pairs.find((pair) => pair.key?.value === key)?.value;
  if (found?.kind === 'map') return found;
  const child: YamlMap = { kind: 'map', pairs: [], span: entry.span };
  map.pairs.push({ key: { kind: 'scalar', value: key, span: entry.span, style: 'plain' }, value: child });
  return child;
}

function addValue(map: YamlMap, key: string, scalar: YamlScalar, entry: TomlValue): void {
  const existing = map.pairs.find((pair) => pair.key?.value === key);
  if (entry.inArray && existing?.value?.kind === 'seq') {
    existing.value.items.push(scalar);
    return;
  }
  const value: YamlNode = entry.inArray ? { kind: 'seq', items: [scalar], span: entry.span } : scalar;
  map.pairs.push({ key: { kind: 'scalar', value: key, span: entry.span, style: 'plain' }, value });
}
