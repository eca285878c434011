// Whether a JS/TS file can hold a finding of memory-session-store, read lexically: session
// middleware and stores name a session module (or memorystore), a hand-rolled store is a `store`
// option, and module-level state counts only when some function handles requests.
import { hasFragment, hasIdentifier, skipTrivia, type PrefilterInput } from '../../prefilter';
import { ROUTE_METHODS, ROUTER_OBJECTS } from './javascript-handlers';

const ROUTE_METHOD_LIST = [...ROUTE_METHODS];
/** A handler parameter (HANDLER_PARAMS), `_req` included: the check strips leading underscores. */
const HANDLER_PARAMETER = /(?<![\w$])_*(?:req|request|ctx|reply)(?![\w$])/;
/** A receiver named like a router: `userRouter`, `apiRouter`. */
const ROUTER_SUFFIX = /router(?![\w$])/i;

export function mayReport({ text, lowered }: PrefilterInput): boolean {
  if (hasFragment(lowered, ['session', 'memorystore']) || hasIdentifier(text, ['store'])) return true;
  return HANDLER_PARAMETER.test(text) || mayHaveRouteCallback(text);
}

/** `app.get('/x', function () {...})`: a route method on a router-like object or on a call's result. */
function mayHaveRouteCallback(text: string): boolean {
  if (!hasIdentifier(text, ROUTE_METHOD_LIST)) return false;
  return hasIdentifier(text, [...ROUTER_OBJECTS]) || ROUTER_SUFFIX.test(text) || routeMethodOnCall(text);
}

/** `router.route('/x').post(...)`: `)`, then `.` and a route method, comments allowed between. */
function routeMethodOnCall(text: string): boolean {
  for (let close = text.indexOf(')'); close >= 0; close = text.indexOf(')', close + 1)) {
    const dot = skipTrivia(text, close + 1);
    if (dot < 0) return true;
    if (text[dot] !== '.') continue;
    const name = skipTrivia(text, dot + 1);
    if (name < 0) return true;
    const word = /^[\w$]+/.exec(text.slice(name, name + 16))?.[0];
    if (word !== undefined && ROUTE_METHODS.has(word)) return true;
  }
  return false;
}
