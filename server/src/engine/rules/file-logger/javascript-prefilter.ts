// Whether a JS/TS file can hold a finding of file-logger, read without parsing. Past the keywords,
// a file that only writes files (writeFile, appendFile, createWriteStream) is reported only where
// something says "log": a log path or a log-named function, class, argument or logger
// (javascript-fs-writes.ts, javascript-streams.ts), a logger module, a Console built on a stream,
// or stdout/console replaced by a file writer. Most library code that writes files says none.
import { hasFragment, hasIdentifier, isAsciiAlnum, skipSpaces, type PrefilterInput } from '../../prefilter';
import { saysLog } from './javascript-names';

/** Keywords whose checks read a logger's own options (winston, pino, log4js, bunyan, fastify, AdonisJS, rotation). */
const LOGGER_FRAGMENTS = ['winston', 'pino', 'log4js', 'appenders', 'bunyan', 'fastify', 'targets.file', 'rotating-file-stream', 'file-stream-rotator'];

/** Loggers loggerOf knows by module, besides those above (their names say no "log"). */
const LOGGER_MODULES = ['morgan', 'signale', 'consola', 'tracer', 'roarr', 'loglevel', 'npmlog', 'mini-logger'];

export function mayReport({ text, lowered }: PrefilterInput): boolean {
  return (
    hasFragment(lowered, LOGGER_FRAGMENTS) ||
    hasFragment(lowered, LOGGER_MODULES) ||
    hasIdentifier(text, ['Console']) ||
    mayReplaceOutput(text) ||
    saysLogOutsideConsoleCalls(text, lowered, !consoleStandsAlone(text))
  );
}

/**
 * `process.stdout.write = …`, `console.error = …` (checkOutputOverride): a `write` assigned in a file
 * that names stdout or stderr, or a console method not called (`console.log(…)` replaces nothing).
 */
function mayReplaceOutput(text: string): boolean {
  if (hasIdentifier(text, ['stdout', 'stderr']) && assignsWrite(text)) return true;
  for (let at = text.indexOf('console'); at >= 0; at = text.indexOf('console', at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + 7])) continue;
    if (text[at + 7] === '[') return true;
    if (text[at + 7] === '.' && !isCalledAfter(text, at + 8)) return true;
  }
  return false;
}

/** `.write =`, `['write'] =`, `.write\t=`: not `==` nor `=>`. */
function assignsWrite(text: string): boolean {
  for (let at = text.indexOf('write'); at >= 0; at = text.indexOf('write', at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + 5])) continue;
    let next = at + 5;
    if (text[next] === "'" || text[next] === '"') next++;
    if (text[next] === ']') next++;
    next = skipSpaces(text, next);
    if (text[next] === '=' && text[next + 1] !== '=' && text[next + 1] !== '>') return true;
  }
  return false;
}

/** Whether the member name starting at `from` is called: `log(`, `error (`. */
function isCalledAfter(text: string, from: number): boolean {
  let at = from;
  while (isWordChar(text[at])) at++;
  return text[skipSpaces(text, at)] === '(';
}

/**
 * A word that saysLog reads as "log" (`logFile`, `LOG_DIR`, `app.log`, `logs/`), read around each
 * `log` of the text, except, when `console` is the global (`consoleIsGlobal`), the member of a
 * `console.log(…)` call: no log file, log-named function or logger (loggerOf leaves `console` alone).
 */
function saysLogOutsideConsoleCalls(text: string, lowered: string, consoleIsGlobal: boolean): boolean {
  for (let at = lowered.indexOf('log'); at >= 0; at = lowered.indexOf('log', at + 1)) {
    let start = at;
    while (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
    let end = at + 3;
    while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
    if (!saysLog(text.slice(start, end))) continue;
    if (consoleIsGlobal && start >= 8 && text.slice(start - 8, start) === 'console.' && !isWordChar(text[start - 9]) && end === at + 3 && isCalledAfter(text, end)) continue;
    return true;
  }
  return false;
}

/**
 * `import console from '…'`, `const console = require(…)`, `(console) =>`: the word `console` somewhere
 * not followed by `.` or `[` may bind it to a module whose `log` loggerOf reads as a logger.
 */
function consoleStandsAlone(text: string): boolean {
  for (let at = text.indexOf('console'); at >= 0; at = text.indexOf('console', at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + 7])) continue;
    if (text[at + 7] !== '.' && text[at + 7] !== '[') return true;
  }
  return false;
}

/** An identifier character as the checks' names read them (ASCII letters, digits, `_`, `$`). */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && (isAsciiAlnum(char.charCodeAt(0)) || char === '_' || char === '$');
}
