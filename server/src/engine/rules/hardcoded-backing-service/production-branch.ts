// The branch of an explicit production test that runs everywhere but production: `if (isProduction) { … } else {
// mongoose.connect('mongodb://localhost/conduit') }`, `if app.config["ENV"] == "production": … else: …`,
// `unless Rails.env.production?`, `if os.Getenv("APP_ENV") == "production" { … } else { … }`. A local address there
// is the development default the production branch replaces (information, as a local env fallback is); any other host
// there still reaches a shared server (staging, a colleague's box) and stays a warning.
import type { SyntaxNode } from '../../languages/treeSitter';

/** A name that says "this is production": `isProduction`, `IS_PROD`, `production?`, `Rails.env.production?`, `app.isProd()`. */
const PRODUCTION_FLAG = /^(?:[\w$]+(?:\.|::))*(?:is_?prod(?:uction)?|in_?production|production\??|prod)(?:\(\))?$/i;
/** `NODE_ENV === 'production'`, `app.config["ENV"] == "production"`, `getenv('APP_ENV') === 'prod'`: a value compared with the word. */
const COMPARED = /^(.+?)(===?|!==?)(['"])(?:production|prod)\3$|^(['"])(?:production|prod)\4(===?|!==?)(.+)$/i;
/** What a production test compares: an environment name's read (`NODE_ENV`, `APP_ENV`, `RAILS_ENV`, `ENV`, `env`, `app.get('env')`). */
const ENVIRONMENT_NAME = /(?:^|[^\w])(?:node_env|app_env|rails_env|rack_env|flask_env|go_env|environment|env)(?:[^\w]|$)/i;

/**
 * Whether a condition (its source text) holds exactly in production (true), exactly outside it (false: `!isProduction`,
 * `NODE_ENV !== 'production'`, `not IS_PROD`), or is no production test (undefined). Bounded: a long condition is none.
 */
export function productionTest(condition: string): boolean | undefined {
  if (condition.length > 160) return undefined;
  let text = condition.trim();
  let negated = false;
  // `!isProduction`, `not IS_PROD`, `(isProduction)`: a few wrappings, peeled.
  for (let depth = 0; depth < 4; depth++) {
    if (/^not\s/.test(text)) text = text.slice(4).trim();
    else if (text.startsWith('!')) text = text.slice(1).trim();
    else if (text.startsWith('(') && text.endsWith(')')) {
      text = text.slice(1, -1).trim();
      continue;
    } else break;
    negated = !negated;
  }
  text = text.replace(/\s+/g, '');
  if (PRODUCTION_FLAG.test(text)) return !negated;
  const compared = COMPARED.exec(text);
  if (!compared) return undefined;
  const operand = compared[1] ?? compared[6] ?? '';
  const operator = compared[2] ?? compared[5] ?? '';
  if (!ENVIRONMENT_NAME.test(operand)) return undefined;
  return operator.startsWith('!') === negated;
}

/**
 * Whether `node` sits in the branch of an if (or Ruby's unless) that runs only outside production: the `else` of a
 * production test, or the body of a negated one. Tree-sitter's `if_statement` (Python, PHP, Go) and Ruby's `if`/`unless`
 * name their parts `condition`, `consequence` (PHP: `body`) and `alternative`. An `elif`/`else if` chain is not read.
 */
export function inNonProductionBranch(node: SyntaxNode, maxDepth = 12): boolean {
  let child = node;
  for (let current = node.parent, depth = 0; current && depth < maxDepth; child = current, current = current.parent, depth++) {
    if (current.type !== 'if_statement' && current.type !== 'if' && current.type !== 'unless') continue;
    const condition = current.childForFieldName('condition');
    const test = condition ? productionTest(condition.text) : undefined;
    if (test === undefined) return false;
    const production = current.type === 'unless' ? !test : test;
    const alternative = current.childForFieldName('alternative');
    const inElse = alternative !== null && alternative.id === child.id && isPlainElse(alternative);
    const inBody = !inElse && child.id !== condition?.id;
    return (inElse && production) || (inBody && !production);
  }
  return false;
}

/** `else: …`, `else { … }`: not an `elif`/`else if`, whose own test says which environment runs it. */
function isPlainElse(alternative: SyntaxNode): boolean {
  if (alternative.type === 'elif_clause' || alternative.type === 'else_if_clause' || alternative.type === 'elsif' || alternative.type === 'if_statement') return false;
  return !alternative.namedChildren.some((part) => part?.type === 'if_statement');
}
