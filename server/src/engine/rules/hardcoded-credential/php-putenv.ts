// `putenv('DB_PASSWORD=…')`: the code sets the variable itself, so the part after the first `=` is
// the value the environment should have supplied. The name before it says whether it is a secret,
// as `$_ENV['X'] = '…'` and Go's `os.Setenv("X", "…")` do.
import { callOfArgument, type Parents } from '../../languages/php';
import type { MappedText } from '../../languages/mapped-text';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName } from '../../secrets';
import type { Target } from './target';

export interface EnvAssignment {
  /** Offsets of the value inside the literal's decoded text. */
  start: number;
  end: number;
  target: Target;
}

/** The credential a `putenv('NAME=value')` literal writes, if NAME names one. */
export function putenvAssignment(node: SyntaxNode, text: MappedText, parents: Parents): EnvAssignment | undefined {
  if (!isPutenvArgument(node, parents)) return undefined;
  const equals = text.text.indexOf('=');
  const name = text.text.slice(0, equals);
  if (equals <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const credential = credentialName(name);
  if (!credential) return undefined;
  const target: Target = { kind: 'name', label: `putenv('${name}')`, name, credential, envName: name, noFix: true, envWrite: true };
  return { start: equals + 1, end: text.text.length, target };
}

function isPutenvArgument(node: SyntaxNode, parents: Parents): boolean {
  const found = callOfArgument(node, parents);
  return found?.call.kind === 'function' && found.call.name.toLowerCase() === 'putenv' && found.call.args.length === 1 && found.index === 0;
}
