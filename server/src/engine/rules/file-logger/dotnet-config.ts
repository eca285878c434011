// .NET logging set up in appsettings*.json: Serilog's `WriteTo` sinks (`{ "Name": "File", "Args": { "path": … } }`,
// as a list or as configuration's numbered-object form, and inside a wrapper's `configure`, as `Async` takes
// them) and NLog's `targets` (`"trips": { "type": "File" }`), which, as in nlog.config, write only when a rule's
// `writeTo` names them. Both read keys without regard to case. appsettings.Development.json (Local, Test)
// configures machines that are not deploys.
import { baseName } from '../../languages/detect';
import { isNonDeployedProfile } from '../../languages/spring';
import type { YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { getIgnoringCase, stringOf } from './java-log4j2-tree';

const APPSETTINGS = /^appsettings(?:\.([\w-]+))?\.json$/i;
const SERILOG_FILE_SINKS = new Set(['file', 'rollingfile']);
const NLOG_FILE_TARGETS = new Set(['file']);
/** Wrappers nest their sinks or targets a few levels deep at most. */
const MAX_DEPTH = 6;

interface Found {
  span: Span;
  subject: string;
}

function check(context: RuleContext): void {
  const environment = APPSETTINGS.exec(baseName(context.path));
  if (!environment || isNonDeployedProfile(environment[1])) return;
  for (const tree of context.parsed.configTrees) {
    const found = [...serilogSinks(getIgnoringCase(getIgnoringCase(tree, 'serilog'), 'writeto'), 0), ...nlogTargets(getIgnoringCase(tree, 'nlog'))];
    for (const { span, subject } of found) context.report({ span, message: `Factor XI: ${subject}; log to stdout and let the platform route the stream.` });
  }
}

/** A list, or the `{ "0": …, "1": … }` object configuration binds to one. */
function items(node: YamlNode | undefined): YamlNode[] {
  if (node?.kind === 'seq') return node.items.filter((item): item is YamlNode => item !== undefined);
  if (node?.kind === 'map') return node.pairs.flatMap((pair) => (pair.value ? [pair.value] : []));
  return [];
}

function serilogSinks(writeTo: YamlNode | undefined, depth: number): Found[] {
  if (depth > MAX_DEPTH) return [];
  return items(writeTo).flatMap((sink) => {
    const nameNode = getIgnoringCase(sink, 'name');
    const name = stringOf(nameNode);
    if (nameNode && name !== undefined && SERILOG_FILE_SINKS.has(name.toLowerCase())) return [{ span: nameNode.span, subject: `Serilog's ${name} sink writes the log to a file` }];
    return serilogSinks(getIgnoringCase(getIgnoringCase(sink, 'args'), 'configure'), depth + 1);
  });
}

function nlogTargets(nlog: YamlNode | undefined): Found[] {
  const targets = getIgnoringCase(nlog, 'targets');
  if (targets?.kind !== 'map') return [];
  const refs = new Set(items(getIgnoringCase(nlog, 'rules')).flatMap((rule) => (stringOf(getIgnoringCase(rule, 'writeto')) ?? '').split(',').map((name) => name.trim().toLowerCase())));
  return targets.pairs.flatMap((pair) => {
    const name = stringOf(pair.key) ?? '';
    if (refs.size > 0 && !refs.has(name.toLowerCase())) return [];
    return fileTargets(pair.value, name, 0);
  });
}

/** A File target, or one a wrapper (`AsyncWrapper`, `BufferingWrapper`) holds under `target`. */
function fileTargets(target: YamlNode | undefined, name: string, depth: number): Found[] {
  if (depth > MAX_DEPTH) return [];
  const typeNode = getIgnoringCase(target, 'type');
  const type = stringOf(typeNode);
  if (typeNode && type !== undefined && NLOG_FILE_TARGETS.has(type.toLowerCase())) return [{ span: typeNode.span, subject: `the NLog File target "${name}" writes the log to a file` }];
  return fileTargets(getIgnoringCase(target, 'target'), name, depth + 1);
}

export const dotnetConfigCheck: LanguageCheck = { languages: ['json'], keywords: ['serilog', 'nlog'], check };
