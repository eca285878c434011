// Ruby: `config.secret_key_base = SecureRandom.hex(64)` in an initializer, Sinatra's `set :session_secret,
// SecureRandom.hex(64)`, `use Rack::Session::Cookie, secret: SecureRandom.hex(64)`. `ENV.fetch("X") { SecureRandom.hex(64) }`
// and `ENV["X"] || SecureRandom.hex(64)` are fallbacks.
import { LANGUAGES } from '../../languages/catalogue';
import { callArguments, callName, symbolOrStringName } from '../../languages/ruby';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck } from '../../rule';
import { checkTree, FALLBACK, readsEnvironment, STOP, WRAP, named, type KeyGrammar, type Step } from './tree-climb';

const GENERATORS = new Set(['hex', 'base64', 'urlsafe_base64', 'random_bytes', 'alphanumeric', 'uuid', 'base58', 'base36']);
/** Blocks that are request handlers or per-request hooks (Sinatra, Roda, Grape): they run per request. */
const HANDLER_BLOCKS = new Set(['get', 'post', 'put', 'patch', 'delete', 'before', 'after', 'helpers', 'route', 'on', 'is']);

const grammar: KeyGrammar = {
  generator(node) {
    if (node.type !== 'call' || node.childForFieldName('receiver')?.text !== 'SecureRandom') return undefined;
    return GENERATORS.has(node.childForFieldName('method')?.text ?? '') ? { kind: 'plain' } : undefined;
  },
  step(parent, child): Step {
    switch (parent.type) {
      case 'argument_list': {
        // Sinatra's `set :session_secret, SecureRandom.hex(64)`.
        const call = parent.parent;
        if (call?.type !== 'call' || callName(call) !== 'set') return WRAP;
        const [setting, value] = callArguments(call);
        return value?.id === child.id ? named(symbolOrStringName(setting)) : STOP;
      }
      case 'parenthesized_statements':
      case 'array':
      case 'block_body':
      case 'block':
      case 'do_block':
        return WRAP;
      case 'call': {
        if (parent.childForFieldName('receiver')?.id === child.id) return WRAP;
        const name = callName(parent);
        return name === 'ENV.fetch' ? FALLBACK : STOP;
      }
      case 'binary':
        return readsEnvironment(parent.childForFieldName('left')) ? FALLBACK : WRAP;
      case 'conditional':
      case 'if_modifier':
      case 'unless_modifier':
        return FALLBACK;
      case 'pair':
        return parent.childForFieldName('value')?.id === child.id ? named(symbolOrStringName(parent.childForFieldName('key'))) : STOP;
      case 'assignment':
      case 'operator_assignment':
        return parent.childForFieldName('right')?.id === child.id ? named(assignedName(parent.childForFieldName('left'))) : STOP;
      default:
        return STOP;
    }
  },
  functionOf(node) {
    if (node.type === 'method' || node.type === 'singleton_method') return { name: node.childForFieldName('name')?.text ?? '' };
    if (node.type === 'lambda') return { name: '' };
    if (node.type === 'block' || node.type === 'do_block') {
      const call = node.parent;
      const method = call?.type === 'call' ? call.childForFieldName('method')?.text : undefined;
      return method !== undefined && HANDLER_BLOCKS.has(method) ? { name: '' } : undefined;
    }
    return undefined;
  },
  fix(_context, value, envName) {
    return [{ span: { start: value.startIndex, end: value.endIndex }, text: LANGUAGES.ruby.envRead!(envName) }];
  },
};

/** `secret`, `SECRET`, `@secret`, `config.secret_key_base` -> `secret_key_base`, `settings["secret"]` -> `secret`. */
function assignedName(left: SyntaxNode | null): string | undefined {
  if (!left) return undefined;
  if (left.type === 'identifier' || left.type === 'constant') return left.text;
  if (left.type === 'instance_variable' || left.type === 'class_variable') return left.text.replace(/^@+/, '');
  if (left.type === 'call') return left.childForFieldName('method')?.text;
  if (left.type === 'element_reference') return symbolOrStringName(left.namedChild(1));
  return undefined;
}

export const rubyCheck: LanguageCheck = {
  languages: ['ruby'],
  keywords: ['securerandom'],
  check: (context) => checkTree(context, grammar),
};
