// docker-compose `command:`/`entrypoint:`, Kubernetes container `command:` + `args:`, and start
// commands of platform specs (render.yaml `startCommand`, DigitalOcean `run_command`) that
// migrate and then start. Kubernetes Jobs and initContainers are admin processes: silent.
import { yamlGet, yamlScalarText, yamlString, type YamlNode } from '../../languages/yaml';
import type { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { migrationsInArgv, migrationsInScript, type MigrationHit } from './config-analysis';
import { MIGRATION_KEYWORDS } from './config-commands';

const ADMIN_KINDS = new Set(['Job', 'CronJob']);
const START_COMMAND_KEYS = new Set(['startCommand', 'start_command', 'runCommand', 'run_command']);

const MESSAGE =
  'Factor XII: this container migrates the database every time it starts; run the migration once per release ' +
  'as a one-off process (a Kubernetes Job, a compose service run with `docker compose run`, a release phase) instead.';

function check(context: RuleContext): void {
  for (const document of context.parsed.yaml) {
    const root = document.contents;
    if (ADMIN_KINDS.has(yamlString(yamlGet(root, 'kind')) ?? '')) continue;
    const stack: (YamlNode | undefined)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node?.kind === 'seq') stack.push(...node.items);
      if (node?.kind !== 'map') continue;
      reportHits(context, containerHits(context, node));
      for (const pair of node.pairs) {
        const key = String(pair.key?.value ?? '');
        if (key === 'initContainers') continue;
        if (START_COMMAND_KEYS.has(key)) reportHits(context, commandHits(context, pair.value));
        else stack.push(pair.value);
      }
    }
  }
}

/** A compose service or a Kubernetes container: `entrypoint`/`command`/`args` together are what it runs. */
function containerHits(context: RuleContext, node: YamlNode): MigrationHit[] {
  const parts = ['entrypoint', 'command', 'args'].map((key) => yamlGet(node, key)).filter((part) => part !== undefined);
  if (parts.length === 0 || (yamlGet(node, 'image') === undefined && yamlGet(node, 'build') === undefined)) return [];
  const argv: MappedText[] = [];
  for (const part of parts) {
    if (part.kind === 'scalar') return commandHits(context, part);
    if (part.kind !== 'seq') return [];
    for (const item of part.items) {
      if (item?.kind !== 'scalar') return [];
      argv.push(yamlScalarText(context.text, item));
    }
  }
  return migrationsInArgv(argv, { requireStart: true });
}

/** A command written as one string: compose and platform specs run it through a shell or split it like one. */
function commandHits(context: RuleContext, node: YamlNode | undefined): MigrationHit[] {
  if (node?.kind !== 'scalar' || typeof node.value !== 'string') return [];
  return migrationsInScript(yamlScalarText(context.text, node), { requireStart: true });
}

function reportHits(context: RuleContext, hits: MigrationHit[]): void {
  for (const hit of hits) context.report({ span: hit.span, message: MESSAGE });
}

export const yamlCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: MIGRATION_KEYWORDS,
  check,
};
