// `'DJANGO_SECRET_KEY=…'` as a string of its own: an environment handed to a process as a list of
// `NAME=value` items (gunicorn's `raw_env`, a container's `Env`/`environment` list in the Docker SDKs,
// a child process's env). The name says what the value is, as in a `.env` line. The same item in a
// command line the code hands on (`"-e GF_SECURITY_ADMIN_PASSWORD=… grafana/grafana"`, `"PGPASSWORD=…
// pg_dump shop"`) is one too.
import { credentialName, envNameFrom, findHeaderListFields, isPlaceholder, isSecretLikeValue } from '../../secrets';
import type { Report, Span } from '../../types';
import type { EnvReadSpelling } from '../../languages/catalogue';
import type { RuleContext } from '../../rule';
import { isInterpolated } from './config-common';

export interface EnvAssignment {
  name: string;
  /** Offsets of the value inside the string's text. */
  start: number;
  end: number;
  /** A whole string (`list`), one word of a command line (`command`), one header of a header list (`headers`) or one property line (`property`). */
  within: 'list' | 'command' | 'headers' | 'property';
}

/** An env-style name (`DB_PASSWORD`), `=`, and a value with no space in it: one assignment, not a sentence. */
const ASSIGNMENT = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)=(\S+)$/;
/** Flags whose next word is an environment item: `docker run -e`, `--env`, `--build-arg`. */
const ENV_FLAGS = new Set(['-e', '--env', '--build-arg']);
/** The same flags written with their item: `--env=NAME=value`. */
const ATTACHED_FLAG = /^--(?:env|build-arg)=/;

/**
 * `"spring.datasource.password=…"` as a string of its own: one line of a properties file handed over as a list
 * item (SpringApplicationBuilder's `properties(…)`, `@SpringBootTest(properties = …)`, `TestPropertyValues.of(…)`,
 * a `-D` list). A dotted lowercase name, as Java properties are named.
 */
const PROPERTY_ASSIGNMENT = /^([a-z][\w-]{0,60}(?:\.[\w-]{1,60}){1,8})=(\S+)$/;

/** The credential assigned in `raw`, when the whole string is one `NAME=value` (or property line) whose name is a credential's. */
export function envAssignmentIn(raw: string): EnvAssignment | undefined {
  return credentialAssignment(raw, 0, 'list') ?? credentialAssignment(raw, 0, 'property', PROPERTY_ASSIGNMENT);
}

/**
 * The credentials a command line in `raw` assigns: the items after an environment flag, and the
 * `NAME=value` words a command starts with (its environment). Other words are the command's own.
 */
export function commandAssignmentsIn(raw: string): EnvAssignment[] {
  const words = [...raw.matchAll(/\S+/g)].map((match) => ({ text: match[0], at: match.index }));
  if (words.length < 2) return [];
  const found: EnvAssignment[] = [];
  let leading = true;
  words.forEach((word, index) => {
    const attached = ATTACHED_FLAG.exec(word.text)?.[0].length ?? 0;
    const afterFlag = index > 0 && ENV_FLAGS.has(words[index - 1]!.text);
    const inLeadingEnv = leading && ASSIGNMENT.test(word.text) && index < words.length - 1;
    leading = inLeadingEnv;
    if (!afterFlag && !attached && !inLeadingEnv) return;
    // `-e DB_PASSWORD=<your password>`: the start of a placeholder that spans words.
    if (/=[<[{]/.test(word.text)) return;
    const assignment = credentialAssignment(word.text.slice(attached), word.at + attached, 'command');
    if (assignment) found.push(assignment);
  });
  return found;
}

function credentialAssignment(text: string, at: number, within: EnvAssignment['within'], shape = ASSIGNMENT): EnvAssignment | undefined {
  const match = shape.exec(text);
  const name = match?.[1];
  const written = match?.[2];
  if (name === undefined || written === undefined) return undefined;
  // `MASTER_PASSWORD='%s'` (a SQL or shell item quoting its value): the value is what the quotes hold.
  const quoted = /^(['"])(.+)\1$/.exec(written);
  const value = quoted ? quoted[2]! : written;
  if (isInterpolated(value) || isPlaceholder(value)) return undefined;
  const credential = credentialName(name);
  if (!credential || !isSecretLikeValue(value, { weakName: credential.strength === 'weak', name })) return undefined;
  const start = at + name.length + 1 + (quoted ? 1 : 0);
  return { name, start, end: start + value.length, within };
}

/**
 * `'x-honeycomb-team=…'` (what OTEL_EXPORTER_OTLP_HEADERS holds): the headers of a header list named
 * for a credential. A header carries a key an API issued, so its value must look generated (as under
 * a weak name): qemu's `-o key-secret=sec0` names the secret object that holds the key.
 */
function headerAssignmentsIn(raw: string): EnvAssignment[] {
  return findHeaderListFields(raw)
    .filter((field) => !isInterpolated(field.value) && !isPlaceholder(field.value) && isSecretLikeValue(field.value, { weakName: true, name: field.name }))
    .map((field) => ({ name: field.name, start: field.start, end: field.end, within: 'headers' as const }));
}

/** Reports the assignments in `raw` (a string's text, starting at `base` in the file), if there are any. */
export function reportEnvAssignment(raw: string, base: number, envRead: EnvReadSpelling, context: Pick<RuleContext, 'report'>): boolean {
  const whole = envAssignmentIn(raw);
  const assignments = whole ? [whole] : [...headerAssignmentsIn(raw), ...commandAssignmentsIn(raw)];
  for (const assignment of assignments) {
    const span = { start: base + assignment.start, end: base + assignment.end };
    context.report(envAssignmentReport(span, raw.slice(assignment.start, assignment.end), assignment, envRead));
  }
  return assignments.length > 0;
}

const WHERE: Record<EnvAssignment['within'], string> = {
  list: 'item of an environment list',
  headers: 'header of a header list',
  command: 'assignment of a command line',
  property: 'property line',
};

/** Reported at the value; no fix: the list is the program's way of passing its environment on. */
function envAssignmentReport(span: Span, secret: string, assignment: EnvAssignment, envRead: EnvReadSpelling): Report {
  const { name, within } = assignment;
  const where = WHERE[within];
  const variable = within === 'property' ? envNameFrom(name.split('.')) : name;
  return {
    span,
    secret,
    message: `Factor III: hardcoded ${credentialName(name)?.noun ?? 'secret'} in the ${name}=… ${where}; pass ${envRead(variable)} on instead.`,
    noFixReason: `the value is one ${where}; pass the variable through from the environment by hand`,
  };
}
