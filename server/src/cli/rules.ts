// `rules`: what is checked, as a table or as the rules' metadata in JSON.
import { RULES } from '../engine/rules';
import { FACTOR_NAMES } from '../format/factors';
import { defineCommand } from './command';
import { print } from './output';
import { choice } from './values';

const FORMATS = ['text', 'json'] as const;

export const rulesCommand = defineCommand({
  name: 'rules',
  usage: '',
  summary: 'List the rules: id, factor, default severity, title.',
  options: {
    format: { type: 'string', value: 'text|json', description: 'output format (default: text)' },
  },
  async run({ values }) {
    const format = choice(values.format ?? 'text', FORMATS, '--format');
    return print(format === 'json' ? rulesJson() : rulesText());
  },
});

function rulesText(): string {
  const width = Math.max(...RULES.map((rule) => rule.meta.id.length));
  const lines = RULES.map((rule) => {
    const { id, factor, defaultSeverity, title } = rule.meta;
    return `${id.padEnd(width)}  ${`${factor} ${FACTOR_NAMES[factor]}`.padEnd(20)}  ${defaultSeverity.padEnd(7)}  ${title}`;
  });
  return `${lines.join('\n')}\n`;
}

function rulesJson(): string {
  return `${JSON.stringify(RULES.map((rule) => rule.meta), null, 2)}\n`;
}
