// Whether a Go migration call is the operator's choice or off the production start path: behind a flag, an
// argument, a setting or the environment (`if *migrate {`, `case "migrate":`), or in a branch only a development
// stage takes (`if cfg.Env != "production" {`). Shared by the start path's own calls (go.ts) and the package
// functions another package calls (go-imported.ts).
import type { SyntaxNode } from '../../languages/treeSitter';

/** A condition that makes migrating a choice of the operator: a flag, an argument, a setting, the environment. */
const OPT_IN = /migrat|flag\.|os\.Args|Getenv|LookupEnv|\*\w+/i;
/** Stages a development branch names: `Env == "development"`, `"local" == cfg.Stage`. */
const DEVELOPMENT_STAGES = /^"(?:dev|develop|development|local|test|testing|debug)"$/;
const PRODUCTION_STAGES = /^"(?:prod|production)"$/;
/** `config.IsDevelopment()`, `env.IsLocal()`, gin's `gin.IsDebugging()`: a stage predicate the app's config or framework offers. */
const DEVELOPMENT_PREDICATE = /\bIs(?:Dev|Development|Local|Debug|Debugging)$/;

/** Inside `if *migrate { ... }`, `if cfg.AutoMigrate { ... }`, or a `case "migrate":` of a switch on the arguments. */
export function isOptIn(call: SyntaxNode, fn: SyntaxNode): boolean {
  let node: SyntaxNode = call;
  for (let parent = node.parent; parent && parent.id !== fn.id; node = parent, parent = node.parent) {
    if (parent.type === 'if_statement' && parent.childForFieldName('condition')?.id !== node.id && parent.childForFieldName('initializer')?.id !== node.id) {
      const condition = parent.childForFieldName('condition');
      if (OPT_IN.test(condition?.text ?? '')) return true;
      if (condition && isNonProductionTest(condition) && parent.childForFieldName('consequence')?.id === node.id) return true;
    }
    if (parent.type === 'expression_case' || parent.type === 'default_case') {
      const switchStatement = parent.parent;
      const subject = `${switchStatement?.childForFieldName('value')?.text ?? ''} ${parent.childForFieldName('value')?.text ?? ''}`;
      if (OPT_IN.test(subject)) return true;
    }
  }
  return false;
}

/**
 * A condition only a non-production environment meets, however the app holds its stage: `cfg.Env != "production"`,
 * `"development" == Env`, `gin.Mode() == gin.DebugMode`, `config.IsDevelopment()`. Its `if` block is off the
 * production start path (its `else` is on it). `a && b` is such a test when either side is; `a || b` only when both
 * are (`Env == "dev" || Env == "production"` runs in production).
 */
export function isNonProductionTest(test: SyntaxNode): boolean {
  if (test.type === 'parenthesized_expression') return test.namedChildren.some((inner) => inner !== null && isNonProductionTest(inner));
  if (test.type === 'call_expression') return DEVELOPMENT_PREDICATE.test(test.childForFieldName('function')?.text ?? '');
  if (test.type !== 'binary_expression') return false;
  const left = test.childForFieldName('left');
  const right = test.childForFieldName('right');
  if (!left || !right) return false;
  const operator = test.childForFieldName('operator')?.text;
  if (operator === '&&') return isNonProductionTest(left) || isNonProductionTest(right);
  if (operator === '||') return isNonProductionTest(left) && isNonProductionTest(right);
  const sides = [left.text, right.text];
  if (operator === '!=') return sides.some((side) => PRODUCTION_STAGES.test(side));
  if (operator === '==') return sides.some((side) => DEVELOPMENT_STAGES.test(side) || side === 'gin.DebugMode');
  return false;
}
