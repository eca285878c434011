// Factor VI in Symfony's YAML config: `framework.session.handler_id: session.handler.native_file`
// keeps sessions in files under var/sessions, as the same id in PHP config does (php.ts).
// `handler_id: null` is PHP's own handler, which php.ini decides: silent, unless the same block gives
// it a `save_path` on the disk (`%kernel.project_dir%/var/sessions/...`, the files handler's folder)
// and no deployed block switches to another handler. `when@dev`/`when@test` blocks stay silent.
import { deployedSymfonyBlocks } from '../../languages/symfony';
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { DISK, NATIVE_FILE_ADVICE, NATIVE_FILE_SUBJECT, report } from './php';

const FILE_HANDLER = 'session.handler.native_file';

function check(context: RuleContext): void {
  const sessions = deployedSymfonyBlocks(context.parsed.yaml, 'framework').map((framework) => yamlGet(framework, 'session'));
  const handlers = sessions.map((session) => yamlGet(session, 'handler_id'));
  const switchesHandler = handlers.some((handler) => handler !== undefined && !isNull(handler) && yamlString(handler) !== FILE_HANDLER);
  sessions.forEach((session, index) => {
    const handler = handlers[index];
    if (handler && yamlString(handler) === FILE_HANDLER) {
      report(context, handler.span, NATIVE_FILE_SUBJECT, DISK, NATIVE_FILE_ADVICE);
      return;
    }
    const savePath = yamlGet(session, 'save_path');
    if (handler && isNull(handler) && savePath && isDiskPath(yamlString(savePath)) && !switchesHandler) {
      report(context, savePath.span, "PHP's own session handler with a `save_path` folder", DISK, NATIVE_FILE_ADVICE);
    }
  });
}

function isNull(node: YamlNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

/** A folder, not a Redis or Memcached address (`tcp://...`, `redis://...`) that php.ini's handler would take. */
function isDiskPath(value: string | undefined): boolean {
  return value !== undefined && value !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^[\w.-]+:\d+/.test(value);
}

export const symfonySessionYamlCheck: LanguageCheck = { languages: ['yaml'], keywords: ['native_file', 'save_path'], check };
