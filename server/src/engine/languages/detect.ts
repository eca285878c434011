// Which of our languages a file is, from its name alone, by the catalogue's file names: a whole
// name wins over a name framed by a start and an end (spring-*.xml), which wins over a name start,
// which wins over a name end (the longest end first), so `Dockerfile.prod` is a Dockerfile and
// `.env.local` a .env file whatever their extension.
import type { LanguageId } from '../types';
import { BACKUP_ENDINGS, COPY_ENDINGS, LANGUAGE_IDS, LANGUAGES, type FileNames } from './catalogue';
import { EXAMPLE_SUFFIXES } from '../scope/conventions';

/** Type declarations hold no values and no code. */
const NEVER_OURS = ['.d.ts', '.d.mts', '.d.cts'];

/**
 * Source files named after the .env they stand for: Symfony's `composer dump-env` writes
 * `.env.local.php` (a PHP array), and `.env.js` / `.env.production.json` modules exist; the
 * parser of the code beats the name start, which only says what the file holds. So for a
 * script named after the process file that runs it (`Procfile.sh`, from `web: bash Procfile.sh`).
 */
const SOURCE_LANGUAGES: ReadonlySet<LanguageId> = new Set(['php', 'javascript', 'typescript', 'python', 'ruby', 'json', 'shell']);

interface NameRule {
  text: string;
  language: LanguageId;
}

function rules(pick: (files: (typeof LANGUAGES)[LanguageId]['files']) => readonly string[]): NameRule[] {
  return LANGUAGE_IDS.flatMap((language) => pick(LANGUAGES[language].files).map((text) => ({ text: text.toLowerCase(), language })));
}

const BY_NAME = new Map(rules((files) => files.names).map((rule) => [rule.text, rule.language]));
const BY_PREFIX = rules((files) => files.prefixes);
const BY_SUFFIX = rules((files) => files.suffixes).sort((a, b) => b.text.length - a.text.length);
/** The catalogue's paths (Tomcat's `conf/Catalina/<host>/<app>.xml`) split into lowercase segments. */
const BY_PATH = LANGUAGE_IDS.flatMap((language) => {
  const files: FileNames = LANGUAGES[language].files;
  return (files.paths ?? []).map((path) => ({ segments: path.toLowerCase().split('/'), language }));
});

/** Whether a lowercase path ends in segments matching the pattern's (one `*` per segment at most). */
function endsInSegments(path: string, pattern: readonly string[]): boolean {
  const segments = path.split(/[\\/]/);
  if (segments.length < pattern.length) return false;
  const tail = segments.slice(-pattern.length);
  return pattern.every((part, index) => {
    const star = part.indexOf('*');
    const segment = tail[index]!;
    if (star < 0) return segment === part;
    const before = part.slice(0, star);
    const after = part.slice(star + 1);
    return segment.length >= before.length + after.length && segment.startsWith(before) && segment.endsWith(after);
  });
}

const BY_FRAME = LANGUAGE_IDS.flatMap((language) => {
  const files: FileNames = LANGUAGES[language].files;
  return (files.framed ?? []).map(({ start, end }) => ({ start: start.toLowerCase(), end: end.toLowerCase(), language }));
});

/**
 * Which of our languages a path is, from its name; undefined for files no rule reads. A backup copy
 * (`database.php.bak`, `main-local.php~`) is its original's language where the catalogue reads those
 * (FileNames.backedUp): config, not code left aside (`environment.ts.bak`).
 */
export function languageOf(path: string): LanguageId | undefined {
  const copied = copiedConfigLanguage(path);
  if (copied) return copied;
  const named = languageOfName(path);
  if (named) return named;
  if (isKeyMaterialName(baseName(path))) return 'keyfile';
  const lower = path.toLowerCase();
  const template = TEMPLATE_ENDINGS.find((candidate) => lower.endsWith(candidate));
  if (template !== undefined) return languageOfName(path.slice(0, -template.length));
  const ending = BACKUP_ENDINGS.find((candidate) => lower.endsWith(candidate));
  const original = ending === undefined ? undefined : languageOfName(path.slice(0, -ending.length));
  const files: FileNames | undefined = original === undefined ? undefined : LANGUAGES[original].files;
  return files?.backedUp === true ? original : undefined;
}

/** `config/database.yml.sql`: the YAML it copies (COPY_ENDINGS), where the catalogue reads that language's backups. */
function copiedConfigLanguage(path: string): LanguageId | undefined {
  const lower = path.toLowerCase();
  const ending = COPY_ENDINGS.find((candidate) => lower.endsWith(candidate));
  if (ending === undefined) return undefined;
  const original = languageOfName(path.slice(0, -ending.length));
  const files: FileNames | undefined = original === undefined || original === 'sql' ? undefined : LANGUAGES[original].files;
  return files?.backedUp === true ? original : undefined;
}

/**
 * A settings file's template, committed for each checkout to copy and fill in (`config.inc.php.dist`,
 * `database.yml.example`, `settings.py.template`, `app.ini.exemplo`): read as the file it stands for, in the
 * `example` scope its ending gives it (scope/conventions.ts), so a guess from a name there is information while
 * a key of a known format is reported as anywhere else.
 */
const TEMPLATE_ENDINGS: readonly string[] = EXAMPLE_SUFFIXES.map((suffix) => `.${suffix}`);

function languageOfName(path: string): LanguageId | undefined {
  const name = baseName(path).toLowerCase();
  // A name with its folder (`.bundle/config`) first: the base name alone (`config`) says nothing.
  const whole = BY_NAME.get(withFolder(path).toLowerCase()) ?? BY_NAME.get(name);
  if (whole) return whole;
  const lowerPath = path.toLowerCase();
  const byPath = BY_PATH.find((rule) => endsInSegments(lowerPath, rule.segments));
  if (byPath) return byPath.language;
  const framed = BY_FRAME.find((rule) => name.length >= rule.start.length + rule.end.length && name.startsWith(rule.start) && name.endsWith(rule.end));
  if (framed) return framed.language;
  if (NEVER_OURS.some((suffix) => name.endsWith(suffix))) return undefined;
  const end = BY_SUFFIX.find((rule) => name.endsWith(rule.text))?.language;
  const start = BY_PREFIX.find((rule) => name.startsWith(rule.text));
  if (start && !(end && SOURCE_LANGUAGES.has(end))) return start.language;
  return end;
}

/** `a/.bundle/config` -> `.bundle/config`: the base name and the folder it is in. */
function withFolder(path: string): string {
  return path.split(/[\\/]/).slice(-2).join('/');
}

export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/**
 * Interpreters a `#!` line names, for scripts committed without an extension (`bin/deploy`,
 * `script/bootstrap`, Hubot's `bin/hubot`): the file is read as that language.
 */
const SHEBANG_INTERPRETERS: readonly { pattern: RegExp; language: LanguageId }[] = [
  { pattern: /^(?:sh|bash|dash|zsh|ksh|ash)$/, language: 'shell' },
  { pattern: /^python[\d.]*$/, language: 'python' },
  { pattern: /^ruby[\d.]*$/, language: 'ruby' },
  { pattern: /^(?:node|nodejs)$/, language: 'javascript' },
];

/** Longer than any `#!` line worth reading. */
const MAX_SHEBANG = 256;

/** How much of a file's start languageOfScript reads: a `#!` line, or an XML prolog and licence comment before the root. */
export const HEAD_CHARACTERS = 4096;

/**
 * The language of a file from its name or, for a name without an extension, from its `#!` line, or for an XML file
 * no name announces, from its root element (`head`: the file's first HEAD_CHARACTERS characters). Undefined for
 * files no rule reads.
 */
export function languageOfScript(path: string, head: string): LanguageId | undefined {
  const named = languageOf(path);
  const name = baseName(path);
  if (named) return named;
  if (isXmlName(name)) return isSpringBeansFile(head) ? 'xml' : undefined;
  if (!isExtensionless(name)) return undefined;
  if (!head.startsWith('#!')) {
    if (DOTENV_BARE_NAMES.has(name.toLowerCase())) return isDotenvText(head) ? 'dotenv' : undefined;
    return SECRET_FILE_NAMES.has(name.toLowerCase()) ? secretFileLanguage(head) : undefined;
  }
  const line = head.slice(2, MAX_SHEBANG).split(/\r?\n/, 1)[0]!;
  const interpreter = interpreterOf(line.trim().split(/\s+/));
  return SHEBANG_INTERPRETERS.find((entry) => entry.pattern.test(interpreter))?.language;
}

/**
 * A developer's committed copy of `.env` under a bare name (`env` beside `.env`, `dotenv`; probe27 4): read as a .env
 * file only when its start is nothing but `KEY=value` lines and comments. A script without a `#!` line (`exec "$@"`, an
 * `if`) or a Makefile under that name is not one. (`app.env`, `prod.env` are `.env` files by the catalogue's suffix.)
 */
const DOTENV_BARE_NAMES: ReadonlySet<string> = new Set(['env', 'dotenv']);
const DOTENV_LINE = /^(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_.]*[ \t]*=/;

function isDotenvText(head: string): boolean {
  // The last line may be cut off by the head's size: only whole lines are judged.
  const lines = head.split(/\r?\n/).slice(0, head.length >= HEAD_CHARACTERS ? -1 : undefined);
  const entries = lines.filter((line) => line.trim() !== '' && !/^\s*#/.test(line));
  return entries.length > 0 && entries.every((line) => DOTENV_LINE.test(line));
}

/**
 * The files an editor should hand over for their start to say what they are (languageOfScript): an XML file under a
 * name the catalogue does not list may be a Spring bean file (`mongo-connection.xml`), a bare `env` a .env file. The client's selector adds them;
 * the server drops those whose start says nothing (workspace.ts languageFor), as the CLI's walk does.
 */
export const HEAD_DETECTED_GLOBS: readonly string[] = ['**/*.xml', '**/{env,dotenv}'];

/** A name whose start may say what the file is (languageOfScript): a script without an extension, an XML file. */
export function readsHeadForLanguage(name: string): boolean {
  return isExtensionless(name) || isXmlName(name);
}

function isXmlName(name: string): boolean {
  return name.toLowerCase().endsWith('.xml');
}

/**
 * A Spring bean definition file under any name (`mongo-connection.xml`, `datasource-context.xml`, `infrastructure.xml`):
 * its root element is `<beans>` (or a prefixed `<beans:beans>`), after the prolog, comments and a DOCTYPE. A Maven
 * pom, an Android layout or a logging config has another root and is left to its name. Read by index: linear.
 */
function isSpringBeansFile(head: string): boolean {
  let at = 0;
  while (at < head.length) {
    const next = head.indexOf('<', at);
    if (next < 0 || head.slice(at, next).replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').trim() !== '') return false;
    const skipTo = head.startsWith('<?', next) ? '?>' : head.startsWith('<!--', next) ? '-->' : head.startsWith('<!', next) ? '>' : undefined;
    if (skipTo === undefined) return /^<(?:[\w.-]+:)?beans[\s>/]/.test(head.slice(next, next + 64));
    const end = head.indexOf(skipTo, next + 2);
    if (end < 0) return false;
    at = end + skipTo.length;
  }
  return false;
}

/**
 * Files named for the secret they hold, without an extension: `deploy/key` (an AWS CLI credentials file under
 * another name), `token`, `secret`, `api_key`. Whether they hold one is for the credential checks to say.
 */
const SECRET_FILE_NAMES: ReadonlySet<string> = new Set([
  'key', 'keys', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'api_key', 'api-key', 'access_key', 'secret_key', 'private_key', 'password', 'passwords',
]);

/**
 * A text file named for key material, whatever its extension (issue #9, probe26c 1): Alipay's `app_private_key.txt`, an RSA
 * login's `rsa_private_key.txt`, `server-key.asc`, an extensionless `deploy_rsa`. Read as a key file for its PEM private key
 * blocks only (config-keyfile.ts): the name says what it may hold, only the block proves it. `README.txt`, `keywords.txt`,
 * `requirements.txt` and `LICENSE` name nothing of the kind; `.cfg`/`.conf` names are their config languages'.
 */
const KEY_MATERIAL_WORD = /(?:^|[_.-])(?:private[_-]?key|priv[_-]?key|privkey|rsa|dsa|ecdsa|ed25519|key|keys|secret|secrets|cert|certs|certificate|pem)(?:[_.-]|$)/i;
const KEY_MATERIAL_ENDINGS = new Set(['txt', 'asc', 'crt', 'cer', 'cert', 'dat', 'priv', 'private', 'rsa', 'keystore']);

/** Read as a key file by isKeyMaterialName alone, not by the catalogue's names (`id_rsa`, `keys.txt`, `*.pem`). */
export function isKeyMaterialOnlyByName(path: string): boolean {
  return languageOfName(path) === undefined && isKeyMaterialName(baseName(path));
}

export function isKeyMaterialName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const extensionless = dot <= 0;
  if (!extensionless && !KEY_MATERIAL_ENDINGS.has(name.slice(dot + 1).toLowerCase())) return false;
  if (extensionless && SECRET_FILE_NAMES.has(name.toLowerCase())) return false;
  return name.length <= 80 && KEY_MATERIAL_WORD.test(extensionless ? name : name.slice(0, dot));
}

/** `[default]` or `name = value` as the first line that is not a comment: INI, as the AWS CLI writes it; else a key file. */
function secretFileLanguage(head: string): LanguageId {
  const first = head.split(/\r?\n/).find((line) => line.trim() !== '' && !/^\s*[#;]/.test(line));
  return first !== undefined && /^\s*(?:\[[^\]]+\]\s*$|[\w.-]+\s*=)/.test(first) ? 'ini' : 'keyfile';
}

/** An extensionless file a credential check reads by its name (`deploy/key`, `token`): SECRET_FILE_NAMES. */
export function isSecretFileName(name: string): boolean {
  return isExtensionless(name) && SECRET_FILE_NAMES.has(name.toLowerCase());
}

/**
 * Launchers that run the interpreter named after them: env, and s6-overlay's `with-contenv` (a service's
 * `run` file: `#!/command/with-contenv bash`, the container's environment restored).
 */
const LAUNCHERS = new Set(['env', 'with-contenv']);

/** `/usr/bin/env -S ruby -w` -> `ruby`; `/bin/bash -e` -> `bash`; `/usr/bin/with-contenv sh` -> `sh`. */
function interpreterOf(words: readonly string[]): string {
  const command = baseName(words[0] ?? '');
  if (!LAUNCHERS.has(command)) return command;
  // env's options and VAR=value assignments come before the command it runs.
  const program = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('='));
  return baseName(program ?? '');
}

/** `deploy`, `hubot`: no dot after a name's first character. */
export function isExtensionless(name: string): boolean {
  return name.length > 0 && !name.slice(1).includes('.');
}
