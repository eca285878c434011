// Python: `app.secret_key = os.urandom(24)`, `SECRET_KEY = secrets.token_hex(32)` in a Flask config class,
// Django's `SECRET_KEY = get_random_secret_key()`, `JWT_SECRET_KEY = str(uuid.uuid4())`,
// `app.config.update(SECRET_KEY=...)`. `os.environ.get("SECRET_KEY") or os.urandom(24)` is a fallback.
import { pythonEnvRead } from '../../fixes/envRead-python';
import { baseClassNames, dottedName, enclosingClass, lastSegment, stringValue } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { checkTree, FALLBACK, readsEnvironment, STOP, WRAP, named, type KeyGrammar, type Step } from './tree-climb';

const GENERATORS = new Set(['urandom', 'token_hex', 'token_bytes', 'token_urlsafe', 'get_random_secret_key', 'uuid4', 'generate_key']);
/** Calls that only encode the key they are given. */
const WRAPPERS = new Set(['str', 'bytes', 'hex', 'b64encode', 'urlsafe_b64encode', 'b32encode', 'hexlify', 'encode', 'decode']);
/** `os.environ.get("SECRET_KEY", os.urandom(24))`, `config("SECRET_KEY", default=...)` (python-decouple). */
const ENV_GETTERS = new Set(['os.environ.get', 'environ.get', 'os.getenv', 'getenv', 'config', 'env', 'env.str']);

const grammar: KeyGrammar = {
  generator(node) {
    if (node.type !== 'call') return undefined;
    const name = dottedName(node.childForFieldName('function'));
    return name !== undefined && GENERATORS.has(lastSegment(name)) ? { kind: 'plain' } : undefined;
  },
  step(parent, child): Step {
    switch (parent.type) {
      case 'argument_list':
      case 'parenthesized_expression':
      case 'list':
      case 'tuple':
        return WRAP;
      case 'attribute':
        return parent.childForFieldName('object')?.id === child.id ? WRAP : STOP;
      case 'call': {
        const callee = parent.childForFieldName('function');
        if (callee?.id === child.id) return WRAP;
        const name = dottedName(callee) ?? '';
        if (ENV_GETTERS.has(name)) return FALLBACK;
        return WRAPPERS.has(lastSegment(name)) ? WRAP : STOP;
      }
      case 'boolean_operator':
        return readsEnvironment(parent.childForFieldName('left')) ? FALLBACK : WRAP;
      case 'conditional_expression':
        return FALLBACK;
      case 'assignment': {
        if (parent.childForFieldName('right')?.id !== child.id) return STOP;
        const name = assignedName(parent.childForFieldName('left'));
        // A pydantic BaseSettings field reads its environment variable first: the value is only the default.
        return name === undefined ? STOP : { kind: 'name', name, fallback: isSettingsField(parent) };
      }
      case 'keyword_argument':
        return named(parent.childForFieldName('name')?.text);
      case 'pair':
        return parent.childForFieldName('value')?.id === child.id ? named(stringValue(parent.childForFieldName('key'))) : STOP;
      default:
        return STOP;
    }
  },
  functionOf(node) {
    if (node.type === 'function_definition') return { name: node.childForFieldName('name')?.text ?? '' };
    return node.type === 'lambda' ? { name: '' } : undefined;
  },
  fix(context: RuleContext, value: SyntaxNode, envName: string) {
    return pythonEnvRead(context.text, { start: value.startIndex, end: value.endIndex }, envName);
  },
};

/** `class Settings(BaseSettings): SECRET_KEY: str = secrets.token_urlsafe(32)` (pydantic-settings, pydantic 1's BaseSettings). */
function isSettingsField(assignment: SyntaxNode): boolean {
  const statement = assignment.parent;
  const cls = statement?.type === 'expression_statement' ? enclosingClass(statement) : undefined;
  return cls !== undefined && baseClassNames(cls).some((base) => lastSegment(base) === 'BaseSettings');
}

/** `SECRET_KEY`, `app.secret_key` -> `secret_key`, `app.config["SECRET_KEY"]` -> `SECRET_KEY`. */
function assignedName(left: SyntaxNode | null): string | undefined {
  if (!left) return undefined;
  if (left.type === 'identifier') return left.text;
  if (left.type === 'attribute') return left.childForFieldName('attribute')?.text;
  if (left.type === 'subscript') return stringValue(left.childForFieldName('subscript'));
  return undefined;
}

export const pythonCheck: LanguageCheck = {
  languages: ['python'],
  keywords: ['urandom', 'token_hex', 'token_bytes', 'token_urlsafe', 'get_random_secret_key', 'uuid4', 'generate_key'],
  check: (context) => checkTree(context, grammar),
};
