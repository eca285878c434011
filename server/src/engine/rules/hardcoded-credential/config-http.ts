// HTTP request files (`.http`, `.rest`: VS Code's REST Client, JetBrains' HTTP Client) committed to
// try an API: `@token = …` file variables, the headers of each request (`Authorization: Bearer …`,
// `X-Api-Key: …`), its URL (a password or a key in the query) and the fields of its body.
// `{{…}}` references (`{{$dotenv TOKEN}}`, `{{token}}`) are no values.
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { CREDENTIAL_KEYWORDS } from './keywords';
import { reportConfigValue } from './config-common';

const ADVICE = 'keep it out of the committed file: a `{{$dotenv NAME}}` or `{{$processEnv NAME}}` reference (REST Client), `{{$env.NAME}}` or an http-client.private.env.json (JetBrains)';

const REQUEST_LINE = /^(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE|GRAPHQL)\s+)?(?:https?:\/\/|\{\{)\S*/;
const METHOD_LINE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE|GRAPHQL)\s+\S/;
const VARIABLE = /^@([\w.-]+)\s*=\s*(.*?)\s*$/;
const HEADER = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;
/** `Bearer <token>`, `Token <token>`: the scheme says what the rest is. */
const TOKEN_SCHEME = /^(?:Bearer|Token|token|bearer)\s+(\S+)$/;
/** REST Client's `Basic user:password` / `Basic user password`, `Digest user password`: the password part. */
const LOGIN_SCHEME = /^(?:Basic|Digest)\s+[^\s:]+(?::|\s+)(\S+)$/;
const JSON_FIELD = /"([\w.-]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
const FORM_FIELD = /(?:^|&)([\w.-]+)=([^&\s]*)/g;

type Part = 'none' | 'headers' | 'body';

function check(context: RuleContext): void {
  let part: Part = 'none';
  let offset = 0;
  for (const line of context.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const text = line.replace(/\r$/, '');
    const trimmed = text.trim();
    if (trimmed.startsWith('###')) {
      part = 'none';
      continue;
    }
    if (trimmed.startsWith('#') || trimmed.startsWith('//')) continue;
    if (trimmed === '') {
      if (part === 'headers') part = 'body';
      continue;
    }
    const at = start + text.indexOf(trimmed);
    const value = (from: number, length: number) => MappedText.contiguous(trimmed.slice(from, from + length), at + from);
    const report = (name: string | undefined, from: number, length: number) => {
      if (length > 0) reportConfigValue(context, { name, value: value(from, length), span: { start: at + from, end: at + from + length }, advice: ADVICE });
    };
    const variable = VARIABLE.exec(trimmed);
    if (variable && part !== 'body') {
      report(variable[1], trimmed.length - variable[2]!.length, variable[2]!.length);
    } else if (part !== 'headers' && (METHOD_LINE.test(trimmed) || (part === 'none' && REQUEST_LINE.test(trimmed)))) {
      part = 'headers';
      // The URL alone: a method before it and an HTTP version after it are no part of it.
      const url = /^(?:[A-Z]+\s+)?(\S+)/.exec(trimmed)!;
      report(undefined, url[0].length - url[1]!.length, url[1]!.length);
    } else if (part === 'headers') {
      const header = HEADER.exec(trimmed);
      if (header) reportHeader(header[1]!, header[2]!, trimmed.length - header[2]!.length, report);
    } else if (part === 'body') {
      reportBodyFields(trimmed, report);
    }
  }
}

function reportHeader(name: string, text: string, from: number, report: (name: string | undefined, from: number, length: number) => void): void {
  const token = TOKEN_SCHEME.exec(text);
  if (token) return report('token', from + text.length - token[1]!.length, token[1]!.length);
  const login = LOGIN_SCHEME.exec(text);
  if (login) return report('password', from + text.length - login[1]!.length, login[1]!.length);
  report(name, from, text.length);
}

/** `"password": "…"` in a JSON body, `password=…&…` in a form body: each field judged by its own name. */
function reportBodyFields(line: string, report: (name: string | undefined, from: number, length: number) => void): void {
  for (const match of line.matchAll(JSON_FIELD)) {
    const valueStart = match.index! + match[0].length - match[2]!.length - 1;
    report(match[1], valueStart, match[2]!.length);
  }
  if (line.startsWith('{') || line.startsWith('"') || !line.includes('=')) return;
  for (const match of line.matchAll(FORM_FIELD)) report(match[1], match.index! + match[0].length - match[2]!.length, match[2]!.length);
}

/** `Authorization: Basic` and a bare `@token` need no other word than the shared credential words. */
export const httpFileCheck: LanguageCheck = {
  languages: ['http'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
