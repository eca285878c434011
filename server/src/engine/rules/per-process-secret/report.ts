// One wording for every language: what breaks (restarts and replicas), and where the key belongs.
import type { RuleContext } from '../../rule';
import type { OffsetEdit, Span } from '../../types';
import { toEnvName } from '../../fixes/envName';
import { inDevelopmentCode } from '../development-code';

export interface KeyReport {
  span: Span;
  /** The name the key is bound to (`SECRET_KEY`, `secret`), or the sink it is passed to (`cookieParser`). */
  name: string;
  /** The value is the fallback of an environment read (`os.environ.get(...) or os.urandom(24)`). */
  fallback: boolean;
  /** The advice, where reading the variable is not it: a start command that writes the key is removed instead. */
  advice?: string;
  /** Edits that read the key from `envName` instead, where they leave working code. */
  fix?: (envName: string) => OffsetEdit[] | undefined;
}

/** Names that say only "the secret" of a middleware or a config file: the variable is named for what it signs. */
const GENERIC = new Set(['secret', 'secrets', 'keys', 'key', 'newcookiestore', 'newfilesystemstore', 'new', 'newstore']);

/** `SECRET_KEY` for `app.secret_key`; `SESSION_SECRET` for express-session's `secret`; `JWT_SECRET` for `secret` in config/jwt.php. */
export function keyEnvName(name: string, path: string): string {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (last === 'cookieParser' || last === 'cookie-parser') return 'COOKIE_SECRET';
  if (!GENERIC.has(last.toLowerCase())) return toEnvName(last);
  return /jwt/i.test(path.slice(path.lastIndexOf('/') + 1)) ? 'JWT_SECRET' : 'SESSION_SECRET';
}

export function reportKey(context: RuleContext, key: KeyReport): void {
  // Only a development or test run makes this key (`configure :development, :test do`, `if app.debug:`, a
  // `DevelopmentConfig` class, a method only those call): the key production signs with is read elsewhere.
  if (inDevelopmentCode(context.parsed, context.language, key.span)) return;
  const envName = keyEnvName(key.name, context.path);
  if (key.fallback) {
    context.report({
      span: key.span,
      severity: 'info',
      message:
        'Factor VI: when its environment variable is unset, every process makes its own signing key: a development convenience, but a deploy ' +
        'that forgets the variable logs users out on every restart and splits them between replicas. Make sure every deploy sets it.',
    });
    return;
  }
  const edits = key.fix?.(envName);
  context.report({
    span: key.span,
    message:
      'Factor VI: this signing key is generated when the process starts, so every restart invalidates sessions and tokens and ' +
      `each replica signs with its own key. ${key.advice ?? `Generate it once per deploy and read it from the environment (${envName}).`}`,
    ...(edits ? { fix: { kind: 'replace', title: `Read the key from ${envName}`, edits } } : {}),
  });
}

/** The app prints the key it makes (`print(secret_key)`, `fmt.Println(signingKey)`): a tool that hands a key to the operator. */
export function printsName(text: string, name: string): boolean {
  const short = name.slice(name.lastIndexOf('.') + 1);
  for (const line of text.split('\n')) {
    if (!line.includes(short)) continue;
    if (/\b(?:print|puts|echo|console\.log|fmt\.Print|System\.out\.print|println|printf)/.test(line)) return true;
  }
  return false;
}
