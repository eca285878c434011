// Sequelize's sync reached through the app's models module, for the importer's call: the module re-exports the
// instance's sync (`module.exports = { sequelize, sync: sequelize.sync.bind(sequelize) }`, then `models.sync()`), or
// exports a model (`module.exports = sequelize.define('Contract', …)`, `exports.User = User`, then `Contract.sync({
// alter: true })`). An imported `User` is no model by its name alone (javascript-calls.ts): its module says it is.
// The facts name `sync` (`<module>.sync` is the importer's call) or `<export>.sync`. Pure: no file is read here.
import ts from 'typescript';
import { dottedName, unwrap } from '../../languages/ts-ast';
import type { LineIndex } from '../../source';
import type { ImportedMigration } from '../../types';
import { isSequelizeInstance, isSequelizeModel } from './javascript-calls';
import { exportedValues } from './javascript-exports';
import type { FileFacts } from './javascript-facts';

/** The module's exports whose `sync` migrates, as facts for the modules that import it. */
export function exportedSyncs(module: string, path: string, facts: FileFacts, lines: LineIndex): ImportedMigration[] {
  const found: ImportedMigration[] = [];
  for (const [name, value] of exportedValues(facts.source)) {
    if (!ts.isExpression(value)) continue;
    const node = unwrap(value);
    const sync = boundSync(node, facts);
    const model = sync ? undefined : isSequelizeModel(node, facts) || isModelDefinition(node, facts);
    if (!sync && !model) continue;
    // `models.sync()` calls the bound sync by its own name; `Contract.sync()` the model's, default or named.
    const member = sync ? name : name === 'default' ? 'sync' : `${name}.sync`;
    const label = sync ? `${sync}.sync()` : `${(dottedName(node) ?? name).slice(0, 40)}.sync()`;
    found.push({ module, name: member, label, path, range: lines.range({ start: node.getStart(facts.source), end: node.getEnd() }) });
  }
  return found;
}

/** `sequelize.sync.bind(sequelize)`: the instance's name, when the receiver is a Sequelize instance. */
function boundSync(node: ts.Expression, facts: FileFacts): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'bind') return undefined;
  const method = unwrap(node.expression.expression);
  if (!ts.isPropertyAccessExpression(method) || method.name.text !== 'sync') return undefined;
  const receiver = unwrap(method.expression);
  return isSequelizeInstance(receiver, facts) ? (dottedName(receiver) ?? 'sequelize') : undefined;
}

/** `sequelize.define('Contract', …)` exported as it is made. */
function isModelDefinition(node: ts.Expression, facts: FileFacts): boolean {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'define' && isSequelizeInstance(unwrap(node.expression.expression), facts);
}
