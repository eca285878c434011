// A JSON document written as one string literal in code (`"{\"user\":\"svc\",\"password\":\"…\"}"`,
// a Go raw string, a PHP body): each credential-named field is judged as a value under that name.
// No fix: a field is part of a string.
import type { EnvReadSpelling } from '../../languages/catalogue';
import type { FileScope } from '../../scope';
import { findJsonCredentialFields } from '../../secrets';
import type { Report, Span } from '../../types';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './report';
import { nameTarget, type Target } from './target';

/** The reports for the credential fields of `value` when it is a JSON object; `spanOf` maps offsets in `value` to the source. */
export function jsonFieldReports(value: string, spanOf: (start: number, end: number) => Span, fileScope: FileScope, envRead: EnvReadSpelling): Report[] {
  return findJsonCredentialFields(value).flatMap((field) => {
    const target: Target = { ...nameTarget([field.name]), noFix: true };
    const found = wholeLiteralReport({ span: spanOf(field.start, field.end), value: field.value, what: field.credential.noun, isToken: false, target, defaultEnvName: target.envName }, envRead);
    const verdict = credentialValueReport(field.value, target, field.credential, fileScope, found);
    return verdict ? [verdict] : [];
  });
}
