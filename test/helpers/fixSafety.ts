// Applies every action the server offers on a finding (its fix, "Ignore on this line") to a rule
// example and says what went wrong: a touched file that no longer parses with the project's own
// parsers, a finding that stays, a finding that appears, overlapping edits, a second pass that
// still changes something, TypeScript that stopped type-checking. Used by the fixes property test.
import ts from 'typescript';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parseAllDocuments } from 'yaml';
import { isTreeSitterLanguage, LANGUAGES } from '../../server/src/engine/languages/catalogue';
import { walkTree, type TreeSitterParsers } from '../../server/src/engine/languages/treeSitter';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { readEnvFile } from '../../server/src/engine/fixes/dotenv';
import { ignoreLineEdit, planFix, type FixNeighbours, type FixPlan } from '../../server/src/engine/fixes/plan';
import { scan } from '../../server/src/engine/scan';
import type { Finding, LanguageId, OffsetEdit, ScanOptions } from '../../server/src/engine/types';
import { languageOf } from '../../server/src/engine/languages/detect';
import { CONFIG_FILE_NAME, parseConfig } from '../../server/src/engine/config';
import { addIgnoreGlob, literalGlob } from '../../server/src/engine/fixes/configIgnore';
import { isIgnoredByConfig } from '../../server/src/workspace';

/** One invalid example, markers removed. */
export interface Subject {
  ruleId: string;
  name: string;
  path: string;
  code: string;
  options: ScanOptions;
}

/** One offered action and what broke when it was applied (nothing, ideally). */
export interface Attempt {
  action: string;
  problems: string[];
}

/** The state of the app a fix works on: the scanned file and its neighbours. */
interface AppState {
  code: string;
  neighbours: FixNeighbours;
}

const PACKAGE_JSON = `{\n  "name": "shop",\n  "scripts": {\n    "start": "node index.js"\n  }\n}\n`;
const MAX_PASSES = 12;

export class FixChecker {
  private readonly typeChecker = new TypeErrors();

  constructor(private readonly treeSitter: TreeSitterParsers) {}

  /** Every action offered on every finding of the example, each applied alone to a fresh copy. */
  check(subject: Subject): Attempt[] {
    const language = languageOf(subject.path)!;
    const start: AppState = { code: subject.code, neighbours: initialNeighbours(subject) };
    const findings = this.scan(subject, start.code);
    const attempts: Attempt[] = [];
    for (const finding of findings) {
      const fix = this.plan(subject, language, start, finding);
      if (fix) attempts.push({ action: `${finding.ruleId}: ${fix.title}`, problems: this.afterFix(subject, language, start, findings, finding, fix) });
      const ignore = ignoreLineEdit(start.code, finding.range.start.line, finding.ruleId, language, subject.path, this.treeSitter);
      if (LANGUAGES[language].comment === 'none') attempts.push({ action: `${finding.ruleId}: ignore in ${CONFIG_FILE_NAME}`, problems: [...(ignore ? ['an ignore comment offered in a file without comments'] : []), ...configIgnoreProblems(subject.path)] });
      else if (ignore) {
        const after = { code: applyEdits(start.code, [ignore]), neighbours: start.neighbours };
        attempts.push({ action: `${finding.ruleId}: ignore on this line`, problems: this.compare(subject, language, start, after, findings, finding) });
      }
    }
    return attempts;
  }

  private scan(subject: Subject, code: string): Finding[] {
    return scan({ path: subject.path }, code, { ...subject.options, treeSitter: this.treeSitter });
  }

  private plan(subject: Subject, language: LanguageId, state: AppState, finding: Finding): FixPlan | undefined {
    if (!finding.fix) return undefined;
    const neighbours = isPackageJson(subject.path) ? { ...state.neighbours, packageJson: state.code } : state.neighbours;
    return planFix({ fix: finding.fix, language, documentText: state.code, relativePathOfDocumentFromAppRoot: subject.path, neighbours });
  }

  private afterFix(subject: Subject, language: LanguageId, start: AppState, findings: Finding[], finding: Finding, plan: FixPlan): string[] {
    const problems = editProblems(subject, plan);
    if (problems.length > 0) return problems;
    const after = applyPlan(start, plan);
    problems.push(...this.compare(subject, language, start, after, findings, finding));
    problems.push(...neighbourProblems(after.neighbours, finding));
    if (problems.length === 0) problems.push(...this.secondPass(subject, language, after));
    return problems;
  }

  /** The file still parses (and type-checks), the finding is gone and no other finding appeared. */
  private compare(subject: Subject, language: LanguageId, before: AppState, after: AppState, findings: Finding[], fixed: Finding): string[] {
    const problems: string[] = [];
    const broken = this.syntaxErrors(language, subject.path, after.code) - this.syntaxErrors(language, subject.path, before.code);
    if (broken > 0) problems.push(`${broken} new syntax error(s):\n${after.code}`);
    if (language === 'typescript') {
      const lost = this.typeChecker.newErrors(subject.path, before.code, after.code);
      if (lost.length > 0) problems.push(`stopped type-checking: ${lost.join('; ')}\n${after.code}`);
    }
    const remaining = countByKey(this.scan(subject, after.code));
    const previous = countByKey(findings);
    const key = findingKey(fixed);
    if ((remaining.get(key) ?? 0) >= (previous.get(key) ?? 0)) problems.push(`the finding stays: ${fixed.message}\n${after.code}`);
    for (const [other, count] of remaining) {
      if (count > (previous.get(other) ?? 0)) problems.push(`a new finding appears: ${other}\n${after.code}`);
    }
    return problems;
  }

  /** Applying every fix still offered, until none is, terminates and never breaks the file. */
  private secondPass(subject: Subject, language: LanguageId, state: AppState): string[] {
    let current = state;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const findings = this.scan(subject, current.code);
      const next = findings.map((finding) => ({ finding, plan: this.plan(subject, language, current, finding) })).find((entry) => entry.plan);
      if (!next?.plan) return [];
      const problems = editProblems(subject, next.plan);
      if (problems.length > 0) return problems.map((problem) => `on a later pass: ${problem}`);
      const after = applyPlan(current, next.plan);
      if (after.code === current.code && sameNeighbours(after.neighbours, current.neighbours)) return [`on a later pass, "${next.plan.title}" changes nothing but is still offered`];
      const broken = this.syntaxErrors(language, subject.path, after.code) - this.syntaxErrors(language, subject.path, current.code);
      if (broken > 0) return [`on a later pass, "${next.plan.title}" breaks the syntax:\n${after.code}`];
      current = after;
    }
    return [`fixes still offered after ${MAX_PASSES} passes`];
  }

  /** Syntax errors as the project's own parsers see them. */
  syntaxErrors(language: LanguageId, path: string, text: string): number {
    if (language === 'javascript' || language === 'typescript') return typeScriptSyntaxErrors(path, text);
    if (isTreeSitterLanguage(language)) return treeSitterErrors(this.treeSitter, language, text);
    if (language === 'json') return jsonErrors(text);
    if (language === 'yaml') return parseAllDocuments(text).reduce((sum, document) => sum + document.errors.length, 0);
    if (language === 'xml') return xmlCommentErrors(text);
    return 0;
  }
}

/**
 * The alternative for files without comments: the path into `.twelve-factor.json` `ignore`, with
 * no config yet and with one that has comments. The config still parses without errors, keeps
 * what it had, and its globs now cover the file (and only it); a second run changes nothing.
 */
function configIgnoreProblems(path: string): string[] {
  const existing = `{\n  // team choices\n  "rules": { "file-logger": "off" },\n  "ignore": ["dist/**"],\n}\n`;
  const problems: string[] = [];
  for (const before of [undefined, existing]) {
    const after = addIgnoreGlob(before, literalGlob(path));
    if (!after?.changed) {
      problems.push(`no config edit for ${path}`);
      continue;
    }
    const { config, errors } = parseConfig(after.text, CONFIG_FILE_NAME);
    if (errors.length > 0) problems.push(`the config no longer parses: ${errors.map((error) => error.message).join('; ')}\n${after.text}`);
    if (!isIgnoredByConfig(config, path) || isIgnoredByConfig(config, `${path}.bak`)) problems.push(`the ignore glob does not name exactly ${path}\n${after.text}`);
    if (before && (!after.text.includes('// team choices') || config.rules['file-logger'] !== 'off' || !config.ignore.includes('dist/**'))) problems.push(`the config lost what it had\n${after.text}`);
    if (addIgnoreGlob(after.text, literalGlob(path))?.changed !== false) problems.push('adding the path again changes the config');
  }
  return problems;
}

function initialNeighbours(subject: Subject): FixNeighbours {
  return isPackageJson(subject.path) ? {} : { packageJson: PACKAGE_JSON };
}

function isPackageJson(path: string): boolean {
  return /(^|\/)package\.json$/.test(path);
}

/** Edits that overlap, leave the text, or (for package.json itself) would edit one file twice. */
function editProblems(subject: Subject, plan: FixPlan): string[] {
  const problems: string[] = [];
  if (isPackageJson(subject.path) && plan.files.some((file) => file.file === 'packageJson')) {
    problems.push(`"${plan.title}" edits package.json twice in one fix (the document and the neighbour): one overwrites the other`);
  }
  const files = plan.files.map((file) => file.file);
  if (new Set(files).size !== files.length) problems.push(`"${plan.title}" changes one neighbour file twice`);
  if (overlapping(plan.documentEdits)) problems.push(`"${plan.title}" has overlapping edits`);
  return problems;
}

function overlapping(edits: readonly OffsetEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return sorted.some((edit, index) => index > 0 && edit.span.start < sorted[index - 1]!.span.end);
}

function applyPlan(state: AppState, plan: FixPlan): AppState {
  const neighbours = { ...state.neighbours };
  for (const file of plan.files) neighbours[file.file] = file.text;
  return { code: applyEdits(state.code, plan.documentEdits), neighbours };
}

function sameNeighbours(a: FixNeighbours, b: FixNeighbours): boolean {
  return a.env === b.env && a.envExample === b.envExample && a.gitignore === b.gitignore && a.packageJson === b.packageJson;
}

/** The moved value is in .env under a name, .env is git-ignored, package.json still parses. */
function neighbourProblems(neighbours: FixNeighbours, finding: Finding): string[] {
  const problems: string[] = [];
  if (finding.fix?.kind === 'move-to-env') {
    const value = finding.fix.value;
    if (![...readEnvFile(neighbours.env ?? '').values()].includes(value)) problems.push('the value does not read back from .env');
    if (!/^\/?\.env$/m.test(neighbours.gitignore ?? '')) problems.push('.gitignore does not ignore .env');
  }
  if (neighbours.packageJson !== undefined && jsonErrors(neighbours.packageJson) > 0) problems.push('package.json no longer parses');
  return problems;
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}: ${finding.message}`;
}

function countByKey(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  return counts;
}

function typeScriptSyntaxErrors(path: string, text: string): number {
  const kind = /\.[cm]?tsx?$/.test(path) ? (path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : path.endsWith('x') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  return (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics.length;
}

function treeSitterErrors(parsers: TreeSitterParsers, language: Parameters<TreeSitterParsers['parse']>[0], text: string): number {
  const tree = parsers.parse(language, text);
  if (!tree) return 0;
  let errors = 0;
  walkTree(tree.rootNode, (node) => {
    if (node.isError || node.isMissing) errors++;
  });
  tree.delete();
  return errors;
}

function jsonErrors(text: string): number {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length;
}

/** XML comments that do not close, or that hold `--` (not allowed inside an XML comment). */
function xmlCommentErrors(text: string): number {
  let errors = 0;
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0 || text.slice(at + 4, end).includes('--')) errors++;
  }
  return errors;
}

/** Cannot find module; no declaration file for module. */
const UNINSTALLED_PACKAGE_CODES = new Set([2307, 7016]);

/** Type errors of one TypeScript file, with lib and @types/node cached across files. */
class TypeErrors {
  private readonly options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    jsx: ts.JsxEmit.Preserve,
    types: ['node'],
    skipLibCheck: true,
    esModuleInterop: true,
  };
  private readonly host = ts.createCompilerHost(this.options);
  private readonly cache = new Map<string, ts.SourceFile | undefined>();

  /** Error codes and messages the fixed text has and the original had not. */
  newErrors(path: string, before: string, after: string): string[] {
    const had = this.errors(path, before);
    return this.errors(path, after).filter((error) => {
      const index = had.indexOf(error);
      if (index < 0) return true;
      had.splice(index, 1);
      return false;
    });
  }

  private errors(path: string, text: string): string[] {
    const fileName = `/virtual/${path}`;
    const host: ts.CompilerHost = {
      ...this.host,
      getSourceFile: (name, version) => {
        if (name === fileName) return ts.createSourceFile(name, text, version, true);
        if (!this.cache.has(name)) this.cache.set(name, this.host.getSourceFile(name, version));
        return this.cache.get(name);
      },
      fileExists: (name) => name === fileName || this.host.fileExists(name),
      readFile: (name) => (name === fileName ? text : this.host.readFile(name)),
    };
    const program = ts.createProgram([fileName], this.options, host);
    const source = program.getSourceFile(fileName);
    // Quoted names left out: a fix may rename what a message quotes without breaking anything. A
    // package the fix starts to import (connect-redis) is for the user to install, not a type error.
    return program
      .getSemanticDiagnostics(source)
      .filter((d) => !UNINSTALLED_PACKAGE_CODES.has(d.code))
      .map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/'[^']*'/g, "'…'")}`);
  }
}
