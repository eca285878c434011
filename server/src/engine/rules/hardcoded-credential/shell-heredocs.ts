// A heredoc that writes a file (`cat <<EOF > config/secrets.yml`, `cat > .env <<'EOF'`, `sudo tee
// /etc/app/app.env <<EOF`), in a script, a Dockerfile RUN or a CI step: its body is that file's text,
// so it is read in the file's format (a YAML, env, INI or properties file's setting lines, a JSON
// object's fields), by each line's name, as the file itself would be. Other heredocs (a script fed to
// `ssh host <<EOF`, SQL to `psql <<SQL`, a message to `cat <<EOF`) stay words of the shell. A manifest fed to
// `kubectl apply -f -` is a YAML file too.
import { baseName } from '../../languages/detect';
import type { MappedText } from '../../languages/mapped-text';
import { simpleCommands, type ShellToken, type ShellWord } from '../../languages/shell';
import type { RuleContext } from '../../rule';
import { findJsonCredentialFields } from '../../secrets';
import type { Span } from '../../types';
import { reportConfigValue } from './config-common';
import { reportSettingLines } from './document-lines';

type FileFormat = 'settings' | 'json';

/** Names given a path before the script runs: a Dockerfile stage's ENV/ARG, a CI workflow's, job's or step's `env:`. */
export type KnownPaths = ReadonlyMap<string, string>;

/**
 * Reports the setting lines of each heredoc that writes a file of a known format; the spans of the lines so read.
 * `known`: the paths names hold when the script starts, which its own assignments then override.
 */
export function reportHeredocFiles(context: RuleContext, tokens: readonly ShellToken[], advice: string, known?: KnownPaths): Span[] {
  if (!tokens.some((token) => token.kind === 'word' && token.heredoc !== undefined)) return [];
  const commands = simpleCommands(tokens);
  const paths = new Map<string, string>(known ?? []);
  return commands.flatMap((command, index) => {
    notePathAssignments(command.words, paths);
    const opener = command.words.find((word) => word.heredoc !== undefined);
    if (!opener?.heredoc) return [];
    // `cat <<EOF | sudo tee /etc/app.env`: the file is the next command's.
    const piped = command.after?.op === '|' ? commands[index + 1]?.words ?? [] : [];
    const file = writtenFile(command.words) ?? writtenFile(piped);
    const format = readsManifest(command.words) || readsManifest(piped) ? 'settings' : formatOf(file === undefined ? undefined : resolvedPath(file, paths), opener);
    return format ? readBody(context, opener.heredoc, format, advice) : [];
  });
}

/** Words before the assignments of a declaring builtin: `export CONF=…`, `readonly CONF=…`, `local -r cfg=…`. */
const DECLARING = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);
const SHELL_NAME = /^[A-Za-z_]\w*$/;

/**
 * `CONFIG_FILE=/etc/app/app.yml`, `local cfg="…/production.json"`: a name given a literal path earlier in the
 * same script, so `cat > "$CONFIG_FILE" <<EOF` writes that file. The latest assignment wins; one that
 * expands anything but a default (`${X:-/etc/app.yml}`) is unknown and forgets the name.
 */
function notePathAssignments(words: readonly ShellWord[], paths: Map<string, string>): void {
  let index = 0;
  if (DECLARING.has(words[0]?.text.text ?? '')) for (index = 1; words[index]?.text.text.startsWith('-'); index++);
  const assignments = words.slice(index);
  // `CONF=… cmd` gives the name to that command only.
  if (!assignments.every((word) => word.bareEquals > 0 && SHELL_NAME.test(word.text.text.slice(0, word.bareEquals)))) return;
  for (const word of assignments) {
    const text = word.text.text;
    notePath(paths, text.slice(0, word.bareEquals), text.slice(word.bareEquals + 1));
  }
}

/** `name` given `value`: a literal (or a `${X:-lit}` default) is the path it holds; anything expanded forgets the name. */
export function notePath(paths: Map<string, string>, name: string, value: string): void {
  const path = expansionDefault(value);
  if (path === undefined || /[$`]/.test(path)) paths.delete(name);
  else paths.set(name, path);
}

/** `${X:-lit}` / `${X-lit}`: the literal used when X is unset; any other text as it is. */
function expansionDefault(value: string): string | undefined {
  if (!value.startsWith('${')) return value;
  return /^\$\{\w+:?-([^$`{}]*)\}$/.exec(value)?.[1];
}

/** `$CONF`, `${CONF}`, `${CONF:-/etc/app.yml}` as the written file: the path the script gave it; other words as they are. */
function resolvedPath(file: string, paths: ReadonlyMap<string, string>): string {
  const name = /^\$\{?(\w+)\}?$/.exec(file)?.[1];
  if (name !== undefined) return paths.get(name) ?? file;
  return expansionDefault(file) ?? file;
}

function readBody(context: RuleContext, body: MappedText, format: FileFormat, advice: string): Span[] {
  if (format === 'settings') return reportSettingLines(context, body, advice);
  return findJsonCredentialFields(body.text).map((field) => {
    const value = body.slice(field.start, field.end);
    reportConfigValue(context, { name: field.name, value, span: value.whole, advice });
    return value.whole;
  });
}

/** The file a command writes: after `>`/`>>` (apart or attached, not `2>`), or `tee`'s first operand. */
function writtenFile(words: readonly ShellWord[]): string | undefined {
  for (const [index, word] of words.entries()) {
    const text = word.text.text;
    const attached = /^>>?(.+)$/.exec(text)?.[1];
    const file = attached ?? (text === '>' || text === '>>' || text === '>|' ? words[index + 1]?.text.text : undefined);
    if (file !== undefined && file !== '/dev/null') return file;
  }
  const tee = words.findIndex((word) => baseName(word.text.text) === 'tee');
  return tee < 0 ? undefined : words.slice(tee + 1).find((word) => !/^[->]/.test(word.text.text))?.text.text;
}

/** Kubernetes' clients, which take manifests (YAML) from their input with `-f -`. */
const MANIFEST_CLIENTS = new Set(['kubectl', 'oc', 'k3s', 'microk8s.kubectl']);
const MANIFEST_VERBS = new Set(['apply', 'create', 'replace']);

/** `kubectl apply -f - <<EOF`, `cat <<EOF | kubectl create -n ns -f -`: the body is a manifest (a Secret's `stringData`). */
function readsManifest(words: readonly ShellWord[]): boolean {
  const texts = words.map((word) => word.text.text);
  const client = texts.findIndex((text) => MANIFEST_CLIENTS.has(baseName(text)));
  if (client < 0 || !texts.slice(client + 1).some((text) => MANIFEST_VERBS.has(text))) return false;
  return texts.some((text, index) => text === '-f-' || text === '--filename=-' || (text === '-' && (texts[index - 1] === '-f' || texts[index - 1] === '--filename')));
}

/** Files of settings lines; `.env.production`, `app.env`, `~/.aws/credentials`, `.pypirc` among them. */
const SETTINGS_FILE = /(?:\.(?:ya?ml|env|ini|cfg|conf|toml|properties)|^\.env(?:\.[\w-]+)?|^credentials|^\.pypirc)$/i;
/** A heredoc named for its format when it names no file: `kubectl apply -f - <<YAML`, `curl -d @- <<JSON`. */
const FORMAT_DELIMITER = /^(?:YAML|YML|ENV|DOTENV|INI|TOML|PROPERTIES|JSON)$/;

function formatOf(file: string | undefined, opener: ShellWord): FileFormat | undefined {
  const name = file === undefined ? undefined : baseName(file);
  if (name !== undefined && /\.json$/i.test(name)) return 'json';
  if (name !== undefined && SETTINGS_FILE.test(name)) return 'settings';
  const delimiter = /^<<-?(\w+)$/.exec(opener.text.text)?.[1];
  if (delimiter === undefined || !FORMAT_DELIMITER.test(delimiter)) return undefined;
  return delimiter === 'JSON' ? 'json' : 'settings';
}
