// Reads `.twelve-factor.json` from disk; parsing and validation live in engine/config.ts.
import { dirname, join, parse, resolve } from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type ConfigError, type ProjectConfig } from './engine/config';
import { findRepoRoot } from './gitignore';
import { MAX_SIDE_FILE_BYTES, probeFile, readRegularFileSync, type ReadFailure } from './safeRead';

const READ_FAILURES: Readonly<Record<ReadFailure, string>> = {
  missing: 'file not found',
  notRegular: 'is not a regular file: not read',
  linkOut: 'is a symbolic link out of the project: not read',
  tooLarge: `is larger than ${MAX_SIDE_FILE_BYTES} bytes: not read`,
  unreadable: 'cannot be read',
};

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
  // A committed symlink may point at /dev/zero or outside: followed only within the folder.
  return present(file) ? loadConfigFile(file, resolve(root)) : { config: defaultConfig(), errors: [], dir: resolve(root) };
}

/**
 * Reads a config file given explicitly (e.g. `--config`, which may be a link anywhere: the user
 * named it) or found in `linksWithin`; a missing, non-regular or oversized file is an error.
 */
export function loadConfigFile(path: string, linksWithin?: string): LoadedConfig {
  const file = resolve(path);
  const read = readRegularFileSync(file, { maxBytes: MAX_SIDE_FILE_BYTES, followLinksWithin: linksWithin ?? parse(file).root });
  if (read.failure) return { config: defaultConfig(), errors: [{ file, line: 1, column: 1, message: READ_FAILURES[read.failure] }], file, dir: dirname(file) };
  return { ...parseConfig(read.bytes.toString('utf8').replace(/^\uFEFF/, ''), file), file, dir: dirname(file) };
}

/** Something is there (a dangling link counts as nothing). */
function present(path: string): boolean {
  return probeFile(path) !== 'missing';
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
    if (present(join(folder, CONFIG_FILE_NAME))) return loadProjectConfig(folder);
    const parent = dirname(folder);
    if (folder === stop || parent === folder) return loadProjectConfig(from);
    folder = parent;
  }
}

function defaultConfig(): ProjectConfig {
  return { ...DEFAULT_CONFIG, rules: {}, ignore: [], allowedValues: [], scopes: {} };
}
