// The config a command runs with: --config FILE, else the nearest .twelve-factor.json.
import { statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { ConfigError } from '../engine/config';
import { findProjectConfig, loadConfigFile, type LoadedConfig } from '../projectConfig';
import { notice } from './output';

/** The loaded config; undefined (each error said on stderr) when it is broken: the caller exits 2. */
export function loadCommandConfig(configFlag: string | undefined, firstRoot: string): LoadedConfig | undefined {
  const loaded = configFlag !== undefined ? loadConfigFile(configFlag) : findProjectConfig(folderOf(firstRoot));
  if (loaded.errors.length === 0) return loaded;
  for (const error of loaded.errors) notice(describeConfigError(error));
  return undefined;
}

function describeConfigError(error: ConfigError): string {
  return `${relativeToCwd(error.file)}:${error.line}:${error.column}: ${error.message}`;
}

export function relativeToCwd(path: string): string {
  return relative(process.cwd(), path) || path;
}

export function folderOf(path: string): string {
  return statSync(path).isDirectory() ? path : dirname(path);
}
