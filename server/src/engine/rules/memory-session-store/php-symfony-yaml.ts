// Factor VI in Symfony's YAML config: `framework.session.handler_id: session.handler.native_file`
// keeps sessions in files under var/sessions, as the same id in PHP config does (php.ts).
// `handler_id: null` (PHP's own handler, which php.ini decides) and `when@dev`/`when@test` blocks
// stay silent.
import { deployedSymfonyBlocks } from '../../languages/symfony';
import { yamlGet, yamlString } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { DISK, NATIVE_FILE_ADVICE, NATIVE_FILE_SUBJECT, report } from './php';

const FILE_HANDLER = 'session.handler.native_file';

function check(context: RuleContext): void {
  for (const framework of deployedSymfonyBlocks(context.parsed.yaml, 'framework')) {
    const handler = yamlGet(yamlGet(framework, 'session'), 'handler_id');
    if (!handler || yamlString(handler) !== FILE_HANDLER) continue;
    report(context, handler.span, NATIVE_FILE_SUBJECT, DISK, NATIVE_FILE_ADVICE);
  }
}

export const symfonySessionYamlCheck: LanguageCheck = { languages: ['yaml'], keywords: ['native_file'], check };
