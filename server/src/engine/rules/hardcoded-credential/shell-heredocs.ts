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

/** Reports the setting lines of each heredoc that writes a file of a known format; the spans of the lines so read. */
export function reportHeredocFiles(context: RuleContext, tokens: readonly ShellToken[], advice: string): Span[] {
  if (!tokens.some((token) => token.kind === 'word' && token.heredoc !== undefined)) return [];
  const commands = simpleCommands(tokens);
  return commands.flatMap((command, index) => {
    const opener = command.words.find((word) => word.heredoc !== undefined);
    if (!opener?.heredoc) return [];
    // `cat <<EOF | sudo tee /etc/app.env`: the file is the next command's.
    const piped = command.after?.op === '|' ? commands[index + 1]?.words ?? [] : [];
    const format = readsManifest(command.words) || readsManifest(piped) ? 'settings' : formatOf(writtenFile(command.words) ?? writtenFile(piped), opener);
    return format ? readBody(context, opener.heredoc, format, advice) : [];
  });
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
