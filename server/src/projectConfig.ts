// Reads `.twelve-factor.json` from disk; parsing and validation live in engine/config.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type ConfigError, type ProjectConfig } from './engine/config';
import { findRepoRoot } from './gitignore';

export interface LoadedConfig {
  config: ProjectConfig;
  errors: ConfigError[];
  /** The file read (absolute), if any. */
  file?: string;
  /** The folder the config's `ignore` globs are relative to. */
  dir: string;
}

/** `<root>/.twelve-factor.json` if present, else the defaults. Errors name the absolute file. */
export function loadProjectConfig(root: string): LoadedConfig {
  const file = join(resolve(root), CONFIG_FILE_NAME);
  return existsSync(file) ? loadConfigFile(file) : { config: defaultConfig(), errors: [], dir: resolve(root) };
}

/** Reads a config file given explicitly (e.g. `--config`); a missing file is an error. */
export function loadConfigFile(path: string): LoadedConfig {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'cannot be read';
    return { config: defaultConfig(), errors: [{ file, line: 1, column: 1, message: reason }], file, dir: dirname(file) };
  }
  return { ...parseConfig(text.replace(/^\uFEFF/, ''), file), file, dir: dirname(file) };
}

/**
 * The nearest `.twelve-factor.json` from `start` upwards, stopping at the repository root
 * (so a stray file in a home folder never applies); the defaults when there is none.
 */
export function findProjectConfig(start: string): LoadedConfig {
  const from = resolve(start);
  const stop = findRepoRoot(from) ?? from; // outside a repository: only the start folder
  let folder = from;
  for (;;) {
    if (existsSync(join(folder, CONFIG_FILE_NAME))) return loadProjectConfig(folder);
    const parent = dirname(folder);
    if (folder === stop || parent === folder) return loadProjectConfig(from);
    folder = parent;
  }
}

function defaultConfig(): ProjectConfig {
  return { ...DEFAULT_CONFIG, rules: {}, ignore: [], allowedValues: [], scopes: {} };
}
