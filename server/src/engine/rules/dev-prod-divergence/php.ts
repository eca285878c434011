// PHP: a database or cache driver an environment test picks in one expression, as JS/TS's and Ruby's
// ternaries: Eloquent/Slim settings `'driver' => $isProduction ? 'pgsql' : 'sqlite'`, Laravel config
// `'default' => app()->isProduction() ? 'redis' : 'array'`, `getenv('APP_ENV') === 'production' ? … : …`.
import { arrayEntries, stringValue, unparen } from '../../languages/php';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { declarationsIn, testedEnvironments } from './environment-tests';
import { reportDivergences, type ServiceChoice } from './kinds';

/** Array keys that name a backing service's driver (Laravel's `default` connection or store among them). */
const DRIVER_KEYS = new Set(['driver', 'adapter', 'dialect', 'default', 'connection']);

export const phpCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['driver', 'adapter', 'dialect', "'default'", '"default"', "'connection'"],
  // Only a ternary can choose: its `?` and `:` sit after the key's `=>`.
  mayReport: ({ text }) => text.includes('?'),
  check,
};

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isNonServerPath(context.path)) return;
  const declaration = declarationsIn(context.text);
  walkTree(root, (node) => {
    if (node.type !== 'array_creation_expression') return;
    for (const entry of arrayEntries(node)) {
      if (entry.key && DRIVER_KEYS.has(stringValue(entry.key) ?? '')) reportDivergences(context, ternaryChoices(unparen(entry.value), declaration));
    }
  });
}

/** `<environment test> ? 'pgsql' : 'sqlite'`: each literal side is the environment the test picks for it. */
function ternaryChoices(value: SyntaxNode, declaration: (name: string) => string | undefined): ServiceChoice[] {
  if (value.type !== 'conditional_expression') return [];
  const sides = testedEnvironments(value.childForFieldName('condition')?.text ?? '', declaration);
  const whenTrue = value.childForFieldName('body');
  const whenFalse = value.childForFieldName('alternative');
  const trueDriver = whenTrue ? stringValue(unparen(whenTrue)) : undefined;
  const falseDriver = whenFalse ? stringValue(unparen(whenFalse)) : undefined;
  if (!sides || !whenTrue || !whenFalse || trueDriver === undefined || falseDriver === undefined) return [];
  return [
    { environment: sides[0], driver: trueDriver, span: nodeSpan(whenTrue) },
    { environment: sides[1], driver: falseDriver, span: nodeSpan(whenFalse) },
  ];
}
