// Factor XII across Ruby files: `Database.setup!` in config.ru, where lib/database.rb (loaded by `require_relative`)
// has `def self.setup!` running `Sequel::Migrator.run(...)`. The method's name says nothing, and its body, in the other
// file, cannot tell that the app's boot calls it. The node layer (migrationFacts.ts) reads the files a boot file
// requires relatively and hands over their module methods whose body migrates (migratingRubyMethodsIn); the call on
// the boot path is reported, the body's migration related. Pure: no file is read here.
import { ParsedDocument } from '../../languages';
import { methodName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ImportedMigration } from '../../types';
import { migrationEffect } from './ruby-calls';

/** A Ruby file whose relative requires the node layer reads: a boot file or an app file, not a one-off's or a test's. */
export function wantsRubyImportedMigrations(path: string): boolean {
  return (/\.rb$|(?:^|\/)config\.ru$/.test(path)) && !/(?:^|\/)(?:db|lib\/tasks|bin|script|scripts|spec|test)\//.test(path);
}

/** Whether a required file is worth parsing: it names a migration. */
export function mayMigrateRuby(text: string): boolean {
  return /migrat|create_table|auto_upgrade|schema\.define|db:prepare|db:setup/i.test(text);
}

/** `require_relative "lib/database"`, `require_relative './app/db'`: the paths, as written, with `.rb` added. */
export function relativeRequires(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/^[ \t]*require_relative[ \t(]+(['"])([\w./-]{1,200})\1/gm)) found.add(match[2]!.endsWith('.rb') ? match[2]! : `${match[2]!}.rb`);
  return [...found];
}

/**
 * Module methods (`def self.setup!` in `module Database`) whose own body migrates, outside a block or lambda:
 * `module` is the constant they are called on (`Database`, `Shortlinks::Store`).
 */
export function migratingRubyMethodsIn(path: string, text: string, treeSitter?: TreeSitterParsers): ImportedMigration[] {
  const parsed = new ParsedDocument(path, text, 'ruby', treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    if (!root) return [];
    const found: ImportedMigration[] = [];
    walkTree(root, (node) => {
      if (node.type !== 'singleton_method' || node.childForFieldName('object')?.text !== 'self') return undefined;
      const owner = ownerConstant(node);
      const name = node.childForFieldName('name')?.text;
      const call = owner && name ? migrationInBody(node) : undefined;
      if (call) found.push({ module: owner!, name: name!, label: firstLine(call.text), path, range: new LineIndex(text).range(nodeSpan(call)) });
      return false;
    });
    return found;
  } finally {
    parsed.dispose();
  }
}

/**
 * The migration a call on the boot path runs through another file's module method: `Database.setup!` with
 * `Database`'s `self.setup!` among the facts.
 */
export function importedRubyMigration(call: SyntaxNode, imported: readonly ImportedMigration[]): ImportedMigration | undefined {
  const receiver = call.childForFieldName('receiver');
  if (receiver?.type !== 'constant' && receiver?.type !== 'scope_resolution') return undefined;
  const method = methodName(call);
  return imported.find((fact) => fact.module === receiver.text && fact.name === method);
}

/** `module Database` / `class Shortlinks::Store`, nested names joined: the constant a singleton method is called on. */
function ownerConstant(method: SyntaxNode): string | undefined {
  const names: string[] = [];
  for (let parent = method.parent; parent; parent = parent.parent) {
    if (parent.type === 'module' || parent.type === 'class') names.unshift(parent.childForFieldName('name')?.text ?? '');
  }
  return names.length > 0 && names.every((name) => name.length > 0) ? names.join('::') : undefined;
}

function migrationInBody(method: SyntaxNode): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  walkTree(method, (node) => {
    if (found) return false;
    if (node.type === 'lambda' || node.type === 'do_block' || node.type === 'block') return false;
    if ((node.type === 'call' || node.type === 'subshell') && migrationEffect(node)) {
      found = node;
      return false;
    }
    return undefined;
  });
  return found;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length <= 70 ? line : `${line.slice(0, 69)}…`;
}
