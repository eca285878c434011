// The tail every language's own-parameter reader shares (go-, javascript-, python-, php-, ruby-own-parameters.ts):
// a literal passed to a function the same file declares is bound to the parameter at its position, and that
// parameter's name judges it as a name guess would (`password` is one; `passwordPrompt`, `passwordField` name no
// secret). Each language file keeps only its syntax: which declarations count, their parameters, the call's callee.
import { nameTarget, type Target } from './target';

/** A file's functions by the name a call finds them under, each with its declarations' positional parameter names. */
export type DeclaredFunctions = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * The credential argument `index` of a call to `callee` binds to, where the file declares it under `key` (PHP's
 * lowercase name) and names that parameter so. Declarations that disagree about the position bind nothing: which
 * one is called is a receiver's to say (Ruby's `def login` in two classes).
 */
export function ownParameterTarget(declared: DeclaredFunctions, key: string, callee: string, index: number): Target | undefined {
  const names = new Set((declared.get(key) ?? []).map((parameters) => parameters[index]));
  const [parameter] = names;
  const target = names.size === 1 && parameter ? nameTarget([parameter]) : undefined;
  return target?.credential ? { ...target, label: `${callee}(${parameter})` } : undefined;
}
