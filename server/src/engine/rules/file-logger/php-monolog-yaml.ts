// file-logger for Symfony's MonologBundle config (`config/packages/monolog.yaml`, or
// `config/packages/prod/monolog.yaml` before Symfony 5.3): a `stream` or `rotating_file` handler
// whose path is a file. Both default to `%kernel.logs_dir%/%kernel.environment%.log`, so one with
// no path writes a file too. `php://stderr`, `php://stdout` and a path the environment decides
// (`%env(LOG_PATH)%`) stay silent, as do `when@dev` and `when@test` blocks: the deployed app never
// loads them.
import { deployedSymfonyBlocks } from '../../languages/symfony';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { isStandardStream } from './php-paths';

type Reporter = (span: Span, subject: string) => void;

export const monologYamlCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: ['monolog'],
  check: (context) =>
    checkMonologYaml(context, (span, subject) => context.report({ span, message: `Factor XI: ${subject}; log to php://stderr and let the platform route the stream.` })),
};

const FILE_TYPES = new Set(['stream', 'rotating_file']);

export function checkMonologYaml(context: RuleContext, report: Reporter): void {
  for (const monolog of deployedSymfonyBlocks(context.parsed.yaml, 'monolog')) checkMonolog(monolog, report);
}

function checkMonolog(monolog: YamlNode | undefined, report: Reporter): void {
  const handlers = yamlGet(monolog, 'handlers');
  if (handlers?.kind !== 'map') return;
  for (const pair of handlers.pairs) {
    const typeNode = yamlGet(pair.value, 'type');
    const type = yamlString(typeNode);
    if (!typeNode || type === undefined || !FILE_TYPES.has(type)) continue;
    const pathNode = yamlGet(pair.value, 'path');
    const path = yamlString(pathNode);
    if (pathNode && (path === undefined || isStandardStream(path) || /%env\(/.test(path))) continue;
    const subject = `the Monolog handler "${String(pair.key?.value ?? '')}" (\`${type}\`) writes logs to ${pathNode ? 'a file' : 'var/log/ by default'}`;
    report((pathNode ?? typeNode).span, subject);
  }
}
