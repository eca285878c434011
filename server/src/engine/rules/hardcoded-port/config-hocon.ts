// Ktor's `application.conf`: `ktor.deployment.port = 8080` with no `port = ${?PORT}` after it binds
// 8080 whatever the platform assigns. Ktor's project generator writes both lines; the second is the
// environment read that keeps the literal as the local default.
import { parseHocon, type HoconField } from '../../languages/hocon';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix } from '../../types';
import { isNonServerPath } from '../process-paths';

const PORT_PATH = 'ktor.deployment.port';

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  const ports = parseHocon(context.text).filter((field) => field.path.join('.') === PORT_PATH);
  // Later fields win in HOCON: any substitution after the literal overrides it from the environment.
  const last = ports[ports.length - 1];
  if (!last || last.substituted) return;
  const literal = literalPort(last);
  if (literal === undefined) return;
  const fix = overrideFix(context.text, last);
  context.report({
    span: last.value.whole,
    message: `Factor VII: Ktor binds hardcoded port ${literal}; add \`port = \${?PORT}\` after it so the platform's PORT wins and ${literal} stays the local default.`,
    ...(fix ? { fix } : {}),
  });
}

/** `port = ${?PORT}` on the next line, with the same key and indent; only where the literal is alone on its line. */
function overrideFix(text: string, field: HoconField): ReplaceFix | undefined {
  const { start, end } = field.value.whole;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = nextLineEnd(text, end);
  const before = /^([ \t]*)((?:(?:ktor\.)?deployment\.)?port)[ \t]*[=:][ \t]*$/.exec(text.slice(lineStart, start));
  if (!before || !/^[ \t]*(?:(?:#|\/\/).*)?$/.test(text.slice(end, lineEnd))) return undefined;
  return { kind: 'replace', title: 'Read the port from PORT', edits: [{ span: { start: lineEnd, end: lineEnd }, text: `\n${before[1]}${before[2]} = \${?PORT}` }] };
}

function literalPort(field: HoconField): number | undefined {
  const text = field.value.text.trim();
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : 0;
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** The end of the line holding `offset` (before its line break), where the override goes. */
function nextLineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

export const hoconCheck: LanguageCheck = { languages: ['hocon'], keywords: ['port'], check };
