// A URL built from pieces in Python (probe28 item 7), as JS/TS and Go read theirs: an f-string whose literal pieces hold
// the scheme and the host (`f"postgresql://{user}:{pw}@10.0.3.9:5432/shop"`), read with its interpolations as nothing;
// and a name that stands in the host's place of such a URL (`f"postgresql://{USER}:{PW}@{HOST}:{PORT}/{DB}"`,
// `"mysql://{}:{}@{}/{}".format(u, p, HOST, db)`, `"mongodb://%s:27017/x" % HOST`, `"redis://" + HOST + ":6379"`), whose literal (`HOST = "10.0.3.9"`,
// written once) is then the host that service's client gets (python-held-hosts.ts).
import { readString } from '../../languages/python';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Found } from './address';
import { concatenation } from './interpolated-urls';
import type { Service } from './services';
import { concatenatedHostService, GAP, hostSlotService, MAX_TEMPLATE as MAX_FORMAT, percentTemplate, templateUrlAddress } from './url-slots';

/** The f-string's text with each interpolation as GAP; undefined for a string without any. */
function piecesOf(node: SyntaxNode): { text: string; gaps: SyntaxNode[] } | undefined {
  const read = readString(node);
  if (!read || !read.prefix.includes('f')) return undefined;
  let text = '';
  const gaps: SyntaxNode[] = [];
  for (const child of node.namedChildren) {
    if (child?.type === 'interpolation') {
      text += GAP;
      gaps.push(child);
    } else if (child?.type === 'string_content') text += child.text;
  }
  return gaps.length > 0 && text.length <= MAX_FORMAT ? { text, gaps } : undefined;
}

/** `f"postgresql://{user}@10.0.3.9:5432/shop"`: the service URL its literal pieces spell, when they name the host. */
export function builtUrlAddress(node: SyntaxNode): Found | undefined {
  const pieces = node.type === 'string' ? piecesOf(node) : undefined;
  return pieces ? templateUrlAddress(pieces.text) : undefined;
}

/**
 * The service of the URL whose host `name` fills: an f-string's interpolation of it, a `.format()` argument (by position
 * or keyword), an operand of `%` (alone or in a tuple).
 */
export function urlPieceService(name: SyntaxNode): Service | undefined {
  const parent = name.parent;
  if (parent?.type === 'interpolation' && parent.childForFieldName('expression')?.id === name.id && parent.parent?.type === 'string') {
    const pieces = piecesOf(parent.parent);
    const at = pieces?.gaps.findIndex((gap) => gap.id === parent.id) ?? -1;
    return pieces && at >= 0 ? hostSlotService(pieces.text, at) : undefined;
  }
  return formatArgumentService(name) ?? percentOperandService(name) ?? concatenationService(name);
}

/** `"redis://" + REDIS_NODE + ":6379/0"`: the name's place among the operands of a `+` chain of strings. */
function concatenationService(name: SyntaxNode): Service | undefined {
  const chain = concatenation(name, (child) => child.parent, (operation) => operation.type === 'binary_operator' && operation.childForFieldName('operator')?.text === '+');
  if (!chain) return undefined;
  const pieces = chain.operands.map((operand) => {
    const read = operand.type === 'string' ? readString(operand) : undefined;
    return read && !read.prefix.includes('f') ? read.value : undefined;
  });
  return concatenatedHostService(pieces, chain.at);
}

/** `"mysql://{}:{}@{}/{}".format(u, p, HOST, db)`, `"redis://{host}:6379".format(host=HOST)`, `"…{0}…".format(HOST)`. */
function formatArgumentService(name: SyntaxNode): Service | undefined {
  const argument = name.parent?.type === 'keyword_argument' && name.parent.childForFieldName('value')?.id === name.id ? name.parent : name;
  const list = argument.parent;
  const call = list?.type === 'argument_list' ? list.parent : undefined;
  const callee = call?.type === 'call' ? call.childForFieldName('function') : undefined;
  const template = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'format' ? readString(callee.childForFieldName('object')!) : undefined;
  if (!template?.value || template.value.length > MAX_FORMAT || !template.value.includes('://')) return undefined;
  const keyword = argument.type === 'keyword_argument' ? argument.childForFieldName('name')?.text : undefined;
  const position = keyword === undefined ? list!.namedChildren.filter((child) => child?.type !== 'keyword_argument').findIndex((child) => child?.id === name.id) : -1;
  // Each field `{}`, `{0}`, `{host}` (a format spec after `:` or `!` kept out) as GAP, in order; `{{` is a brace.
  const fields: string[] = [];
  let automatic = 0;
  const text = template.value.replace(/\{\{|\}\}|\{([A-Za-z_0-9]*)(?:[!:][^{}]*)?\}/g, (match, field: string | undefined) => {
    if (match === '{{' || match === '}}') return match[0]!;
    fields.push(field === '' || field === undefined ? String(automatic++) : field);
    return GAP;
  });
  const wanted = keyword ?? String(position);
  const index = fields.indexOf(wanted);
  return index >= 0 && fields.indexOf(wanted, index + 1) < 0 ? hostSlotService(text, index) : undefined;
}

/** `"mongodb://%s:27017/x" % HOST`, `"postgresql://%s:%s@%s/db" % (u, p, HOST)`. */
function percentOperandService(name: SyntaxNode): Service | undefined {
  const holder = name.parent?.type === 'tuple' ? name.parent : name;
  const operation = holder.parent;
  if (operation?.type !== 'binary_operator' || operation.childForFieldName('operator')?.text !== '%' || operation.childForFieldName('right')?.id !== holder.id) return undefined;
  const left = operation.childForFieldName('left');
  const text = percentTemplate(left?.type === 'string' ? readString(left)?.value : undefined);
  if (text === undefined) return undefined;
  const index = holder === name ? 0 : holder.namedChildren.findIndex((child) => child?.id === name.id);
  return index >= 0 ? hostSlotService(text, index) : undefined;
}
