// Secrets in commented-out lines, in every language: `// mongoose.connect('mongodb+srv://app:…@cluster0.x.mongodb.net')`,
// `# STRIPE_KEY = "sk_live_…"`. A comment is committed as code is: whoever reads the repository reads the
// secret. Only what proves itself is read here, since a comment names nothing: a token of a known format,
// and a password in a connection URL to a real host (not this machine, a compose service or a doc's
// example host). A comment of two sentences or more is prose (findUrlPasswords) and shows a shape.
import { LANGUAGES, type CommentSyntax } from '../../languages/catalogue';
import type { PrefilterInput } from '../../prefilter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { findTokens, findUrlPasswords, isTemplatePassword, mayHoldToken, tooShortForAnyFormat, type UrlPassword } from '../../secrets';
import type { LanguageId } from '../../types';
import { isLocalHost, isPlaceholderHost, urlHost } from '../hardcoded-backing-service/services';
import { commentedTokenReport, commentedUrlPasswordReport } from './report';

/** Formats a server signs per session or test (a JWT): in a comment, an example of a header far more often than a key. */
const SIGNED_FORMATS: ReadonlySet<string> = new Set(['jwt']);
/** Comments longer than this are not commented-out lines. */
const MAX_LINE = 2000;

const SECOND_MARKERS: Partial<Record<LanguageId, string>> = { php: '#', ini: '#', hocon: '//', tfvars: '//', properties: '!' };

/**
 * The languages read here and their whole-line comment markers (the catalogue's, and the second
 * marker some take: PHP's and INI's `#`, HOCON's and tfvars' `//`). A `.env` file is where secrets belong
 * (config-dotenv.ts judges it as a whole); notebooks, components and JSP
 * hold another language's code inside a container: not read line by line.
 */
const LINE_MARKERS: ReadonlyMap<LanguageId, readonly string[]> = new Map(
  (['javascript', 'typescript', 'python', 'go', 'java', 'kotlin', 'ruby', 'php', 'groovy', 'yaml', 'dockerfile', 'properties', 'ini', 'shell', 'makefile', 'powershell', 'hocon', 'toml', 'tfvars', 'sql'] as const).map(
    (id) => [id, markersOf(id, LANGUAGES[id].comment)],
  ),
);

function markersOf(id: LanguageId, comment: CommentSyntax): string[] {
  const line = comment !== 'none' && 'line' in comment ? [comment.line] : [];
  const second = SECOND_MARKERS[id];
  return second ? [...line, second] : line;
}

export const commentedSecretCheck: LanguageCheck = {
  languages: [...LINE_MARKERS.keys()],
  keywords: [],
  mayReport,
  check,
};

/** Every language's markers at once: the prefilter is not told the language, and more lines only keep more files. */
const ANY_MARKER: readonly string[] = [...new Set([...LINE_MARKERS.values()].flat())];

/**
 * A whole-line comment holding a URL or what may be a token: one pass over the lines, the token test on comments only,
 * and only on a line long enough for the check's findTokens to read (most comment lines of code are shorter).
 */
function mayReport(file: PrefilterInput): boolean {
  for (const line of commentLines(file.text, ANY_MARKER)) {
    if (line.text.includes('://') || (!tooShortForAnyFormat(line.text) && mayHoldToken(line.text, line.text.toLowerCase()))) return true;
  }
  return false;
}

interface CommentLine {
  /** Offset of the comment's text (after its marker) in the file. */
  start: number;
  text: string;
}

/** The comments that are whole lines: a marker first on the line, a shebang excluded. */
function* commentLines(text: string, markers: readonly string[]): Generator<CommentLine> {
  for (let lineStart = 0; lineStart < text.length; ) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    let at = lineStart;
    while (at < lineEnd && (text[at] === ' ' || text[at] === '\t')) at++;
    const marker = markers.find((candidate) => text.startsWith(candidate, at));
    if (marker && lineEnd - at < MAX_LINE && !text.startsWith('#!', at)) yield { start: at + marker.length, text: text.slice(at + marker.length, lineEnd) };
    lineStart = lineEnd + 1;
  }
}

/**
 * The first line of a comment block a generator writes into every app, whose example lines are its documentation, the
 * same in thousands of repositories: `figaro install`'s `config/application.yml` ("Add configuration values here, as shown
 * below." over commented pusher and Stripe example keys). The block runs to the first line that is not a comment; a key
 * commented out after it (a blank line, a setting between) is the app's own and stays reported.
 */
const GENERATOR_TEMPLATE_HEADERS: readonly RegExp[] = [/^\s*Add configuration values here, as shown below\.\s*$/];

function check(context: RuleContext): void {
  const markers = LINE_MARKERS.get(context.language);
  if (!markers) return;
  let templateEnd = -1;
  for (const line of commentLines(context.text, markers)) {
    if (line.start < templateEnd) continue;
    if (GENERATOR_TEMPLATE_HEADERS.some((header) => header.test(line.text))) {
      templateEnd = commentBlockEnd(context.text, line.start, markers);
      continue;
    }
    if (line.text.includes('://')) for (const url of findUrlPasswords(line.text)) reportUrl(url, line, context);
    for (const token of findTokens(line.text)) {
      if (SIGNED_FORMATS.has(token.id)) continue;
      const span = { start: line.start + token.start, end: line.start + token.end };
      context.report(commentedTokenReport(span, line.text.slice(token.start, token.end), token.format));
    }
  }
}

/** Where the run of whole-line comments holding `from` ends: the start of its first line that is not one (a blank line ends it). */
function commentBlockEnd(text: string, from: number, markers: readonly string[]): number {
  for (let lineStart = text.indexOf('\n', from) + 1; lineStart > 0; lineStart = text.indexOf('\n', lineStart) + 1) {
    let at = lineStart;
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    if (!markers.some((marker) => text.startsWith(marker, at))) return lineStart;
  }
  return text.length;
}

function reportUrl(url: UrlPassword, line: CommentLine, context: RuleContext): void {
  const password = line.text.slice(url.start, url.end);
  const host = urlHost(line.text.slice(url.urlStart, url.urlEnd))?.host;
  if (!host || isTemplatePassword(password) || !isRealHost(host)) return;
  context.report(commentedUrlPasswordReport({ start: line.start + url.start, end: line.start + url.end }, password, url.scheme));
}

/** A host some deployment runs: a dotted name or an address, not this machine, a compose service or a doc's host. */
function isRealHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name.includes('.') && !isLocalHost(name) && !isPlaceholderHost(name) && !/(?:^|\.)(?:local|lan|home)$/i.test(name);
}
