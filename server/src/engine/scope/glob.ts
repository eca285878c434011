// A small glob matcher for the config's `scopes`: `*`, `?` and `**` over forward-slash paths.
// The globs come from the scanned repository (hostile input), so matching is dynamic
// programming over path segments and characters: polynomial in the lengths, never backtracking.

/** A compiled glob: its segments, `**` kept as a segment of its own. */
export type Glob = readonly string[];

export function compileGlob(glob: string): Glob {
  const trimmed = glob.trim().replace(/^\.\//, '');
  const segments = trimmed.split('/').filter((segment) => segment !== '');
  // `qa` (no slash) names a folder or file anywhere, as .gitignore does.
  return segments.length === 1 && segments[0] !== '**' ? ['**', segments[0]!, '**'] : withTrailingContents(segments);
}

/** `qa/**` and `qa` both cover everything inside `qa`. */
function withTrailingContents(segments: string[]): string[] {
  return segments[segments.length - 1] === '**' ? segments : [...segments, '**'];
}

/** Whether a relative path (forward slashes) matches; case-insensitive, as file systems often are. */
export function matchesGlob(glob: Glob, path: string): boolean {
  const parts = path.toLowerCase().split('/').filter((part) => part !== '');
  const pattern = glob.map((segment) => segment.toLowerCase());
  // reachable[j]: the parts read so far are matched by the first j pattern segments.
  let reachable = closeOverGlobstars(pattern, Array.from({ length: pattern.length + 1 }, (_, j) => j === 0));
  for (const part of parts) {
    const next = Array.from({ length: pattern.length + 1 }, () => false);
    pattern.forEach((segment, j) => {
      // `**` reads the part and stays where it is; any other segment must match the part.
      if (segment === '**') next[j + 1] ||= reachable[j + 1]!;
      else if (reachable[j] && matchesSegment(segment, part)) next[j + 1] = true;
    });
    reachable = closeOverGlobstars(pattern, next);
  }
  return reachable[pattern.length]!;
}

/** `**` may also stand for no part at all. */
function closeOverGlobstars(pattern: readonly string[], reachable: boolean[]): boolean[] {
  pattern.forEach((segment, j) => {
    if (segment === '**' && reachable[j]) reachable[j + 1] = true;
  });
  return reachable;
}

/** `*` and `?` inside one segment, by dynamic programming over the characters. */
function matchesSegment(segment: string, part: string): boolean {
  let previous = Array.from({ length: part.length + 1 }, (_, i) => i === 0);
  for (const char of segment) {
    const current = Array.from({ length: part.length + 1 }, () => false);
    if (char === '*') {
      current[0] = previous[0]!;
      for (let i = 1; i <= part.length; i++) current[i] = previous[i]! || current[i - 1]!;
    } else {
      for (let i = 1; i <= part.length; i++) current[i] = previous[i - 1]! && (char === '?' || char === part[i - 1]);
    }
    previous = current;
  }
  return previous[part.length]!;
}
