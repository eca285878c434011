// Service schemas that mix in an HTTP gateway and give it a port in their settings: a Moleculer
// service with `mixins: [ApiGateway]` (moleculer-web) and `settings: { port: 3000 }`. The gateway
// binds `settings.port` when the broker starts the service, as `app.listen(3000)` would.
import ts from 'typescript';
import { objectProperty, unwrap } from '../../languages/ts-ast';
import type { PortArgument } from './javascript-servers';

/** Modules whose service mixin binds `settings.port`. */
const GATEWAY_MIXINS = new Set(['moleculer-web']);

/** The `port` of a gateway service schema's `settings`, if `object` is one. */
export function gatewaySettingsPort(object: ts.ObjectLiteralExpression, bindings: ReadonlyMap<string, string>): PortArgument | undefined {
  const mixins = objectProperty(object, 'mixins');
  const list = mixins && unwrap(mixins);
  if (!list || !ts.isArrayLiteralExpression(list) || !list.elements.some((element) => isGatewayMixin(element, bindings))) return undefined;
  const settings = objectProperty(object, 'settings');
  const options = settings && unwrap(settings);
  const port = options && ts.isObjectLiteralExpression(options) ? objectProperty(options, 'port') : undefined;
  return port ? { expression: port, positional: false } : undefined;
}

function isGatewayMixin(element: ts.Expression, bindings: ReadonlyMap<string, string>): boolean {
  const target = unwrap(element);
  const module = ts.isIdentifier(target) ? bindings.get(target.text) : undefined;
  return module !== undefined && GATEWAY_MIXINS.has(module.replace(/\.default$/, ''));
}
