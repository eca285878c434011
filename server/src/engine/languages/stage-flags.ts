// A stage flag: a variable that holds a test of the environment's stage (`const isDev = process.env.NODE_ENV !==
// 'production'`, `DEBUG = os.getenv("DEBUG") == "1"`, `$isDev = getenv('APP_ENV') === 'local'`), which a branch then
// reads by name (`isDev ? {host: 'localhost'} : {...}`, `if IS_LOCAL:`). A branch reads the flag as it would the test.
// The flags of a module's top level are whole-file facts: units.ts makes their statements context units, so an
// editor's region rerun (engine/regions.ts) still sees the definition, and a check's contextBindings name them, so a
// changed definition reruns the units that read the flag.
import ts from 'typescript';
import { envReadName, stringValue, unwrap } from './ts-ast';
import type { SyntaxNode } from './treeSitter';

/**
 * Which side of a stage test only a development run takes: `development` when its true side (`== "dev"`,
 * `!= "production"`), `production` when its false side (`== "production"`, `!= "development"`: the `else`).
 */
export type Stage = 'development' | 'production';

export function flipped(stage: Stage | undefined): Stage | undefined {
  return stage && (stage === 'development' ? 'production' : 'development');
}

const DEVELOPMENT_STAGES = new Set(['development', 'dev', 'develop', 'local', 'test', 'testing', 'debug']);
const PRODUCTION_STAGES = new Set(['production', 'prod']);
/** `X == "dev"`, `X !== 'production')`, `'local' === X`: one side a quoted stage word (bounded: linear). */
const TRAILING_STAGE = /(==|!=)=?\s*["'](\w{1,24})["']\s*\)?$/;
const LEADING_STAGE = /^\(?\s*["'](\w{1,24})["']\s*(==|!=)/;
/** The compared side reads the environment or the app's stage: `os.getenv(...)`, `ENV["RACK_ENV"]`, `Rails.env`, `cfg.Env`. */
const READS_STAGE = /env|environ|stage/i;
/** `os.getenv("DEBUG") == "1"`, `ENV["APP_DEBUG"] == "true"`: a debug switch read from the environment. */
const DEBUG_SWITCH = /debug[\w]*["']\s*[)\]]\s*==\s*["'](?:1|true|yes|on)["']$/i;

/** The stage a comparison's text tests, in any language that writes one with `==`/`!=` (and `===`/`!==`). */
export function stageOfComparison(text: string): Stage | undefined {
  const written = text.replace(/\s+/g, ' ').trim();
  if (DEBUG_SWITCH.test(written)) return 'development';
  const trailing = TRAILING_STAGE.exec(written);
  const leading = trailing ? undefined : LEADING_STAGE.exec(written);
  const [operator, value] = trailing ? [trailing[1], trailing[2]] : leading ? [leading[2], leading[1]] : [];
  if (!operator || !value) return undefined;
  const other = trailing ? written.slice(0, trailing.index) : written.slice(leading![0].length);
  if (!READS_STAGE.test(other)) return undefined;
  const stage: Stage | undefined = DEVELOPMENT_STAGES.has(value.toLowerCase()) ? 'development' : PRODUCTION_STAGES.has(value.toLowerCase()) ? 'production' : undefined;
  return operator === '==' ? stage : flipped(stage);
}

// JavaScript and TypeScript.

const PRODUCTION = new Set(['production', 'prod']);
/** The variable that names the stage: `NODE_ENV`, `APP_ENV`, `DEPLOY_ENV`, `ENVIRONMENT`, `STAGE`. */
const STAGE_VARIABLE = /^(?:NODE_ENV|[A-Z_]*_ENV|ENV|ENVIRONMENT|STAGE|[A-Z_]*_STAGE)$/;

/**
 * What the condition is in production: `NODE_ENV === 'production'` true, `!== 'production'` false, `=== 'development'`
 * false; a stage flag as its definition says (`isDev`, `!isProduction`), looked up in the scopes around it.
 */
export function productionTakes(condition: ts.Expression, lookUp = true): boolean | undefined {
  const node = unwrap(condition);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = productionTakes(node.operand, lookUp);
    return inner === undefined ? undefined : !inner;
  }
  if (ts.isIdentifier(node)) return lookUp ? flagInScope(node) : undefined;
  if (!ts.isBinaryExpression(node)) return undefined;
  const kind = node.operatorToken.kind;
  const equal = kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken;
  const unequal = kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equal && !unequal) return undefined;
  const variable = envReadName(node.left) ?? envReadName(node.right);
  if (variable === undefined || !STAGE_VARIABLE.test(variable)) return undefined;
  const value = stringValue(unwrap(node.right)) ?? stringValue(unwrap(node.left));
  if (value === undefined) return undefined;
  const matches = PRODUCTION.has(value.toLowerCase());
  return equal ? matches : !matches;
}

/** A `const` whose value is a stage test, in the block or module around `name` (the nearest first). */
function flagInScope(name: ts.Identifier): boolean | undefined {
  for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isModuleBlock(scope)) continue;
    for (const statement of scope.statements) {
      const found = ts.isVariableStatement(statement) ? constFlags(statement).get(name.text) : undefined;
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** `const isDev = process.env.NODE_ENV !== 'production'`: each const's name and what it is in production. */
function constFlags(statement: ts.VariableStatement): Map<string, boolean> {
  const flags = new Map<string, boolean>();
  if (!(statement.declarationList.flags & ts.NodeFlags.Const)) return flags;
  for (const declaration of statement.declarationList.declarations) {
    const value = ts.isIdentifier(declaration.name) && declaration.initializer ? productionTakes(declaration.initializer, false) : undefined;
    if (value !== undefined) flags.set((declaration.name as ts.Identifier).text, value);
  }
  return flags;
}

/** Whether a top-level statement defines a stage flag (units.ts: a context unit). */
export function isTypeScriptStageFlag(statement: ts.Statement): boolean {
  return ts.isVariableStatement(statement) && constFlags(statement).size > 0;
}

/** The module's top-level stage flags, for a check's contextBindings (`stage:true` is production's side). */
export function typeScriptStageFlags(source: ts.SourceFile): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const [name, value] of constFlags(statement)) bindings.set(name, `stage:${value}`);
  }
  return bindings;
}

// Python.

/** `DEBUG`, `settings.DEBUG`, `app.debug`, `app.config["DEBUG"]`: the debug switch by its name. */
const PYTHON_DEBUG_NAME = /^(?:[\w.]+\.)?(?:debug|DEBUG)$|^[\w.]+\[["']DEBUG["']\]$/;

/** The stage a Python condition tests: a comparison, the debug switch, `not`, or a top-level flag (`flags`). */
export function pythonStage(condition: SyntaxNode | null, flags: ReadonlyMap<string, Stage>): Stage | undefined {
  if (!condition) return undefined;
  if (condition.type === 'parenthesized_expression') return pythonStage(condition.namedChildren[0] ?? null, flags);
  if (condition.type === 'not_operator') return flipped(pythonStage(condition.childForFieldName('argument'), flags));
  const text = condition.text.replace(/\s+/g, ' ').trim();
  if (condition.type === 'identifier' && flags.has(text)) return flags.get(text);
  if (PYTHON_DEBUG_NAME.test(text)) return 'development';
  if (condition.type !== 'comparison_operator') return undefined;
  return stageOfComparison(text) ?? (PYTHON_DEVELOPMENT.test(text) ? 'development' : undefined);
}

/** `mode == "development"`: a development stage compared with whatever holds it. */
const PYTHON_DEVELOPMENT = /==\s*["'](?:development|dev|local)["']$|^["'](?:development|dev|local)["']\s*==/;

const pythonFlagCache = new WeakMap<object, Map<string, Stage>>();

/** The module's top-level stage flags, for a check's contextBindings. */
export function pythonStageFlagBindings(root: SyntaxNode): Map<string, string> {
  return new Map([...pythonStageFlags(root)].map(([name, stage]) => [name, `stage:${stage}`]));
}

/** The module's top-level `NAME = <stage test>` assignments (`IS_LOCAL = os.environ.get("APP_ENV") == "local"`). */
export function pythonStageFlags(root: SyntaxNode): Map<string, Stage> {
  let flags = pythonFlagCache.get(root.tree);
  if (!flags) {
    flags = new Map();
    for (const statement of root.namedChildren) {
      const flag = statement && pythonFlagOf(statement);
      if (flag) flags.set(flag.name, flag.stage);
    }
    pythonFlagCache.set(root.tree, flags);
  }
  return flags;
}

/** A top-level statement's stage flag (units.ts: a context unit). */
export function pythonFlagOf(statement: SyntaxNode): { name: string; stage: Stage } | undefined {
  const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
  if (assignment?.type !== 'assignment') return undefined;
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type !== 'identifier' || right?.type !== 'comparison_operator') return undefined;
  const stage = stageOfComparison(right.text);
  return stage ? { name: left.text, stage } : undefined;
}
