// The files beside a document that a quick-fix reads and writes (.env, .env.example, .gitignore,
// package.json, the folder's .twelve-factor.json): the one module of the server that touches
// them. Everything here is asynchronous (a code-action request must never block the LSP thread on
// the disk or on git), reads an open editor buffer before the disk (Neovim and VS Code do not save
// the .env a first fix edited), and treats the files as hostile: regular files within a bound,
// links only inside the workspace.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME } from './engine/config';
import type { NeighbourFile } from './engine/fixes/plan';
import { GitIgnores, ignoreFilesOf, isInside } from './gitignore';
import { gitAllowed } from './git';
import { isTrackedByGit } from './gitTracked';
import { MAX_SIDE_FILE_BYTES, readRegularFileWithin, somethingAt } from './safeRead';
import type { Workspace } from './workspace';

const NEIGHBOUR_NAMES: Readonly<Record<NeighbourFile, string>> = {
  env: '.env',
  envExample: '.env.example',
  gitignore: '.gitignore',
  packageJson: 'package.json',
};

/** One neighbour file as a fix sees it, read once per request so the plan and its edit agree. */
export interface NeighbourFileState {
  path: string;
  uri: string;
  /** The open buffer's text, else the disk's; undefined when neither has the file. */
  text: string | undefined;
  /** Whether a fix may write it: missing, or a regular file within the bound whose links stay in the workspace. */
  usable: boolean;
  /** The open buffer's version (edits to it are versioned), or null when only the disk has it. */
  openVersion: number | null;
}

/** What a fix needs to know about the files around one document. */
export interface Neighbourhood {
  files: Readonly<Record<NeighbourFile, NeighbourFileState>>;
  /** Whether the app's .env is certainly not tracked by git (a tracked .env would commit the secret). */
  envUntracked: boolean;
  /** Whether an ignore file (this app's, one higher up, or .git/info/exclude) already ignores the .env. */
  envIgnored: boolean;
}

export class FixFiles {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    /** Whether the client trusts the workspace (VS Code's restricted mode says no): no git otherwise. */
    private readonly trusted: boolean,
  ) {}

  /** The neighbour files of a document in a workspace folder; undefined for anything else (untitled:, a diff view). */
  async neighbourhood(document: TextDocument): Promise<Neighbourhood | undefined> {
    const location = this.workspace.locate(document.uri);
    if (!location.path || !location.folder) return undefined;
    const folder = location.folder;
    const root = await appRoot(location.path, folder);
    const names = Object.keys(NEIGHBOUR_NAMES) as NeighbourFile[];
    const states = await Promise.all(names.map((file) => this.fileState(join(root, NEIGHBOUR_NAMES[file]), folder)));
    const files = Object.fromEntries(names.map((file, index) => [file, states[index]!])) as Record<NeighbourFile, NeighbourFileState>;
    const [envUntracked, envIgnored] = await Promise.all([this.envUntracked(files.env, folder), this.envIgnored(files.env.path, folder)]);
    return { files, envUntracked, envIgnored };
  }

  /** The workspace folder's `.twelve-factor.json`, which "Ignore in config" edits; undefined outside a folder. */
  async configFile(document: TextDocument): Promise<NeighbourFileState | undefined> {
    const { folder } = this.workspace.locate(document.uri);
    return folder === undefined ? undefined : this.fileState(join(folder, CONFIG_FILE_NAME), folder);
  }

  /** Creates the missing files a client that cannot create files in an edit needs before the edit applies. */
  async createEmpty(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      await mkdir(dirname(path), { recursive: true });
      try {
        // `wx` never follows a link, even a dangling one.
        await writeFile(path, '', { flag: 'wx' });
      } catch {
        // already there: the edit applies to it (and the plan refused anything that is not a regular file)
      }
    }
  }

  private async fileState(path: string, folder: string): Promise<NeighbourFileState> {
    const uri = URI.file(path).toString();
    const read = await readRegularFileWithin(path, { maxBytes: MAX_SIDE_FILE_BYTES, followLinksWithin: folder });
    const open = this.documents.get(uri);
    const usable = read.failure === undefined || read.failure === 'missing';
    const text = open ? open.getText() : read.bytes?.toString('utf8');
    return { path, uri, text, usable, openVersion: open?.version ?? null };
  }

  /** Git reads no ignore file that is a link (since 2.32); an open buffer of a regular or missing one wins. */
  private async ignoreFileText(path: string): Promise<string | undefined> {
    const read = await readRegularFileWithin(path, { maxBytes: MAX_SIDE_FILE_BYTES });
    if (read.failure !== undefined && read.failure !== 'missing') return undefined;
    return this.documents.get(URI.file(path).toString())?.getText() ?? read.bytes?.toString('utf8');
  }

  /** An untrusted workspace runs no git: there only a .env missing from the disk is known to be untracked. */
  private async envUntracked(env: NeighbourFileState, folder: string): Promise<boolean> {
    if (!gitAllowed(this.trusted)) return !(await somethingAt(env.path));
    return (await isTrackedByGit(env.path, folder)) === false;
  }

  /** Git's ignore rules for the .env, with each ignore file read here: an unsaved buffer of one counts. */
  private async envIgnored(envPath: string, folder: string): Promise<boolean> {
    const repoRoot = await findRepoRoot(folder);
    if (!repoRoot) return false;
    const texts = new Map<string, string | undefined>();
    for (let current = dirname(envPath); isInside(current, repoRoot); current = dirname(current)) {
      for (const path of ignoreFilesOf(current, repoRoot)) texts.set(path, await this.ignoreFileText(path));
      if (current === repoRoot) break;
    }
    const ignores = new GitIgnores(folder, { repoRoot, readText: (path) => texts.get(path) });
    return ignores.isIgnored(envPath, false);
  }
}

/** `.env` and friends live at the app's root: the nearest package.json above the file, else the workspace folder. */
async function appRoot(path: string, folder: string): Promise<string> {
  for (let current = dirname(path); ; current = dirname(current)) {
    if (await somethingAt(join(current, 'package.json'))) return current;
    if (current === folder || dirname(current) === current) return folder;
  }
}

/** The folder holding `.git`, from `start` up, as git discovers it. */
async function findRepoRoot(start: string): Promise<string | undefined> {
  for (let current = start; ; current = dirname(current)) {
    if (await somethingAt(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}
