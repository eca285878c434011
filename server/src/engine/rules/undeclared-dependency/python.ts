// undeclared-dependency in Python: an import whose distribution is unambiguous (PYTHON_DISTRIBUTIONS)
// and that the project's requirements, pyproject.toml, setup.py/cfg or Pipfile does not declare;
// system programs run through subprocess/os that nothing installs (python-system-tools.ts).
import { importBindings } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { normalizeDistribution, PYTHON_DISTRIBUTIONS } from './python-distributions';
import { checkSystemTool, PROCESS_CALLS } from './python-system-tools';

function check(context: RuleContext): void {
  const python = context.options.dependencies?.python;
  const tree = context.parsed.tree;
  if (!python || !tree) return;
  const declared = new Set(python.distributions.map(normalizeDistribution));
  const local = new Set(python.localModules);
  const reported = new Set<string>();
  const bindings = importBindings(tree.rootNode);
  const systemPackages = context.options.dependencies?.systemPackages ?? [];
  walkTree(tree.rootNode, (node) => {
    if (node.type === 'call') checkSystemTool(context, node, bindings, declared, systemPackages);
    if (node.type !== 'import_statement' && node.type !== 'import_from_statement') return;
    if (isOptionalImport(node)) return false;
    for (const name of importedModules(node)) {
      const top = name.text.split('.')[0]!;
      const distributions = Object.prototype.hasOwnProperty.call(PYTHON_DISTRIBUTIONS, top) ? PYTHON_DISTRIBUTIONS[top]! : undefined;
      if (!distributions || local.has(top) || reported.has(top) || distributions.some((d) => isDeclared(d, declared))) continue;
      reported.add(top);
      context.report({
        span: { start: name.startIndex, end: name.endIndex },
        message: `Factor II: \`${top}\` is imported but ${python.manifest} does not declare it; add ${distributions[0]} so every install of the app gets it.`,
      });
    }
    return false;
  });
}

/**
 * Declared by name, or as the host of a declared plugin named after it: `pydantic-settings` and
 * `flask-login` cannot be installed without `pydantic` and `flask`, so importing those is declared.
 */
function isDeclared(distribution: string, declared: ReadonlySet<string>): boolean {
  if (declared.has(distribution)) return true;
  // Type stubs (`boto3-stubs`) are only types: they install nothing to import at run time.
  for (const name of declared) if (name.startsWith(`${distribution}-`) && !name.endsWith('-stubs')) return true;
  return false;
}

/** Inside `try: ... except ImportError:` or `if TYPE_CHECKING:`: the app runs without it. */
function isOptionalImport(node: SyntaxNode): boolean {
  for (let current = node.parent, depth = 0; current && depth < 8; current = current.parent, depth++) {
    if (current.type === 'try_statement') {
      const handlers = current.namedChildren.filter((child) => child?.type === 'except_clause');
      if (handlers.some((handler) => /ImportError|ModuleNotFoundError|^except\s*:/.test(handler!.text))) return true;
    }
    if (current.type === 'if_statement' && /TYPE_CHECKING/.test(current.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

/** `import a.b, c as d` -> [a.b, c]; `from a.b import c` -> [a.b]; relative imports (`from . import x`) -> none. */
function importedModules(node: SyntaxNode): SyntaxNode[] {
  if (node.type === 'import_from_statement') {
    const module = node.childForFieldName('module_name');
    return module?.type === 'dotted_name' ? [module] : [];
  }
  return node.namedChildren.flatMap((child) => {
    if (child?.type === 'dotted_name') return [child];
    if (child?.type === 'aliased_import') {
      const name = child.childForFieldName('name');
      return name ? [name] : [];
    }
    return [];
  });
}

export const pythonCheck: LanguageCheck = {
  languages: ['python'],
  // The process calls by name too: the check reads `os.system("convert …")` whatever the imports say.
  keywords: ['import', ...[...PROCESS_CALLS].map((call) => call.toLowerCase())],
  check,
};
