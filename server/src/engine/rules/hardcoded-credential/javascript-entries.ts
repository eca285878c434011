// Keyed values written as something other than an object literal's properties: entry pairs handed to a
// collection (`new Map([['dhl', '…']])`, `new Headers([['Authorization', 'Bearer …']])`) and
// `Object.defineProperty(settings, 'webhookSecret', { value: '…' })`. The key names the value, as a property's does.
import ts from 'typescript';
import { dottedName, propertyName, stringValue } from '../../languages/ts-ast';
import { nameTarget, type Target } from './target';

/** What takes its entries as `[key, value]` pairs. */
const ENTRY_BUILDERS = new Set(['Map', 'Headers', 'URLSearchParams', 'Object.fromEntries']);

/**
 * The value of an entry pair: the second of `[key, value]` in the entries a builder is given, named by its key under
 * the name the built collection is bound to (`PARTNER_KEYS.dhl`: a credentials map's entry, as in an object).
 */
export function entryPairTarget(parent: ts.Node, node: ts.Node, ownerOf: (built: ts.Expression) => Target | undefined): Target | undefined {
  if (!ts.isArrayLiteralExpression(parent) || parent.elements.length !== 2 || parent.elements[1] !== node) return undefined;
  const key = stringValue(parent.elements[0]);
  const entries = parent.parent;
  if (key === undefined || !ts.isArrayLiteralExpression(entries)) return undefined;
  const built = entries.parent;
  if (!(ts.isNewExpression(built) || ts.isCallExpression(built)) || built.arguments?.[0] !== entries) return undefined;
  if (!ENTRY_BUILDERS.has(dottedName(built.expression) ?? '')) return undefined;
  const owner = ownerOf(built);
  return nameTarget([...(owner?.kind === 'name' ? owner.label.split('.') : []), key]);
}

/** `Object.defineProperty(obj, 'webhookSecret', { value: '…' })`: the property defined is named by the second argument. */
export function definedPropertyTarget(property: ts.PropertyAssignment): Target | undefined {
  if (propertyName(property.name) !== 'value') return undefined;
  const call = property.parent.parent;
  if (!ts.isCallExpression(call) || call.arguments[2] !== property.parent) return undefined;
  if (dottedName(call.expression) !== 'Object.defineProperty' && dottedName(call.expression) !== 'Reflect.defineProperty') return undefined;
  const name = stringValue(call.arguments[1]);
  return name === undefined ? undefined : { ...nameTarget([name]), noFix: true };
}
