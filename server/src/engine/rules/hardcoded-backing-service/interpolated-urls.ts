// A URL built from pieces in Ruby and PHP (round 29; python-built-urls.ts reads Python's the same way): an interpolated
// string whose literal pieces hold the scheme and the host (`"postgres://#{user}@db.internal:5432/notes"`, PHP's
// `"pgsql://app@db.internal/{$db}"`), read with its interpolations as nothing; and a name that stands in the host's place
// (`"redis://#{HOST}:6379"`, `"redis://{$host}:6379"`, `sprintf('amqp://%s:5672', $host)`, PHP's `'redis://' . HOST .
// ':6379'`), whose literal, written once, is then the host that service's client gets (Ruby below, PHP through
// php-held-hosts.ts).
import { heldOnce, pushTo } from './held-names';
import { parentOf, phpString, type Parents } from '../../languages/php';
import { stringValue } from '../../languages/ruby';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Found } from './address';
import type { Service } from './services';
import { GAP, hostSlotService, MAX_TEMPLATE, templateUrlAddress } from './url-slots';

/** Literal pieces of a Ruby `string` or a PHP `encapsed_string`; every other part is an interpolation. */
const LITERAL_PIECES = new Set(['string_content', 'escape_sequence']);

/** The string's text with each interpolation as GAP; undefined for a string without any, or too long to be a URL. */
export function interpolatedPieces(node: SyntaxNode): { text: string; gaps: SyntaxNode[] } | undefined {
  if ((node.type !== 'string' && node.type !== 'encapsed_string') || node.text.length > MAX_TEMPLATE) return undefined;
  let text = '';
  const gaps: SyntaxNode[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (LITERAL_PIECES.has(child.type)) text += child.text;
    else {
      text += GAP;
      gaps.push(child);
    }
  }
  return gaps.length > 0 ? { text, gaps } : undefined;
}

/** `"postgres://#{user}@db.internal/notes"`: the service URL its literal pieces spell, when they name the host. */
export function interpolatedUrlAddress(node: SyntaxNode): Found | undefined {
  const pieces = interpolatedPieces(node);
  return pieces ? templateUrlAddress(pieces.text) : undefined;
}

/** The service of the URL in whose host place the interpolation `gap` of `string` stands. */
export function interpolatedHostService(string: SyntaxNode, gap: SyntaxNode): Service | undefined {
  const pieces = interpolatedPieces(string);
  const index = pieces?.gaps.findIndex((each) => each.id === gap.id) ?? -1;
  return pieces && index >= 0 ? hostSlotService(pieces.text, index) : undefined;
}

const RUBY_NAMES = new Set(['identifier', 'constant']);
const RUBY_PARAMETERS = new Set(['method_parameters', 'lambda_parameters', 'block_parameters', 'optional_parameter', 'keyword_parameter']);

/**
 * Ruby's `HOST = "mongo-3.internal"` (or a local) then `"mongodb://#{HOST}:27017/events"`: the literals held by names
 * that stand in a URL's host place, by the literal's node id. A name written more than once, or also a parameter's, is
 * left alone: which value arrives is not known.
 */
export function rubyHeldUrlHosts(root: SyntaxNode): ReadonlyMap<number, Service> {
  const writes = new Map<string, SyntaxNode[]>();
  const uses = new Map<string, Service>();
  walkTree(root, (node) => {
    if (node.type === 'assignment' || node.type === 'operator_assignment') {
      const left = node.childForFieldName('left');
      if (left && RUBY_NAMES.has(left.type)) pushTo(writes, left.text, node.type === 'assignment' ? (node.childForFieldName('right') ?? node) : node);
    } else if (RUBY_NAMES.has(node.type) && RUBY_PARAMETERS.has(node.parent?.type ?? '')) {
      pushTo(writes, node.text, node);
    } else if (node.type === 'interpolation' && node.namedChildCount === 1 && RUBY_NAMES.has(node.namedChild(0)!.type) && node.parent) {
      const service = interpolatedHostService(node.parent, node);
      if (service) uses.set(node.namedChild(0)!.text, service);
    }
  });
  return heldOnce(uses, writes, (literal) => stringValue(literal) !== undefined);
}

/** A URL is a few `.` or `+` long; a hostile chain is not climbed. */
const MAX_OPERANDS = 16;

/**
 * The chain of `isLink` operations `node` stands in (PHP's `'redis://' . HOST . ':6379'`, Python's `"redis://" + HOST`):
 * its operands in order, and `node`'s place among them. `parentOf`: how the language's walk climbs.
 */
export function concatenation(node: SyntaxNode, parentOf: (child: SyntaxNode) => SyntaxNode | null | undefined, isLink: (operation: SyntaxNode) => boolean): { operands: SyntaxNode[]; at: number } | undefined {
  let top = node;
  for (let parent = parentOf(top), depth = 0; parent && isLink(parent) && depth < MAX_OPERANDS; parent = parentOf(top), depth++) top = parent;
  if (top.id === node.id) return undefined;
  const operands: SyntaxNode[] = [];
  const add = (part: SyntaxNode | null): void => {
    if (!part || operands.length > MAX_OPERANDS) return;
    if (!isLink(part)) operands.push(part);
    else {
      add(part.childForFieldName('left'));
      add(part.childForFieldName('right'));
    }
  };
  add(top);
  const at = operands.findIndex((operand) => operand.id === node.id);
  return at >= 0 && operands.length <= MAX_OPERANDS ? { operands, at } : undefined;
}

/** PHP's `.` chain `node` stands in. */
export function phpConcatenation(node: SyntaxNode, parents: Parents): { operands: SyntaxNode[]; at: number } | undefined {
  return concatenation(node, (child) => parentOf(child, parents), (operation) => operation.type === 'binary_expression' && operation.childForFieldName('operator')?.type === '.');
}

/** Each operand's literal text, undefined for a variable, a constant, a call or an interpolated string. */
export function phpPieces(operands: readonly SyntaxNode[]): Array<string | undefined> {
  return operands.map((operand) => phpString(operand)?.text);
}
