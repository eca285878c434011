// A log file set up only in development: `if app.debug:`, `if settings.DEBUG:`,
// `if os.environ.get("FLASK_ENV") == "development":`, the `else:` of `if not app.debug:`, and a
// module's stage flag (`IS_LOCAL = os.environ.get("APP_ENV") == "local"` then `if IS_LOCAL:` or
// `"localhost" if IS_LOCAL else ...`). The deployed app never writes that file, as Ruby's
// `if Rails.env.development?` and JavaScript's NODE_ENV branches are read.
import { pythonStage, pythonStageFlags } from '../../languages/stage-flags';
import type { SyntaxNode } from '../../languages/treeSitter';

/** Whether `node` only runs when the app is in debug or development mode. */
export function isDevelopmentOnly(node: SyntaxNode): boolean {
  let flags: ReadonlyMap<string, 'development' | 'production'> | undefined;
  const stageOf = (condition: SyntaxNode | null) => pythonStage(condition, (flags ??= pythonStageFlags(node.tree.rootNode)));
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'if_statement') {
      const condition = parent.childForFieldName('condition');
      const inThen = parent.childForFieldName('consequence')?.id === child.id;
      const inElse = child.type === 'else_clause';
      if ((inThen || inElse) && stageOf(condition) === (inThen ? 'development' : 'production')) return true;
    }
    // `if os.environ.get("APP_ENV") == "production": return` earlier in the body: what follows runs only outside production.
    if (parent.type === 'block' && afterProductionGuard(parent, child, stageOf)) return true;
    // `"localhost" if DEBUG else os.environ["DB_HOST"]`: the value, the condition, the other value.
    if (parent.type === 'conditional_expression') {
      const [whenTrue, condition, whenFalse] = parent.namedChildren;
      const taken = whenTrue?.id === child.id ? 'development' : whenFalse?.id === child.id ? 'production' : undefined;
      if (taken && condition && stageOf(condition) === taken) return true;
    }
  }
  return false;
}

function afterProductionGuard(block: SyntaxNode, child: SyntaxNode, stageOf: (condition: SyntaxNode | null) => string | undefined): boolean {
  for (const statement of block.namedChildren) {
    if (!statement || statement.startIndex >= child.startIndex) return false;
    if (statement.type !== 'if_statement' || statement.childForFieldName('alternative')) continue;
    const body = statement.childForFieldName('consequence')?.namedChildren.filter((inner) => inner?.type !== 'comment') ?? [];
    if (body.length > 0 && body.every((inner) => inner?.type === 'return_statement' || inner?.type === 'raise_statement') && stageOf(statement.childForFieldName('condition')) === 'production') return true;
  }
  return false;
}
