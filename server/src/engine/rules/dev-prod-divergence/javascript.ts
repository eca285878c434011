// Environment-keyed database configs in JS/TS: knexfiles (`client`), Sequelize config.js
// (`dialect`), TypeORM per-environment options (`type`), also through `...shared` spreads of an
// object declared in the same file; and a driver an environment test picks (javascript-ternaries.ts).
import ts from 'typescript';
import { objectProperty, propertyName, spanOf, stringValue, unwrap, walk } from '../../languages/ts-ast';
import { hasIdentifier } from '../../prefilter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { reportDivergences, type ServiceChoice } from './kinds';
import { ternaryChoices } from './javascript-ternaries';

const DRIVER_KEYS = ['client', 'dialect', 'type'];
/** `type: env !== 'production' ? 'sqlite'`, `client:\n  isProd\n    ? ('pg'`: a driver key, a short test, `?`, a literal. */
const DRIVER_TERNARY = /(?<![\w$.])(?:client|dialect|type)['"]?\s*:(?:[^,;{}?]|\?\.){1,160}\?\s*\(?\s*['"`]/;
/** `NODE_ENV === 'production' ? new Sequelize(…)`, `isProduction\n ? { client: …`: an environment test choosing between whole configs. */
const CONFIG_TERNARY = /(?:_ENV\b|\b[iI]s(?:Prod|Production|Dev|Development)\b)[^;?]{0,80}\?\s*(?:\{|new\s|[\w$.]{1,40}\()/;
/** `testing ? { type: 'sqlite', … } : { type: 'postgres' }`: a test held in a name, choosing between objects that each set a driver literal. */
const OBJECT_TERNARY = /\?\s*\{[^{}?]{0,160}(?<![\w$.])(?:client|dialect|type)['"]?\s*:\s*['"`][^{}?]{0,160}\}\s*:\s*\{/;
const PRODUCTION_KEYS = new Set(['production', 'prod']);

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['production', 'client', 'dialect', 'type'],
  // A finding is a driver key (`client`, `dialect`, `type`) in an environment-keyed block with a `production` key,
  // or one whose value is a test between literals (`isProduction ? 'pg' : 'sqlite3'`): `env` and `type` are in
  // almost every file, so the second is told by its shape.
  mayReport: ({ text }) => (hasIdentifier(text, ['production']) && hasIdentifier(text, DRIVER_KEYS)) || DRIVER_TERNARY.test(text) || ((CONFIG_TERNARY.test(text) || OBJECT_TERNARY.test(text)) && hasIdentifier(text, DRIVER_KEYS)),
  check,
};

function check(context: RuleContext): void {
  if (isNonServerPath(context.path) && !/knexfile/i.test(context.path)) return;
  const source = context.parsed.typescript;
  for (const choices of [...environmentBlocks(source), ...ternaryChoices(source, DRIVER_KEYS)]) {
    reportDivergences(context, choices);
  }
}

/** Each object literal with a `production` block: its environments and their drivers. */
export function environmentBlocks(source: ts.SourceFile): ServiceChoice[][] {
  const blocks: ServiceChoice[][] = [];
  walk(source, (node) => {
    if (ts.isObjectLiteralExpression(node) && hasProductionBlock(node)) blocks.push(environmentChoices(node, source));
  });
  return blocks;
}

function hasProductionBlock(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((property) => ts.isPropertyAssignment(property) && PRODUCTION_KEYS.has(propertyName(property.name) ?? ''));
}

function environmentChoices(object: ts.ObjectLiteralExpression, source: ts.SourceFile): ServiceChoice[] {
  const choices: ServiceChoice[] = [];
  for (const property of object.properties) {
    const environment = ts.isPropertyAssignment(property) ? propertyName(property.name) : undefined;
    const block = environment !== undefined ? unwrap((property as ts.PropertyAssignment).initializer) : undefined;
    const driver = block && ts.isObjectLiteralExpression(block) ? driverOf(block, source, 0) : undefined;
    if (environment !== undefined && driver) choices.push({ environment, driver: driver.text, span: spanOf(driver) });
  }
  return choices;
}

/** The block's `client`/`dialect`/`type` literal, or the one of an object it spreads. */
function driverOf(block: ts.ObjectLiteralExpression, source: ts.SourceFile, depth: number): ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | undefined {
  for (const key of DRIVER_KEYS) {
    const value = objectProperty(block, key);
    if (value && stringValue(unwrap(value)) !== undefined) return unwrap(value) as ts.StringLiteral;
  }
  if (depth > 2) return undefined;
  for (const property of block.properties) {
    if (!ts.isSpreadAssignment(property) || !ts.isIdentifier(unwrap(property.expression))) continue;
    const shared = declaredObject(source, (unwrap(property.expression) as ts.Identifier).text);
    const driver = shared && driverOf(shared, source, depth + 1);
    if (driver) return driver;
  }
  return undefined;
}

function declaredObject(source: ts.SourceFile, name: string): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  walk(source, (node) => {
    if (found) return false;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer && ts.isObjectLiteralExpression(unwrap(node.initializer))) {
      found = unwrap(node.initializer) as ts.ObjectLiteralExpression;
    }
  });
  return found;
}
