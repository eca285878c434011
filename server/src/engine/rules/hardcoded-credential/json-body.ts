// A JSON document written as one string literal in code (`"{\"user\":\"svc\",\"password\":\"…\"}"`,
// a Go raw string, a PHP body): each credential-named field is judged as a value under that name.
// So is one written base64-encoded (`eyJ…`: a Google service account's or OAuth client's JSON kept in
// one config value, as SuiteCRM's `google_auth_json` and many `*_CREDENTIALS_BASE64` settings do),
// reported as the whole literal. No fix: a field is part of a string.
import type { EnvReadSpelling } from '../../languages/catalogue';
import type { RuleContext } from '../../rule';
import type { FileScope } from '../../scope';
import { findJsonCredentialFields, type JsonField } from '../../secrets';
import type { Report, Span } from '../../types';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './report';
import { nameTarget, type Target } from './target';

/** The reports for the credential fields of `value` when it is a JSON object; `spanOf` maps offsets in `value` to the source. */
export function jsonFieldReports(value: string, spanOf: (start: number, end: number) => Span, fileScope: FileScope, envRead: EnvReadSpelling): Report[] {
  const fields = findJsonCredentialFields(value);
  if (fields.length > 0) return fields.flatMap((field) => fieldReport(field, spanOf(field.start, field.end), fileScope, envRead));
  const decoded = decodedJson(value);
  // Offsets in the decoded text are not the source's: the first credential field stands for the whole literal.
  const first = decoded === undefined ? undefined : findJsonCredentialFields(decoded).flatMap((field) => fieldReport(field, spanOf(0, value.length), fileScope, envRead))[0];
  return first ? [first] : [];
}

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
export function reportJsonLiteral(raw: string, base: number, context: Pick<RuleContext, 'report' | 'scope'>, envRead: EnvReadSpelling): boolean {
  const reports = jsonFieldReports(raw, (start, end) => ({ start: base + start, end: base + end }), context.scope, envRead);
  for (const report of reports) context.report(report);
  return reports.length > 0;
}
