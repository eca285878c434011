// zap's Config read from a file: apps unmarshal `zap.Config` from JSON or YAML (`outputPaths`,
// `errorOutputPaths`, its json/yaml tags) and `Build()` it, so a file path there is the same log file
// as `cfg.OutputPaths = []string{"app.log"}` in Go. A map counts as zap's Config only beside one of
// its other keys (`encoding`, `encoderConfig`, `level`); stdout, stderr and sink URLs stay silent.
import { visitYamlMaps, yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isFilePath } from './go';

const OUTPUT_KEYS = ['outputPaths', 'errorOutputPaths'];
const CONFIG_KEYS = ['encoding', 'encoderConfig', 'level'];

function check(context: RuleContext): void {
  for (const tree of context.parsed.configTrees) {
    visitYamlMaps(tree, (map) => {
      if (!CONFIG_KEYS.some((key) => yamlGet(map, key) !== undefined)) return;
      for (const key of OUTPUT_KEYS) checkPaths(yamlGet(map, key), key, context);
    });
  }
}

function checkPaths(list: YamlNode | undefined, key: string, context: RuleContext): void {
  if (list?.kind !== 'seq') return;
  // Several files in one list are one logger's: one finding at the first, the others related.
  const files = list.items.filter((item): item is YamlNode => item !== undefined && isFilePath(yamlString(item) ?? ''));
  const [first, ...others] = files;
  if (!first) return;
  const more = others.length > 0 ? ` (and ${others.length} more file${others.length > 1 ? 's' : ''}, shown as related locations)` : '';
  context.report({
    span: first.span,
    message: `Factor XI: zap's ${key} sends the log to the file "${yamlString(first)}"${more}; log to stdout and let the platform route the stream.`,
    ...(others.length > 0 ? { related: others.map((other) => ({ span: other.span, message: 'Factor XI: another file the same logger writes' })) } : {}),
  });
}

export const zapConfigCheck: LanguageCheck = { languages: ['yaml', 'json'], keywords: ['outputpaths'], check };
