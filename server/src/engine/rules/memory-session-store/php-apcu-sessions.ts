// Sessions kept in APCu: `apcu_store('session:' . $token, $userId, 3600)`. APCu is the memory of one
// PHP-FPM pool on one host: every other server or container misses the session, and a restart or a
// deploy drops them all. The key says it is a session's (its text, or the class constant it is built
// from, names a session) and is built from a variable; APCu for a config or computed cache stays silent.
import { argumentAt, callOf, named } from '../../languages/php';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isSessionKeyName } from './state-words';

const APCU_WRITES = new Set(['apcu_store', 'apcu_add', 'apcu_entry']);

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  walkTree(root, (node) => {
    if (node.type !== 'function_call_expression') return undefined;
    const call = callOf(node);
    const key = call && APCU_WRITES.has(call.name.toLowerCase()) ? argumentAt(call, 0, 'key') : undefined;
    if (!key || !isSessionKey(key, root)) return undefined;
    context.report({
      span: { start: node.startIndex, end: node.endIndex },
      message:
        'Factor VI: this keeps sessions in APCu, the memory of one PHP-FPM pool on one host: they are lost on restart and ' +
        'not shared between servers; keep them in a backing store such as Redis or the database (session.save_handler = redis).',
    });
    return false;
  });
}

/** A key built from a variable (`$token`, `"sess_{$id}"`) whose words, its constants' values read in, name a session. */
function isSessionKey(key: SyntaxNode, root: SyntaxNode): boolean {
  let dynamic = false;
  const words: string[] = [];
  walkTree(key, (node) => {
    if (node.type === 'variable_name') dynamic = true;
    if (node.type === 'class_constant_access_expression') words.push(constantValue(root, named(node).pop()?.text ?? '') ?? node.text);
    else if (node.type === 'string_content' || node.type === 'string_value') words.push(node.text);
    return undefined;
  });
  return dynamic && isSessionKeyName(words.join(' '), '');
}

/** `const PREFIX = 'volunteer_session:';` declared in the file. */
function constantValue(root: SyntaxNode, name: string): string | undefined {
  let value: string | undefined;
  walkTree(root, (node) => {
    if (value !== undefined) return false;
    if (node.type !== 'const_element' || named(node)[0]?.text !== name) return undefined;
    value = named(node)[1]?.text;
    return false;
  });
  return value;
}

export const phpApcuSessionCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['apcu_store', 'apcu_add', 'apcu_entry'],
  check,
};
