// Globs from `.twelve-factor.json` are repository input: a regex-compiling matcher lets a pattern
// like `+(a*)b` backtrack for minutes on a 30-character file name. This matcher simulates the
// glob's automaton over a set of states: time is path length x pattern length, whatever both are.
//
// Syntax: `*` (within a segment), `**` (a whole segment: any depth, zero included), `?`,
// `[abc]`, `[a-z]`, `[!a]` / `[^a]`, `{a,b}` alternatives, `\` escapes. Dot files match.
// Extglobs (`+(…)`, `!(…)`) are not supported: their characters match themselves.

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // * within a segment
  | { kind: 'globstar' } // **/ : zero or more whole segments
  | { kind: 'rest' } // a trailing ** : everything, slashes included
  | { kind: 'tail' } // a trailing /** : nothing, or a slash and everything after it
  | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };

/** More alternatives than this from `{…}` and the braces are taken literally. */
const MAX_ALTERNATIVES = 64;

/** One predicate for a list of globs: true when any matches the whole path (forward slashes). */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const programs = globs.flatMap((glob) => expandBraces(glob)).map(tokenize);
  if (programs.length === 0) return () => false;
  // A folder's path may carry its trailing slash: `build*` covers `build/` as it covers `build`.
  return (path) => programs.some((tokens) => run(tokens, path) || (path.endsWith('/') && run(tokens, path.slice(0, -1))));
}

/** `a{b,c}d` -> `abd`, `acd`; nested braces expand recursively; too many alternatives stay literal. */
export function expandBraces(glob: string): string[] {
  let results = [''];
  let index = 0;
  while (index < glob.length) {
    const char = glob[index]!;
    if (char === '\\' && index + 1 < glob.length) {
      results = results.map((prefix) => prefix + glob.slice(index, index + 2));
      index += 2;
      continue;
    }
    const close = char === '{' ? matchingBrace(glob, index) : -1;
    const options = close > 0 ? splitTopLevel(glob.slice(index + 1, close)) : undefined;
    if (!options || options.length < 2) {
      results = results.map((prefix) => prefix + char);
      index++;
      continue;
    }
    const expanded = options.flatMap((option) => expandBraces(option));
    if (results.length * expanded.length > MAX_ALTERNATIVES) return [glob];
    results = results.flatMap((prefix) => expanded.map((option) => prefix + option));
    index = close + 1;
  }
  return results;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let index = open; index < glob.length; index++) {
    const char = glob[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '\\' && index + 1 < glob.length) {
      tokens.push({ kind: 'char', char: glob[++index]! });
    } else if (char === '*') {
      let end = index;
      while (glob[end + 1] === '*') end++;
      const wholeSegment = end > index && (index === 0 || glob[index - 1] === '/') && (end + 1 === glob.length || glob[end + 1] === '/');
      if (!wholeSegment) tokens.push({ kind: 'star' });
      else if (end + 1 === glob.length && index > 0) {
        tokens.pop(); // the slash before it: `dist/**` also matches `dist`
        tokens.push({ kind: 'tail' });
      } else if (end + 1 === glob.length) tokens.push({ kind: 'rest' });
      else {
        tokens.push({ kind: 'globstar' });
        end++; // the slash is part of `**/`
      }
      index = end;
    } else if (char === '?') {
      tokens.push({ kind: 'any' });
    } else if (char === '[') {
      const parsed = parseClass(glob, index);
      if (parsed) {
        tokens.push(parsed.token);
        index = parsed.end;
      } else tokens.push({ kind: 'char', char });
    } else {
      tokens.push({ kind: 'char', char });
    }
  }
  return tokens;
}

function parseClass(glob: string, open: number): { token: Token; end: number } | undefined {
  let index = open + 1;
  const negated = glob[index] === '!' || glob[index] === '^';
  if (negated) index++;
  const ranges: Array<[string, string]> = [];
  for (let first = true; index < glob.length; first = false) {
    let char = glob[index]!;
    if (char === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: index };
    if (char === '\\' && index + 1 < glob.length) char = glob[++index]!;
    if (glob[index + 1] === '-' && index + 2 < glob.length && glob[index + 2] !== ']') {
      ranges.push([char, glob[index + 2]!]);
      index += 3;
    } else {
      ranges.push([char, char]);
      index++;
    }
  }
  return undefined;
}

/**
 * State `2i` is "before token i"; `2i + 1` is "inside the globstar (or tail) at i, after at
 * least one character". The set of live states advances one path character at a time.
 */
function run(tokens: readonly Token[], path: string): boolean {
  const accept = 2 * tokens.length;
  let current = closure(tokens, [0]);
  for (const char of path) {
    const next: number[] = [];
    for (const state of current) step(tokens, state, char, next);
    if (next.length === 0) return false;
    current = closure(tokens, next);
  }
  return current.includes(accept);
}

function step(tokens: readonly Token[], state: number, char: string, next: number[]): void {
  const token = tokens[state >> 1];
  if (!token) return;
  const after = 2 * ((state >> 1) + 1);
  if (state % 2 === 1 && token.kind === 'tail') {
    next.push(state);
    return;
  }
  if (state % 2 === 1) {
    // Inside a globstar: any character continues it; a slash may also end it.
    next.push(state);
    if (char === '/') next.push(after);
    return;
  }
  switch (token.kind) {
    case 'char':
      if (char === token.char) next.push(after);
      return;
    case 'any':
      if (char !== '/') next.push(after);
      return;
    case 'star':
      if (char !== '/') next.push(state);
      return;
    case 'rest':
      next.push(state);
      return;
    case 'globstar':
      if (char !== '/') next.push(state + 1);
      return;
    case 'tail':
      if (char === '/') next.push(state + 1);
      return;
    case 'class':
      if (char !== '/' && inClass(token, char)) next.push(after);
  }
}

function inClass(token: Extract<Token, { kind: 'class' }>, char: string): boolean {
  const inside = token.ranges.some(([from, to]) => char >= from && char <= to);
  return inside !== token.negated;
}

/** Adds the states reachable without reading a character: a star, globstar or rest may match nothing. */
function closure(tokens: readonly Token[], states: readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...states];
  while (stack.length > 0) {
    const state = stack.pop()!;
    if (seen.has(state)) continue;
    seen.add(state);
    const token = tokens[state >> 1];
    if (!token) continue;
    const even = state % 2 === 0;
    const skippable = token.kind === 'star' || token.kind === 'globstar' || token.kind === 'rest';
    if ((even && (skippable || token.kind === 'tail')) || (!even && token.kind === 'tail')) stack.push(2 * ((state >> 1) + 1));
  }
  return [...seen];
}
