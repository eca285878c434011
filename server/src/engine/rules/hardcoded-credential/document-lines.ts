// A settings file written inside another text: a YAML block scalar (cloud-init's `write_files`
// content, a ConfigMap's `app.env: |`), or a multi-line string literal in code (a Go raw string of
// default YAML, a Java text block of an INI file, a PHP nowdoc). Each of its setting lines is a value
// under the line's name, read here without parsing: one word or one quoted string per line, so a
// sentence or a line of code is no setting.
import type { MappedText } from '../../languages/mapped-text';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';
import { reportConfigValue } from './config-common';

/** One setting line: its name and the offsets of its value (inside any quotes) in the searched text. */
export interface SettingLine {
  name: string;
  start: number;
  end: number;
}

/**
 * A block that is a program, not a file of settings: a Zabbix item's or webhook's JavaScript
 * (`params: |`), an nginx or Logstash config, an inline Lua script. Its `auth_token: null,` and
 * `glpi.authToken = GLPi.getAuthToken(…);` are code: only formats and URL passwords are read in it.
 * Two lines of code tell it: one that opens with `}`, `//` or a statement keyword, ends with `{`, or
 * ends with `;` without being a setting (`url=jdbc:sqlserver://db;databaseName=app;` is one).
 */
export function readsAsCode(block: string): boolean {
  let code = 0;
  for (const line of block.split('\n')) if ((CODE_LINE.test(line) || (line.trimEnd().endsWith(';') && !SETTING_LINE.test(line))) && ++code >= 2) return true;
  return false;
}

const CODE_LINE = /^\s*(?:\}|\/\/|(?:var|let|const|function|return|if|for|while|local)\b)|\{\s*$/;
const SETTING_LINE = /^\s*(?:export\s+)?[\w.-]+\s*[=:]/;

/** `NAME=value` (or `export NAME=value`) as one line of an env file, its value optionally quoted. */
const ENV_FILE_LINE = /^[ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9_]*)=([^\r\n]*)$/gm;

/**
 * `spring.datasource.password=value` as one line of a `.properties` file: a dotted lowercase name, as
 * Java properties are named, so a shell line (`count=0`) is not read as one. The value to the end of the line.
 */
const PROPERTIES_FILE_LINE = /^[ \t]*([a-z][\w-]{0,60}(?:\.[\w-]{1,60}){1,8})[ \t]*=[ \t]*(\S(?:[^\r\n]*\S)?)[ \t]*$/dgm;

/**
 * `password: value` as one line of a YAML file (k3s' registries.yaml, a `config.yml`). One word or one
 * quoted string only, so a line of code (`password: str = "…"`) is no value.
 */
const YAML_FILE_LINE = /^[ \t]*(?:- )?([A-Za-z_][\w.-]{0,80}):[ \t]+([^\s#'"][^\s#]*|"[^"\r\n]*"|'[^'\r\n]*')[ \t]*(?:#[^\r\n]*)?$/dgm;

/**
 * `bind_password = value` as one line of an INI or TOML file (go-ini's, PHP's parse_ini_string, a
 * `[section]` of Python's configparser): a lowercase name without dots (those are properties, an
 * uppercase one an env line), one word or one quoted string, an end-of-line comment.
 */
const INI_FILE_LINE = /^[ \t]*([a-z_][\w-]{0,80})[ \t]*=[ \t]*([^\s#;'"][^\s#;]*|"[^"\r\n]*"|'[^'\r\n]*')[ \t]*(?:[#;][^\r\n]*)?$/dgm;

/** The setting lines of `text`, each once, in the order of the shapes above. */
export function settingLines(text: string): SettingLine[] {
  const lines: SettingLine[] = [];
  for (const match of text.matchAll(ENV_FILE_LINE)) {
    const raw = match[2]!.trimEnd();
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]!) ? 1 : 0;
    const start = match.index + match[0].indexOf('=') + 1 + quoted;
    lines.push({ name: match[1]!, start, end: start + raw.length - 2 * quoted });
  }
  for (const match of text.matchAll(PROPERTIES_FILE_LINE)) lines.push({ name: match[1]!, start: match.indices![2]![0], end: match.indices![2]![1] });
  for (const shape of [YAML_FILE_LINE, INI_FILE_LINE]) {
    for (const match of text.matchAll(shape)) {
      const raw = match[2]!;
      const quoted = raw[0] === '"' || raw[0] === "'" ? 1 : 0;
      const start = match.indices![2]![0] + quoted;
      lines.push(innerAssignment(text, { name: match[1]!, start, end: start + raw.length - 2 * quoted }));
    }
  }
  return lines;
}

/** `SECRET_KEY=…` as a value: an environment variable the setting sets (uWSGI's and tox's `env = …`), named by its own name. */
const VALUE_ASSIGNMENT = /^[A-Z][A-Z0-9_]{1,100}=(?=[^=])/;

function innerAssignment(text: string, line: SettingLine): SettingLine {
  const inner = VALUE_ASSIGNMENT.exec(text.slice(line.start, line.end))?.[0];
  return inner === undefined ? line : { name: inner.slice(0, -1), start: line.start + inner.length, end: line.end };
}

/**
 * A file written out from another text (cloud-init's `write_files: [{ content: | … }]`, a ConfigMap's
 * `app.env: | …`, a shell heredoc into `config/secrets.yml`): each setting line is judged as the file's own
 * line would be, by its name, under the keys of the YAML lines indented above it (`development:` makes a
 * chosen word local). The lines' spans, so a caller can leave them to this reading.
 */
export function reportSettingLines(context: RuleContext, value: MappedText, advice: string): Span[] {
  return settingLines(value.text).map(({ name, start, end }) => {
    const line = value.slice(start, end);
    reportConfigValue(context, { name, value: line, span: line.whole, advice, keys: [...parentKeys(value.text, start), name] });
    return lineAround(value, start);
  });
}

/** The YAML keys (`production:`) of the lines above `at` each indented less than the one before. */
function parentKeys(text: string, at: number): string[] {
  const keys: string[] = [];
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let indent = text.slice(lineStart).search(/\S/);
  // Bounded: a hostile block of many lines is not walked back in full for each of them.
  for (let seen = 0; lineStart > 0 && indent > 0 && keys.length < 8 && seen < 200; seen++) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const parent = /^([ \t]*)([A-Za-z_][\w.-]{0,80}):[ \t]*$/.exec(text.slice(lineStart, end));
    if (parent && parent[1]!.length < indent) {
      keys.unshift(parent[2]!);
      indent = parent[1]!.length;
    }
  }
  return keys;
}

/** The source span of the whole line holding offset `at` of `value`. */
function lineAround(value: MappedText, at: number): Span {
  const start = value.text.lastIndexOf('\n', at - 1) + 1;
  const next = value.text.indexOf('\n', at);
  return value.span(start, next < 0 ? value.text.length : next);
}
