// PHP: a key made when the config is loaded (`'secret' => bin2hex(random_bytes(32))` in Laravel's config/jwt.php,
// `define('JWT_SECRET', random_bytes(32))`, `$jwtSecret = Str::random(64)` at file level). `env('JWT_SECRET',
// bin2hex(random_bytes(32)))` and `getenv('X') ?: ...` are fallbacks. The artisan commands that write a new APP_KEY at each
// container start are commands.ts's.
import { phpEnvReadExpression } from '../../fixes/envRead-php';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck } from '../../rule';
import { checkTree, compact, FALLBACK, readsEnvironment, STOP, WRAP, named, type KeyGrammar, type Step } from './tree-climb';

const GENERATORS = new Set(['random_bytes', 'openssl_random_pseudo_bytes', 'Str::random', 'Str::uuid', 'Uuid::uuid4', 'sodium_crypto_secretbox_keygen', 'sodium_crypto_auth_keygen']);
const WRAPPERS = new Set(['bin2hex', 'base64_encode', 'strval', 'toString', 'sodium_bin2hex']);
const ENV_GETTERS = new Set(['env', 'getenv', 'Env::get']);

function calleeName(call: SyntaxNode): string | undefined {
  if (call.type === 'function_call_expression') return compact(call.childForFieldName('function')).replace(/^\\/, '');
  if (call.type === 'scoped_call_expression') return `${compact(call.childForFieldName('scope')).replace(/^.*\\/, '')}::${call.childForFieldName('name')?.text ?? ''}`;
  if (call.type === 'member_call_expression') return call.childForFieldName('name')?.text;
  return undefined;
}

function stringContent(node: SyntaxNode | null | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'encapsed_string')) return undefined;
  const parts = node.namedChildren;
  return parts.length === 1 && parts[0]?.type === 'string_content' ? parts[0].text : parts.length === 0 ? '' : undefined;
}

const grammar: KeyGrammar = {
  generator(node) {
    const name = calleeName(node);
    return name !== undefined && node.type !== 'member_call_expression' && GENERATORS.has(name) ? { kind: 'plain' } : undefined;
  },
  step(parent, child): Step {
    switch (parent.type) {
      case 'argument': {
        // `define('JWT_SECRET', random_bytes(32))`: the constant named by the first argument.
        const call = parent.parent?.parent;
        if (!call || call.type !== 'function_call_expression' || calleeName(call) !== 'define') return WRAP;
        const [constant, value] = parent.parent!.namedChildren;
        return value?.id === parent.id ? named(stringContent(constant?.namedChild(0))) : STOP;
      }
      case 'arguments':
      case 'parenthesized_expression':
        return WRAP;
      case 'function_call_expression':
      case 'scoped_call_expression':
      case 'member_call_expression': {
        if (parent.childForFieldName('object')?.id === child.id) return WRAPPERS.has(calleeName(parent) ?? '') ? WRAP : STOP;
        const name = calleeName(parent) ?? '';
        if (ENV_GETTERS.has(name)) return FALLBACK;
        return WRAPPERS.has(name) ? WRAP : STOP;
      }
      case 'binary_expression':
      case 'conditional_expression':
        return readsEnvironment(parent.namedChild(0)) ? FALLBACK : STOP;
      case 'array_element_initializer': {
        const [key, value] = parent.namedChildren;
        return value?.id === child.id ? named(stringContent(key)) : STOP;
      }
      case 'assignment_expression': {
        const left = parent.childForFieldName('left');
        if (parent.childForFieldName('right')?.id !== child.id) return STOP;
        if (left?.type === 'variable_name') return named(left.text.replace(/^\$/, ''));
        // `$settings['jwt_secret'] = …`: a config array filled key by key, named by its key.
        if (left?.type === 'subscript_expression') return named(stringContent(left.namedChild(1)));
        return named(left?.type === 'member_access_expression' ? left.childForFieldName('name')?.text : undefined);
      }
      default:
        return STOP;
    }
  },
  functionOf(node) {
    if (node.type === 'method_declaration' || node.type === 'function_definition') return { name: node.childForFieldName('name')?.text ?? '' };
    return node.type === 'anonymous_function' || node.type === 'arrow_function' || node.type === 'anonymous_function_creation_expression' ? { name: '' } : undefined;
  },
  fix(context, value, envName) {
    // Only where the key is a config entry or a constant's value: a bare read there is what the framework expects.
    if (value.parent?.type !== 'array_element_initializer') return undefined;
    return [{ span: { start: value.startIndex, end: value.endIndex }, text: phpEnvReadExpression(context.text, context.path, envName) }];
  },
};

export const phpCheck: LanguageCheck = {
  languages: ['php'],
  keywords: ['random_bytes', 'openssl_random_pseudo_bytes', 'str::random', 'str::uuid', 'uuid4', '_keygen'],
  check: (context) => checkTree(context, grammar),
};
