// Which folders are apps: a monorepo holds several, each with its own manifest.

/** Files that make their folder an app root, by ecosystem. */
const MANIFESTS = new Set([
  'package.json',
  'pyproject.toml',
  'setup.py',
  'requirements.txt',
  'pipfile',
  'go.mod',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'gemfile',
  'composer.json',
]);

/** Folders that hold packages of others, never an app of their own. */
const NOT_APPS = /(^|\/)(node_modules|vendor|\.git|fixtures?|testdata|__fixtures__)(\/|$)/;

export function isManifest(path: string): boolean {
  const slash = path.lastIndexOf('/');
  return MANIFESTS.has(path.slice(slash + 1).toLowerCase()) && !NOT_APPS.test(path);
}

/** The app folders ('' for the root), deduplicated and sorted, from the manifests among `paths`. */
export function appRoots(paths: Iterable<string>): string[] {
  const roots = new Set<string>();
  for (const path of paths) {
    if (!isManifest(path)) continue;
    const slash = path.lastIndexOf('/');
    roots.add(slash < 0 ? '' : path.slice(0, slash));
  }
  return [...roots].sort();
}

/** The deepest app folder holding `path`; '' (the root) when none does. */
export function appOf(path: string, roots: readonly string[]): string {
  let best = '';
  for (const root of roots) {
    if (root.length > best.length && (path === root || path.startsWith(`${root}/`))) best = root;
  }
  return best;
}
