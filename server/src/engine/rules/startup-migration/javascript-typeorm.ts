// TypeORM options that change the schema whenever the app connects: `synchronize: true`,
// `migrationsRun: true`, `dropSchema: true`. Only the literal `true` is reported: a value read from
// the environment or computed (`!isProduction`) is a per-deploy decision.
import ts from 'typescript';
import { objectPropertyNode, resolvedName, stringValue, unwrap, walk } from '../../languages/ts-ast';
import type { Effect } from './javascript-calls';
import { type FileFacts, originOf } from './javascript-facts';

export interface SchemaOption {
  property: ts.PropertyAssignment;
  name: 'synchronize' | 'migrationsRun' | 'dropSchema';
  effect: Effect;
}

const OPTIONS: readonly { name: SchemaOption['name']; effect: Effect }[] = [
  { name: 'synchronize', effect: 'changes-schema' },
  { name: 'migrationsRun', effect: 'migrates' },
  { name: 'dropSchema', effect: 'drops-schema' },
];

/** TypeORM's driver names, as the `type` option spells them. */
const DRIVERS = new Set([
  'postgres', 'mysql', 'mariadb', 'sqlite', 'better-sqlite3', 'mssql', 'oracle', 'cockroachdb', 'mongodb', 'sqljs',
  'aurora-mysql', 'aurora-postgres', 'sap', 'spanner', 'capacitor', 'cordova', 'expo', 'nativescript', 'react-native',
]);

const OPTION_TYPES = /^(?:DataSourceOptions|TypeOrmModuleOptions|\w*ConnectionOptions)$/;

export function schemaOptions(facts: FileFacts): SchemaOption[] {
  const found: SchemaOption[] = [];
  for (const object of typeormOptionObjects(facts)) {
    for (const option of OPTIONS) {
      const property = objectPropertyNode(object, option.name);
      if (property && ts.isPropertyAssignment(property) && unwrap(property.initializer).kind === ts.SyntaxKind.TrueKeyword)
        found.push({ property, name: option.name, effect: option.effect });
    }
  }
  return found;
}

/** Object literals that are TypeORM connection options, each once. */
function typeormOptionObjects(facts: FileFacts): Set<ts.ObjectLiteralExpression> {
  const objects = new Set<ts.ObjectLiteralExpression>();
  const add = (node: ts.Expression | undefined): void => {
    const origin = node && originOf(node, facts);
    if (origin && ts.isObjectLiteralExpression(origin)) objects.add(origin);
    else if (origin && ts.isArrayLiteralExpression(origin)) origin.elements.forEach(add);
  };
  walk(facts.source, (node) => {
    if (ts.isObjectLiteralExpression(node) && hasTypeormSignature(node)) objects.add(node);
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && takesOptions(node, facts)) add(node.arguments?.[0]);
    else if (ts.isVariableDeclaration(node) && node.initializer && isOptionType(node.type)) add(node.initializer);
    else if (ts.isSatisfiesExpression(node) || ts.isAsExpression(node)) {
      if (isOptionType(node.type)) add(node.expression);
    }
  });
  return objects;
}

/** `{ type: 'postgres', ... }` or `{ entities: [...], ... }`: TypeORM's options, wherever they are built. */
function hasTypeormSignature(object: ts.ObjectLiteralExpression): boolean {
  const type = objectPropertyNode(object, 'type');
  const driver = type && ts.isPropertyAssignment(type) ? stringValue(type.initializer) : undefined;
  return (driver !== undefined && DRIVERS.has(driver)) || objectPropertyNode(object, 'entities') !== undefined;
}

function takesOptions(node: ts.NewExpression | ts.CallExpression, facts: FileFacts): boolean {
  const name = resolvedName(node.expression, facts.bindings);
  if (name === undefined) return false;
  if (ts.isNewExpression(node)) return name === 'typeorm.DataSource' || name === 'DataSource' || name === 'typeorm.Connection';
  return name === 'typeorm.createConnection' || name === 'typeorm.createConnections' || name.endsWith('TypeOrmModule.forRoot');
}

function isOptionType(type: ts.TypeNode | undefined): boolean {
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const name = ts.isIdentifier(type.typeName) ? type.typeName : type.typeName.right;
  return OPTION_TYPES.test(name.text);
}
