// Command-line flag defaults in Go: `flag.String("db-password", "lit", usage)` ships the literal
// as the value whenever the flag is not given, so it is config in code like any other default.
// The standard library's flag package, spf13/pflag (cobra's `cmd.Flags()`) and urfave/cli share
// these shapes; the flag's name says what the value is. kingpin builds a flag on a chain:
// `kingpin.Flag("mysql.password", help).Default("lit").String()`.
import { callArguments, goStringValue, lastSegment, named } from '../../languages/go';
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName } from '../../secrets';
import { nameTarget, type Target } from './target';

/** Method -> [index of the flag name, index of the default value]. */
const FLAG_METHODS: Readonly<Record<string, readonly [number, number]>> = {
  String: [0, 1],
  StringVar: [1, 2],
  StringP: [0, 2],
  StringVarP: [1, 3],
};

/** Receivers that are flag sets: `flag`, `pflag`, `fs`/`flags`/`flagSet`, `cmd.Flags()`, `cmd.PersistentFlags()`. */
function isFlagSet(receiver: string): boolean {
  return /(?:^|\.)(?:p?flag|flags|fs|flagSet|set|Flags|PersistentFlags|CommandLine)$/i.test(receiver);
}

/** The flag whose default the argument at `index` is, when the call declares a string flag. */
export function flagDefaultTarget(callee: string, index: number, flagName: string | undefined): Target | undefined {
  const method = lastSegment(callee);
  const positions = FLAG_METHODS[method];
  const receiver = callee.slice(0, Math.max(0, callee.length - method.length - 1));
  if (!positions || positions[1] !== index || !isFlagSet(receiver) || flagName === undefined) return undefined;
  if (!credentialName(flagName)) return undefined;
  // No in-place fix: the flag stays, only its default should go; the user decides what replaces it.
  return { ...nameTarget(flagName.split(/[.]/)), label: `${flagName} flag`, noFix: true };
}

/** Builders that a chained `.Default(…)` gives a default to: kingpin's (and kong-style) `Flag(name, help)` and `Arg(name, help)`. */
const FLAG_BUILDERS = new Set(['Flag', 'Arg']);

/** `kingpin.Flag("mysql.password", "…").Default("lit")`: the default of the flag named at the head of the chain. */
export function chainedFlagDefaultTarget(call: SyntaxNode, index: number): Target | undefined {
  const callee = call.childForFieldName('function');
  if (index !== 0 || callee?.type !== 'selector_expression' || callee.childForFieldName('field')?.text !== 'Default') return undefined;
  // Walk down the chain (`.Flag(…).Envar(…).Default(…)`) to the builder that names the flag.
  for (let operand = callee.childForFieldName('operand'); operand?.type === 'call_expression'; ) {
    const inner = operand.childForFieldName('function');
    const method = inner?.type === 'selector_expression' ? inner.childForFieldName('field')?.text : inner?.text;
    if (method !== undefined && FLAG_BUILDERS.has(method)) {
      const flagName = goStringValue(callArguments(operand)[0]);
      if (flagName === undefined || !credentialName(flagName)) return undefined;
      return { ...nameTarget(flagName.split(/[.]/)), label: `${flagName} flag`, noFix: true };
    }
    operand = inner?.type === 'selector_expression' ? inner.childForFieldName('operand') : null;
  }
  return undefined;
}

/** Fields of a flag declared as a struct that hold its default: urfave/cli's `Value`, others' `Default`. */
const FLAG_DEFAULT_FIELDS = new Set(['Value', 'Default', 'DefValue']);

/**
 * urfave/cli's `&cli.StringFlag{Name: "secret-key", Value: "lit"}` (and any `…Flag` struct with a
 * `Name`): the default under `Value` is the flag's value whenever the flag is not given.
 */
export function flagStructDefaultTarget(composite: SyntaxNode, owner: string | undefined, field: string): Target | undefined {
  if (owner === undefined || !/Flag$/.test(lastSegment(owner)) || !FLAG_DEFAULT_FIELDS.has(field)) return undefined;
  const flagName = structFieldString(composite, 'Name');
  if (flagName === undefined || !credentialName(flagName)) return undefined;
  return { ...nameTarget(flagName.split(/[.]/)), label: `${flagName} flag`, noFix: true };
}

/** The string literal under `field:` in a composite literal's body. */
function structFieldString(composite: SyntaxNode, field: string): string | undefined {
  const body = composite.childForFieldName('body');
  for (const element of body ? named(body) : []) {
    if (element.type !== 'keyed_element') continue;
    const [key, value] = named(element).filter((child) => child.type === 'literal_element');
    if (key && named(key)[0]?.text === field) return goStringValue(value ? named(value)[0] : undefined);
  }
  return undefined;
}
