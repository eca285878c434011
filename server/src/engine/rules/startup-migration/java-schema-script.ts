// A schema script run by the app itself as it starts, through JDBC: `main` (or the `getApp()` it calls, a Ktor
// `Application.module()`, a start hook) reads `schema.sql` and runs it with `Statement.execute`, or hands it to
// Spring's `ScriptUtils.executeSqlScript`, H2's `RunScript.execute` or MyBatis' `ScriptRunner.runScript`. Every
// start rebuilds the schema (Hexlet's java-project-72 template drops and recreates its tables). The same run in a
// one-off program (`ResetDatabase`, a `scripts/` main), a test, or over a data file (`seed.sql`) is left alone.
import { javaCall, javaDottedName, simpleTypeName, type JvmCall } from '../../languages/java';
import { kotlinCall, kotlinDeclaredName, kotlinDottedName } from '../../languages/kotlin';
import { ancestorOfType, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { inStartHook } from './java-code';
import { isOneOffOrTestFile } from './javascript-paths';

/** A `.sql` file named in a string literal, not one of data (`seed.sql`, `test-data.sql`, `sample.sql`). */
const SQL_FILE = /["'][^"'\n]*\.sql["']/;
const DATA_FILE = /(?:seed|data|sample|fixture|demo|test)[^"'\n/]*\.sql["']/i;
/** JDBC's statement methods that run one SQL string. */
const STATEMENT_RUNS = new Set(['execute', 'executeUpdate', 'executeLargeUpdate']);
/** How far `sql <- file <- url <- "schema.sql"` is followed through the method's local variables. */
const MAX_HOPS = 4;

export function checkSchemaScripts(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isOneOffOrTestFile(context.path) || onlyInMemoryDatabase(context.text)) return;
  const kotlin = context.language === 'kotlin';
  const calledFromMain = methodsCalledFromMain(tree.rootNode, kotlin);
  walkTree(tree.rootNode, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    const label = call ? scriptRun(call, kotlin, context.text) : undefined;
    if (!label || !onStartPath(node, kotlin, calledFromMain)) return;
    context.report({
      span: { start: node.startIndex, end: node.endIndex },
      message:
        `Factor XII: \`${label}\` runs a schema script every time the app starts; run schema changes once per release as a ` +
        'one-off admin process (Flyway or Liquibase in a release step) instead.',
    });
  });
}

/** What the call is, when it runs a schema script. */
function scriptRun(call: JvmCall, kotlin: boolean, text: string): string | undefined {
  const receiver = call.receiver ? simpleTypeName((kotlin ? kotlinDottedName : javaDottedName)(call.receiver) ?? '') : undefined;
  const scripts = call.args.map((arg) => sqlFileOf(arg, kotlin));
  if (scripts.some((script) => script === 'data')) return undefined;
  if (call.name === 'executeSqlScript' && receiver === 'ScriptUtils') return 'ScriptUtils.executeSqlScript()';
  if (call.name === 'execute' && receiver === 'RunScript') return 'RunScript.execute()';
  if (call.name === 'runScript' && text.includes('ScriptRunner')) return 'ScriptRunner.runScript()';
  if (STATEMENT_RUNS.has(call.name) && call.receiver && call.args.length === 1 && scripts[0] === 'schema') return `${call.name}()`;
  return undefined;
}

/** Whether the expression is read from a `.sql` file named in it or in the locals it is built from. */
function sqlFileOf(expression: SyntaxNode, kotlin: boolean): 'schema' | 'data' | undefined {
  const locals = localInitializers(expression, kotlin);
  let found: 'schema' | 'data' | undefined;
  const visit = (node: SyntaxNode, hops: number): void => {
    const literal = SQL_FILE.exec(node.text)?.[0];
    if (literal) found = found === 'data' || DATA_FILE.test(literal) ? 'data' : 'schema';
    if (literal || hops >= MAX_HOPS) return;
    for (const name of identifiersIn(node, kotlin)) {
      const value = locals.get(name);
      if (value && value.id !== node.id) visit(value, hops + 1);
    }
  };
  visit(expression, 0);
  return found;
}

/** The local variables of the expression's method, by name, with the expressions they are set to. */
function localInitializers(expression: SyntaxNode, kotlin: boolean): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  const method = ancestorOfType(expression, kotlin ? ['function_declaration'] : ['method_declaration', 'constructor_declaration', 'lambda_expression']);
  if (!method) return found;
  walkTree(method, (node) => {
    if (kotlin && node.type === 'property_declaration') {
      const name = kotlinDeclaredName(node);
      const value = node.namedChild(node.namedChildCount - 1);
      if (name !== undefined && value && value.type !== 'variable_declaration') found.set(name, value);
    }
    if (!kotlin && (node.type === 'variable_declarator' || node.type === 'resource')) {
      const name = node.childForFieldName('name')?.text;
      const value = node.childForFieldName('value');
      if (name !== undefined && value) found.set(name, value);
    }
  });
  return found;
}

function identifiersIn(node: SyntaxNode, kotlin: boolean): string[] {
  const type = kotlin ? 'simple_identifier' : 'identifier';
  return node.type === type ? [node.text] : node.descendantsOfType(type).map((each) => each?.text ?? '');
}

/** `main`, a method `main` calls in this file (`getApp()`), a Ktor module (`fun Application.module()`), a start hook. */
function onStartPath(node: SyntaxNode, kotlin: boolean, calledFromMain: ReadonlySet<string>): boolean {
  const method = ancestorOfType(node, kotlin ? ['function_declaration'] : ['method_declaration']);
  const name = method ? methodName(method, kotlin) : undefined;
  if (name === 'main' || (name !== undefined && calledFromMain.has(name)) || inStartHook(node, kotlin)) return true;
  return kotlin && method !== undefined && /^(?:[^\n(]*\s)?fun\s+Application\./.test(method.text.slice(0, 200));
}

function methodName(method: SyntaxNode, kotlin: boolean): string | undefined {
  return kotlin ? method.namedChildren.find((child) => child?.type === 'simple_identifier')?.text : method.childForFieldName('name')?.text;
}

/** The names `main` calls on no receiver, or on a class name (`App.getApp()`); not in a Java lambda. */
function methodsCalledFromMain(root: SyntaxNode, kotlin: boolean): Set<string> {
  const names = new Set<string>();
  walkTree(root, (node) => {
    if (node.type !== (kotlin ? 'function_declaration' : 'method_declaration') || methodName(node, kotlin) !== 'main') return;
    walkTree(node, (inner) => {
      // A Java lambda in main is a handler (`ctx -> reset(ds)`), run on a request, not at start.
      if (inner.type === 'lambda_expression') return false;
      const call = kotlin ? kotlinCall(inner) : javaCall(inner);
      if (call && (!call.receiver || /^[A-Z]\w*$/.test(call.receiver.text))) names.add(call.name);
    });
    return false;
  });
  return names;
}

/** A file whose only database is in memory (`jdbc:h2:mem:`, SQLite's `:memory:`) and that reads no setting: a demo or a test's. */
function onlyInMemoryDatabase(text: string): boolean {
  return /jdbc:h2:mem:|:memory:/.test(text) && !/getenv|getProperty|environment\.config|ConfigFactory/.test(text);
}
