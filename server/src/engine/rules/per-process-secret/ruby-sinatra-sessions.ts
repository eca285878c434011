// Sinatra's implicit key: `enable :sessions` (or `set :sessions, true`) with no `session_secret` makes one at class load,
// `SecureRandom.hex(64)` in Sinatra's own defaults (probe28 item 9), the same per-process key as writing
// `set :session_secret, SecureRandom.hex(64)`, which ruby.ts reports. Silent when the file sets the secret anywhere
// (`set :session_secret, ENV.fetch(…)`, `set :sessions, secret: …`, `use Rack::Session::Cookie, secret: …`), and for a
// class whose base is the app's own (the base, in another file, may set it). Other frameworks have no such default:
// express-session and Flask refuse to sign without a secret, Rails reads secret_key_base from credentials or the env.
import { ancestors, callArguments, callName, symbolOrStringName } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isKeyToolPath } from './names';
import { reportKey } from './report';

/** Sinatra's own app classes: a subclass of one gets Sinatra's defaults, `session_secret` among them. */
const SINATRA_BASES = /^(?:::)?Sinatra::(?:Base|Application)$/;
/** A classic app: its top level is Sinatra::Application. */
const CLASSIC_REQUIRE = /^[ \t]*require[ \t(]+['"]sinatra['"]/m;
/** Anything that gives the session middleware its key: then no default is made. */
const SECRET_SET = /session_secret|Rack::Session::|\bsecret:|:secret\s*=>/;

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isKeyToolPath(context.path) || SECRET_SET.test(context.text)) return;
  const classic = CLASSIC_REQUIRE.test(context.text);
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call' || !enablesSessions(node) || !inSinatraApp(node, classic)) return;
    reportKey(context, {
      span: { start: node.startIndex, end: node.endIndex },
      name: 'session_secret',
      fallback: false,
      advice: 'Sinatra makes `session_secret` when the class loads if the app sets none: set it from the environment (`set :session_secret, ENV.fetch("SESSION_SECRET")`), generated once per deploy.',
    });
  });
}

/** `enable :sessions`, `set :sessions, true`. */
function enablesSessions(call: SyntaxNode): boolean {
  const name = callName(call);
  const [setting, value] = callArguments(call);
  if (symbolOrStringName(setting) !== 'sessions') return false;
  return (name === 'enable' && value === undefined) || (name === 'set' && value?.type === 'true');
}

/** In a class whose base is Sinatra's own, or at a classic app's top level (a `configure` block included), not in a method. */
function inSinatraApp(call: SyntaxNode, classic: boolean): boolean {
  for (const parent of ancestors(call)) {
    if (parent.type === 'method' || parent.type === 'singleton_method' || parent.type === 'module') return false;
    if (parent.type === 'class') return SINATRA_BASES.test(parent.childForFieldName('superclass')?.text.replace(/^<\s*/, '') ?? '');
  }
  return classic;
}

export const rubySinatraSessionsCheck: LanguageCheck = {
  languages: ['ruby'],
  keywords: [':sessions'],
  check,
};
