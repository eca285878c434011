// PHP class names as the file means them: `use A\B\FileLog;` makes `FileLog::class` name
// `A\B\FileLog`, as does the string 'A\B\FileLog' (with or without a leading backslash). Config
// files of CakePHP, CodeIgniter and Yii name their log and session engines this way.
import { named, stringValue } from './php';
import { walkTree, type SyntaxNode } from './treeSitter';

/** `use A\B\C;` -> C -> A\B\C; `use A\B\C as D;` -> D -> A\B\C. */
export function importedClasses(root: SyntaxNode): Map<string, string> {
  const imports = new Map<string, string>();
  walkTree(root, (node) => {
    if (node.type === 'namespace_use_clause') {
      const name = named(node).find((child) => child.type === 'qualified_name' || child.type === 'name')?.text.replace(/^\\/, '');
      const local = node.childForFieldName('alias')?.text ?? name?.slice(name.lastIndexOf('\\') + 1);
      if (name !== undefined && local !== undefined) imports.set(local, name);
      return false;
    }
    return !['function_definition', 'method_declaration', 'class_declaration', 'expression_statement', 'return_statement'].includes(node.type);
  });
  return imports;
}

/**
 * A class name as written, resolved as PHP resolves it: a fully qualified `\A\B` as is, otherwise its
 * first segment through the file's `use` imports (`use Hyperf\Session\Handler;` makes
 * `Handler\FileHandler` `Hyperf\Session\Handler\FileHandler`).
 */
export function resolveClassName(written: string, imports: ReadonlyMap<string, string>): string {
  if (written.startsWith('\\')) return written.slice(1);
  const slash = written.indexOf('\\');
  const first = slash < 0 ? written : written.slice(0, slash);
  const imported = imports.get(first);
  return imported === undefined ? written : imported + written.slice(first.length);
}

/** The fully qualified class a `X::class` expression or a class-name string names; undefined for anything else. */
export function classNameOf(node: SyntaxNode, imports: ReadonlyMap<string, string>): string | undefined {
  if (node.type === 'class_constant_access_expression') {
    const [scope, constant] = named(node);
    if (constant?.text !== 'class' || !scope) return undefined;
    return resolveClassName(scope.text, imports);
  }
  const text = stringValue(node);
  return text !== undefined && /^\\?[A-Za-z_]\w*(?:\\[A-Za-z_]\w*)+$/.test(text) ? text.replace(/^\\/, '') : undefined;
}
