// Factor IV in the ORMs' JSON config: TypeORM's `ormconfig.json` (an object, or an array of them, with a
// driver `type` and a `host`) and Sequelize's `config/config.json` (a block per environment with a `dialect`
// and a `host`). The `development` and `test` blocks are a developer's; a host on this machine stays silent.
import { baseName } from '../../languages/detect';
import { jsonProperty, type JsonNode } from '../../languages/json';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { hostAddress, reportAddress } from './address';
import { isLocalHost, serviceOfWord } from './services';

const SEQUELIZE_CONFIG = /(?:^|\/)config\/config\.json$/;
const LOCAL_ENVIRONMENTS = /^(?:dev|development|local|test|testing|ci)$/i;

function check(context: RuleContext): void {
  const root = context.parsed.json.root;
  if (!root || isNonServerPath(context.path)) return;
  if (baseName(context.path) === 'ormconfig.json') {
    for (const block of root.type === 'array' ? root.children ?? [] : [root]) checkBlock(block, 'type', context);
  } else if (SEQUELIZE_CONFIG.test(context.path) && root.type === 'object') {
    for (const property of root.children ?? []) {
      const [name, block] = property.children ?? [];
      if (typeof name?.value === 'string' && !LOCAL_ENVIRONMENTS.test(name.value) && block) checkBlock(block, 'dialect', context);
    }
  }
}

/** A block whose driver key (`type`, `dialect`) names the service and whose `host` is remote. */
function checkBlock(block: JsonNode, driverKey: string, context: RuleContext): void {
  const driver = jsonProperty(block, driverKey);
  const host = jsonProperty(block, 'host');
  if (typeof driver?.value !== 'string' || host?.type !== 'string' || typeof host.value !== 'string' || isLocalHost(host.value)) return;
  const found = hostAddress(host.value, serviceOfWord(driver.value) ?? serviceOfWord('database'));
  if (found) reportAddress(context, found, { span: { start: host.offset, end: host.offset + host.length }, value: host.value, fixable: false });
}

export const ormJsonCheck: LanguageCheck = { languages: ['json'], keywords: ['host'], check };
