// logback's Groovy config (logback.groovy, as Grails generates it; logback-classic read it up to 1.2):
// `appender('FILE', RollingFileAppender) { file = '…' }`, reported as the XML's `<appender class>` is, when a
// `logger(…, ['FILE'])` or `root(…, ['FILE'])` uses it (or nothing names any appender). An appender set up
// inside an `if` that development mode or the environment decides (Grails' `Environment.isDevelopmentMode()`,
// `if (logDir)` after `def logDir = System.getenv('LOG_DIR')`) is no file the deployed app writes unasked.
import { baseName } from '../../languages/detect';
import { groovyTokens } from '../../languages/groovy';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { FILE_APPENDER_CLASS } from './java-xml';

type Token = ReturnType<typeof groovyTokens>[number];

const LOGBACK_GROOVY = /^logback[\w-]*\.groovy$/i;
/** A condition that development mode or an environment read decides. */
const DECIDED = /^(?:System\.getenv|System\.getProperty|Environment\.isDevelopmentMode|Environment\.DEVELOPMENT|Environment\.TEST|isDevelopmentMode)$/;
const LOCAL_NAME = /^['"](?:development|dev|local|test)['"]$/i;
/** logback.groovy imports the logback classes it names; a full name is read as the XML's class attribute. */
const FILE_APPENDER = /^(?:Rolling)?FileAppender$/;

interface Appender {
  name: string;
  span: Span;
  className: string;
  decided: boolean;
}

function check(context: RuleContext): void {
  if (!LOGBACK_GROOVY.test(baseName(context.path))) return;
  const tokens = groovyTokens(context.text);
  const envNames = environmentReads(tokens);
  const refs = new Set<string>();
  const appenders: Appender[] = [];
  /** Per open `{`: whether an `if` the environment decides opened it. */
  const opened: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === '{') opened.push(isDecidedIf(tokens, i, envNames));
    else if (token.text === '}') opened.pop();
    else if (token.kind === 'name' && tokens[i + 1]?.text === '(') {
      if (token.text === 'appender') {
        const appender = appenderAt(tokens, i + 2, opened.includes(true));
        if (appender) appenders.push(appender);
      } else if (token.text === 'logger' || token.text === 'root') for (const name of listedNames(tokens, i + 1)) refs.add(name);
    }
  }
  for (const appender of appenders) {
    if (appender.decided || (refs.size > 0 && !refs.has(appender.name))) continue;
    context.report({ span: appender.span, message: `Factor XI: the ${appender.className.split('.').pop()} "${appender.name}" writes the log to a file; log to stdout and let the platform route the stream.` });
  }
}

/** Variables the script reads from the environment: `def logDir = System.getenv('LOG_DIR')`. */
function environmentReads(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.text === '=' && tokens[i - 1]?.kind === 'name' && DECIDED.test(tokens[i + 1]?.text ?? '')) names.add(tokens[i - 1]!.text);
  });
  return names;
}

/** Whether the `{` at `brace` opens `if (…) {` whose condition reads development mode or the environment. */
function isDecidedIf(tokens: readonly Token[], brace: number, envNames: ReadonlySet<string>): boolean {
  if (tokens[brace - 1]?.text !== ')') return false;
  let depth = 0;
  for (let i = brace - 1; i >= 0; i--) {
    const text = tokens[i]!.text;
    if (text === ')') depth++;
    else if (text === '(' && --depth === 0) return tokens[i - 1]?.text === 'if' && tokens.slice(i + 1, brace - 1).some((token) => isDecidingToken(token, envNames));
  }
  return false;
}

function isDecidingToken(token: Token, envNames: ReadonlySet<string>): boolean {
  if (token.kind === 'string') return LOCAL_NAME.test(token.text);
  return token.kind === 'name' && (DECIDED.test(token.text) || envNames.has(token.text));
}

/** `appender('NAME', RollingFileAppender)`, from the token after `(`. */
function appenderAt(tokens: readonly Token[], at: number, decided: boolean): Appender | undefined {
  const [name, comma, type] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (name?.kind !== 'string' || comma?.text !== ',' || type?.kind !== 'name') return undefined;
  if (!(type.text.includes('.') ? FILE_APPENDER_CLASS : FILE_APPENDER).test(type.text)) return undefined;
  return { name: name.text.slice(1, -1), span: { start: type.start, end: type.end }, className: type.text, decided };
}

/** The appender names a `logger(…)`/`root(…)` call lists in brackets, from its `(`. */
function listedNames(tokens: readonly Token[], open: number): string[] {
  const names: string[] = [];
  let [parens, brackets] = [0, 0];
  for (let i = open; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text === '(') parens++;
    else if (text === ')' && --parens === 0) break;
    else if (text === '[') brackets++;
    else if (text === ']') brackets--;
    else if (brackets > 0 && tokens[i]!.kind === 'string') names.push(text.slice(1, -1));
  }
  return names;
}

export const logbackGroovyCheck: LanguageCheck = { languages: ['groovy'], keywords: ['appender'], check };
