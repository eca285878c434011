// Java and Kotlin constants that must stay constants. A literal that initializes a field (or a
// Kotlin `const val`) whose name is used where the compiler needs a compile-time constant (an
// annotation argument, a Java `case` label, another Kotlin `const val`) cannot become
// `System.getenv(...)`: the fix is withheld. Uses in other files are out of a one-file scan's sight;
// the rule page says so.
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { NO_FIX_REASONS, withheldFix } from './constant-positions';
import type { JvmSyntax } from './java-calls';

/** Expressions a constant's value passes through on its way to the declaration. */
const VALUE_PATHS = new Set(['parenthesized_expression', 'binary_expression', 'additive_expression', 'string_literal', 'line_string_literal', 'multi_line_string_literal']);
const IDENTIFIERS = new Set(['identifier', 'simple_identifier']);

interface Declaration {
  name: string;
  /** Kotlin: declared `const val` (its initializer is itself a constant context). */
  isConst: boolean;
  value: SyntaxNode;
}

/** Per file, computed on the first fix that needs it: the names that must stay constants. */
export class JvmConstants {
  private names: Set<string> | undefined;

  constructor(
    private readonly root: SyntaxNode,
    private readonly kotlin: boolean,
    private readonly syntax: JvmSyntax,
  ) {}

  /** The report, without its fix when the literal initializes a name that must stay a constant. */
  guard(report: Report, literal: SyntaxNode): Report {
    if (report.fix?.kind !== 'move-to-env') return report;
    const declared = this.declarationOf(literal);
    if (declared === undefined || !this.mustStayConstant().has(declared)) return report;
    return withheldFix(report, this.kotlin ? NO_FIX_REASONS.kotlinConstantUse : NO_FIX_REASONS.javaConstantUse);
  }

  /** The field or variable the literal is (part of) the initializer of; Kotlin: only a `const val`. */
  private declarationOf(literal: SyntaxNode): string | undefined {
    let node = literal;
    for (let parent = this.syntax.parent(node), depth = 0; parent && depth < 32; node = parent, parent = this.syntax.parent(node), depth++) {
      if (VALUE_PATHS.has(parent.type)) continue;
      const declaration = this.kotlin ? kotlinDeclaration(parent) : javaDeclaration(parent);
      return declaration && declaration.value.id === node.id && (!this.kotlin || declaration.isConst) ? declaration.name : undefined;
    }
    return undefined;
  }

  private mustStayConstant(): Set<string> {
    if (this.names) return this.names;
    const declarations: Declaration[] = [];
    const names = new Set<string>();
    walkTree(this.root, (node) => {
      const declaration = this.kotlin ? kotlinDeclaration(node) : javaDeclaration(node);
      if (declaration) declarations.push(declaration);
      if (node.type === 'annotation' || node.type === 'switch_label') {
        addIdentifiers(node, names);
        if (this.kotlin) addIdentifiersAfterAnnotation(node, names, this.syntax);
        return false;
      }
      return true;
    });
    // A constant used in a constant context needs constant parts: `AUTH = "Bearer " + TOKEN` in an
    // annotation keeps TOKEN constant too. In Kotlin every `const val` initializer is such a context.
    for (let changed = true; changed; ) {
      changed = false;
      for (const declaration of declarations) {
        if (!(declaration.isConst && this.kotlin) && !names.has(declaration.name)) continue;
        const before = names.size;
        addIdentifiers(declaration.value, names, declaration.name);
        changed ||= names.size > before;
      }
    }
    this.names = names;
    return names;
  }
}

function javaDeclaration(node: SyntaxNode): Declaration | undefined {
  if (node.type !== 'variable_declarator') return undefined;
  const name = node.childForFieldName('name')?.text;
  const value = node.childForFieldName('value');
  return name && value ? { name, isConst: false, value } : undefined;
}

/** `const val NAME = value` / `val NAME = value`: (modifiers) (binding_pattern_kind) (variable_declaration) value. */
function kotlinDeclaration(node: SyntaxNode): Declaration | undefined {
  if (node.type !== 'property_declaration') return undefined;
  const children = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
  const variable = children.findIndex((child) => child.type === 'variable_declaration');
  const name = children[variable]?.namedChildren.find((child) => child?.type === 'simple_identifier')?.text;
  const value = children[variable + 1];
  if (variable < 0 || !name || !value) return undefined;
  const isConst = children.some((child) => child.type === 'modifiers' && /(^|\s)const(\s|$)/.test(child.text));
  return { name, isConst, value };
}

/** Identifiers that may name a value: not an annotation's own name, a type, or an argument's key. */
function addIdentifiers(node: SyntaxNode, names: Set<string>, except?: string): void {
  walkTree(node, (current) => {
    if (current.type === 'user_type' || current.type === 'type_identifier' || isNameOrKey(current)) return false;
    if (IDENTIFIERS.has(current.type) && current.text !== except) names.add(current.text);
    return true;
  });
}

/** `@Header(...)`'s `Header`, `name` in `@Column(name = ...)`. Annotation subtrees are small, so `parent` is cheap here. */
function isNameOrKey(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'annotation' || parent?.type === 'marker_annotation') return parent.childForFieldName('name')?.id === node.id;
  return parent?.type === 'element_value_pair' && parent.childForFieldName('key')?.id === node.id;
}

/**
 * tree-sitter-kotlin reads `@Named(KEY) class D` on one line as an annotation followed by a
 * parenthesized expression: the arguments are still the annotation's.
 */
function addIdentifiersAfterAnnotation(annotation: SyntaxNode, names: Set<string>, syntax: JvmSyntax): void {
  const parent = syntax.parent(annotation);
  const next = parent?.namedChildren.find((child) => child !== null && child.startIndex >= annotation.endIndex);
  let candidate: SyntaxNode | null | undefined = next;
  while (candidate && candidate.type !== 'parenthesized_expression' && candidate.startIndex === next?.startIndex) candidate = candidate.namedChild(0);
  if (candidate?.type === 'parenthesized_expression') addIdentifiers(candidate, names);
}
