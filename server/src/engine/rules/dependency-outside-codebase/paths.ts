// Where a dependency declared by a filesystem path points, judged against the codebase: the
// repository the manifest is in. The engine reads no file and runs no git: the node layer says
// where the manifest sits in its repository (ScanOptions.repositoryPath), and this is arithmetic
// on path segments only.

/** Where a declared path leads: out of the repository (or the machine), into it, or unknown. */
export type Destination = 'absolute' | 'outside' | 'inside' | 'unknown';

/** `/srv/x`, `~/x`, `C:\x`, `C:/x`, `\\host\share`: on one machine, whatever the repository. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('~') || path.startsWith('\\\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/**
 * Where `path`, written in the manifest at `manifest` (relative to the repository root, forward
 * slashes), leads. An absolute path leaves the codebase whatever the root; a relative one leaves it
 * when its `..` segments climb above the root. Unknown root, or a path built from a variable the
 * engine cannot resolve (`$HOME/x`, `%USERPROFILE%`): unknown, which reports nothing.
 */
export function destinationOf(path: string, manifest: string | undefined): Destination {
  const trimmed = path.trim();
  if (trimmed === '') return 'unknown';
  if (isAbsolute(trimmed)) return 'absolute';
  const unified = trimmed.replace(/\\/g, '/');
  if (/[$%]/.test(unified)) return 'unknown';
  if (manifest === undefined) return 'unknown';
  // The manifest's folder, as segments below the root; then the declared path walked from there.
  const segments = manifest.split('/').filter((part) => part !== '' && part !== '.');
  segments.pop();
  for (const part of unified.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') segments.push(part);
    else if (segments.pop() === undefined) return 'outside';
  }
  return 'inside';
}

/**
 * The folder a workspace glob names (`../tokens/*` → `../tokens`): the segments before the first
 * one with a glob character, which is where every match lies. A negated entry (`!x`) adds nothing.
 */
export function globBase(pattern: string): string | undefined {
  if (pattern.startsWith('!')) return undefined;
  const parts = pattern.replace(/\\/g, '/').split('/');
  const literal = parts.findIndex((part) => /[*?[\]{}]/.test(part));
  const base = (literal === -1 ? parts : parts.slice(0, literal)).join('/');
  // `*` alone, `packages/*`: the glob starts here or below, inside the manifest's folder.
  return base === '' ? '.' : base;
}

/** PDM writes project-relative paths as `file:///${PROJECT_ROOT}/…`: the rest is relative to the manifest. */
const PROJECT_ROOT = /^file:\/{2,3}\$\{PROJECT_ROOT\}(?:\/|$)/;

/** Hatch's context fields for the project's folder as a URI: `{root:uri}`, `{root:parent:uri}` (one up), … */
const HATCH_ROOT = /^\{root((?::parent){0,8}):uri\}(?:\/|$)/;

/**
 * The filesystem path of a `file:` URL or path spec (`file:../x`, `file:///srv/x`,
 * `file:///${PROJECT_ROOT}/../x`, Hatch's `{root:uri}/../x`); undefined for anything else (a
 * registry range, a git or https URL).
 */
export function fileUrlPath(spec: string): string | undefined {
  const project = PROJECT_ROOT.exec(spec);
  if (project) return spec.slice(project[0].length) || '.';
  const hatch = HATCH_ROOT.exec(spec);
  if (hatch) return '../'.repeat(hatch[1]!.length / ':parent'.length) + spec.slice(hatch[0].length) || '.';
  if (!spec.toLowerCase().startsWith('file:')) return undefined;
  const rest = spec.slice('file:'.length);
  // `file://host/path` names a host; `file:///path` and `file:/path` are absolute; `file:../x` is relative.
  if (rest.startsWith('///')) return rest.slice(2);
  if (rest.startsWith('//')) return rest.startsWith('//localhost/') ? rest.slice('//localhost'.length) : undefined;
  return rest;
}

/** A `#fragment` (`#egg=name`) or `?query` at the end of a URL-shaped path is not part of the folder. */
export function withoutFragment(path: string): string {
  const cut = path.search(/[#?]/);
  return cut === -1 ? path : path.slice(0, cut);
}
