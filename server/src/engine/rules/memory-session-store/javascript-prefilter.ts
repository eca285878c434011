// Whether a JS/TS file can hold a finding of memory-session-store, read lexically: session
// middleware and stores come from a module whose name says session (or memorystore), and
// module-level state counts only when the module declares a container at its top level
// (`const carts = new Map()`, `{}`, `[]`, `Object.create(null)`) and some function handles
// requests or a `store` option is written by hand.
import { hasFragment, hasIdentifier, moduleSpecifiers, skipTrivia, type PrefilterInput } from '../../prefilter';
import { someTopLevel } from '../../prefilter-toplevel';
import { ROUTE_METHODS, ROUTER_OBJECTS } from './javascript-handlers';

const ROUTE_METHOD_LIST = [...ROUTE_METHODS];
/** A handler parameter (HANDLER_PARAMS), `_req` included: the check strips leading underscores. */
const HANDLER_PARAMETER = /(?<![\w$])_*(?:req|request|ctx|reply)(?![\w$])/;
/** A receiver named like a router: `userRouter`, `apiRouter`. */
const ROUTER_SUFFIX = /router(?![\w$])/i;

export function mayReport({ text, lowered }: PrefilterInput): boolean {
  if (hasFragment(lowered, ['session', 'memorystore']) && mayImportSessionModule(text)) return true;
  const writer = hasIdentifier(text, ['store']) || HANDLER_PARAMETER.test(text) || mayHaveRouteCallback(text);
  return writer && mayDeclareModuleContainer(text);
}

/** Every middleware and store the check knows is resolved from a module named `…session…` or `memorystore`. */
function mayImportSessionModule(text: string): boolean {
  const specifiers = moduleSpecifiers(text);
  return specifiers === 'unsure' || specifiers.some((specifier) => /session|memorystore/i.test(specifier));
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

const DECLARATION = /^(?:const|let|var)(?![\p{ID_Continue}$])/u;
const WORD_BEFORE = /[\p{ID_Continue}$.]/u;

/**
 * A `const`/`let`/`var` outside every brace whose initializer, past parentheses, may be a Map, a
 * Set, an object or array literal or `Object.create(…)` (javascript-state.ts), or a file the
 * lexer cannot read with confidence. A declaration is followed up to the next top-level `;`.
 */
export function mayDeclareModuleContainer(text: string): boolean {
  let inDeclaration = false;
  const found = someTopLevel(text, (at) => {
    const char = text[at]!;
    if (char === ';') inDeclaration = false;
    else if ((char === 'c' || char === 'l' || char === 'v') && !WORD_BEFORE.test(text[at - 1] ?? '') && DECLARATION.test(text.slice(at, at + 6))) inDeclaration = true;
    else if (char === '=' && inDeclaration) return initializesContainer(text, at);
    return false;
  });
  return found !== false;
}

/** `= new Map()`, `= ({})`, `= <Carts>{}`, `= []`, `= Object.create(null)`; not `==`, `=>`. */
function initializesContainer(text: string, equals: number): boolean {
  if (text[equals + 1] === '=' || text[equals + 1] === '>' || /[=!<>]/.test(text[equals - 1] ?? '')) return false;
  let at = skipTrivia(text, equals + 1);
  while (at >= 0 && text[at] === '(') at = skipTrivia(text, at + 1);
  if (at < 0) return true;
  const char = text[at];
  if (char === '{' || char === '[' || char === '<') return true;
  return /^(?:new|Object)(?![\p{ID_Continue}$])/u.test(text.slice(at, at + 7));
}
