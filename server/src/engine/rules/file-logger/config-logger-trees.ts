// Loggers a framework builds from the app's own config file, with no logging call in the code to read:
// - GoFrame (gogf/gf) reads `config.yaml`'s `logger:` block; `path:` is the folder glog writes its daily files to
//   (with `stdout: true` it prints as well, but the files are still written);
// - Ghost (@tryghost/logging, through nconf) reads `config.production.json`'s `logging.transports`: `"file"`
//   writes `content/logs/*.log`, `"stdout"` the stream. A development or test file's choice never runs deployed.
import { baseName } from '../../languages/detect';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isFilePath } from './go';

/** GoFrame's default config file names (`config/config.yaml`, `manifest/config/config.yaml`). */
const GOFRAME_CONFIG = /^config\.ya?ml$/;
/** nconf's per-environment files that a deployed app reads. */
const DEPLOYED_NCONF = /^config\.(?:production|prod|staging)\.json$/;

function checkGoFrame(context: RuleContext): void {
  if (!GOFRAME_CONFIG.test(baseName(context.path))) return;
  for (const tree of context.parsed.configTrees) {
    const path = yamlGet(yamlGet(tree, 'logger'), 'path');
    const folder = yamlString(path);
    if (!path || folder === undefined || !isFilePath(folder.trim())) continue;
    context.report({
      span: path.span,
      message: `Factor XI: GoFrame's logger writes its log files under "${folder}"; drop logger.path (glog then prints to stdout) and let the platform route the stream.`,
    });
  }
}

function checkNconfTransports(context: RuleContext): void {
  if (!DEPLOYED_NCONF.test(baseName(context.path))) return;
  for (const tree of context.parsed.configTrees) {
    for (const item of sequence(yamlGet(yamlGet(tree, 'logging'), 'transports'))) {
      if (yamlString(item) !== 'file') continue;
      context.report({
        span: item.span,
        message: 'Factor XI: the "file" logging transport writes the log to files on the local disk; use ["stdout"] and let the platform route the stream.',
      });
    }
  }
}

function sequence(node: YamlNode | undefined): YamlNode[] {
  return node?.kind === 'seq' ? node.items.filter((item): item is YamlNode => item !== undefined) : [];
}

export const configLoggerTreeChecks: LanguageCheck[] = [
  { languages: ['yaml'], keywords: ['logger'], check: checkGoFrame },
  { languages: ['json'], keywords: ['transports'], check: checkNconfTransports },
];
