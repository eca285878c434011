// Factor III across Python modules: `JWT_SECRET = "your-jwt-secret"` in config.py and `jwt.encode(claims,
// config.JWT_SECRET)` in api/auth.py; `from app.core.config import SECRET` then `jwt.decode(token, SECRET, …)`. The node
// layer collects each file's uses with sinkKeyUsesInPython (imported-key-uses.ts) (python-targets.ts' secret-taking APIs, the
// one-file check's list) and hands the defining module the names used so; pythonSinkKeyCheck reads each module-level
// literal of such a name as that API's key, as python-later-uses.ts does within one file. Pure: no file is read here.
import { importBindings, readString } from '../../languages/python';
import type { ParsedDocument } from '../../languages';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { LineIndex } from '../../source';
import type { ModuleSinkKeyUse } from '../../types';
import { credentialValueReport } from './credential-value';
import { wholeLiteralReport } from './python-report';
import { targetOf } from './python-targets';
import type { Target } from './target';

/** Whether a file may hand an imported value to a secret-taking API (python-later-uses.ts' words). */
export function mayUseSinkKeyPython(text: string): boolean {
  return /jwt|hmac|fernet|crypto|nacl|itsdangerous|Serializer|Signer|secret_key/i.test(text);
}

export function sinkKeyUsesInPython(parsed: ParsedDocument): ModuleSinkKeyUse[] {
  const { path, text } = parsed;
  const root = parsed.tree?.rootNode;
  if (!root) return [];
  const modules = moduleNames(root);
  if (modules.size === 0) return [];
  const bindings = importBindings(root);
  const lines = new LineIndex(text);
  const found: ModuleSinkKeyUse[] = [];
  walkTree(root, (node) => {
    const named = importedName(node, modules);
    if (!named) return true;
    const target = targetOf(node, bindings);
    if (target?.kind === 'api' && target.credential) {
      found.push({ ...named, label: target.label, noun: target.credential.noun, envName: target.envName, path, range: lines.range(nodeSpan(node)) });
    }
    return false;
  });
  return found;
}

/** Local name -> the dotted name it binds, relative imports included (`from . import settings` -> `.settings`). */
function moduleNames(root: SyntaxNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of root.namedChildren) {
    if (statement?.type === 'import_from_statement') {
      const module = statement.childForFieldName('module_name')?.text;
      if (module === undefined) continue;
      for (const name of statement.childrenForFieldName('name')) {
        const imported = name?.type === 'aliased_import' ? name.childForFieldName('name')?.text : name?.text;
        const local = name?.type === 'aliased_import' ? name.childForFieldName('alias')?.text : imported;
        if (imported !== undefined && local !== undefined && !imported.includes('.')) names.set(local, module.endsWith('.') ? `${module}${imported}` : `${module}.${imported}`);
      }
    } else if (statement?.type === 'import_statement') {
      for (const name of statement.childrenForFieldName('name')) {
        if (name?.type === 'dotted_name') names.set(name.text, name.text);
        else if (name?.type === 'aliased_import') {
          const alias = name.childForFieldName('alias')?.text;
          const imported = name.childForFieldName('name')?.text;
          if (alias !== undefined && imported !== undefined) names.set(alias, imported);
        }
      }
    }
  }
  return names;
}

/** `SECRET` (from m import SECRET), `config.JWT_SECRET` (import config): the module and the name in it. */
function importedName(node: SyntaxNode, modules: ReadonlyMap<string, string>): { module: string; name: string } | undefined {
  let full: string | undefined;
  if (node.type === 'identifier' && node.parent?.type !== 'attribute' && node.parent?.type !== 'keyword_argument') full = modules.get(node.text);
  else if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute')?.text;
    const module = object?.type === 'identifier' ? modules.get(object.text) : undefined;
    if (module !== undefined && attribute !== undefined) full = `${module}.${attribute}`;
  }
  // `.settings` alone is the module itself (`from . import settings`), no name in it.
  const dot = full?.lastIndexOf('.') ?? -1;
  return full !== undefined && dot > 0 ? { module: full.slice(0, dot), name: full.slice(dot + 1) } : undefined;
}

/** The defining module's side: each module-level `NAME = "…"` the facts name, judged as the API's key. */
export const pythonSinkKeyCheck: LanguageCheck = {
  languages: ['python'],
  keywords: [],
  mayReport: (file) => (file.options.sinkKeyUses?.length ?? 0) > 0,
  check,
};

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  const uses = context.options.sinkKeyUses ?? [];
  for (const statement of root?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : undefined;
    if (assignment?.type !== 'assignment') continue;
    const name = assignment.childForFieldName('left');
    const literal = assignment.childForFieldName('right');
    const use = name?.type === 'identifier' ? uses.find((candidate) => candidate.name === name.text) : undefined;
    const string = literal?.type === 'string' ? readString(literal) : undefined;
    if (!use || !literal || !string?.value) continue;
    const target: Target = { kind: 'api', label: use.label, name: use.name, credential: { noun: use.noun, strength: 'strong' }, envName: use.envName };
    const span = { start: literal.startIndex, end: literal.endIndex };
    const found = wholeLiteralReport({ span, value: string.value, bytes: string.prefix.includes('b') }, use.noun, false, target, use.envName);
    const verdict = credentialValueReport(string.value, target, target.credential!, context.scope, found, context.text);
    if (verdict) context.report({ ...verdict, relatedElsewhere: [{ path: use.path, range: use.range, message: `Factor III: the key ${use.label} takes.` }] });
  }
}
