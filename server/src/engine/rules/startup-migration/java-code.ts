// Explicit migrations in Java/Kotlin application code: Flyway's `migrate()`, Liquibase's `update()`,
// `@Bean(initMethod = "migrate")`, a `SpringLiquibase` bean, and Exposed's `SchemaUtils.create(…)`. Silent in tests and in one-off programs (a `migrations/`
// folder, a `MigrateDb` main), unless the call sits in a start hook (@PostConstruct, @Bean,
// @EventListener, CommandLineRunner/ApplicationRunner), which runs with the app.
import { importsOf, isImported, javaCall, javaDottedName, simpleTypeName, type JvmCall } from '../../languages/java';
import { kotlinCall, kotlinDeclaredName, kotlinDottedName } from '../../languages/kotlin';
import { ancestorOfType, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { MigrationGroups } from './grouped';
import { isOneOffOrTestFile } from './javascript-paths';

type Tool = 'Flyway' | 'Liquibase';
const METHODS: Readonly<Record<Tool, string>> = { Flyway: 'migrate', Liquibase: 'update' };
const COMMANDS: Readonly<Record<Tool, string>> = { Flyway: '`flyway migrate` or the Flyway Maven/Gradle plugin', Liquibase: '`liquibase update` or the Liquibase Maven/Gradle plugin' };
const HOOK_ANNOTATIONS = new Set(['PostConstruct', 'Bean', 'EventListener', 'Scheduled']);
const HOOK_INTERFACES = /\b(?:CommandLineRunner|ApplicationRunner|ApplicationListener|InitializingBean|SmartInitializingSingleton)\b/;

export function checkMigrationCode(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const kotlin = context.language === 'kotlin';
  const oneOffFile = isOneOffOrTestFile(context.path);
  const typed = declaredTools(tree.rootNode, kotlin);
  const imports = importsOf(tree.rootNode);
  const groups = new MigrationGroups(context);
  walkTree(tree.rootNode, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    const tool = call?.receiver ? toolOf(call.receiver, kotlin, typed) : undefined;
    const judgedAtCaller = inAppSchemaFunction(node, kotlin) && !inStartHook(node, kotlin);
    if (call && tool && call.name === METHODS[tool] && (!oneOffFile || inStartHook(node, kotlin)) && !judgedAtCaller) {
      const receiver = (kotlin ? kotlinDottedName : javaDottedName)(call.receiver) ?? tool;
      groups.add(node, { span: { start: node.startIndex, end: node.endIndex }, message: message(`${receiver}.${call.name}()`, tool, 'every time the app starts') });
    }
    const exposed = call && Object.hasOwn(EXPOSED_SCHEMA_CHANGES, call.name) ? exposedSchemaCall(call, kotlin, imports) : undefined;
    if (exposed && (!oneOffFile || inStartHook(node, kotlin)) && !judgedAtCaller) {
      groups.add(node, { span: { start: node.startIndex, end: node.endIndex }, message: exposedMessage(exposed) });
    }
    const appSchema = call && !oneOffFile && APP_SCHEMA_FUNCTION.test(call.name) && (inMain(node, kotlin) || inStartHook(node, kotlin));
    if (appSchema) groups.add(node, { span: { start: node.startIndex, end: node.endIndex }, message: appSchemaMessage(call.name) });
    if (isSpringLiquibase(node, kotlin) && inStartHook(node, kotlin)) {
      context.report({ span: { start: node.startIndex, end: node.endIndex }, message: message('SpringLiquibase', 'Liquibase', 'when the bean is created, on every start') });
    }
    if (isInitMethodMigrate(node, context.text, kotlin)) {
      context.report({ span: { start: node.startIndex, end: node.endIndex }, message: message('@Bean(initMethod = "migrate")', 'Flyway', 'when the bean is created, on every start') });
    }
  });
  groups.flush();
}

/**
 * The app's own method named for creating the schema or migrating (`store.createTables()`,
 * `Database.runMigrations(ds)`), called from `main` or a start hook: its body elsewhere cannot tell
 * that the server's start calls it. A bare `migrate()` is left to the Flyway/Liquibase shapes above.
 */
const APP_SCHEMA_FUNCTION = /^(?:create|ensure|init|initialize|setup|setUp|sync|update)(?:Db|Database)?(?:Schema|Tables)$|^(?:run|apply)(?:Db|Database)?Migrations$|^migrate(?:Db|Database|Schema)$/;

function appSchemaMessage(name: string): string {
  return `Factor XII: \`${name}()\` changes the schema every time the app starts; run migrations as a one-off admin process (Flyway or Liquibase in a release step) before release.`;
}

/** Inside `public static void main(String[] args)` or Kotlin's top-level `fun main()`. */
function inMain(node: SyntaxNode, kotlin: boolean): boolean {
  return enclosingMethodName(node, kotlin) === 'main';
}

/**
 * Inside the app's own method named for migrating (`object Database { fun runMigrations(ds) {
 * Flyway…migrate() } }`): where `main` or a start hook calls it, that call is the finding (one
 * problem, one finding, as in Go, PHP, Python and JavaScript); a release step may call it too.
 */
function inAppSchemaFunction(node: SyntaxNode, kotlin: boolean): boolean {
  return APP_SCHEMA_FUNCTION.test(enclosingMethodName(node, kotlin) ?? '');
}

function enclosingMethodName(node: SyntaxNode, kotlin: boolean): string | undefined {
  const method = ancestorOfType(node, kotlin ? ['function_declaration'] : ['method_declaration']);
  if (!method) return undefined;
  return kotlin ? method.namedChildren.find((child) => child?.type === 'simple_identifier')?.text : method.childForFieldName('name')?.text;
}

/**
 * Exposed's schema calls that create or alter tables (`SchemaUtils.create(Users)`,
 * `createMissingTablesAndColumns`): in a Ktor module or a `main`, they change the schema on every start.
 */
const EXPOSED_SCHEMA_CHANGES: Readonly<Record<string, true>> = { create: true, createMissingTablesAndColumns: true, addMissingColumnsStatements: true };

function exposedSchemaCall(call: JvmCall, kotlin: boolean, imports: readonly string[]): string | undefined {
  // `import org.jetbrains.exposed.sql.SchemaUtils.create` (or `.SchemaUtils.*`) and a bare `create(Widgets)`:
  // the starter templates' DatabaseFactory writes it so. Another `create(...)` without that import is not Exposed's.
  if (!call.receiver) return isImported(imports, `${EXPOSED_SCHEMA_UTILS}.${call.name}`) ? `SchemaUtils.${call.name}()` : undefined;
  const receiver = (kotlin ? kotlinDottedName : javaDottedName)(call.receiver);
  return receiver !== undefined && simpleTypeName(receiver) === 'SchemaUtils' ? `${receiver}.${call.name}()` : undefined;
}

const EXPOSED_SCHEMA_UTILS = 'org.jetbrains.exposed.sql.SchemaUtils';

function exposedMessage(label: string): string {
  return `Factor XII: \`${label}\` changes the schema every time the app starts; run migrations as a one-off admin process (e.g. Flyway, or Exposed's MigrationUtils in a release step) before release.`;
}

function message(label: string, tool: Tool, when: string): string {
  return `Factor XII: \`${label}\` runs migrations ${when}; run migrations as a one-off admin process (e.g. ${COMMANDS[tool]}) before release.`;
}

/** The tool an expression is: `Flyway.configure()…load()`, `new Liquibase(…)`, or a name declared/initialized as one. */
function toolOf(node: SyntaxNode, kotlin: boolean, typed: ReadonlyMap<string, Tool>): Tool | undefined {
  const name = (kotlin ? kotlinDottedName : javaDottedName)(node);
  if (name !== undefined) return typed.get(name.slice(name.lastIndexOf('.') + 1));
  return chainRoot(node, kotlin);
}

/** `Flyway.configure().dataSource(…).load()` -> Flyway; `new Liquibase(…)` / `Liquibase(…)` -> Liquibase. */
function chainRoot(node: SyntaxNode, kotlin: boolean): Tool | undefined {
  let current: SyntaxNode | null = node;
  for (let depth = 0; current && depth < 64; depth++) {
    const call: JvmCall | undefined = kotlin ? kotlinCall(current) : javaCall(current);
    if (!call) return asTool(current.text);
    if (!call.receiver) return asTool(call.name);
    current = call.receiver;
  }
  return undefined;
}

function asTool(name: string): Tool | undefined {
  const simple = simpleTypeName(name);
  return simple === 'Flyway' || simple === 'Liquibase' ? simple : undefined;
}

/** Variables, fields and parameters typed or initialized as Flyway / Liquibase in this file. */
function declaredTools(root: SyntaxNode, kotlin: boolean): Map<string, Tool> {
  const found = new Map<string, Tool>();
  walkTree(root, (node) => {
    if (kotlin && ['property_declaration', 'class_parameter', 'parameter'].includes(node.type)) {
      const name = kotlinDeclaredName(node);
      const typed = node.type === 'property_declaration' ? node.namedChildren.find((child) => child?.type === 'variable_declaration') : node;
      const type = typed?.namedChildren.find((child) => child?.type === 'user_type')?.text;
      const value = node.type === 'property_declaration' ? node.namedChild(node.namedChildCount - 1) : null;
      const tool = (type && asTool(type)) ?? (value && value.type !== 'variable_declaration' ? chainRoot(value, true) : undefined);
      if (name !== undefined && tool) found.set(name, tool);
    }
    if (!kotlin && ['local_variable_declaration', 'field_declaration', 'formal_parameter'].includes(node.type)) {
      const type = node.childForFieldName('type')?.text;
      const declarators = node.type === 'formal_parameter' ? [node] : node.namedChildren.filter((child) => child?.type === 'variable_declarator');
      for (const declarator of declarators) {
        const name = declarator?.childForFieldName('name')?.text;
        const value = declarator?.childForFieldName('value');
        const tool = (type && asTool(type)) ?? (value ? chainRoot(value, false) : undefined);
        if (name !== undefined && tool) found.set(name, tool);
      }
    }
  });
  return found;
}

/** The method or function the call runs in is started with the app. */
export function inStartHook(node: SyntaxNode, kotlin: boolean): boolean {
  const kinds = kotlin ? ['function_declaration', 'call_expression'] : ['method_declaration', 'constructor_declaration'];
  for (let current = ancestorOfType(node, kinds); current; current = ancestorOfType(current.parent ?? current, kinds)) {
    if (current.parent === null) break;
    if (current.type === 'call_expression') {
      const runner = kotlinCall(current)?.name;
      if (runner === 'CommandLineRunner' || runner === 'ApplicationRunner') return true;
      continue;
    }
    const annotations = current.descendantsOfType(['annotation', 'marker_annotation']).filter((annotation) => annotation && isModifierOf(annotation, current!));
    if (annotations.some((annotation) => HOOK_ANNOTATIONS.has(annotationName(annotation!)))) return true;
    const owner = ancestorOfType(current, ['class_declaration', 'object_declaration']);
    const supertypes = owner?.namedChildren.filter((child) => child && /super_interfaces|superclass|delegation_specifier/.test(child.type)).map((child) => child!.text).join(' ') ?? '';
    if (HOOK_INTERFACES.test(supertypes)) return true;
    if (!kotlin) return false;
  }
  return false;
}

function isModifierOf(annotation: SyntaxNode, declaration: SyntaxNode): boolean {
  return annotation.parent?.type === 'modifiers' && annotation.parent.parent?.id === declaration.id;
}

function annotationName(annotation: SyntaxNode): string {
  const name = annotation.childForFieldName('name')?.text ?? annotation.descendantsOfType('type_identifier')[0]?.text ?? '';
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * `new SpringLiquibase()` (Kotlin `SpringLiquibase()`): the bean runs `update` on the changelog in
 * afterPropertiesSet, so declared as a `@Bean` it migrates as the context starts, as `initMethod = "migrate"` does.
 */
function isSpringLiquibase(node: SyntaxNode, kotlin: boolean): boolean {
  if (!kotlin) return node.type === 'object_creation_expression' && simpleTypeName(node.childForFieldName('type')?.text ?? '') === 'SpringLiquibase';
  const call = kotlinCall(node);
  return call !== undefined && !call.receiver && call.name === 'SpringLiquibase';
}

/** `initMethod = "migrate"` inside `@Bean(...)`: the element itself is reported. */
function isInitMethodMigrate(node: SyntaxNode, text: string, kotlin: boolean): boolean {
  const pair = kotlin ? node.type === 'value_argument' : node.type === 'element_value_pair';
  if (!pair) return false;
  const key = kotlin ? node.namedChild(0)?.text : node.childForFieldName('key')?.text;
  const value = kotlin ? node.namedChild(node.namedChildCount - 1) : node.childForFieldName('value');
  if (key !== 'initMethod' || value?.type !== 'string_literal' || text.slice(value.startIndex, value.endIndex) !== '"migrate"') return false;
  const annotation = ancestorOfType(node, ['annotation']);
  return annotation !== undefined && annotationName(annotation) === 'Bean';
}
