// Credentials that a shell command takes as arguments, wherever shell is written: scripts,
// Dockerfile RUN lines and CI steps (`run:`, `script:`). The word alone says nothing; the
// command and the flag before it do: `curl -H "Authorization: Bearer …"`, `curl -u user:pass`,
// `docker login -p …`, `--password …`, `mysql -p…`.
import { MappedText } from '../../languages/mapped-text';
import { lexShell, simpleCommands, type ShellToken, type ShellWord } from '../../languages/shell';
import type { RuleContext } from '../../rule';
import { credentialName } from '../../secrets';
import { isCommandOutput, reportConfigValue, reportShellWord } from './config-common';
import { reportHeredocFiles, type KnownPaths } from './shell-heredocs';
import type { Span } from '../../types';

/** Registry logins whose `-p` is the password (elsewhere `-p` is a port, a path, a prompt). */
const LOGIN_COMMANDS = new Set(['docker', 'podman', 'buildah', 'nerdctl', 'skopeo', 'helm', 'oras', 'crane']);
/** `mysql -pSECRET` (attached; a separate `-p` prompts for it), `sshpass -pSECRET`. */
const ATTACHED_PASSWORD_COMMANDS = new Set(['mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mariadb', 'mariadb-dump', 'sshpass']);
const HEADER_FLAGS = new Set(['-H', '--header']);
/** Commands given `user<separator>password` in one word: `curl -u u:p`, `lftp -u u,p`, `smbclient -U u%p`. */
const USER_PASSWORD_FLAGS: ReadonlyMap<string, { flags: ReadonlySet<string>; separator: string }> = new Map([
  ['curl', { flags: new Set(['-u', '--user', '--proxy-user']), separator: ':' }],
  ['lftp', { flags: new Set(['-u', '--user']), separator: ',' }],
  ['smbclient', { flags: new Set(['-U', '--user']), separator: '%' }],
]);
/** An auth scheme before the credential in a header value. */
const AUTH_SCHEME = /^(?:bearer|token|basic|bot|apikey|api-key|key)\s+/i;

/** A credential argument: the word holding it, and what it is called. */
interface Argument {
  /** Index of the word that holds the value: the flag's own (`-pX`) or the next. */
  at: number;
  name: string;
  value: MappedText;
}

/**
 * Each command's credential arguments, then every other word judged alone (`--password=x`,
 * `API_KEY=x`, tokens, URL passwords): a word is reported once.
 */
export function reportShellTokens(context: RuleContext, tokens: readonly ShellToken[], advice: string, options: { depth?: number; paths?: KnownPaths } = {}): void {
  const depth = options.depth ?? 0;
  const fileLines = reportHeredocFiles(context, tokens, advice, options.paths).sort((a, b) => a.start - b.start);
  for (const command of simpleCommands(tokens)) {
    if (fileLines.length > 0 && command.words.every((word) => withinAny(word.text.whole, fileLines))) continue;
    const handled = new Set<number>();
    const script = depth < MAX_NESTED_SCRIPTS ? nestedScriptAt(command.words) : -1;
    if (script >= 0) {
      handled.add(script);
      reportShellTokens(context, lexShell(command.words[script]!.text), advice, { ...options, depth: depth + 1 });
    }
    for (const argument of credentialArguments(command.words)) {
      handled.add(argument.at);
      if (isCommandOutput(argument.value.text)) continue;
      reportConfigValue(context, { name: argument.name, value: argument.value, span: argument.value.whole, advice });
    }
    command.words.forEach((word, index) => handled.has(index) || reportShellWord(context, word, advice));
    // `TOKEN=$(curl -u user:pass …)`: the substitution's script is a command line of its own.
    if (depth < MAX_NESTED_SCRIPTS) {
      for (const word of command.words) for (const inner of word.substitutions ?? []) reportShellTokens(context, lexShell(inner.script), advice, { ...options, depth: depth + 1 });
    }
  }
}

/** A line a heredoc's file was read by (`lines` in source order): its words are that file's, not the shell's. */
function withinAny(span: Span, lines: readonly Span[]): boolean {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = lines[middle]!;
    if (span.start < line.start) high = middle - 1;
    else if (span.start >= line.end) low = middle + 1;
    else return span.end <= line.end;
  }
  return false;
}

/** Shells whose `-c` takes a script: `sh -c "PGPASSWORD=… pg_dump …"`, `bash -lc '…'`. */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
/** `-c` alone or among other single-letter options (`-lc`, `-ec`, `-euc`). */
const SCRIPT_FLAG = /^-[a-z]*c[a-z]*$/;
/** `sh -c "sh -c '…'"` nests; a bound keeps a hostile input from recursing far. */
const MAX_NESTED_SCRIPTS = 3;

/**
 * The index of the script a shell is handed with `-c`, or -1: its words are a command line of their own
 * (read as one, so `mysql -p…` inside it is mysql's), not one word of the shell's. Only the shell run first:
 * `docker exec db sh -c '…'` hands the script on as `kubectl exec … -- sh -c` does, and both are read.
 */
function nestedScriptAt(words: readonly ShellWord[]): number {
  const shell = words.findIndex((word) => SHELLS.has(word.text.text.slice(word.text.text.lastIndexOf('/') + 1)));
  if (shell < 0) return -1;
  const flag = words.findIndex((word, index) => index > shell && SCRIPT_FLAG.test(word.text.text));
  return flag > 0 && flag + 1 < words.length && words[flag + 1]!.text.text !== '$_' ? flag + 1 : -1;
}

/**
 * A command run without a shell, as its argument vector: `subprocess.run(["mysql", "-p…"])`, Ruby's
 * `system("docker", "login", "-p", "…")`, Node's `spawn('sshpass', ['-p', '…'])`. Each item is the word a
 * shell would have split; an item that is no literal (undefined) is a value read elsewhere, so the flag
 * before it takes nothing written here.
 */
export function reportArgv(context: RuleContext, items: readonly (MappedText | undefined)[], advice: string): void {
  const words = items.map((text, index): ShellWord => {
    const word = text ?? READ_ITEM;
    return { kind: 'word', text: word, start: 0, end: 0, bareEquals: index === 0 || !text ? -1 : word.text.indexOf('=') };
  });
  reportShellTokens(context, words, advice);
}

const READ_ITEM = MappedText.contiguous('$_', 0);

/**
 * A command line with the code's interpolations in it (`#{x}` in Ruby, `${x}` in JS, `{x}` in a Python
 * f-string) as a shell reads a variable: each becomes `$___` as long as it was written, so offsets still map.
 */
export function interpolationsAsReads(raw: string, interpolation: RegExp): string {
  return raw.replace(interpolation, (found) => `$${'_'.repeat(found.length - 1)}`);
}

function credentialArguments(words: readonly ShellWord[]): Argument[] {
  const program = programName(words);
  if (program === undefined) return [];
  const found: Argument[] = [];
  const userFlags = USER_PASSWORD_FLAGS.get(program);
  words.forEach((word, index) => {
    const flag = word.text.text;
    const next = words[index + 1]?.text;
    let argument: Omit<Argument, 'at'> | undefined;
    let at = index + 1;
    if (HEADER_FLAGS.has(flag) && next) argument = headerCredential(next);
    else if (userFlags?.flags.has(flag) && next) argument = userPassword(next, userFlags.separator);
    else if (program === 'curl' && /^-u[^-]/.test(flag)) [argument, at] = [userPassword(word.text.slice(2), ':'), index];
    else if (/^-p[^-]/.test(flag) && runsAttachedPasswordCommand(words, index)) [argument, at] = [{ name: 'password', value: word.text.slice(2) }, index];
    else if (OPENSSL_PASS_FLAG.test(flag) && next?.text.startsWith('pass:')) argument = { name: 'password', value: next.slice('pass:'.length) };
    else if (next && isPasswordFlag(flag, program, words) && !(program === 'sshpass' && inWrappedCommand(words, index))) argument = { name: flagName(flag), value: next };
    else if (ECHO_COMMANDS.has(program) && index > 0) argument = echoedAssignment(word.text);
    if (argument) found.push({ ...argument, at });
    else if (program === 'curl' && next && CURL_BODY_FLAGS.has(flag)) for (const pair of formPairs(next, CURL_FORM_FLAGS.has(flag))) found.push({ ...pair, at });
  });
  return found;
}

/** curl's request bodies of `name=value` pairs: `-d "grant_type=…&secret=…"`, `--data-urlencode "password=…"`, `-F "client_secret=…"`. */
const CURL_BODY_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '-F', '--form', '--form-string']);
/** A form field is one pair, its value up to `;` (`-F "file=@a.csv;type=text/csv"`). */
const CURL_FORM_FLAGS = new Set(['-F', '--form', '--form-string']);

/**
 * The credential-named pairs of a form body, read as a URL's query is (probe29c 3): `secret=<hex>` in a body is the same
 * secret as in `?secret=<hex>`. A value read from a file (`@token.txt`, `<key.pem`) or the body from one (`-d @body.json`)
 * holds nothing written here; nor does a JSON body (`-d '{…}'`: no `name=` at its start).
 */
function formPairs(body: MappedText, form: boolean): Omit<Argument, 'at'>[] {
  const found: Omit<Argument, 'at'>[] = [];
  const text = body.text;
  if (text.length > MAX_FORM_BODY || !/^[A-Za-z_][\w.\[\]-]{0,63}=/.test(text)) return found;
  let start = 0;
  while (start < text.length) {
    const amp = form ? -1 : text.indexOf('&', start);
    const stop = amp < 0 ? text.length : amp;
    // Within this pair only, so each character is looked at a bounded number of times.
    const at = text.slice(start, stop).indexOf('=');
    const equals = at < 0 ? -1 : start + at;
    if (equals > start) {
      const name = text.slice(start, equals);
      const semicolon = form ? text.indexOf(';', equals) : -1;
      const valueEnd = semicolon >= 0 ? semicolon : stop;
      const first = text.charAt(equals + 1);
      if (valueEnd > equals + 1 && first !== '@' && first !== '<' && credentialName(name)) found.push({ name, value: body.slice(equals + 1, valueEnd) });
    }
    start = stop + 1;
  }
  return found;
}

/** Longer than any form body a script types out; a bound keeps the scan of a hostile line short. */
const MAX_FORM_BODY = 8192;

/**
 * One item of an argument list written as a config list, after the item `flag`: an MCP server's
 * `"args": [… "--access-token", "…"]`, a container's `args:`/`command:` items. The item after
 * `--header` is a header, the item after a long flag named for a credential is that credential.
 * The program is not in the list, so no program's own short flags (`-p`, `-u`) are read.
 */
export function listedArgument(flag: string, next: MappedText): { name: string; value: MappedText } | undefined {
  if (HEADER_FLAGS.has(flag)) return headerCredential(next);
  return isPasswordFlag(flag, '', []) ? { name: flagName(flag), value: next } : undefined;
}

/** Commands that write their words out, into a profile or an env file: `echo "export API_TOKEN=…" >> ~/.bashrc`. */
const ECHO_COMMANDS = new Set(['echo', 'printf']);
/** One line of a profile or env file as a word: `export NAME=value` or `NAME=value`. */
const ECHOED_ASSIGNMENT = /^(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,100})=([^\s'"]+)$/;

function echoedAssignment(text: MappedText): Omit<Argument, 'at'> | undefined {
  const match = ECHOED_ASSIGNMENT.exec(text.text);
  if (!match || !/^export[ \t]/.test(text.text)) return undefined;
  const valueStart = text.text.length - match[2]!.length;
  return { name: match[1]!, value: text.slice(valueStart, text.text.length) };
}

/** The command run, past `sudo` and `VAR=x` prefixes, as a bare name: `/usr/bin/curl` -> `curl`. */
function programName(words: readonly ShellWord[]): string | undefined {
  const first = words.find((word) => word.bareEquals <= 0 && word.text.text !== 'sudo' && word.text.text !== 'exec');
  const name = first?.text.text;
  // A flag first is no command: the pattern of a `case` branch (`-p|--password) PASSWORD="$2" ;;`).
  if (name === undefined || name.startsWith('-')) return undefined;
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * A flag whose next word is a credential: `--password X`, `--token X`, `--api-key X` for any
 * command (a separate value, not `--password-stdin`), and `-p X` for a registry login.
 */
function isPasswordFlag(flag: string, program: string, words: readonly ShellWord[]): boolean {
  // sshpass's `-p` is the password it types into ssh.
  if (flag === '-p') return program === 'sshpass' || (LOGIN_COMMANDS.has(program) && words.some((word) => word.text.text === 'login' || word.text.text === 'add'));
  // redis-cli's `-a` (and `--pass`) is the password it authenticates with; elsewhere `-a` is `all` or an address.
  if (flag === '-a') return program === 'redis-cli';
  // redis-server's `--requirepass X` (the password clients must give) and `--masterauth X` (a replica's to its primary).
  if (flag === '--requirepass' || flag === '--masterauth') return true;
  // `--password X`; single-dash long flags too: keytool's `-storepass X`/`-keypass X`, PowerShell's `-Password "X"`, `-ClientSecret "X"`.
  if (!/^--?[a-z][a-z0-9-]{3,}$/i.test(flag)) return false;
  return credentialName(flagName(flag)) !== undefined;
}

/** sshpass's options that take a value (`-p pass`, `-f file`, `-d fd`, `-P prompt`). */
const SSHPASS_VALUE_FLAGS = new Set(['-p', '-f', '-d', '-P']);

/** `sshpass -p X ssh -p 2222 host`: a word after sshpass's own options belongs to the command it wraps (ssh's `-p` is a port). */
function inWrappedCommand(words: readonly ShellWord[], index: number): boolean {
  let at = words.findIndex((word) => word.text.text === 'sshpass' || word.text.text.endsWith('/sshpass')) + 1;
  while (at > 0 && at < index && words[at]!.text.text.startsWith('-')) at += SSHPASS_VALUE_FLAGS.has(words[at]!.text.text) ? 2 : 1;
  return at > 0 && at < index;
}

function flagName(flag: string): string {
  return flag === '-p' || flag === '-a' ? 'password' : flag.replace(/^-+/, '');
}

/**
 * Whether the words before `index` run mysql (or sshpass) itself, also inside a container:
 * `docker compose exec db mysql -uroot -pX`, `kubectl exec pod -- mysqldump -pX`.
 */
function runsAttachedPasswordCommand(words: readonly ShellWord[], index: number): boolean {
  return words.slice(0, index).some((word) => ATTACHED_PASSWORD_COMMANDS.has(word.text.text.slice(word.text.text.lastIndexOf('/') + 1)));
}

/** openssl's password arguments: `-passin pass:X` is the password itself (`env:X`, `file:…`, `fd:N`, `stdin` read it from elsewhere). */
const OPENSSL_PASS_FLAG = /^-(?:passin|passout|pass|kpass)$/;

/** `Authorization: Bearer X`, `X-Api-Key: X`, `PRIVATE-TOKEN: X`: the value after the scheme. */
function headerCredential(header: MappedText): Omit<Argument, 'at'> | undefined {
  const colon = header.text.indexOf(':');
  if (colon <= 0) return undefined;
  const name = header.text.slice(0, colon).trim();
  if (!credentialName(name)) return undefined;
  const rest = header.text.slice(colon + 1);
  const start = colon + 1 + (rest.length - rest.trimStart().length);
  // `Authorization` is a weak name, so its value must look generated: `Bearer InvalidAuthToken` stays silent.
  const scheme = AUTH_SCHEME.exec(header.text.slice(start))?.[0].length ?? 0;
  return { name, value: header.slice(start + scheme) };
}

/** `curl -u user:pass`: the password after the first separator; `-u user` alone prompts for it. */
function userPassword(value: MappedText, separator: string): Omit<Argument, 'at'> | undefined {
  const at = value.text.indexOf(separator);
  return at > 0 ? { name: 'password', value: value.slice(at + 1) } : undefined;
}
