// log4j2's YAML and JSON configs (`log4j2.yaml`, `log4j2-spring.yml`, `log4j2.json`): the same
// plugins as its XML, written as keys. Under `Configuration.Appenders` a key names the appender's type
// (`RollingFile: {name: …}`, or a list of them); the strict form lists `Appender: [{type: File}]`.
// As in the XML and .properties configs, an appender no `AppenderRef` names writes nothing.
import type { YamlNode, YamlPair } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { LOG4J2_FILE_APPENDERS } from './java-xml';

interface FileAppender {
  name: string | undefined;
  span: Span;
  type: string;
}

function check(context: RuleContext): void {
  for (const tree of context.parsed.configTrees) {
    const configuration = getIgnoringCase(tree, 'configuration');
    const appenders = fileAppenders(getIgnoringCase(configuration, 'appenders'));
    if (appenders.length === 0) continue;
    const refs = new Set<string>();
    collectRefs(getIgnoringCase(configuration, 'loggers'), refs, 0);
    for (const appender of appenders) {
      if (refs.size > 0 && !refs.has(appender.name ?? '')) continue;
      const subject = `the log4j2 ${appender.type} appender "${appender.name ?? ''}" writes the log to a file`;
      context.report({ span: appender.span, message: `Factor XI: ${subject}; log to stdout and let the platform route the stream.` });
    }
  }
}

/** log4j2 matches plugin and attribute names without regard to case (`appenders`, `Appenders`), as .NET's configuration does. */
export function getIgnoringCase(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.pairs.find((pair) => typeof pair.key?.value === 'string' && pair.key.value.toLowerCase() === key)?.value;
}

export function stringOf(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** A key's value as a list of entries: `RollingFile: {…}` is one, `RollingFile: [{…}, {…}]` several. */
function entries(node: YamlNode | undefined): YamlNode[] {
  if (node?.kind === 'seq') return node.items.filter((item): item is YamlNode => item !== undefined);
  return node ? [node] : [];
}

function fileAppenders(appenders: YamlNode | undefined): FileAppender[] {
  if (appenders?.kind !== 'map') return [];
  return appenders.pairs.flatMap((pair) => appendersOfPair(pair));
}

function appendersOfPair(pair: YamlPair): FileAppender[] {
  const key = stringOf(pair.key);
  if (!pair.key || key === undefined) return [];
  const strict = key.toLowerCase() === 'appender';
  const found: FileAppender[] = [];
  for (const entry of entries(pair.value)) {
    const type = strict ? stringOf(getIgnoringCase(entry, 'type')) : key;
    if (type === undefined || !LOG4J2_FILE_APPENDERS.has(type.toLowerCase())) continue;
    // One appender under its type's key is reported at the key; each of a list at its own name.
    const nameNode = getIgnoringCase(entry, 'name');
    const span = pair.value?.kind === 'seq' || strict ? (nameNode ?? entry).span : pair.key.span;
    found.push({ name: stringOf(nameNode), span, type });
  }
  return found;
}

/** Every `ref` of an `AppenderRef` (one, or a list) under the loggers, at any depth. */
function collectRefs(node: YamlNode | undefined, refs: Set<string>, depth: number): void {
  if (!node || depth > 8) return;
  if (node.kind === 'seq') for (const item of node.items) collectRefs(item, refs, depth + 1);
  if (node.kind !== 'map') return;
  for (const pair of node.pairs) {
    const key = stringOf(pair.key)?.toLowerCase();
    if (key === 'appenderref') {
      for (const entry of entries(pair.value)) {
        const ref = stringOf(getIgnoringCase(entry, 'ref'));
        if (ref !== undefined) refs.add(ref);
      }
    } else collectRefs(pair.value, refs, depth + 1);
  }
}

export const log4j2TreeCheck: LanguageCheck = { languages: ['yaml', 'json'], keywords: ['appenders'], check };
