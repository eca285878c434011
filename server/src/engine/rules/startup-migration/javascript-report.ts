// What a finding says and which one-off command its fix moves the migration to.
import ts from 'typescript';
import { dottedName, unwrap } from '../../languages/ts-ast';
import type { Effect, MigrationCall } from './javascript-calls';
import { type FileFacts, originOf } from './javascript-facts';

const VERBS: Readonly<Record<Effect, string>> = {
  'migrates': 'runs migrations',
  'changes-schema': 'changes the schema',
  'drops-schema': 'drops and recreates the schema',
};

const ADVICE = 'run migrations as a one-off admin process (e.g. `npm run migrate`) before release.';

export function callMessage(label: string, effect: Effect): string {
  return `Factor XII: \`${label}\` ${VERBS[effect]} every time the app starts; ${ADVICE}`;
}

export function optionMessage(name: string, effect: Effect): string {
  const verb = effect === 'drops-schema' ? 'drops the schema' : VERBS[effect];
  return `Factor XII: TypeORM \`${name}: true\` ${verb} every time the app connects; set it to false and ${ADVICE}`;
}

/** `db.sequelize.sync()`, `knex.migrate.latest()`, `orm.getMigrator().up()`; the tool's name when the receiver has none. */
export function callLabel(found: MigrationCall): string {
  const callee = unwrap(found.call.expression);
  const name = dottedName(callee);
  if (name !== undefined) return `${name}()`;
  return ts.isPropertyAccessExpression(callee) ? `${found.tool}.${callee.name.text}()` : `${found.tool}()`;
}

/** The CLI that does what the call did, as a one-off: only where one exists and the call passes no options. */
export function scriptCommand(found: MigrationCall, facts: FileFacts, path: string): string | undefined {
  if (found.call.arguments.length > 0) return undefined;
  if (found.tool === 'knex' && (found.knexCommand === 'latest' || found.knexCommand === 'up')) return `knex migrate:${found.knexCommand}`;
  if (found.tool === 'typeorm' && found.effect === 'migrates') return typeormCommand(found.call, facts, path);
  return undefined;
}

/**
 * `typeorm migration:run -d src/data-source.js`, when the data source comes from a module of its own
 * (relative import). A data source declared in this file is not offered: the CLI would load this
 * file, and with it the app.
 */
function typeormCommand(call: ts.CallExpression, facts: FileFacts, path: string): string | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const root = rootIdentifier(callee.expression);
  const origin = root && rootIdentifier(originOf(root, facts));
  const specifier = (root && facts.importedFrom.get(root.text)) ?? (origin && facts.importedFrom.get(origin.text));
  if (specifier === undefined || !/^\.\.?\//.test(specifier) || /^(?:\/|[A-Za-z]:)/.test(path)) return undefined;
  const file = resolveModule(path, specifier);
  if (file === undefined) return undefined;
  const typescript = /\.[cm]?tsx?$/.test(path);
  const esm = typescript && (/\.mts$/.test(path) || /\.js$/.test(specifier));
  const cli = !typescript ? 'typeorm' : esm ? 'typeorm-ts-node-esm' : 'typeorm-ts-node-commonjs';
  return `${cli} migration:run -d ${file}`;
}

function rootIdentifier(node: ts.Expression): ts.Identifier | undefined {
  let current = unwrap(node);
  while (ts.isPropertyAccessExpression(current) || ts.isCallExpression(current) || ts.isElementAccessExpression(current))
    current = unwrap(current.expression);
  return ts.isIdentifier(current) ? current : undefined;
}

/** `src/index.ts` + `./db/data-source` -> `src/db/data-source.ts`; undefined when it leaves the root. */
function resolveModule(path: string, specifier: string): string | undefined {
  const parts = path.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  const extension = path.slice(path.lastIndexOf('.'));
  const file = parts.join('/');
  if (/\.[cm]?[jt]sx?$/.test(file)) return /\.[cm]?tsx?$/.test(extension) ? file.replace(/\.([cm]?)js(x?)$/, '.$1ts$2') : file;
  return file + extension;
}
