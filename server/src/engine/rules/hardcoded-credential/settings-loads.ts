// How a Django-style settings module is loaded by the settings beside it, read lexically (the node layer hands the
// answer over as ScanOptions.settingsLoad): `from .local_settings import *` at the top level of settings.py runs on
// every deploy, so local_settings.py is live config, not "config only local development loads"; the same import in
// `try: … except ImportError:` or under `if DEBUG:` is optional, and one under `if DEBUG:` only a developer's run makes.
// Pure: the texts are given.

/** How the module is loaded: by every run of the app, or only by a development run. */
export type SettingsLoad = 'always' | 'development';

/** Whether a settings file may import `module` at all: the cheap test before the line-by-line reading. */
export function mayImportSettings(text: string, module: string): boolean {
  return text.includes(module) && /\bimport\b/.test(text);
}

/**
 * How `text` (a settings module) loads the sibling module `module` (`local_settings`): `always` for an import at column
 * 0 (top level: no `try`, no `if` around it), `development` for one in the body of an `if DEBUG…:`, undefined otherwise.
 */
export function settingsLoadOf(text: string, module: string): SettingsLoad | undefined {
  const escaped = module.replace(/[^A-Za-z0-9_]/g, '');
  const importLine = new RegExp(`^([ \\t]*)(?:from[ \\t]+(?:\\.|[A-Za-z_][\\w.]*\\.)?${escaped}[ \\t]+import\\b|import[ \\t]+(?:[A-Za-z_][\\w.]*\\.)?${escaped}\\b)`);
  let opener: string | undefined;
  let found: SettingsLoad | undefined;
  for (const line of text.split(/\r?\n/, 5000)) {
    if (/^\S/.test(line) && !line.startsWith('#')) opener = line;
    const match = importLine.exec(line);
    if (!match) continue;
    if (match[1] === '') return 'always';
    if (opener !== undefined && /^if\b.*\bDEBUG\b/.test(opener)) found = 'development';
  }
  return found;
}
