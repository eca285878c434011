// The files that decide whether a docs-named folder holds an app (docsFolderFacts.ts reads them), apart from the reading
// so the editor's client can watch them without bundling the node layer's readers.
import { SCOPE_FOLDERS } from './engine/scope/conventions';

export const DOCS_NAMES: ReadonlySet<string> = new Set(SCOPE_FOLDERS.docs);

/** Files only an app holds: Django's and Flask's entry points, a Rack app, Laravel's and WordPress', a deploy's process list. */
export const APP_FILES: ReadonlySet<string> = new Set(['manage.py', 'wsgi.py', 'asgi.py', 'settings.py', 'urls.py', 'app.py', 'config.ru', 'artisan', 'wp-config.php', 'index.php', 'Procfile']);

/** Manifests a docs tool writes too (Hugo's go.mod, Docusaurus' package.json): they count with what an app has beside them. */
const MANIFESTS = ['go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'package.json', 'Gemfile', 'composer.json'];

/**
 * Files whose change can change an answer, for the editor's watcher (watchedFiles.ts): a docs-named folder's
 * markers and manifests, its Go files, its `src/main`. A docs page saved is no event.
 */
export function docsFolderWatchGlobs(): string[] {
  const inDocs = `**/{${SCOPE_FOLDERS.docs.join(',')}}`;
  return [`${inDocs}/{${[...APP_FILES, ...MANIFESTS].join(',')},*.go}`, `${inDocs}/src/main`];
}
