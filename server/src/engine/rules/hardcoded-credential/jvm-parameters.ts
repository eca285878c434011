// Java and Kotlin methods and constructors declared in the scanned file, by name: a literal passed
// positionally to one of them is bound to the parameter at its position, so
// `new IsbnClient("3f9a…")` against `IsbnClient(String apiKey)` is an API key whatever the class is
// called, and `DbSettings("url", "user", "…")` against a data class's `password` parameter is a
// password. No vendor list: the file's own declarations say what each position holds. Declarations
// in other files are out of a one-file scan's sight.
import type { JvmCall } from '../../languages/java';
import type { SyntaxNode } from '../../languages/treeSitter';
import { nodesOfTypes } from './jvm-secret-uses';

const DECLARATION_TYPES = new Set(['method_declaration', 'constructor_declaration', 'record_declaration', 'function_declaration', 'class_declaration']);

interface Declared {
  parameters: readonly string[];
  /** Kotlin parameters may have defaults, so a call can pass fewer arguments; Java overloads need the exact count. */
  exactArity: boolean;
  /** Java varargs: the last parameter takes any number of arguments, so positions past it say nothing. */
  varargs: boolean;
}

/** Per file, computed on the first positional argument that asks. */
export class JvmParameters {
  private byName: Map<string, Declared[]> | undefined;

  constructor(private readonly root: SyntaxNode) {}

  /**
   * The parameter that argument `index` of `call` binds to, when every declaration of that name in
   * the file that fits the call's argument count agrees on it.
   */
  nameAt(call: JvmCall, index: number): string | undefined {
    this.byName ??= collect(this.root);
    const fitting = (this.byName.get(call.name) ?? []).filter((declared) => fits(declared, call.args.length));
    const names = new Set(fitting.map((declared) => declared.parameters[index]));
    const [only] = names;
    return names.size === 1 ? only : undefined;
  }
}

function fits(declared: Declared, argCount: number): boolean {
  if (declared.varargs) return argCount >= declared.parameters.length - 1;
  return declared.exactArity ? argCount === declared.parameters.length : argCount <= declared.parameters.length;
}

function collect(root: SyntaxNode): Map<string, Declared[]> {
  const byName = new Map<string, Declared[]>();
  for (const node of nodesOfTypes(root, DECLARATION_TYPES)) {
    const found = declared(node);
    if (!found) continue;
    const list = byName.get(found.name);
    if (list) list.push(found.declared);
    else byName.set(found.name, [found.declared]);
  }
  return byName;
}

function declared(node: SyntaxNode): { name: string; declared: Declared } | undefined {
  if (node.type === 'function_declaration') return kotlinDeclared(node, 'function_value_parameters', 'parameter', 'simple_identifier');
  // A Java class (the grammar names its fields) declares its constructors inside; a Kotlin class may carry its primary one.
  if (node.type === 'class_declaration') return node.childForFieldName('name') ? undefined : kotlinDeclared(node, 'primary_constructor', 'class_parameter', 'type_identifier');
  return javaDeclared(node);
}

/** `void login(String user, String password)`, `Client(String apiKey)`, `record Creds(String user, String password)`. */
function javaDeclared(node: SyntaxNode): { name: string; declared: Declared } | undefined {
  const name = node.childForFieldName('name')?.text;
  const list = node.childForFieldName('parameters');
  if (name === undefined || !list) return undefined;
  const parameters: string[] = [];
  let varargs = false;
  for (const parameter of list.namedChildren) {
    if (parameter?.type === 'spread_parameter') varargs = true;
    const declaredName = parameter?.type === 'formal_parameter' ? parameter.childForFieldName('name')?.text : undefined;
    if (declaredName !== undefined) parameters.push(declaredName);
  }
  return { name, declared: { parameters, exactArity: true, varargs } };
}

/**
 * Kotlin `fun f(a: String, b: String)` and `class C(val a: String, b: String)` (its primary
 * constructor; tree-sitter-kotlin has no field names, so children are read by type).
 */
function kotlinDeclared(node: SyntaxNode, listType: string, parameterType: string, nameType: string): { name: string; declared: Declared } | undefined {
  const name = node.namedChildren.find((child) => child?.type === nameType)?.text;
  let list = node.namedChildren.find((child) => child?.type === listType);
  // Grammar versions differ: class_parameter directly under primary_constructor, or in class_parameters.
  if (list?.type === 'primary_constructor') list = list.namedChildren.find((child) => child?.type === 'class_parameters') ?? list;
  if (name === undefined || !list) return undefined;
  const parameters = list.namedChildren
    .filter((child): child is SyntaxNode => child?.type === parameterType)
    .map((parameter) => parameter.namedChildren.find((child) => child?.type === 'simple_identifier')?.text ?? '');
  const varargs = list.namedChildren.some((child) => child?.type === parameterType && /^\s*(?:@\S+\s+)*vararg\b/.test(child.text));
  return { name, declared: { parameters, exactArity: false, varargs } };
}
