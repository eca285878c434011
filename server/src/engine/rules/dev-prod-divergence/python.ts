// Django settings that pick a different kind of database or cache per environment in one file:
// `if DEBUG: DATABASES = {...sqlite3...} else: DATABASES = {...postgresql...}`, or a production
// default overridden under `if DEBUG:` or `if ENV == "development":`, or one expression choosing (`"…sqlite3" if DEBUG else "…postgresql"`); and environment-keyed dicts and
// Flask-style config classes (python-environments.ts).
import { stringValue, unwrapParentheses } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { reportDivergences, type ServiceChoice } from './kinds';
import { pythonEnvironmentChoices } from './python-environments';

/** Setting -> the key in its `default` entry that names the backend. */
const SETTINGS: Readonly<Record<string, string>> = { DATABASES: 'ENGINE', CACHES: 'BACKEND' };

export const pythonChecks: LanguageCheck[] = [{ languages: ['python'], keywords: ['databases', 'caches', 'production', 'prod'], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  for (const entries of settingsChoices(tree.rootNode).values()) {
    // An unconditional assignment is production's only when a branch names no production of its own.
    const explicit = entries.some((entry) => entry.conditional && entry.choice.environment === 'production');
    const choices = entries.filter((entry) => entry.conditional || !explicit).map((entry) => entry.choice);
    if (!entries.some((entry) => entry.conditional)) continue;
    report(context, choices);
  }
  for (const choices of pythonEnvironmentChoices(tree.rootNode)) report(context, choices);
}

function report(context: RuleContext, choices: readonly ServiceChoice[]): void {
  reportDivergences(context, choices);
}

export interface SettingsChoice {
  choice: ServiceChoice;
  /** Under an `if` the checker reads (DEBUG, an environment name); false: module level. */
  conditional: boolean;
}

/** Per setting (DATABASES, CACHES): each assignment's backend and the environment it runs in. */
export function settingsChoices(root: SyntaxNode): Map<string, SettingsChoice[]> {
  const bySetting = new Map<string, SettingsChoice[]>();
  walkTree(root, (node) => {
    if (node.type !== 'assignment') return;
    const name = node.childForFieldName('left')?.text ?? '';
    const key = SETTINGS[name];
    const backend = key ? backendOf(node.childForFieldName('right'), key) : undefined;
    if (!backend) return;
    const environment = environmentOf(node);
    if (environment === null) return;
    const list = bySetting.get(name) ?? [];
    if (backend.type === 'conditional_expression') list.push(...conditionalChoices(backend));
    else list.push({ choice: choiceOf(backend, environment ?? 'production'), conditional: environment !== undefined });
    bySetting.set(name, list);
  });
  return bySetting;
}

function choiceOf(backend: SyntaxNode, environment: string): ServiceChoice {
  return { environment, driver: stringValue(backend) ?? '', span: { start: backend.startIndex, end: backend.endIndex } };
}

/** `"…sqlite3" if DEBUG else "…postgresql"`: each side is the backend of the environment the test picks for it. */
function conditionalChoices(expression: SyntaxNode): SettingsChoice[] {
  const [whenTrue, condition, whenFalse] = sidesOf(expression);
  const environments = [branchEnvironment(condition ?? null, true), branchEnvironment(condition ?? null, false)];
  if (!whenTrue || !whenFalse || environments.includes(null)) return [];
  return [
    { choice: choiceOf(whenTrue, environments[0]!), conditional: true },
    { choice: choiceOf(whenFalse, environments[1]!), conditional: true },
  ];
}

/** The string value node of `{'default': {key: '...'}}`, or a conditional expression between two strings. */
function backendOf(value: SyntaxNode | null, key: string): SyntaxNode | undefined {
  const defaults = value?.type === 'dictionary' ? entry(value, 'default') : undefined;
  const found = defaults?.type === 'dictionary' ? entry(defaults, key) : undefined;
  const backend = found && unwrapParentheses(found);
  if (backend?.type === 'conditional_expression') return isChoiceBetweenStrings(backend) ? backend : undefined;
  return backend && stringValue(backend) !== undefined ? backend : undefined;
}

function isChoiceBetweenStrings(expression: SyntaxNode): boolean {
  const sides = sidesOf(expression);
  return sides.length === 3 && stringValue(sides[0]) !== undefined && stringValue(sides[2]) !== undefined;
}

/** A conditional expression's value if true, condition and value if false (comments between them left out). */
function sidesOf(expression: SyntaxNode): SyntaxNode[] {
  return expression.namedChildren.filter((child): child is SyntaxNode => !!child && child.type !== 'comment').map(unwrapParentheses);
}

function entry(dictionary: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const pair of dictionary.namedChildren) {
    if (pair?.type === 'pair' && stringValue(pair.childForFieldName('key')) === key) return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/**
 * `undefined`: unconditional (module level); `null`: under a condition the checker cannot read;
 * otherwise the environment the branch runs in.
 */
function environmentOf(assignment: SyntaxNode): string | undefined | null {
  let child: SyntaxNode = assignment;
  for (let parent = assignment.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'class_definition') return null;
    if (parent.type === 'else_clause' && parent.parent?.type === 'if_statement') return branchEnvironment(parent.parent.childForFieldName('condition'), false);
    if (parent.type === 'if_statement' && child.id === parent.childForFieldName('consequence')?.id) return branchEnvironment(parent.childForFieldName('condition'), true);
    if (parent.type === 'elif_clause') return null;
  }
  return undefined;
}

const NAMED_ENVIRONMENT = /^(?:os\.environ\.get\([^)]*\)|os\.getenv\([^)]*\)|os\.environ\[[^\]]*\]|[A-Z_]*ENV[A-Z_]*)\s*(==|!=)\s*['"](production|prod|development|dev|local|test|staging)['"]$/;

function branchEnvironment(condition: SyntaxNode | null, whenTrue: boolean): string | null {
  const text = condition?.text.replace(/\s+/g, ' ').trim() ?? '';
  const debug = /^(not )?(?:settings\.)?DEBUG$/.exec(text);
  if (debug) return whenTrue !== !!debug[1] ? 'development' : 'production';
  const named = NAMED_ENVIRONMENT.exec(text);
  if (!named) return null;
  const equal = (named[1] === '==') === whenTrue;
  const environment = named[2] === 'prod' ? 'production' : named[2] === 'dev' ? 'development' : named[2]!;
  if (equal) return environment;
  return environment === 'production' ? 'development' : null;
}
