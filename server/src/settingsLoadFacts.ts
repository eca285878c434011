// The node layer's reading, for Factor III, of how a Python settings module is loaded by the settings beside it
// (engine: settings-loads.ts): `from .local_settings import *` at the top of settings.py makes local_settings.py live
// config on every deploy; the same import under `if DEBUG:` makes a module that only development runs. Only the
// `*settings*.py` files in the module's own folder are read (regular files inside the workspace, size-bounded), and
// only for a module whose name may be a settings module. Cached by folder until a watched file changes.
import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mayImportSettings, settingsLoadOf, type SettingsLoad } from './engine/rules/hardcoded-credential/settings-loads';
import { listDir, readInside } from './safeRead';

/** The most settings files of one folder read. */
const MAX_SETTINGS_FILES = 16;

export class SettingsLoadFacts {
  /** By folder: its settings files' texts. */
  private readonly folders = new Map<string, Promise<{ name: string; text: string }[]>>();

  /** A Python module named like settings: `local_settings.py`, `settings_dev.py`, `settings/local.py`. */
  static wants(path: string): boolean {
    return /(?:^|\/)(?:[\w-]*settings[\w-]*|settings\/[\w-]+)\.py$/i.test(path) && !/(?:^|\/)__init__\.py$/.test(path);
  }

  async forFile(file: string, root: string): Promise<SettingsLoad | undefined> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return undefined;
    const module = basename(file, '.py');
    const folder = dirname(file);
    let read = this.folders.get(folder);
    if (!read) {
      read = settingsFiles(folder, realRoot);
      this.folders.set(folder, read);
    }
    let found: SettingsLoad | undefined;
    for (const { name, text } of await read) {
      if (name === basename(file) || !mayImportSettings(text, module)) continue;
      const load = settingsLoadOf(text, module);
      if (load === 'always') return load;
      found ??= load;
    }
    return found;
  }

  forget(): void {
    this.folders.clear();
  }
}

async function settingsFiles(folder: string, realRoot: string): Promise<{ name: string; text: string }[]> {
  const names = (await listDir(folder)).filter((entry) => entry.isFile() && /settings.*\.py$|^__init__\.py$/i.test(entry.name)).slice(0, MAX_SETTINGS_FILES);
  const read: { name: string; text: string }[] = [];
  for (const entry of names) {
    const text = await readInside(join(folder, entry.name), realRoot);
    if (text !== undefined) read.push({ name: entry.name, text });
  }
  return read;
}
