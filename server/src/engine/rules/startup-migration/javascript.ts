// Factor XII for JS/TS: schema migrations and ORM schema sync run on the app's start path.
import ts from 'typescript';
import { dottedName, spanOf, unwrap, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedMigration, MoveToScriptFix, Report } from '../../types';
import { importedMigrationCalled } from './javascript-imported';
import { recognizeLibraryCall } from './javascript-calls';
import { recognizeCommand } from './javascript-commands';
import { collectFacts, type FileFacts } from './javascript-facts';
import { removalEdits } from './javascript-fix';
import { MigrationGroups } from './grouped';
import { isDbVerbPath, isOneOffOrTestFile } from './javascript-paths';
import { callLabel, callMessage, optionMessage, scriptCommand } from './javascript-report';
import { containsServerStart, isGatedOff, isOnStartPath } from './javascript-start-path';
import { schemaOptions } from './javascript-typeorm';
import { mayReport } from './javascript-prefilter';

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  // Every recognized call, option and command names its tool or its schema method: `sequelize` for
  // `.sync()`, `migrat` for knex, umzug's and MikroORM's migrators, `runMigrations` and the CLIs (mayReport reads
  // them, TOOL_KEYWORDS and APP_SYNC_KEYWORDS); or the file calls an imported function whose body migrates
  // (`database.init()`), which the node layer found: no word of this file announces it.
  keywords: [],
  mayReport: (file) => (file.options.importedMigrations?.length ?? 0) > 0 || mayReport(file),
  check: checkStartupMigrations,
};

function checkStartupMigrations(context: RuleContext): void {
  if (isOneOffOrTestFile(context.path)) return;
  const facts = collectFacts(context.parsed.typescript);
  if (isDbVerbPath(context.path) && isStandaloneScript(context.text, facts)) return;
  const groups = new MigrationGroups(context);
  const imported = context.options.importedMigrations ?? [];
  walk(facts.source, (node) => {
    if (ts.isCallExpression(node)) checkCall(node, facts, context, groups, imported);
  });
  groups.flush();
  for (const option of schemaOptions(facts)) {
    if (isGatedOff(option.property, facts, true)) continue;
    context.report({ span: spanOf(option.property), message: optionMessage(option.name, option.effect) });
  }
}

/**
 * A file no module can import for a value (it exports nothing) and that starts no server is run as its own process
 * (`"syncDB": "node db/sync.js"`): an admin process. A word `export` anywhere, even in a comment, keeps it in.
 */
function isStandaloneScript(text: string, facts: FileFacts): boolean {
  return !/\bexport\b|\bmodule\.exports\b|\bexports\.\w/.test(text) && !containsServerStart(facts.source, facts);
}

function checkCall(call: ts.CallExpression, facts: FileFacts, context: RuleContext, groups: MigrationGroups, imported: readonly ImportedMigration[]): void {
  const library = recognizeLibraryCall(call, facts);
  const command = library ? undefined : recognizeCommand(call, facts);
  if (!library && !command) {
    const elsewhere = imported.length > 0 ? importedMigrationCalled(call, facts, imported) : undefined;
    if (elsewhere && isOnStartPath(call, facts)) groups.addTo(enclosingFunctionStart(call), importedReport(call, elsewhere));
    return;
  }
  if (!isOnStartPath(call, facts)) return;
  const label = library ? callLabel(library) : command!.label;
  const effect = library?.effect ?? command!.effect;
  const script = library ? scriptCommand(library, facts, context.path) : command!.scriptCommand;
  const fix = script === undefined ? undefined : moveToScript(call, label, script, facts, context.text);
  groups.addTo(enclosingFunctionStart(call), { span: spanOf(call), message: callMessage(label, effect), ...(fix ? { fix } : {}) });
}

/** `database.init()` on the start path, whose body in db.js runs `db.migrate.latest()`: reported here, the body related. */
function importedReport(call: ts.CallExpression, elsewhere: ImportedMigration): Report {
  const written = `${dottedName(unwrap(call.expression)) ?? elsewhere.name}()`;
  return {
    span: spanOf(call),
    message: `Factor XII: \`${written}\` runs \`${elsewhere.label}\` (in ${elsewhere.path}) every time the app starts; run migrations as a one-off admin process (e.g. \`npm run migrate\`) before release.`,
    relatedElsewhere: [{ path: elsewhere.path, range: elsewhere.range, message: `The migration \`${written}\` runs.` }],
  };
}

/** Where the innermost function around `node` starts; -1 for the module's top level. */
function enclosingFunctionStart(node: ts.Node): number {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return current.getStart();
  }
  return -1;
}

function moveToScript(call: ts.CallExpression, label: string, command: string, facts: FileFacts, text: string): MoveToScriptFix | undefined {
  const edits = removalEdits(call, facts, text);
  if (!edits) return undefined;
  return { kind: 'move-to-script', title: `Move \`${label}\` to an npm "migrate" script`, edits, scriptName: 'migrate', command };
}
