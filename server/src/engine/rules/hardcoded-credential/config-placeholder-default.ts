// `password: ${DB_PASSWORD:Xk29-fq!}` in Spring, Micronaut and Quarkus config: the default after the
// colon is what the app runs with whenever the variable is unset, so it is judged as the value
// itself, under the key's name (or the variable's, when the key names nothing). Empty and
// placeholder defaults (`${DB_PASSWORD:}`, `${JWT_SECRET:changeme}`) stay silent. Shell and compose
// defaults (`${VAR:-x}`, `${VAR-x}`) count only when generated (`${JWT_SECRET:-9f2c…}`): a chosen word
// there (`${DB_PASSWORD:-postgres}`) is the stock local password, whose policy is compose's own.
// Rails' ERB fallbacks in YAML (`<%= ENV.fetch("X") { "…" } %>`) are judged the same way.
import type { MappedText } from '../../languages/mapped-text';
import { credentialName } from '../../secrets';

/**
 * The whole value is one `${NAME:default}`; a default cannot hold another placeholder. A second colon
 * starts no default: `${VAULT::block::attribute::1}` is a WildFly/JBoss vault expression, a read.
 */
const SPRING_PLACEHOLDER = /^\$\{([A-Za-z_][\w.-]*):(?![-?+=:])([^{}$]*)\}$/;

export interface PlaceholderDefault {
  /** The name the default is judged under. */
  name: string;
  /** The variable (or property) the placeholder reads. */
  variable: string;
  value: MappedText;
  /** A shell default: reported only when the value is generated. */
  generatedOnly?: boolean;
}

/** `${NAME:-default}` / `${NAME-default}`, compose's and the shell's: the default when the variable is unset (or empty). */
const SHELL_DEFAULT = /^\$\{([A-Za-z_]\w{0,120}):?-([^{}$]*)\}$/;

/**
 * Micronaut's guides quote the placeholder inside the YAML string (`secret: '"${JWT_SECRET:…}"'`) so
 * that the default may hold YAML's special characters; the quotes are not part of the default.
 */
const INNER_QUOTES = /^(["'])(.*)\1$/s;

/**
 * ERB in Rails' YAML (database.yml, cable.yml, storage.yml): `<%= ENV.fetch("DB_PASSWORD") { "…" } %>`,
 * `<%= ENV.fetch("DB_PASSWORD", "…") %>`, `<%= ENV["DB_PASSWORD"] || "…" %>`: the fallback is the value
 * whenever the variable is unset. Group 2 is the variable, group 4 the default.
 */
const ERB_FALLBACKS = [
  /^<%=\s*ENV\.fetch\(\s*(["'])([A-Za-z_]\w{0,120})\1\s*\)\s*\{\s*(["'])([^"'\r\n]{0,500})\3\s*\}\s*-?%>$/d,
  /^<%=\s*ENV\.fetch\(\s*(["'])([A-Za-z_]\w{0,120})\1\s*,\s*(["'])([^"'\r\n]{0,500})\3\s*\)\s*-?%>$/d,
  /^<%=\s*ENV\[\s*(["'])([A-Za-z_]\w{0,120})\1\s*\]\s*(?:\|\||\bor\b)\s*(["'])([^"'\r\n]{0,500})\3\s*-?%>$/d,
];

function erbDefault(name: string | undefined, value: MappedText): PlaceholderDefault | undefined {
  const leading = value.text.length - value.text.trimStart().length;
  for (const pattern of ERB_FALLBACKS) {
    const match = pattern.exec(value.text.trim());
    if (!match || match[4]!.trim() === '') continue;
    const [start, end] = match.indices![4]!;
    return { name: surerName(name, match[2]!), variable: match[2]!, value: value.slice(leading + start, leading + end) };
  }
  return undefined;
}

/**
 * What a plain setting holds when its variable is unset: `${MYSQL_USER:petclinic}` -> `petclinic`; any other value is
 * itself. The user beside a `${MYSQL_PASS:petclinic}` password is read so, to tell a login repeated as its password.
 */
export function valueWhenUnset(text: string): string {
  const match = SPRING_PLACEHOLDER.exec(text.trim()) ?? SHELL_DEFAULT.exec(text.trim());
  return match ? match[2]!.replace(INNER_QUOTES, '$2') : text;
}

/** Ktor's YAML config: `secret: "$ADMIN_SECRET:test"` reads ADMIN_SECRET, `test` when it is unset. */
const KTOR_DEFAULT = /^\$([A-Za-z_]\w{0,120}):(?![-?+=:])(.*)$/;

export function placeholderDefault(name: string | undefined, value: MappedText, ktor = false): PlaceholderDefault | undefined {
  if (value.text.includes('<%')) return erbDefault(name, value);
  const trimmed = value.text.trim();
  const quoted = INNER_QUOTES.exec(trimmed);
  const leading = value.text.length - value.text.trimStart().length + (quoted ? 1 : 0);
  const ktorMatch = ktor ? KTOR_DEFAULT.exec(quoted ? quoted[2]! : trimmed) : null;
  if (ktorMatch && ktorMatch[2]!.trim() !== '') {
    const start = leading + 1 + ktorMatch[1]!.length + 1;
    return { name: surerName(name, ktorMatch[1]!), variable: ktorMatch[1]!, value: value.slice(start, start + ktorMatch[2]!.length) };
  }
  const shell = SHELL_DEFAULT.exec(quoted ? quoted[2]! : trimmed);
  if (shell) return shellDefault(name, value, shell, leading);
  const match = SPRING_PLACEHOLDER.exec(quoted ? quoted[2]! : trimmed);
  if (!match || match[2]!.trim() === '') return undefined;
  const variable = match[1]!;
  const start = leading + 2 + variable.length + 1;
  return { name: surerName(name, variable), variable, value: value.slice(start, start + match[2]!.length) };
}

/** The name that says "credential" more surely: a strong one first, then the key's (`smtp-auth: ${SMTP_PASSWORD:…}` is a password). */
function surerName(key: string | undefined, variable: string): string {
  return key !== undefined && strength(key) >= strength(variable) ? key : variable;
}

const STRENGTH = { strong: 2, weak: 1 } as const;

function strength(name: string): number {
  const credential = credentialName(name);
  return credential ? STRENGTH[credential.strength] : 0;
}

function shellDefault(name: string | undefined, value: MappedText, match: RegExpExecArray, leading: number): PlaceholderDefault | undefined {
  const variable = match[1]!;
  if (match[2]!.trim() === '') return undefined;
  const start = leading + match[0].length - 1 - match[2]!.length;
  return { name: surerName(name, variable), variable, value: value.slice(start, start + match[2]!.length), generatedOnly: true };
}
