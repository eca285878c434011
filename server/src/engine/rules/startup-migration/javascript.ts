// Factor XII for JS/TS: schema migrations and ORM schema sync run on the app's start path.
import ts from 'typescript';
import { spanOf, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { MoveToScriptFix } from '../../types';
import { recognizeLibraryCall } from './javascript-calls';
import { recognizeCommand } from './javascript-commands';
import { collectFacts, type FileFacts } from './javascript-facts';
import { removalEdits } from './javascript-fix';
import { MigrationGroups } from './grouped';
import { isOneOffOrTestFile } from './javascript-paths';
import { callLabel, callMessage, optionMessage, scriptCommand } from './javascript-report';
import { isGatedOff, isOnStartPath } from './javascript-start-path';
import { schemaOptions } from './javascript-typeorm';
import { APP_SYNC_KEYWORDS, mayReport, TOOL_KEYWORDS } from './javascript-prefilter';
import { DDL_PATTERN } from './ddl';

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  // Every recognized call, option and command names its tool or its schema method: `sequelize` for
  // `.sync()`, `migrat` for knex, umzug's and MikroORM's migrators, `runMigrations` and the CLIs.
  keywords: [...TOOL_KEYWORDS, ...APP_SYNC_KEYWORDS, 'synchronize'],
  patterns: [DDL_PATTERN],
  mayReport,
  check: checkStartupMigrations,
};

function checkStartupMigrations(context: RuleContext): void {
  if (isOneOffOrTestFile(context.path)) return;
  const facts = collectFacts(context.parsed.typescript);
  const groups = new MigrationGroups(context);
  walk(facts.source, (node) => {
    if (ts.isCallExpression(node)) checkCall(node, facts, context, groups);
  });
  groups.flush();
  for (const option of schemaOptions(facts)) {
    if (isGatedOff(option.property, facts, true)) continue;
    context.report({ span: spanOf(option.property), message: optionMessage(option.name, option.effect) });
  }
}

function checkCall(call: ts.CallExpression, facts: FileFacts, context: RuleContext, groups: MigrationGroups): void {
  const library = recognizeLibraryCall(call, facts);
  const command = library ? undefined : recognizeCommand(call, facts);
  if ((!library && !command) || !isOnStartPath(call, facts)) return;
  const label = library ? callLabel(library) : command!.label;
  const effect = library?.effect ?? command!.effect;
  const script = library ? scriptCommand(library, facts, context.path) : command!.scriptCommand;
  const fix = script === undefined ? undefined : moveToScript(call, label, script, facts, context.text);
  groups.addTo(enclosingFunctionStart(call), { span: spanOf(call), message: callMessage(label, effect), ...(fix ? { fix } : {}) });
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
