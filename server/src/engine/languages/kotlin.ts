// Kotlin through tree-sitter-kotlin (fwcd's grammar: few field names, so children are read by type).
import { readOnce } from '../readOnce';
import { MappedText } from './mapped-text';
import { decodeEscapes, type JvmCall, type JvmString } from './java';
import type { SyntaxNode } from './treeSitter';

const TEMPLATE_PARTS = new Set(['interpolated_expression', 'interpolated_identifier']);

/**
 * A Kotlin string literal; `value` is unset for templates (`"$x"`). A raw string's value is its text as written, line
 * breaks and indentation included (`trimIndent()` moves no field of a JSON body or a key within it), as a Java text block's.
 */
export function kotlinString(node: SyntaxNode, text: string): JvmString | undefined {
  if (node.type !== 'string_literal' && node.type !== 'line_string_literal' && node.type !== 'multi_line_string_literal') return undefined;
  const rawString = text.startsWith('"""', node.startIndex);
  const quote = rawString ? 3 : 1;
  const rawStart = node.startIndex + quote;
  const raw = text.slice(rawStart, Math.max(rawStart, node.endIndex - quote));
  const templated = node.namedChildren.some((child) => child !== null && TEMPLATE_PARTS.has(child.type));
  const span = { start: node.startIndex, end: node.endIndex };
  if (templated) return { node, span, raw, rawStart };
  const value = rawString ? MappedText.contiguous(raw, rawStart) : decodeEscapes(raw, rawStart, false);
  return { node, span, raw, rawStart, value };
}

/**
 * `foo.bar(...)`, `bar(...)`, `Bar(...)` (a construction looks like a call in Kotlin). Read once per
 * node: each `"key" to "…"` of a long `mapOf(…)` asks for the call around it.
 */
export function kotlinCall(node: SyntaxNode): JvmCall | undefined {
  return node.type === 'call_expression' ? callRead(node) : undefined;
}

const callRead = readOnce((node: SyntaxNode): JvmCall | undefined => {
  const callee = node.namedChild(0);
  const suffix = node.namedChildren.find((child) => child?.type === 'call_suffix');
  if (!callee || !suffix) return undefined;
  const { args, argNames } = valueArguments(suffix);
  if (callee.type === 'simple_identifier') return { node, name: callee.text, args, argNames };
  if (callee.type === 'navigation_expression') {
    const name = navigationName(callee);
    const receiver = callee.namedChild(0);
    if (name === undefined || !receiver) return undefined;
    return { node, name, receiver, args, argNames };
  }
  return undefined;
});

/**
 * A superclass constructor call in a declaration's header, `object Prod : Env("prod", "…")`, as a
 * call named by the type's last identifier (annotations are constructor invocations too: callers
 * that walk the tree keep to `kotlinCall`).
 */
export function kotlinSuperclassCall(node: SyntaxNode): JvmCall | undefined {
  if (node.type !== 'constructor_invocation') return undefined;
  const type = node.namedChildren.find((child) => child?.type === 'user_type');
  const name = type?.namedChildren.filter((child) => child?.type === 'type_identifier').pop()?.text;
  return name === undefined ? undefined : { node, name, ...valueArguments(node) };
}

/** The arguments under `owner`'s value_arguments, with the names of named ones. */
function valueArguments(owner: SyntaxNode): Pick<JvmCall, 'args' | 'argNames'> {
  const argumentNodes = owner.namedChildren.find((child) => child?.type === 'value_arguments')?.namedChildren ?? [];
  const args: SyntaxNode[] = [];
  const argNames: (string | undefined)[] = [];
  for (const argument of argumentNodes) {
    const value = argument?.type === 'value_argument' ? argument.namedChild(argument.namedChildCount - 1) : null;
    if (!argument || !value) continue;
    args.push(value);
    argNames.push(namedArgumentName(argument));
  }
  return { args, argNames };
}

/** `password = "..."` in an argument list: the name before `=`. */
function namedArgumentName(argument: SyntaxNode): string | undefined {
  const first = argument.namedChild(0);
  const equals = argument.children.some((child) => child?.type === '=');
  return equals && first?.type === 'simple_identifier' && argument.namedChildCount === 2 ? first.text : undefined;
}

/** `a.b` -> "b" (the navigation suffix's identifier). */
export function navigationName(node: SyntaxNode): string | undefined {
  const suffix = node.namedChildren.find((child) => child?.type === 'navigation_suffix');
  return suffix?.namedChildren.find((child) => child?.type === 'simple_identifier')?.text;
}

/** `this.config.password`, `ds.password` as a dotted name; undefined for calls and other expressions. */
export function kotlinDottedName(node: SyntaxNode | null | undefined): string | undefined {
  const suffixes: string[] = [];
  let current = node;
  // Iterative and bounded: `a.b.c…` nests navigation_expressions to the left.
  for (let depth = 0; current && depth < 32; depth++) {
    if (current.type === 'simple_identifier' || current.type === 'type_identifier') return [current.text, ...suffixes.reverse()].join('.');
    if (current.type === 'this_expression') return ['this', ...suffixes.reverse()].join('.');
    if (current.type !== 'navigation_expression' && current.type !== 'directly_assignable_expression') return undefined;
    const children = current.namedChildren.filter((child): child is SyntaxNode => child !== null);
    const [head, ...rest] = children;
    if (!head || rest.some((child) => child.type !== 'navigation_suffix')) return undefined;
    for (const suffix of rest.reverse()) {
      const name = suffix.namedChildren.find((c) => c?.type === 'simple_identifier')?.text;
      if (name === undefined) return undefined;
      suffixes.push(name);
    }
    current = head;
  }
  return undefined;
}

/** The identifier a declaration declares: `val x`, `class_parameter`, `parameter`, `fun f`. */
export function kotlinDeclaredName(node: SyntaxNode): string | undefined {
  if (node.type === 'property_declaration') {
    const declaration = node.namedChildren.find((child) => child?.type === 'variable_declaration');
    return declaration?.namedChildren.find((child) => child?.type === 'simple_identifier')?.text;
  }
  return node.namedChildren.find((child) => child?.type === 'simple_identifier')?.text;
}
