// The node layer's reading of what a docs-named folder holds (engine: ScanOptions.appFolders). `website/` is a Docusaurus
// site's folder, and `django-admin startproject website` an app's (probe28c 1: its settings' credentials came out as
// "in documentation"). A folder named as docs that holds an app's marker directly is the app's: each ecosystem's marker,
// and, where a docs tool writes the same file (Jekyll's Gemfile, Hugo's go.mod, Docusaurus' package.json, Asciidoctor's
// build.gradle), only with what an app has beside it. The config's `scopes` still win. Entries are listed with lstat (no
// link is followed), manifests read size-bounded inside the root; cached by folder. A staged audit reads the same from
// git's index (gitChanges.ts indexTree): the commit's folders, not the working tree's.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_FILES, DOCS_NAMES } from './docsFolderMarkers';
import { listDir, readInside } from './safeRead';

/** A server framework among a package.json's dependencies (Docusaurus' has none). */
const NODE_SERVER = /"(?:express|koa|fastify|@nestjs\/core|@hapi\/hapi|hapi|restify|sails|@adonisjs\/core|@feathersjs\/feathers|socket\.io)"\s*:/;
/** A web framework a Gemfile names (Jekyll's names `jekyll` or `github-pages`). */
const RUBY_APP = /^[ \t]{0,8}gem[ \t]{1,8}["'](?:rails|sinatra|hanami|roda|grape|padrino|rack)["']/m;
/** A PHP framework a composer.json requires (a static site generator's does not). */
const PHP_APP = /"(?:laravel\/framework|laravel\/lumen-framework|symfony\/framework-bundle|slim\/slim|codeigniter4?\/framework|cakephp\/cakephp|yiisoft\/yii2|laminas\/laminas-mvc)"\s*:/;

/** What the judgement reads of a tree: the working tree's folders, or the index's (a staged audit). */
export interface FolderTree {
  /** The names of a folder's regular files and of its folders; empty when it cannot be listed. */
  list(folder: string): Promise<{ files: readonly string[]; folders: readonly string[] }>;
  /** A file's text, size-bounded; undefined when it cannot be read. */
  read(file: string): Promise<string | undefined>;
}

export class DocsFolderFacts {
  private readonly folders = new Map<string, Promise<boolean>>();
  /** Each root's tree (undefined when the root cannot be resolved), made once per root. */
  private readonly trees = new Map<string, Promise<FolderTree | undefined>>();

  /** `treeAt`: where a root's folders are read; the working tree unless told otherwise. */
  constructor(private readonly treeAt: (root: string) => Promise<FolderTree | undefined> = workingTreeAt) {}

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
    let asked: Promise<FolderTree | undefined> | undefined;
    for (let at = 0; at < parts.length - 1; at++) {
      if (!DOCS_NAMES.has(parts[at]!.toLowerCase())) continue;
      const tree = await (asked ??= this.treeOf(root));
      if (tree === undefined) return [];
      const prefix = parts.slice(0, at + 1).join('/');
      const folder = join(root, prefix);
      let holds = this.folders.get(folder);
      if (!holds) {
        holds = holdsApp(folder, tree);
        this.folders.set(folder, holds);
      }
      if (await holds) found.push(prefix);
    }
    return found;
  }

  /** Drops every answer: the editor calls it when a watched file changes (docsFolderMarkers.ts docsFolderWatchGlobs). */
  forget(): void {
    this.folders.clear();
    this.trees.clear();
  }

  private treeOf(root: string): Promise<FolderTree | undefined> {
    let tree = this.trees.get(root);
    if (!tree) this.trees.set(root, (tree = this.treeAt(root)));
    return tree;
  }
}

/** The working tree under `root`: entries listed with lstat, files read size-bounded inside the root's real path. */
async function workingTreeAt(root: string): Promise<FolderTree | undefined> {
  const realRoot = await realpath(root).catch(() => '');
  if (realRoot === '') return undefined;
  return {
    list: async (folder) => {
      const entries = await listDir(folder);
      return { files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name), folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name) };
    },
    read: (file) => readInside(file, realRoot),
  };
}

/** Whether the folder directly holds an app's marker. */
async function holdsApp(folder: string, tree: FolderTree): Promise<boolean> {
  const files = new Set((await tree.list(folder)).files);
  if ([...files].some((name) => APP_FILES.has(name))) return true;
  // Go: a module with its code (Hugo's go.mod has none), a JVM build with its main sources (Asciidoctor's has docs only).
  if (files.has('go.mod') && [...files].some((name) => name.endsWith('.go'))) return true;
  if ((files.has('pom.xml') || files.has('build.gradle') || files.has('build.gradle.kts')) && (await tree.list(join(folder, 'src'))).folders.includes('main')) return true;
  const read = async (name: string, shape: RegExp) => files.has(name) && shape.test((await tree.read(join(folder, name))) ?? '');
  return (await read('package.json', NODE_SERVER)) || (await read('Gemfile', RUBY_APP)) || (await read('composer.json', PHP_APP));
}
