// The node layer's reading of what a docs-named folder holds (engine: ScanOptions.appFolders). `website/` is a Docusaurus
// site's folder, and `django-admin startproject website` an app's (probe28c 1: its settings' credentials came out as
// "in documentation"). A folder named as docs that holds an app's marker directly is the app's: each ecosystem's marker,
// and, where a docs tool writes the same file (Jekyll's Gemfile, Hugo's go.mod, Docusaurus' package.json, Asciidoctor's
// build.gradle), only with what an app has beside it. The config's `scopes` still win. Entries are listed with lstat (no
// link is followed), manifests read size-bounded inside the root; cached by folder.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { SCOPE_FOLDERS } from './engine/scope/conventions';
import { listDir, readInside } from './safeRead';

/** Files only an app holds: Django's and Flask's entry points, a Rack app, Laravel's and WordPress', a deploy's process list. */
const APP_FILES = new Set(['manage.py', 'wsgi.py', 'asgi.py', 'settings.py', 'urls.py', 'app.py', 'config.ru', 'artisan', 'wp-config.php', 'index.php', 'Procfile']);

/** A server framework among a package.json's dependencies (Docusaurus' has none). */
const NODE_SERVER = /"(?:express|koa|fastify|@nestjs\/core|@hapi\/hapi|hapi|restify|sails|@adonisjs\/core|@feathersjs\/feathers|socket\.io)"\s*:/;
/** A web framework a Gemfile names (Jekyll's names `jekyll` or `github-pages`). */
const RUBY_APP = /^[ \t]{0,8}gem[ \t]{1,8}["'](?:rails|sinatra|hanami|roda|grape|padrino|rack)["']/m;
/** A PHP framework a composer.json requires (a static site generator's does not). */
const PHP_APP = /"(?:laravel\/framework|laravel\/lumen-framework|symfony\/framework-bundle|slim\/slim|codeigniter4?\/framework|cakephp\/cakephp|yiisoft\/yii2|laminas\/laminas-mvc)"\s*:/;

const DOCS_NAMES: ReadonlySet<string> = new Set(SCOPE_FOLDERS.docs);

export class DocsFolderFacts {
  private readonly folders = new Map<string, Promise<boolean>>();
  /** Each root's real path ('' when it cannot be resolved), asked once per root. */
  private readonly realRoots = new Map<string, Promise<string>>();

  /** Whether any folder of the path is named as docs: only then is anything read. */
  static wants(scopePath: string): boolean {
    return scopePath.split('/').slice(0, -1).some((part) => DOCS_NAMES.has(part.toLowerCase()));
  }

  /**
   * The docs-named folders of `scopePath` (relative to `root`, the folder its scope path starts at) that hold an app,
   * as prefixes of the scope path.
   */
  async forFile(scopePath: string, root: string): Promise<string[]> {
    const parts = scopePath.split('/');
    const found: string[] = [];
    let realRoot: string | undefined;
    for (let at = 0; at < parts.length - 1; at++) {
      if (!DOCS_NAMES.has(parts[at]!.toLowerCase())) continue;
      realRoot ??= await this.realRoot(root);
      if (realRoot === '') return [];
      const prefix = parts.slice(0, at + 1).join('/');
      const folder = join(root, prefix);
      let holds = this.folders.get(folder);
      if (!holds) {
        holds = holdsApp(folder, realRoot);
        this.folders.set(folder, holds);
      }
      if (await holds) found.push(prefix);
    }
    return found;
  }

  private realRoot(root: string): Promise<string> {
    let real = this.realRoots.get(root);
    if (!real) this.realRoots.set(root, (real = realpath(root).catch(() => '')));
    return real;
  }
}

/** Whether the folder directly holds an app's marker. */
export async function holdsApp(folder: string, realRoot: string): Promise<boolean> {
  const entries = await listDir(folder);
  const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  if ([...files].some((name) => APP_FILES.has(name))) return true;
  // Go: a module with its code (Hugo's go.mod has none), a JVM build with its main sources (Asciidoctor's has docs only).
  if (files.has('go.mod') && [...files].some((name) => name.endsWith('.go'))) return true;
  if ((files.has('pom.xml') || files.has('build.gradle') || files.has('build.gradle.kts')) && (await listDir(join(folder, 'src'))).some((entry) => entry.isDirectory() && entry.name === 'main')) return true;
  const read = async (name: string, shape: RegExp) => files.has(name) && shape.test((await readInside(join(folder, name), realRoot)) ?? '');
  return (await read('package.json', NODE_SERVER)) || (await read('Gemfile', RUBY_APP)) || (await read('composer.json', PHP_APP));
}
