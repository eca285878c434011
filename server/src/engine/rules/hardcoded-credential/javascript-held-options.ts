// `const sess = { secret: '…', store }; app.use(session(sess))` (the edX/UCB bootcamp's express-session template),
// `const jwtOptions = { secretOrKey: '…' }; new JwtStrategy(jwtOptions, verify)`: an options object built in a
// `const` and handed whole to a secret-taking call is read as if written in the call (probe25: inline was an
// error, through the const nothing). Only a `const` (one value) and only for the keys such calls give a secret by
// (javascript-apis.ts secretKeys): other keys say what they hold by their own names.
import ts from 'typescript';
import { callsByBareArgument, type HandOver } from '../../languages/held-objects';
import { API_SECRET_KEYS } from './javascript-apis';

/** The calls the `const` that `declaration` declares is handed to, when `key` is one a secret-taking call reads a secret from. */
export function callsOfHeldOptions(declaration: ts.VariableDeclaration, key: string): readonly HandOver[] {
  if (!API_SECRET_KEYS.has(key) || !ts.isIdentifier(declaration.name)) return [];
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return [];
  return callsByBareArgument(declaration.getSourceFile()).get(declaration.name.text) ?? [];
}
