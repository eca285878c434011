// Go clients constructed with no address (default-address.ts): go-redis' `redis.NewClient(&redis.Options{})`
// with no `Addr` (go-redis then dials localhost:6379). An options value built elsewhere (`redis.NewClient(opts)`)
// may hold one and is left alone, as is `redis.ParseURL`'s.
import { callArguments, callName, goImports, named, qualifiedName } from '../../languages/go';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { REDIS_DEFAULT, reportDefaultAddress } from './default-address';

/** go-redis' import paths, major version suffix aside (`/v8`, `/v9`). */
const GO_REDIS = /^github\.com\/(?:redis\/go-redis|go-redis\/redis)(?:\/v\d+)?\.NewClient$/;
/** Fields that give the client a server: `Addr`, or a `Dialer` that opens the connection itself. */
const ADDRESS_FIELDS = new Set(['Addr', 'Dialer']);

export const goDefaultAddressCheck: LanguageCheck = {
  languages: ['go'],
  keywords: ['redis'],
  mayReport: ({ text }) => text.includes('NewClient(') && text.includes('Options{'),
  check,
};

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isNonServerPath(context.path)) return;
  const imports = goImports(root);
  walkTree(root, (node) => {
    if (node.type !== 'call_expression' || !GO_REDIS.test(qualifiedName(callName(node), imports) ?? '')) return;
    const [options, ...rest] = callArguments(node);
    const literal = options?.type === 'unary_expression' ? named(options)[0] : undefined;
    if (rest.length > 0 || literal?.type !== 'composite_literal' || !/\bOptions$/.test(literal.childForFieldName('type')?.text ?? '')) return;
    if (fieldNames(literal).some((field) => ADDRESS_FIELDS.has(field))) return;
    reportDefaultAddress(context, { start: node.startIndex, end: node.endIndex }, `${callName(node)}(&redis.Options{})`, REDIS_DEFAULT);
  });
}

/** The keys of a composite literal's keyed elements: `Password`, `DB`. */
function fieldNames(literal: SyntaxNode): string[] {
  return named(literal.childForFieldName('body'))
    .filter((element) => element.type === 'keyed_element')
    .map((element) => named(element)[0]?.text ?? '');
}
