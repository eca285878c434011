// A JSON document written as one string literal in code (`"{\"user\":\"svc\",\"password\":\"…\"}"`,
// a Go raw string, a PHP body): each credential-named field is judged as a value under that name.
// So is one written base64-encoded (`eyJ…`: a Google service account's or OAuth client's JSON kept in
// one config value, as SuiteCRM's `google_auth_json` and many `*_CREDENTIALS_BASE64` settings do),
// reported as the whole literal. So are the setting lines of a YAML, INI or env file written as one
// multi-line literal (document-lines.ts). No fix: a field is part of a string.
import type { EnvReadSpelling } from '../../languages/catalogue';
import type { RuleContext } from '../../rule';
import type { FileScope } from '../../scope';
import { credentialName, findJsonCredentialFields, isUiContainerName, splitWords, type JsonField } from '../../secrets';
import { readsAsCode, settingLines } from './document-lines';
import type { Report, Span } from '../../types';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './report';
import { nameTarget, type Target } from './target';

/** The reports for the credential fields of `value` when it is a JSON object; `spanOf` maps offsets in `value` to the source. */
export function jsonFieldReports(value: string, spanOf: (start: number, end: number) => Span, fileScope: FileScope, envRead: EnvReadSpelling, holder?: string): Report[] {
  const fields = findJsonCredentialFields(value);
  if (fields.length === 0 && holder !== undefined && !isDocumentationName(holder)) fields.push(...documentCredentialFields(value));
  if (fields.length > 0) return fields.flatMap((field) => fieldReport(field, spanOf(field.start, field.end), fileScope, envRead));
  const decoded = decodedJson(value);
  // Offsets in the decoded text are not the source's: the first credential field stands for the whole literal.
  const first = decoded === undefined ? undefined : findJsonCredentialFields(decoded).flatMap((field) => fieldReport(field, spanOf(0, value.length), fileScope, envRead))[0];
  return first ? [first] : [];
}

/**
 * The name a multi-line literal is kept under, `holder`, says whether it is a settings file (`defaults`,
 * `builtinConfig`) or documentation of one (Ansible's `EXAMPLES`, a `usageText`, a `helpTemplate`), whose
 * `password: S3cret…` shows a shape. A literal under no name (a docstring, an argument) is not read.
 * A YAML, INI or env file written as one multi-line literal (a Go raw string of default config, a Java
 * text block, a nowdoc): its credential-named setting lines. Two setting lines at least, so a message
 * with one `password: …` line in it is no file; a block that reads as code is none either.
 */
function documentCredentialFields(text: string): JsonField[] {
  if (!text.includes('\n') || text.length > MAX_DOCUMENT_LENGTH || readsAsCode(text)) return [];
  const lines = settingLines(text);
  if (lines.length < 2) return [];
  return lines.flatMap(({ name, start, end }) => {
    const credential = credentialName(name);
    return credential ? [{ name, credential, value: text.slice(start, end), start, end }] : [];
  });
}

/**
 * A call that reads its text argument as settings: `new StringReader("""…""")` handed to `Properties.load`,
 * Typesafe Config's `ConfigFactory.parseString(…)`, `yaml.Unmarshal([]byte(`…`), &cfg)`, `ini.Load(…)`. A literal
 * under no name read so is a settings file all the same: the call's name stands for its holder.
 */
export function isSettingsReader(callName: string): boolean {
  return SETTINGS_READER.test(callName);
}

const SETTINGS_READER = /(?:^|\.)(?:load|parse|read|unmarshal|decode)\w*$|(?:Reader|InputStream)$/i;

/** Words of a name that keep documentation, not settings: Ansible modules' `DOCUMENTATION`, `EXAMPLES`, `RETURN`. */
const DOCUMENTATION_WORDS = new Set(['doc', 'docs', 'documentation', 'example', 'examples', 'sample', 'samples', 'usage', 'help', 'readme', 'tutorial', 'template', 'templates', 'return', 'returns', 'snippet', 'snippets']);

function isDocumentationName(name: string): boolean {
  return splitWords(name).some((word) => DOCUMENTATION_WORDS.has(word)) || isUiContainerName(name);
}

/** Documents past this size are data pasted into code, not a settings file: not read, as JSON bodies are not. */
const MAX_DOCUMENT_LENGTH = 20_000;

function fieldReport(field: JsonField, span: Span, fileScope: FileScope, envRead: EnvReadSpelling): Report[] {
  const target: Target = { ...nameTarget([field.name]), noFix: true };
  const found = wholeLiteralReport({ span, value: field.value, what: field.credential.noun, isToken: false, target, defaultEnvName: target.envName }, envRead);
  const verdict = credentialValueReport(field.value, target, field.credential, fileScope, found);
  return verdict ? [verdict] : [];
}

/** Base64 of a JSON object: it starts `{"` (`eyJ`), `{\n` (`ewo`) or `{ "` (`eyAi`); no dots, so no JWT. */
const BASE64_JSON = /^(?:eyJ|ewo|eyAi)[A-Za-z0-9+/]{16,}={0,2}$/;
const MAX_ENCODED_LENGTH = 27_000;

function decodedJson(value: string): string | undefined {
  if (value.length > MAX_ENCODED_LENGTH || value.length % 4 !== 0 || !BASE64_JSON.test(value)) return undefined;
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/**
 * Reports the credential fields of a literal whose raw text (from `base` in the file) is a JSON object,
 * `'{"username": "svc", "password": "…"}'` in Python, JS or Ruby; whether there were any.
 */
export function reportJsonLiteral(raw: string, base: number, context: Pick<RuleContext, 'report' | 'scope'>, envRead: EnvReadSpelling, holder?: string): boolean {
  const reports = jsonFieldReports(raw, (start, end) => ({ start: base + start, end: base + end }), context.scope, envRead, holder);
  for (const report of reports) context.report(report);
  return reports.length > 0;
}
