import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from './engine/types';
import { SETTINGS_SECTION } from './protocol';

/** The `twelveFactor.*` settings, as declared once in package.json. */
export interface EditorSettings {
  enable: boolean;
  /** Per-rule severity or 'off'; overrides the workspace config file. */
  rules: Record<string, SeveritySetting>;
  /** Globs relative to the workspace folder, added to the config file's `ignore`. */
  ignore: string[];
  /** Bytes; larger files are not scanned. */
  maxFileSize: number;
  baseline: {
    /** Findings the folder's baseline accepts: shown as hints, or not at all. */
    display: BaselineDisplay;
  };
}

export type BaselineDisplay = 'hint' | 'hide';

export const DEFAULT_SETTINGS: EditorSettings = {
  enable: true,
  rules: {},
  ignore: [],
  maxFileSize: 1024 * 1024,
  baseline: { display: 'hint' },
};

/** Reads settings per resource through workspace/configuration, caches them until they change. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<EditorSettings>>();
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  get(uri: string): Promise<EditorSettings> {
    if (!this.canPull) return Promise.resolve(normalize(this.pushed));
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalize, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** A closed document's settings are asked again if it reopens: the cache holds open documents only. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** didChangeConfiguration: clients that cannot be asked push the whole section instead. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    const section = (pushedSettings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (section !== undefined) this.pushed = section;
  }
}

/** Settings come from user JSON: keep what is well-formed, default the rest. */
function normalize(raw: unknown): EditorSettings {
  const value = (raw ?? {}) as Partial<Record<keyof EditorSettings, unknown>>;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    rules: isSeverityMap(value.rules) ? value.rules : {},
    ignore: Array.isArray(value.ignore) ? value.ignore.filter((glob): glob is string => typeof glob === 'string') : [],
    maxFileSize:
      typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    baseline: { display: (value.baseline as { display?: unknown } | undefined)?.display === 'hide' ? 'hide' : 'hint' },
  };
}

const SEVERITY_SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);

function isSeverityMap(value: unknown): value is Record<string, SeveritySetting> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((severity) => typeof severity === 'string' && SEVERITY_SETTINGS.has(severity))
  );
}
