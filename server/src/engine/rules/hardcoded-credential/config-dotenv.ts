// `.env` files. Example files (.env.example, .env.sample, ...) are committed by design, so their
// values must be placeholders. A real `.env` belongs in .gitignore: when the caller says it is
// not ignored, the file itself is reported once, and each secret in it too.
import { baseName } from '../../languages/detect';
import { EXAMPLE_SUFFIXES } from '../../scope/conventions';
import type { LanguageCheck, RuleContext } from '../../rule';
import { asCopiedOwnKey, asLocalDevelopment, CONFIG_SERVER_KEY_NAMES, ENV_USER_KEY, reportConfigValue, serverCredentialName } from './config-common';
import { IGNORE_NEXT_LINE } from '../../suppress';
import { isPlaceholder, isUuid, looksRandom, withCredentialConfidence } from '../../secrets';
import { namesOwnSigningSecret } from './credential-value';
import { isProductionOnly } from '../../scope';
import { asWrittenLiteral, literalOfSigningSecret } from './dotenv-literals';
import { asNamelessKey, mayHoldNamelessKey } from './secrets-files';
import { asBareSigningKey, isBareSigningKey } from './dotenv-bare-signing-names';

/**
 * A template's words (scope/conventions.ts), and `tpl`, `default(s)`, `schema`, which only a .env's name uses so:
 * `.env.default` is the committed defaults file a loader reads under `.env` (errbit's `Dotenv.load('.env.default')`);
 * `blade`: a Laravel installer's `env.blade.php`, the view it renders the `.env` from (committed by design).
 */
const TEMPLATE_WORDS = new Set<string>([...EXAMPLE_SUFFIXES, 'tpl', 'default', 'defaults', 'schema', 'blade']);

/** `.env.example`, `.env.sample`, `example.env`, `.env.production.template`, `.env-example`, `.env.exemplo`, ... */
export function isTemplateEnvFile(path: string): boolean {
  return baseName(path).toLowerCase().split(/[.-]/).some((part) => TEMPLATE_WORDS.has(part));
}

/**
 * Symfony commits `.env` by design (its defaults, with `.env.local` git-ignored for overrides), so
 * it is a template, not a leaked file: its values must be placeholders, the file itself is fine.
 * Flex's recipe markers in it say so, and so does the header Symfony writes at its top (kept when
 * the markers are edited away).
 */
export function isSymfonyDefaultsFile(path: string, text: string): boolean {
  if (baseName(path) !== '.env') return false;
  return /^###> symfony\/framework-bundle ###\s*$/m.test(text) || /^# In all environments, the following files are loaded if they exist[,:]\s*$/m.test(text.slice(0, 2000));
}

/**
 * Kamal commits `.kamal/secrets` by design: its lines fetch each value at deploy time
 * (`$(op read …)`, `$(gh auth token)`, `$DB_PASSWORD`), so a literal in it is the leak, not the file.
 */
export function isKamalSecretsFile(path: string): boolean {
  return /(?:^|\/)\.kamal\/secrets(?:-common)?$/.test(path.replace(/\\/g, '/'));
}

/**
 * GoFr reads its config from `configs/.env` and `configs/.<APP_ENV>.env` (`.local.env`, `.staging.env`)
 * and its docs commit them as the app's config: when git tracks one, a literal secret in it is the leak,
 * not the file. (A git-ignored one is a developer's own, as any .env.)
 */
export function isGoFrConfigFile(path: string): boolean {
  return /(?:^|\/)configs\/\.(?:[\w-]+\.)?env$/.test(path.replace(/\\/g, '/'));
}

const GOFR_ADVICE = 'GoFr commits configs/.env as the app\'s config, so keep the real value in the deploy\'s environment (it wins over the file)';
const KAMAL_ADVICE = 'Kamal commits this file, so fetch the value at deploy time ($(op read …), $(gh auth token)) or pass it through from the environment ($NAME)';
const TEMPLATE_ADVICE = 'this file is committed, so replace the value with a placeholder and keep the real one in a git-ignored .env';
const SYMFONY_ADVICE = 'Symfony commits .env as the defaults of every checkout, so keep the real value in .env.local or the environment';
const ENCRYPTED_ADVICE = 'this file is committed encrypted (dotenvx, dotenv-vault), so encrypt this value too (dotenvx set NAME value) and rotate it';
const COMMITTED_ADVICE = 'this .env file is not ignored by git; rotate the value and add the file to .gitignore';
const TRACKED_ADVICE = 'git tracks this .env file although .gitignore lists it; rotate the value and untrack the file (git rm --cached)';

function checkValues(outer: RuleContext): void {
  const advice = committedByDesignAdvice(outer.path, outer.text);
  if (!advice && outer.options.gitIgnored !== false) return;
  // Symfony's committed defaults are every developer's checkout; a deploy sets its own (.env.local, the environment).
  // So are a .env's that says it is development's (`_APP_ENV=development`, `NODE_ENV=development`, `APP_ENV=local`).
  const context = isSymfonyDefaultsFile(outer.path, outer.text) || declaresDevelopment(outer.parsed.dotenv) ? asLocalDevelopment(outer) : outer;
  // `DB_USER=blog` and `DB_PASS=blog`: a password that is a login the file sets is a local default, as in compose.
  const users = new Set(context.parsed.dotenv.filter((entry) => ENV_USER_KEY.test(entry.key)).map((entry) => entry.value.text.trim()).filter((user) => user !== ''));
  for (const entry of context.parsed.dotenv) {
    // A template's counting run (`TOKEN_SYMMETRIC_KEY=1234…9012` in .env.example) is the placeholder it should hold.
    if (advice === TEMPLATE_ADVICE && isPlaceholder(entry.value.text.trim())) continue;
    const user = users.has(entry.value.text.trim()) ? { user: entry.value.text.trim() } : {};
    const where = advice === TEMPLATE_ADVICE && namesOwnSigningSecret(entry.key) ? asCopiedOwnKey(context, COPIED_KEY_NOTE) : context;
    // An env file holds settings only: `token=<uuid>` there is the token (probe21g f), where a UUID under a bare
    // `token` in code may be a record's id.
    const name = CONFIG_SERVER_KEY_NAMES.has(entry.key.toLowerCase()) && isUuid(entry.value.text.trim()) ? serverCredentialName(entry.key) : entry.key;
    const valueAdvice = advice ?? (isGoFrConfigFile(outer.path) ? GOFR_ADVICE : outer.options.trackedDespiteIgnore ? TRACKED_ADVICE : COMMITTED_ADVICE);
    // A committed .env's own literal: an upper-case word or a key file's name under a signing secret's name (dotenv-literals.ts).
    const literal = advice === undefined ? literalOfSigningSecret(entry.key, entry.value) : undefined;
    if (literal) {
      reportConfigValue(asWrittenLiteral(where, entry.value.text, literal.note), { name, value: literal.value, span: entry.valueSpan, ...user, advice: valueAdvice });
      continue;
    }
    // `JWT=amberquill5081`: a signer's bare name holding a typed password (dotenv-bare-signing-names.ts).
    if (advice === undefined && isBareSigningKey(entry.key, entry.value.text)) {
      reportConfigValue(asBareSigningKey(where), { name, value: entry.value, span: entry.valueSpan, ...user, advice: valueAdvice, alwaysCredential: true });
      continue;
    }
    // A generated value under a name that says nothing (`NYT_TOP_STORIES=<32 hex>`) is a key: the file holds the app's secrets.
    const nameless = advice === undefined && mayHoldNamelessKey(entry.key, entry.value.text);
    reportConfigValue(nameless ? asNamelessKey(where, entry.key) : where, { name, value: entry.value, span: entry.valueSpan, ...user, advice: valueAdvice, ...(nameless ? { alwaysCredential: true, generatedOnly: true } : {}) });
  }
}

/** The app's environment switch: Appwrite's `_APP_ENV`, Laravel's `APP_ENV`, `NODE_ENV`, `RAILS_ENV`, `FLASK_ENV`, `ENVIRONMENT`. */
const ENVIRONMENT_KEY = /^_?(?:(?:APP|NODE|RAILS|RACK|FLASK|DJANGO|GO)_)?ENV(?:IRONMENT)?$/i;
const DEVELOPMENT_VALUE = /^(?:dev|development|local)$/i;

/**
 * A committed .env whose own switch names development (appwrite's `.env`: `_APP_ENV=development`, compose service
 * names for hosts, `_APP_DB_ROOT_PASS=rootsecretpassword`): every checkout's local defaults, as Symfony's `.env` is,
 * so a chosen word there is information. A random-looking value or a known format keeps its severity, and the
 * file-level "not ignored by git" notice stays.
 */
function declaresDevelopment(entries: readonly { key: string; value: { text: string } }[]): boolean {
  return entries.some((entry) => ENVIRONMENT_KEY.test(entry.key) && DEVELOPMENT_VALUE.test(entry.value.text.trim()));
}

const COPIED_KEY_NOTE =
  ' It looks generated, and setups copy the template to .env as it is (cp .env.example .env): an install that skips generating its own key starts and signs with this public one.';

/** The advice for a file committed by design (an example, Symfony's defaults, Kamal's secrets), whose values are always judged. */
function committedByDesignAdvice(path: string, text: string): string | undefined {
  if (isSymfonyDefaultsFile(path, text)) return SYMFONY_ADVICE;
  if (isKamalSecretsFile(path)) return KAMAL_ADVICE;
  if (isEncryptedEnvFile(path, text)) return ENCRYPTED_ADVICE;
  return isTemplateEnvFile(path) ? TEMPLATE_ADVICE : undefined;
}

/**
 * A .env file committed encrypted: dotenvx writes its public key into the file it encrypts
 * (`DOTENV_PUBLIC_KEY`, `DOTENV_PUBLIC_KEY_PRODUCTION`) and its values as `encrypted:…`;
 * dotenv-vault's `.env.vault` holds one ciphertext per environment. The private keys stay out
 * (`.env.keys`, `DOTENV_KEY`), so the file itself belongs in git; a plain secret in it does not.
 */
function isEncryptedEnvFile(path: string, text: string): boolean {
  return baseName(path) === '.env.vault' || /^[ \t]*DOTENV_PUBLIC_KEY(?:_[A-Z0-9_]{1,60})?[ \t]*=/m.test(text);
}

/**
 * `secret.env`, `app.env`, `staging.env`: inputs of other tools (a kustomize secretGenerator's `envs`, a
 * compose `env_file`, a systemd `EnvironmentFile`) that repositories commit by design, often with a dev
 * overlay's values. Their values are judged (a real secret there is reported); the file itself is not a
 * dotenv file that belongs in .gitignore.
 */
function isOtherToolsEnvFile(path: string): boolean {
  const name = baseName(path);
  return name.endsWith('.env') && !name.startsWith('.');
}

/**
 * The development mode's shared defaults (`.env.development`, `.env.dev`): Vite, Create React App,
 * Next.js, Gatsby and dotenv's Rails docs commit them by design and git-ignore only `.env*.local`.
 * Their values are judged (a chosen word there is a local default: information); the file is fine.
 */
function isSharedDevelopmentEnvFile(path: string): boolean {
  return /^\.env\.(?:development|dev)$/i.test(baseName(path));
}

/**
 * A test runner's env file (`.env.test`, `.env.testing`) and one under a fixture are committed by
 * design, as Symfony, Laravel and dotenv's own docs have it: their values are judged, the file is fine.
 */
function checkIgnored(context: RuleContext, reportedSecret: boolean): void {
  if (context.scope === 'test' || context.scope === 'fixture' || isOtherToolsEnvFile(context.path) || isSharedDevelopmentEnvFile(context.path) || isGoFrConfigFile(context.path)) return;
  if (committedByDesignAdvice(context.path, context.text) || context.options.gitIgnored !== false) return;
  const first = context.parsed.dotenv[0];
  const span = first ? first.keySpan : firstContentLine(context.text);
  if (!span) return;
  const secret = reportedSecret || isProductionOnly(context.path, context.options.scopes) || context.parsed.dotenv.some((entry) => isGeneratedValue(entry.value.text.trim()));
  context.report({
    span,
    // At most a warning: the file's secrets are each reported at their own severity and fail CI by themselves. A
    // committed .env of ports, flags and stock local passwords (`DB_PASSWORD=password` for an emulator) is config
    // in the repository, not a leak: information.
    severity: secret ? 'warning' : 'info',
    message: context.options.trackedDespiteIgnore
      ? 'Factor III: git tracks this .env file although .gitignore lists it; untrack it (git rm --cached) so its values leave the next commits, and rotate them.'
      : `Factor III: this .env file is not ignored by git; add it to .gitignore so its values stay out of the repository${secret ? '.' : ' (it holds no secret now: only settings and stock local values).'}`,
  });
}

/** One run of a generated value's characters that looks random: not an address (`trainer-grpc:3000`, `http://localhost:8080`). */
function isGeneratedValue(value: string): boolean {
  return /^[\w+/=-]+$/.test(value) && looksRandom(value);
}

/**
 * The first non-blank line's content (a file of comments still gets its one finding), past any
 * ignore directive: the directive silences the line after it, which must be where the finding is.
 */
function firstContentLine(text: string): { start: number; end: number } | undefined {
  for (const match of text.matchAll(/\S[^\r\n]*/g)) {
    if (!match[0].includes(IGNORE_NEXT_LINE)) return { start: match.index, end: match.index + match[0].trimEnd().length };
  }
  return undefined;
}

/**
 * A file's values, then the file itself. One pass: whether the file leaks (and so how loud its own finding is) is
 * whether a value was reported above information (the policy withCredentialConfidence applies to every report), a
 * deploy's own file (`.env.production`), or a generated value under any name (`DOTENV_ME=me_7f3…`).
 */
function checkDotenv(context: RuleContext): void {
  let reportedSecret = false;
  checkValues({
    ...context,
    report: (report) => {
      reportedSecret ||= withCredentialConfidence(report, context.text).severity !== 'info';
      context.report(report);
    },
  });
  checkIgnored(context, reportedSecret);
}

/** Runs whatever the file contains: an unignored .env is a problem even without a keyword. */
export const dotenvCheck: LanguageCheck = {
  languages: ['dotenv'],
  keywords: [],
  check: checkDotenv,
};
