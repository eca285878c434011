// Code that only a development or debug run reaches, read the same way in every language: the branch of a stage test
// (`if args.debug:`, `if (process.env.NODE_ENV !== 'production')`, `if gin.IsDebugging() {`, `if Rails.env.development?`,
// `if (app()->environment('local'))`) and a settings class named or profiled for development (Flask's `class
// DevelopmentConfig`, a Spring `@Profile("dev")` configuration, `class LocalSettings`). A default written there is
// the local twin of a file only a developer's machine loads (scope/conventions.ts DEVELOPMENT_FILES). A stage flag
// (`const isDev = ...`, `DEV = ENV["RACK_ENV"] == "development"`) is read as its test (stage-flags.ts, development-flags.ts),
// and a helper method that only such code calls is development code too (development-callers.ts). One question every
// rule asks, so no rule honours a branch that another reads past.
import type { ParsedDocument } from '../languages';
import type { LanguageCheck, RuleContext } from '../rule';
import { inEnvironmentBranch } from '../languages/ruby';
import { innermostAt } from '../languages/ts-ast';
import type { SyntaxNode } from '../languages/treeSitter';
import { splitWords } from '../secrets/words';
import type { LanguageId, Span } from '../types';
import { inMethodOnlyCalledFrom } from './development-callers';
import { inFlagBranch } from './development-flags';
import { isOutsideProductionOnly } from './file-logger/javascript-dev-branch';
import { isDevelopmentOnly as inPythonDevelopmentBranch } from './file-logger/python-dev-branch';
import { inPhpLocalBranch } from './startup-migration/php';
import { isNonProductionTest } from './startup-migration/go-opt-in';

/** Whether the code at `span` runs only in a development or debug run of the app: in development code, or in a method only development code calls. */
export function inDevelopmentCode(parsed: ParsedDocument, language: LanguageId, span: Span): boolean {
  return inDevelopmentBranch(parsed, language, span) || inMethodOnlyCalledFrom(parsed, language, span, inDevelopmentBranch);
}

/** A stage test's branch, a stage flag's, or a development settings class: the code itself says development. */
function inDevelopmentBranch(parsed: ParsedDocument, language: LanguageId, span: Span): boolean {
  if (language === 'javascript' || language === 'typescript') return isOutsideProductionOnly(innermostAt(parsed.typescript, span.start));
  const node = TREE_LANGUAGES.has(language) ? parsed.tree?.rootNode.descendantForIndex(span.start, span.end) : undefined;
  if (!node) return false;
  if (inDevelopmentClass(node) || inFlagBranch(node, language)) return true;
  if (language === 'python') return inPythonDevelopmentBranch(node);
  if (language === 'ruby') return inEnvironmentBranch(node, () => false) || inRubyNonProductionCode(node);
  if (language === 'php') return inPhpLocalBranch(node);
  if (language === 'go') return inGoDevelopmentBranch(node);
  return false;
}

const TREE_LANGUAGES = new Set<LanguageId>(['python', 'ruby', 'php', 'go', 'java', 'kotlin']);
const CODE_LANGUAGES = new Set<LanguageId>([...TREE_LANGUAGES, 'javascript', 'typescript']);

/**
 * A rule's checks with what they find in development code left out: a file logger, an in-memory session store, a
 * migration or a port that only a development run reaches is that laptop's, whichever way the branch is written (a
 * stage test, a stage flag, a guard that leaves production, a development settings class). One reading for every rule
 * that exempts development code, so a flag (`isDev := os.Getenv("APP_ENV") == "development"`, `DEV = ...`, `$isLocal =
 * ...`) counts the same everywhere. Nothing runs until a check reports: a file with no finding costs nothing.
 */
export function outsideDevelopmentCode(checks: readonly LanguageCheck[]): LanguageCheck[] {
  return checks.map((check) => (check.languages.some((language) => CODE_LANGUAGES.has(language)) ? { ...check, check: (context) => check.check(skippingDevelopmentCode(context)) } : check));
}

function skippingDevelopmentCode(context: RuleContext): RuleContext {
  if (!CODE_LANGUAGES.has(context.language)) return context;
  return {
    path: context.path,
    language: context.language,
    text: context.text,
    options: context.options,
    parsed: context.parsed,
    scope: context.scope,
    report: (report) => {
      if (!inDevelopmentCode(context.parsed, context.language, report.span)) context.report(report);
    },
  };
}

/** The words a class's name says it is a stage's settings with: `DevelopmentConfig`, `LocalSettings`, `DevDataSourceConfiguration`. */
const STAGE_WORDS = new Set(['dev', 'development', 'local']);
const SETTINGS_WORDS = new Set(['config', 'configuration', 'settings', 'profile', 'env', 'environment']);
const CLASS_TYPES = new Set(['class_definition', 'class_declaration', 'class', 'object_declaration']);
/** `@Profile("dev")`, `@Profile({"local", "dev"})`, `@Profile(value = "development")`: a bean Spring creates only in that profile. */
const DEV_PROFILE = /@Profile\s*\(\s*(?:value\s*=\s*)?[{[]?\s*"(?:dev|development|local)"\s*[}\]]?\s*\)/;

/**
 * A class named for a development stage's settings (a stage word and a settings word: not `LocalStorage` or
 * `DevicePolicy`), or one Spring creates only under a development profile, as a method can be.
 */
function inDevelopmentClass(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    const isClass = CLASS_TYPES.has(parent.type);
    if (!isClass && parent.type !== 'method_declaration' && parent.type !== 'function_declaration') continue;
    if (DEV_PROFILE.test(headerOf(parent))) return true;
    if (!isClass) continue;
    const words = splitWords(parent.childForFieldName('name')?.text ?? parent.namedChildren.find((child) => child?.type === 'type_identifier' || child?.type === 'constant')?.text ?? '');
    if (words.some((word) => STAGE_WORDS.has(word)) && words.some((word) => SETTINGS_WORDS.has(word))) return true;
  }
  return false;
}

/** A declaration's annotations and signature: its text up to its body. */
function headerOf(node: SyntaxNode): string {
  const body = node.childForFieldName('body') ?? node.namedChildren.find((child) => child?.type === 'class_body');
  return node.text.slice(0, body ? body.startIndex - node.startIndex : 400);
}

/** `Rails.env.production?`, `ENV["RACK_ENV"] == "production"`: a test for production. */
const RUBY_PRODUCTION = /\bproduction\?|\benv\b.*["':]production\b/i;

/**
 * Ruby's body of `unless Rails.env.production?` (and its modifier form), and the code after a guard that leaves
 * production out: `return if Rails.env.production?` earlier in the same body.
 */
function inRubyNonProductionCode(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const condition = parent.type === 'unless' || parent.type === 'unless_modifier' ? parent.childForFieldName('condition') : null;
    const body = parent.childForFieldName(parent.type === 'unless' ? 'consequence' : 'body');
    if (condition && body?.id === child.id && RUBY_PRODUCTION.test(condition.text)) return true;
    for (const earlier of parent.namedChildren) {
      if (!earlier || earlier.startIndex >= child.startIndex) break;
      if (earlier.type === 'if_modifier' && /^return\b/.test(earlier.childForFieldName('body')?.text ?? '') && RUBY_PRODUCTION.test(earlier.childForFieldName('condition')?.text ?? '')) return true;
    }
  }
  return false;
}

/** Go's `if gin.IsDebugging() {`, `if cfg.Env != "production" {`: the block a non-production test guards. */
function inGoDevelopmentBranch(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== 'if_statement' || parent.childForFieldName('consequence')?.id !== child.id) continue;
    const condition = parent.childForFieldName('condition');
    if (condition && isNonProductionTest(condition)) return true;
  }
  return false;
}
