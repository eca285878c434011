// Go: `sessions.NewCookieStore(securecookie.GenerateRandomKey(32))`, and a key filled at start-up
// (`jwtKey := make([]byte, 32)` then `rand.Read(jwtKey)` in `init` or `main`) that `SignedString(jwtKey)` signs with.
import { callArguments, callName, lastSegment } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck } from '../../rule';
import { checkTree, STOP, WRAP, named, type KeyGrammar, type Step } from './tree-climb';

const GENERATORS = new Set(['securecookie.GenerateRandomKey', 'uuid.NewString', 'uuid.New', 'uuid.NewRandom']);
/** Calls that fill their buffer argument with random bytes, by the buffer's index. */
const FILLERS: Readonly<Record<string, number>> = { 'rand.Read': 0, 'io.ReadFull': 1 };
/** Calls whose key arguments are signing (or encryption) keys only: gorilla sessions and securecookie, gin-contrib/sessions. */
const SINKS = new Set(['sessions.NewCookieStore', 'sessions.NewFilesystemStore', 'securecookie.New', 'cookie.NewStore', 'gsessions.NewCookieStore']);
const WRAPPERS = new Set(['string', 'hex.EncodeToString', 'base64.StdEncoding.EncodeToString', 'base64.URLEncoding.EncodeToString', 'base64.RawURLEncoding.EncodeToString']);

const grammar: KeyGrammar = {
  generator(node) {
    if (node.type !== 'call_expression') return undefined;
    const name = callName(node) ?? '';
    if (GENERATORS.has(name)) return { kind: 'plain' };
    const index = FILLERS[name];
    const buffer = index === undefined ? undefined : callArguments(node)[index];
    return buffer?.type === 'identifier' ? { kind: 'filled', name: buffer.text } : undefined;
  },
  step(parent, child): Step {
    switch (parent.type) {
      case 'argument_list': {
        // The key arguments of a sink: `sessions.NewCookieStore(securecookie.GenerateRandomKey(32))`.
        const call = parent.parent;
        const name = call?.type === 'call_expression' ? callName(call) ?? '' : '';
        return SINKS.has(name) ? { kind: 'name', name, sink: true } : WRAP;
      }
      case 'expression_list':
      case 'literal_element':
      case 'literal_value':
      case 'composite_literal':
      case 'parenthesized_expression':
        return WRAP;
      case 'selector_expression':
        return parent.childForFieldName('operand')?.id === child.id ? WRAP : STOP;
      case 'call_expression': {
        const callee = parent.childForFieldName('function');
        if (callee?.id === child.id) return WRAP;
        const name = callName(parent) ?? '';
        // `[]byte(uuid.NewString())`: a conversion.
        return WRAPPERS.has(name) || callee?.type === 'slice_type' ? WRAP : STOP;
      }
      case 'short_var_declaration':
      case 'assignment_statement':
        return parent.childForFieldName('right')?.id === child.id ? named(soleName(parent.childForFieldName('left'))) : STOP;
      case 'var_spec':
      case 'const_spec':
        return named(parent.childForFieldName('name')?.text);
      case 'keyed_element': {
        const key = parent.namedChild(0);
        return key && key.id !== child.id ? named(lastSegment(key.text)) : STOP;
      }
      default:
        return STOP;
    }
  },
  functionOf(node) {
    if (node.type === 'function_declaration' || node.type === 'method_declaration') return { name: node.childForFieldName('name')?.text ?? '' };
    return node.type === 'func_literal' ? { name: '' } : undefined;
  },
};

/** `key := ...`, `cfg.Key = ...`: the one name assigned; undefined for several. */
function soleName(left: SyntaxNode | null): string | undefined {
  if (!left || left.namedChildCount !== 1) return undefined;
  const target = left.namedChild(0);
  if (target?.type === 'identifier') return target.text;
  return target?.type === 'selector_expression' ? target.childForFieldName('field')?.text : undefined;
}

export const goCheck: LanguageCheck = {
  languages: ['go'],
  keywords: ['generaterandomkey', 'rand.read', 'readfull', 'uuid.new'],
  check: (context) => checkTree(context, grammar),
};
