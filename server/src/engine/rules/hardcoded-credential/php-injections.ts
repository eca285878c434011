// A value a dependency-injection container hands a constructor or a setter, named by the parameter
// or the setter it goes to, as the constructor's own argument would be (`new CarrierClient(apiToken: '…')`):
// Symfony's PHP configurator (`->arg('$apiToken', '…')`, `->bind('$webhookSecret', '…')`, a typed
// `->bind('string $secret', '…')`), PHP-DI's `->constructorParameter('webhookToken', '…')` and
// `->method('setSigningKey', '…')`, and Laravel's contextual binding `->needs('$authToken')->give('…')`.
import { argumentAt, callOf, stringValue, type PhpCall } from '../../languages/php';
import { nameTarget, type Target } from './target';

/** Methods given (parameter, value): Symfony's `arg`/`bind`, PHP-DI's `constructorParameter`/`method` (a setter, then its value). */
const NAMED_INJECTIONS = new Set(['arg', 'bind', 'constructorparameter', 'method']);

/** The target of argument `index` of `call`, when the call injects it under a name. */
export function injectionTarget(call: PhpCall, index: number): Target | undefined {
  if (call.kind !== 'method') return undefined;
  const name = call.name.toLowerCase();
  const injected = index === 1 && call.args.length === 2 && NAMED_INJECTIONS.has(name) ? stringValue(argumentAt(call, 0)) : index === 0 && name === 'give' ? neededName(call) : undefined;
  const parameter = injected === undefined ? undefined : parameterName(injected);
  const target = parameter === undefined ? undefined : nameTarget([parameter]);
  return target?.credential ? { ...target, label: `->${call.name}('${injected}')` } : undefined;
}

/** Laravel's `->needs('$authToken')->give(…)`: the parameter the given value is for. */
function neededName(call: PhpCall): string | undefined {
  const needs = call.object ? callOf(call.object) : undefined;
  return needs?.kind === 'method' && needs.name === 'needs' && needs.args.length === 1 ? stringValue(argumentAt(needs, 0)) : undefined;
}

/** `$apiToken`, `string $apiToken`, `apiToken`, a setter `setSigningKey`: the parameter's or property's name. */
function parameterName(written: string): string | undefined {
  const match = /^(?:[\\\w]+\s+)?\$?([A-Za-z_]\w{0,100})$/.exec(written.trim());
  return match?.[1]?.replace(/^set(?=[A-Z_])_?/, '');
}
