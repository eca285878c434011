// Factor VI in Rails' `config/cable.yml`: the `async` adapter keeps ActionCable's pub/sub inside one
// process, so a broadcast made in one Puma worker or replica never reaches the subscribers connected to
// another, and nothing survives a restart (Rails generates it for development only, as Django Channels'
// InMemoryChannelLayer is for local settings). `redis`, `postgresql` and `solid_cable` are shared.
import { LOCAL_ENVIRONMENTS } from '../hardcoded-backing-service/javascript-context';
import { yamlGet, yamlString } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';

const CABLE_CONFIG = /(?:^|\/)config\/cable\.yml$/;
/** Blocks that only run on a developer's machine or in tests; `default` is only what others merge. */
const NOT_DEPLOYED = new Set([...LOCAL_ENVIRONMENTS, 'default']);

function check(context: RuleContext): void {
  if (!CABLE_CONFIG.test(context.path)) return;
  for (const document of context.parsed.yaml) {
    const root = document.contents;
    if (root?.kind !== 'map') continue;
    for (const pair of root.pairs) {
      const environment = String(pair.key?.value ?? '').toLowerCase();
      const adapter = NOT_DEPLOYED.has(environment) ? undefined : yamlGet(pair.value, 'adapter');
      if (adapter && yamlString(adapter) === 'async') context.report({ span: adapter.span, message: MESSAGE });
    }
  }
}

const MESSAGE =
  "Factor VI: ActionCable's `async` adapter keeps its pub/sub in process memory: a broadcast from one process never " +
  'reaches subscribers connected to another, and it is lost on restart; use a shared adapter (redis, postgresql or solid_cable).';

export const railsCableCheck: LanguageCheck = { languages: ['yaml'], keywords: ['async'], check };
