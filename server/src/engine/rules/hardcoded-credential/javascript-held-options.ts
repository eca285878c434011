// `const sess = { secret: '…', store }; app.use(session(sess))` (the edX/UCB bootcamp's express-session template),
// `const jwtOptions = { secretOrKey: '…' }; new JwtStrategy(jwtOptions, verify)`: an options object built in a
// `const` and handed whole to a secret-taking call is read as if written in the call (probe25: inline was an
// error, through the const nothing). Only a `const` (one value) and only for the keys such calls give a secret by
// (javascript-apis.ts secretKeys): other keys say what they hold by their own names.
import ts from 'typescript';
import { readOnce } from '../../readOnce';
import { API_SECRET_KEYS } from './javascript-apis';

export interface PassedTo {
  call: ts.CallExpression | ts.NewExpression;
  /** Which argument the const is. */
  index: number;
}

/** The calls each identifier is passed to as a whole argument, in source order; one walk per file. */
const callsByArgument = readOnce((source: ts.SourceFile): ReadonlyMap<string, PassedTo[]> => {
  const found = new Map<string, PassedTo[]>();
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      node.arguments.forEach((argument, index) => {
        if (!ts.isIdentifier(argument)) return;
        const list = found.get(argument.text);
        if (list) list.push({ call: node, index });
        else found.set(argument.text, [{ call: node, index }]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
});

/** The calls the `const` that `declaration` declares is handed to, when `key` is one a secret-taking call reads a secret from. */
export function callsOfHeldOptions(declaration: ts.VariableDeclaration, key: string): readonly PassedTo[] {
  if (!API_SECRET_KEYS.has(key) || !ts.isIdentifier(declaration.name)) return [];
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return [];
  return callsByArgument(declaration.getSourceFile()).get(declaration.name.text) ?? [];
}
