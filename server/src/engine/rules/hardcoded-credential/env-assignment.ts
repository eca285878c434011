// `'DJANGO_SECRET_KEY=…'` as a string of its own: an environment handed to a process as a list of
// `NAME=value` items (gunicorn's `raw_env`, a container's `Env`/`environment` list in the Docker SDKs,
// a child process's env). The name says what the value is, as in a `.env` line.
import { credentialName, isPlaceholder, isSecretLikeValue } from '../../secrets';
import type { Report, Span } from '../../types';
import type { EnvReadSpelling } from '../../languages/catalogue';
import type { RuleContext } from '../../rule';
import { isInterpolated } from './config-common';

export interface EnvAssignment {
  name: string;
  /** Offsets of the value inside the string's text. */
  start: number;
  end: number;
}

/** An env-style name (`DB_PASSWORD`), `=`, and a value with no space in it: one assignment, not a sentence. */
const ASSIGNMENT = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)=(\S+)$/;

/** The credential assigned in `raw`, when the whole string is one `NAME=value` whose name is a credential's. */
export function envAssignmentIn(raw: string): EnvAssignment | undefined {
  const match = ASSIGNMENT.exec(raw);
  const name = match?.[1];
  const value = match?.[2];
  if (name === undefined || value === undefined || isInterpolated(value) || isPlaceholder(value)) return undefined;
  const credential = credentialName(name);
  if (!credential || !isSecretLikeValue(value, { weakName: credential.strength === 'weak', name })) return undefined;
  return { name, start: name.length + 1, end: raw.length };
}

/** Reports the assignment in `raw` (a string's text, starting at `base` in the file), if there is one. */
export function reportEnvAssignment(raw: string, base: number, envRead: EnvReadSpelling, context: Pick<RuleContext, 'report'>): boolean {
  const assignment = envAssignmentIn(raw);
  if (!assignment) return false;
  const span = { start: base + assignment.start, end: base + assignment.end };
  context.report(envAssignmentReport(span, raw.slice(assignment.start), assignment.name, envRead));
  return true;
}

/** Reported at the value; no fix: the list is the program's way of passing its environment on. */
function envAssignmentReport(span: Span, secret: string, name: string, envRead: EnvReadSpelling): Report {
  return {
    span,
    secret,
    message: `Factor III: hardcoded ${credentialName(name)?.noun ?? 'secret'} in the ${name}=… item of an environment list; pass ${envRead(name)} on instead.`,
    noFixReason: 'the value is one item of an environment list; pass the variable through from the environment by hand',
  };
}
