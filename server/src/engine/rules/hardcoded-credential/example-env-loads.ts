// Factor III: the app loads a committed env template as its config, `require('dotenv').config({ path:
// '.env.example' })`, `load_dotenv('.env.sample')`, `godotenv.Load(".env.example")`, `Dotenv.load('.env.example')`.
// A template is committed to be copied to a git-ignored `.env`; read at run time it is config in the
// repository, the same for every deploy (and where no `.env` exists, the only config there is). Reported
// at the file's name, in the app's own code only: a test may load the template on purpose. dotenv-safe's
// `example:` option reads the template only for the names it must find, and stays silent.
import ts from 'typescript';
import { importBindings, keywordArgument, positionalArguments, resolvedName } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { CALLS, moduleBindings, objectProperty, requiredModule, walk, walkKinds } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';

/** `.env.example`, `.env.sample`, `.env.template` (also `-`/`_` joined), `example.env`: templates, not a deploy's config. */
const TEMPLATE_NAME = /^(?:\.env[.\-_](?:example|sample|template|tmpl|tpl)(?:\.[\w-]+)?|(?:example|sample|template)\.env)$/i;
const KEYWORDS = ['env.example', 'env.sample', 'env.template', 'env.tmpl', 'env.tpl', 'env-example', 'env_example', 'env-sample', 'env_sample', 'example.env', 'sample.env', 'template.env'];
const MESSAGE =
  'Factor III: the app loads its config from a committed env template, the same values for every deploy; ' +
  'copy the template to a git-ignored `.env` for local development and give each deploy its config in its environment.';

/** A string's value, its quotes and prefix (`f`, `r`, `b`) removed: `"…/.env.example"` -> `…/.env.example`. */
function unquoted(text: string): string {
  return /^[a-zA-Z]{0,2}("""|'''|["'`])([\s\S]*)\1$/.exec(text)?.[2] ?? text;
}

function isTemplatePath(value: string): boolean {
  const name = value.split(/[\\/]/).pop() ?? '';
  return TEMPLATE_NAME.test(name);
}

/** The string literals under `node` (tree-sitter) that name a template: `os.path.join(basedir, '.env.sample')` included. */
function templateStrings(node: SyntaxNode | null | undefined, types: ReadonlySet<string>): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  if (!node) return found;
  walkTree(node, (child) => {
    if (!types.has(child.type)) return undefined;
    if (isTemplatePath(unquoted(child.text))) found.push(child);
    return false;
  });
  return found;
}

function reportAll(context: RuleContext, spans: readonly Span[]): void {
  if (context.scope !== 'app') return;
  for (const span of spans) context.report({ span, message: MESSAGE, severity: 'warning' });
}

const treeSpan = (node: SyntaxNode): Span => ({ start: node.startIndex, end: node.endIndex });

// Python: python-dotenv's load_dotenv (first argument or `dotenv_path=`), django-environ's `Env.read_env`.
const PYTHON_STRINGS = new Set(['string']);
const PYTHON_LOADERS = new Set(['dotenv.load_dotenv', 'environ.Env.read_env']);

function checkPython(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const bindings = importBindings(root);
  const spans: Span[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'call' || !PYTHON_LOADERS.has(resolvedName(node.childForFieldName('function'), bindings) ?? '')) return undefined;
    const path = keywordArgument(node, 'dotenv_path') ?? keywordArgument(node, 'env_file') ?? positionalArguments(node)[0];
    spans.push(...templateStrings(path, PYTHON_STRINGS).map(treeSpan));
    return undefined;
  });
  reportAll(context, spans);
}

// Go: godotenv.Load / Overload, each argument a file.
const GO_STRINGS = new Set(['interpreted_string_literal', 'raw_string_literal']);

function checkGo(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || !context.text.includes('github.com/joho/godotenv')) return;
  const spans: Span[] = [];
  walkTree(root, (node) => {
    const callee = node.type === 'call_expression' ? node.childForFieldName('function')?.text : undefined;
    if (callee === undefined || !/^godotenv\.(?:Load|Overload)$/.test(callee)) return undefined;
    spans.push(...templateStrings(node.childForFieldName('arguments'), GO_STRINGS).map(treeSpan));
    return undefined;
  });
  reportAll(context, spans);
}

// Ruby: Dotenv.load / load! / overload / overload!, each argument a file (`File.expand_path('.env.example', __dir__)`).
const RUBY_STRINGS = new Set(['string']);

function checkRuby(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const spans: Span[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'call' || node.childForFieldName('receiver')?.text !== 'Dotenv') return undefined;
    if (!/^(?:load|overload)!?$/.test(node.childForFieldName('method')?.text ?? '')) return undefined;
    spans.push(...templateStrings(node.childForFieldName('arguments'), RUBY_STRINGS).map(treeSpan));
    return undefined;
  });
  reportAll(context, spans);
}

// JavaScript and TypeScript: dotenv's `config({ path })` (required, imported, or `require('dotenv').config`), Node's
// own `process.loadEnvFile(path)`. The `path` option may be an array of files or a `path.resolve(...)`.
function checkJavaScript(context: RuleContext): void {
  const source = context.parsed.typescript;
  const bindings = moduleBindings(source);
  const spans: Span[] = [];
  walkKinds(source, CALLS, (node) => {
    const call = node as ts.CallExpression;
    const target = loadedPath(call, bindings);
    if (!target) return;
    walk(target, (child) => {
      if ((ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) && isTemplatePath(child.text)) spans.push({ start: child.getStart(source), end: child.end });
    });
  });
  reportAll(context, spans);
}

/** The expression naming the file a dotenv load reads, if the call is one. */
function loadedPath(call: ts.CallExpression, bindings: ReadonlyMap<string, string>): ts.Node | undefined {
  const callee = call.expression;
  const first = call.arguments[0];
  if (!first) return undefined;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'loadEnvFile' && ts.isIdentifier(callee.expression) && callee.expression.text === 'process') return first;
  const isDotenvConfig =
    (ts.isIdentifier(callee) && bindings.get(callee.text) === 'dotenv.config') ||
    (ts.isPropertyAccessExpression(callee) &&
      callee.name.text === 'config' &&
      ((ts.isIdentifier(callee.expression) && bindings.get(callee.expression.text) === 'dotenv') || requiredModule(callee.expression)?.path === 'dotenv'));
  return isDotenvConfig && ts.isObjectLiteralExpression(first) ? objectProperty(first, 'path') : undefined;
}

export const exampleEnvLoadChecks: LanguageCheck[] = [
  { languages: ['javascript', 'typescript'], keywords: KEYWORDS, check: checkJavaScript },
  { languages: ['python'], keywords: KEYWORDS, check: checkPython },
  { languages: ['go'], keywords: KEYWORDS, check: checkGo },
  { languages: ['ruby'], keywords: KEYWORDS, check: checkRuby },
];
