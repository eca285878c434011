// Every file has a scope: the app itself, or its tests, fixtures and seed data, examples,
// docs or translations. Rules use it to tell a live credential from a test's dummy.
import { compileGlob, matchesGlob } from './glob';
import { SCOPE_FILES, SCOPE_FOLDERS, SCOPE_PATHS } from './conventions';

export type FileScope = 'app' | 'test' | 'fixture' | 'example' | 'docs' | 'locale';

export const FILE_SCOPES: readonly FileScope[] = ['app', 'test', 'fixture', 'example', 'docs', 'locale'];

/** The config's `scopes`: globs (relative to the project root) per scope, checked before the conventions. */
export type ScopeOverrides = Readonly<Partial<Record<FileScope, readonly string[]>>>;

/** Scopes other than the app, in the order a file's conventions are tried: `test/fixtures/x` is a fixture. */
const CONVENTION_ORDER = ['fixture', 'test', 'example', 'docs', 'locale'] as const;

/** What code in this scope is for, in messages: "in test code", "in a fixture". */
export const SCOPE_WORDS: Readonly<Record<FileScope, string>> = {
  app: 'in application code',
  test: 'in test code',
  fixture: 'in fixtures or seed data',
  example: 'in an example',
  docs: 'in documentation',
  locale: 'in translations',
};

/**
 * The scope of a file from its path relative to the project root (forward slashes). The
 * config's globs win; `app` there takes a file back from a convention (`"app": ["src/mock-server/**"]`).
 */
export function fileScope(path: string, overrides: ScopeOverrides = {}): FileScope {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return overriddenScope(normalized, overrides) ?? conventionalScope(normalized);
}


function overriddenScope(path: string, overrides: ScopeOverrides): FileScope | undefined {
  for (const scope of FILE_SCOPES) {
    for (const glob of overrides[scope] ?? []) {
      if (matchesGlob(compileGlob(glob), path)) return scope;
    }
  }
  return undefined;
}

function conventionalScope(path: string): FileScope {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  const folders = new Set(parts.slice(0, -1).map((part) => part.toLowerCase()));
  for (const scope of CONVENTION_ORDER) {
    if (SCOPE_FOLDERS[scope].some((folder) => folders.has(folder))) return scope;
    if (SCOPE_FILES[scope].some((pattern) => pattern.test(name))) return scope;
    if (SCOPE_PATHS.some((entry) => entry.scope === scope && entry.pattern.test(path.toLowerCase()))) return scope;
  }
  return 'app';
}
