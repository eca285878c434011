// A log file set up only in development: `if app.debug:`, `if settings.DEBUG:`,
// `if os.environ.get("FLASK_ENV") == "development":`, or the `else:` of `if not app.debug:`. The
// deployed app never writes that file, as Ruby's `if Rails.env.development?` and JavaScript's
// NODE_ENV branches are read.
import type { SyntaxNode } from '../../languages/treeSitter';

const DEBUG_FLAG = /^(?:[\w.]+\.)?(?:debug|DEBUG)$|^[\w.]+\[["']DEBUG["']\]$/;
const DEVELOPMENT = /==\s*["'](?:development|dev|local)["']$|^["'](?:development|dev|local)["']\s*==/;
/** `os.environ.get("FLASK_DEBUG") == "1"`, `os.getenv('DEBUG') == 'true'`: a debug switch read from the environment. */
const DEBUG_SWITCH = /DEBUG["']\s*[)\]]\s*==\s*["'](?:1|true|yes|on)["']$/i;

/** Whether `node` only runs when the app is in debug or development mode. */
export function isDevelopmentOnly(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== 'if_statement') continue;
    const condition = parent.childForFieldName('condition');
    if (!condition) continue;
    const inThen = parent.childForFieldName('consequence')?.id === child.id;
    const inElse = child.type === 'else_clause';
    if (inThen && isDevelopmentCondition(condition)) return true;
    if (inElse && condition.type === 'not_operator' && isDevelopmentCondition(condition.childForFieldName('argument'))) return true;
  }
  return false;
}

function isDevelopmentCondition(condition: SyntaxNode | null): boolean {
  const text = condition?.text.replace(/\s+/g, ' ').trim() ?? '';
  return DEBUG_FLAG.test(text) || DEVELOPMENT.test(text) || DEBUG_SWITCH.test(text);
}
