import { relative, resolve } from 'node:path';
import { URI } from 'vscode-uri';
import { FolderBaselines } from './baseline/editor';
import { toScanOptions, type ProjectConfig } from './engine/config';
import { languageOfEditorId } from './engine/languages/catalogue';
import { HEAD_CHARACTERS, languageOf, languageOfScript, readsHeadForLanguage } from './engine/languages/detect';
import type { LanguageId, ScanOptions } from './engine/types';
import { isGitIgnored, isInside, toPosix } from './gitignore';
import { compileGlobs } from './glob';
import { loadProjectConfig, type LoadedConfig } from './projectConfig';
import { DEFAULT_SETTINGS, type EditorSettings } from './settings';

/** Where a document sits: its workspace folder and its path relative to it. */
export interface DocumentLocation {
  /** Absolute file path; undefined for unsaved (untitled) documents. */
  path: string | undefined;
  folder: string | undefined;
  /** Forward slashes, relative to the folder (or the file name when outside every folder). */
  relativePath: string;
}

/** Workspace folders and their `.twelve-factor.json`, read once and re-read when it changes. */
export class Workspace {
  private folders: string[] = [];
  private readonly configs = new Map<string, LoadedConfig>();
  /** Each folder's `.twelve-factor-baseline.json`, re-read with the configs. */
  readonly baselines = new FolderBaselines();

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((uri) => URI.parse(uri).fsPath).sort((a, b) => b.length - a.length);
    this.invalidateConfigs();
  }

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  invalidateConfigs(): void {
    this.configs.clear();
    this.baselines.invalidate();
  }

  locate(uri: string): DocumentLocation {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return { path: undefined, folder: undefined, relativePath: parsed.path.split('/').pop() ?? '' };
    const path = parsed.fsPath;
    const folder = this.folders.find((candidate) => isInside(path, candidate));
    return { path, folder, relativePath: toPosix(folder ? relative(folder, path) : path) };
  }

  /** The config file of a folder; defaults outside every folder. */
  config(folder: string | undefined): LoadedConfig {
    if (folder === undefined) return loadProjectConfig(resolve('/nonexistent-twelve-factor-root'));
    let loaded = this.configs.get(folder);
    if (!loaded) {
      loaded = loadProjectConfig(folder);
      this.configs.set(folder, loaded);
    }
    return loaded;
  }
}

/** The config file's choices with the editor's settings on top (the user's per-rule choice wins). */
export function effectiveConfig(loaded: LoadedConfig, settings: EditorSettings): ProjectConfig {
  return {
    ...loaded.config,
    rules: { ...loaded.config.rules, ...settings.rules },
    ignore: [...loaded.config.ignore, ...settings.ignore],
    // The editor's limit applies when the user changed it from the default; else the config file's.
    maxFileSize: settings.maxFileSize !== DEFAULT_SETTINGS.maxFileSize ? settings.maxFileSize : loaded.config.maxFileSize,
  };
}

/** Whether the config's `ignore` globs cover the file or a folder above it, as the audit's walker decides. */
export function isIgnoredByConfig(config: ProjectConfig, relativePath: string): boolean {
  if (config.ignore.length === 0) return false;
  const matches = compileGlobs(config.ignore);
  const parts = relativePath.split('/');
  return parts.some((_, index) => {
    const prefix = parts.slice(0, index + 1).join('/');
    return matches(prefix) || (index < parts.length - 1 && matches(`${prefix}/`));
  });
}

/** Scan options for one document: severities and allowlist from the config, git's view of `.env` files. */
export function scanOptionsFor(config: ProjectConfig, location: DocumentLocation, language: LanguageId | undefined): ScanOptions {
  const options = toScanOptions(config);
  if ((language ?? languageOf(location.relativePath)) !== 'dotenv' || !location.path || !location.folder) return options;
  return { ...options, gitIgnored: isGitIgnored(location.folder, location.relativePath) };
}

/**
 * Our language for an editor's language id; the file name decides when it can, and the text's start when the name
 * says it may (a Spring bean file under any name, read as the CLI reads it: detect.ts languageOfScript).
 */
export function languageFor(relativePath: string, editorLanguageId: string, text?: string): LanguageId | undefined {
  const named = languageOf(relativePath) ?? languageOfEditorId(editorLanguageId);
  if (named || text === undefined || !readsHeadForLanguage(relativePath.slice(relativePath.lastIndexOf('/') + 1))) return named;
  return languageOfScript(relativePath, text.slice(0, HEAD_CHARACTERS));
}
