// dependency-outside-codebase in Gradle's build scripts, Groovy DSL and Kotlin DSL alike (the statements
// read here are spelled the same in both), read with the Groovy tokenizer (comments and strings exact):
//   settings.gradle(.kts)   includeBuild '../x'   includeBuild("../x")        a composite build's included build
//                           project(':x').projectDir = file('../x')          a subproject kept in another folder
//                           … = new File(settingsDir, '../x')   File(rootDir, "../x")   settingsDir.resolve("../x")
//                           includeBuild(file("../x"))   file("$rootDir/../x")   File("${rootDir}/../x")
//   build.gradle(.kts)      dependencies { implementation files('../x.jar') }   fileTree(dir: '../libs')
//   either                  apply from: '../x.gradle'   apply(from = "../x.gradle.kts")   a script plugin run from a folder
// A string that interpolates anything but the settings folder (`"$sdkPath"`, `"$rootDir/$name"`) or a path
// from a property is not resolved: silent.
import { baseName } from '../../languages/detect';
import { groovyTokens } from '../../languages/groovy';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportOutside } from './report';

type Token = ReturnType<typeof groovyTokens>[number];

interface GradlePath {
  token: Token;
  path: string;
  what: string;
}

const SETTINGS = new Set(['settings.gradle', 'settings.gradle.kts']);

/** Gradle scripts: a settings file, a build script (`build.gradle`, `app.gradle.kts`, a script plugin). */
export function isGradleScript(path: string): boolean {
  const name = baseName(path);
  return name.endsWith('.gradle') || name.endsWith('.gradle.kts');
}

/** A string literal's text, undefined for one that interpolates (`"$x"`, `"${x}"`) or for any other token. */
function literal(token: Token | undefined): string | undefined {
  if (token?.kind !== 'string') return undefined;
  const quote = token.text.startsWith("'''") || token.text.startsWith('"""') ? 3 : 1;
  const inner = token.text.slice(quote, Math.max(quote, token.text.length - quote));
  return token.text.startsWith('"') && inner.includes('$') ? undefined : inner;
}

/**
 * A settings script's GString rooted at its own folder (`"$rootDir/../x"`, `"${settingsDir}/x"`), read as the
 * rest, relative to that folder; undefined when anything else interpolates (`"$rootDir/$name"`).
 */
const ROOTED = /^"\$(?:\{(?:rootDir|settingsDir|rootProject\.projectDir)\}|rootDir|settingsDir)\//;

function rooted(token: Token | undefined): string | undefined {
  const prefix = token?.kind === 'string' ? ROOTED.exec(token.text) : null;
  if (!token || !prefix) return undefined;
  const rest = token.text.slice(prefix[0].length, -1);
  return rest.includes('$') ? undefined : rest;
}

/** The last segment of a dotted name: `rootProject.projectDir` → `projectDir`. */
function member(token: Token | undefined): string | undefined {
  return token?.kind === 'name' ? token.text.slice(token.text.lastIndexOf('.') + 1) : undefined;
}

const isPunct = (token: Token | undefined, text: string): boolean => token?.kind === 'punct' && token.text === text;

/** Folders a settings script resolves against: its own (`settingsDir`, `rootDir`, the root project's folder). */
const SETTINGS_FOLDERS = new Set(['settingsDir', 'rootDir', 'rootProject.projectDir', 'settings.settingsDir', 'settings.rootDir']);

/**
 * The string a folder expression at `at` names, relative to the settings script's folder:
 * `file('x')`, `new File(settingsDir, 'x')` (Groovy), `File(rootDir, "x")` (Kotlin), `settingsDir.resolve("x")`,
 * and `File("$rootDir/x")` (a one-argument File is rooted at the working directory unless the path says where).
 */
function folderExpression(tokens: readonly Token[], at: number): Token | undefined {
  const first = tokens[at];
  const call = first?.kind === 'name' && first.text === 'new' ? at + 1 : at;
  const name = tokens[call]?.kind === 'name' ? tokens[call]!.text : undefined;
  if (!isPunct(tokens[call + 1], '(')) return undefined;
  const [a, b, c] = [tokens[call + 2], tokens[call + 3], tokens[call + 4]];
  if (name === 'file' && isPunct(b, ')')) return a;
  if (name === 'File' && isPunct(b, ')') && rooted(a) !== undefined) return a;
  if (name === 'File' && a?.kind === 'name' && SETTINGS_FOLDERS.has(a.text) && isPunct(b, ',')) return c;
  if (name !== undefined && name.endsWith('.resolve') && SETTINGS_FOLDERS.has(name.slice(0, -'.resolve'.length)) && isPunct(b, ')')) return a;
  return undefined;
}

/** `includeBuild '../x'`, `includeBuild("../x")`, or a folder expression: `includeBuild(file("../x"))`. */
function includedBuild(tokens: readonly Token[], at: number): Token | undefined {
  if (!isPunct(tokens[at], '(')) return tokens[at];
  return tokens[at + 1]?.kind === 'string' ? tokens[at + 1] : folderExpression(tokens, at + 1);
}

/**
 * The script `apply from:` runs: `apply from: '../x.gradle'`, `apply(from = "../x.gradle.kts")`, or
 * `apply from: file('../x.gradle')` (a path from the script's folder); a URL is fetched, not taken from a folder.
 */
function appliedScript(tokens: readonly Token[], at: number): Token | undefined {
  const from = isPunct(tokens[at], '(') ? at + 1 : at;
  const named = tokens[from]?.kind === 'name' && tokens[from]!.text === 'from';
  if (!named || !(isPunct(tokens[from + 1], ':') || isPunct(tokens[from + 1], '='))) return undefined;
  const value = tokens[from + 2];
  if (value?.kind === 'string') return /^["']{1,3}[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value.text) ? undefined : value;
  return value?.kind === 'name' && value.text === 'file' && isPunct(tokens[from + 3], '(') && isPunct(tokens[from + 5], ')') ? tokens[from + 4] : undefined;
}

/** The string of `fileTree(…)`'s folder: its first argument, `dir: 'x'` (Groovy) or `"dir" to "x"` (Kotlin's mapOf). */
function fileTreeFolder(tokens: readonly Token[], open: number): Token | undefined {
  if (tokens[open + 1]?.kind === 'string') return tokens[open + 1];
  for (let at = open + 1, depth = 0; at < tokens.length && depth >= 0; at++) {
    const token = tokens[at]!;
    if (isPunct(token, '(')) depth++;
    else if (isPunct(token, ')')) depth--;
    else if (token.kind === 'name' && token.text === 'dir' && isPunct(tokens[at + 1], ':')) return tokens[at + 2];
    else if (literal(token) === 'dir' && member(tokens[at + 1]) === 'to') return tokens[at + 2];
  }
  return undefined;
}

/** The strings of `files('a', 'b')` up to its closing parenthesis. */
function filesArguments(tokens: readonly Token[], open: number): Token[] {
  const found: Token[] = [];
  for (let at = open + 1; at < tokens.length && !isPunct(tokens[at], ')'); at++) if (tokens[at]!.kind === 'string') found.push(tokens[at]!);
  return found;
}

/**
 * Tracks the blocks around each token: the name before a `{`, or the call before it
 * (`dependencies {`, `includeBuild('x') {`), so a build script's `files(…)` is read in `dependencies` only.
 */
class Blocks {
  private readonly stack: string[] = [];
  private readonly callees: string[] = [];
  private lastCallee = '';

  step(tokens: readonly Token[], at: number): void {
    const token = tokens[at]!;
    if (token.kind !== 'punct') return;
    const before = tokens[at - 1];
    if (token.text === '(') this.callees.push(before?.kind === 'name' ? before.text : '');
    else if (token.text === ')') this.lastCallee = this.callees.pop() ?? '';
    else if (token.text === '{') this.stack.push(this.blockName(before));
    else if (token.text === '}') this.stack.pop();
  }

  /** `dependencies {` names its block; so does the call that closed just before (`includeBuild('x') {`). */
  private blockName(before: Token | undefined): string {
    if (before?.kind === 'name') return before.text;
    return isPunct(before, ')') ? this.lastCallee : '';
  }

  inside(name: string): boolean {
    return this.stack.includes(name);
  }
}

/** Every folder or file a Gradle script takes code from, as written (relative to the script's folder, or absolute). */
export function gradlePaths(path: string, text: string): GradlePath[] {
  const settings = SETTINGS.has(baseName(path));
  const tokens = groovyTokens(text).filter((token) => token.kind !== 'newline');
  const found: GradlePath[] = [];
  const add = (token: Token | undefined, what: string) => {
    const value = literal(token) ?? (settings ? rooted(token) : undefined);
    if (token && value !== undefined) found.push({ token, path: value, what });
  };
  const blocks = new Blocks();
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    blocks.step(tokens, at);
    if (token.kind !== 'name') continue;
    const next = tokens[at + 1];
    if (token.text === 'apply') add(appliedScript(tokens, at + 1), 'Gradle script plugin');
    else if (settings && token.text === 'includeBuild') add(includedBuild(tokens, at + 1), 'Gradle included build');
    else if (settings && member(token) === 'projectDir' && isPunct(next, '=')) add(folderExpression(tokens, at + 2), 'Gradle project folder');
    else if (!settings && blocks.inside('dependencies') && isPunct(next, '(')) {
      if (token.text === 'files') for (const file of filesArguments(tokens, at + 1)) add(file, 'Gradle file dependency');
      else if (token.text === 'fileTree') add(fileTreeFolder(tokens, at + 1), 'Gradle file dependency');
    }
  }
  return found;
}

function check(context: RuleContext): void {
  if (!isGradleScript(context.path)) return;
  for (const entry of gradlePaths(context.path, context.text)) {
    reportOutside(context, { span: { start: entry.token.start, end: entry.token.end } }, entry.path, entry.what);
  }
}

/** Each shape names one of these (lowercase, as the prefilter compares): `includeBuild`, `projectDir`, `file(`, `files(`, `fileTree(`, `apply from`. */
const KEYWORDS = ['includebuild', 'projectdir', 'file', 'from'];

export const groovyCheck: LanguageCheck = { languages: ['groovy'], keywords: KEYWORDS, check };
export const kotlinCheck: LanguageCheck = { languages: ['kotlin'], keywords: KEYWORDS, check };
