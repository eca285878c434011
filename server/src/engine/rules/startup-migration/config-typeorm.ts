// TypeORM 0.2's connection files, which every `createConnection()` / `TypeOrmModule.forRoot()` without options reads:
// `ormconfig.json` (one connection or an array of them) and `ormconfig.yml` (connections by name). `synchronize: true`,
// `migrationsRun: true` and `dropSchema: true` there change the schema at every connect, as in code
// (javascript-typeorm.ts). A connection named for tests (`test`, `e2e`, `ci`) is a test run's; `false` and a value
// the environment decides are silent.
import type { YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Effect } from './javascript-calls';
import { optionMessage } from './javascript-report';

const ORMCONFIG = /(?:^|\/)ormconfig\.(?:json|ya?ml)$/;
const OPTIONS: readonly (readonly [string, Effect])[] = [
  ['synchronize', 'changes-schema'],
  ['migrationsRun', 'migrates'],
  ['dropSchema', 'drops-schema'],
];
const TEST_CONNECTION = /^(?:test|tests|testing|e2e|ci|spec)(?:[-_]\w+)?$/i;

function check(context: RuleContext): void {
  if (!ORMCONFIG.test(context.path)) return;
  for (const root of context.parsed.configTrees) for (const connection of connections(root, context.language === 'json')) reportOptions(context, connection);
}

/** JSON: the root object or each object of the root array; YAML: each connection under its name. */
function connections(root: YamlNode | undefined, json: boolean): YamlNode[] {
  if (root?.kind === 'seq') return root.items.filter((item): item is YamlNode => item?.kind === 'map' && !TEST_CONNECTION.test(nameOf(item)));
  if (root?.kind !== 'map') return [];
  if (json || root.pairs.some((pair) => String(pair.key?.value) === 'type')) return TEST_CONNECTION.test(nameOf(root)) ? [] : [root];
  return root.pairs.filter((pair) => !TEST_CONNECTION.test(String(pair.key?.value ?? ''))).flatMap((pair) => (pair.value?.kind === 'map' ? [pair.value] : []));
}

function nameOf(connection: YamlNode): string {
  if (connection.kind !== 'map') return '';
  const name = connection.pairs.find((pair) => String(pair.key?.value) === 'name')?.value;
  return name?.kind === 'scalar' ? String(name.value) : '';
}

function reportOptions(context: RuleContext, connection: YamlNode): void {
  if (connection.kind !== 'map') return;
  for (const pair of connection.pairs) {
    const option = OPTIONS.find(([name]) => name === String(pair.key?.value));
    if (option && pair.value?.kind === 'scalar' && pair.value.value === true) context.report({ span: pair.value.span, message: optionMessage(option[0], option[1]) });
  }
}

export const typeormConfigCheck: LanguageCheck = {
  languages: ['json', 'yaml'],
  keywords: ['synchronize', 'migrationsrun', 'dropschema'],
  check,
};
