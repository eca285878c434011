// Factor IV in Symfony's bundle config (`config/packages/*.yaml`, `config/packages/prod/*.yaml`, the
// `when@prod` block): a DSN written in (`messenger.transports.partner: 'amqp://feed@10.30.2.15/…'`,
// `doctrine.dbal.url: 'postgresql://…'`, `cache.default_redis_provider: 'redis://…'`) is what every
// deploy attaches to. `%env(MESSENGER_TRANSPORT_DSN)%` is the reading; dev and test config stays silent.
import { yamlScalarText, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportAddress, urlAddress } from './address';

/** Bundle config of a deployed environment: not `config/packages/dev/` or `test/`. */
const SYMFONY_PACKAGES = /(?:^|\/)config\/packages\/(?:prod\/)?[^/]+\.ya?ml$/i;
const LOCAL_ENVIRONMENTS = new Set(['when@dev', 'when@test']);

export const symfonyCheck: LanguageCheck = { languages: ['yaml'], keywords: ['://'], check };

function check(context: RuleContext): void {
  if (!SYMFONY_PACKAGES.test(context.path)) return;
  for (const document of context.parsed.yaml) {
    const stack: YamlNode[] = document.contents ? [document.contents] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind === 'map') {
        for (const pair of node.pairs) if (pair.value && !LOCAL_ENVIRONMENTS.has(String(pair.key?.value))) stack.push(pair.value);
      } else if (node.kind === 'seq') {
        for (const item of node.items) if (item) stack.push(item);
      } else if (node.kind === 'scalar' && typeof node.value === 'string' && !node.value.includes('%env(')) {
        const found = urlAddress(node.value.trim());
        if (!found) continue;
        const text = yamlScalarText(context.text, node);
        reportAddress(context, found, { span: node.span, value: text.text, fixable: false, read: (name) => `%env(${name})%` });
      }
    }
  }
}
