// Builds the checks the release manifest validator runs, as source text.
export class Code {
  constructor(readonly text: string) {}
}

export const operators = {
  EQ: new Code("==="), // tfl-eval-not: hardcoded-credential
  NEQ: new Code("!=="), // tfl-eval-not: hardcoded-credential
  NOT: new Code("!"),
  AND: new Code("&&"),
};

export function compare(left: string, op: Code, right: string): Code {
  return new Code(`${left} ${op.text} ${right}`);
}

export const manifestSigningSecret = "riqttHWo6O3FlVamj0UUu81n0IUhSzGy"; // tfl-eval: hardcoded-credential
