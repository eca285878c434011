// The workspace config file, `.twelve-factor.json` (JSON with comments). Pure: text in, config out.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULES } from './rules';
import { FILE_SCOPES, type FileScope } from './scope';
import { LineIndex } from './source';
import { didYouMean } from './suggest';
import { SEVERITIES, type ScanOptions, type Severity, type SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.twelve-factor.json';
/** Where editors without the extension find the config's JSON schema (the npm package ships it). */
export const CONFIG_SCHEMA_URL = 'https://unpkg.com/twelve-factor-lint/dist/twelve-factor.schema.json';

export interface ProjectConfig {
  /** Per-rule severity; 'off' disables a rule. */
  rules: Record<string, SeveritySetting>;
  /** Globs (server/src/glob.ts), relative to the config file's folder, of files and folders never scanned. */
  ignore: string[];
  /** Literal values never reported (test passwords, documented dummies). */
  allowedValues: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** The lowest severity that makes the CLI exit with 1. */
  failOn: Severity;
  /** Globs per file scope (`"test": ["qa/**"]`), relative to the config file's folder; they win over the conventions. */
  scopes: Partial<Record<FileScope, string[]>>;
}

/** A problem in the config file; line and column are 1-based. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export const DEFAULT_CONFIG: Readonly<ProjectConfig> = Object.freeze({
  rules: {},
  ignore: [],
  allowedValues: [],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  failOn: 'error',
  scopes: {},
});

const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];
/** Every key the file may hold; the JSON schema in syntaxes/ lists the same (a test checks). */
export const CONFIG_KEYS = ['$schema', 'rules', 'ignore', 'allowedValues', 'maxFileSize', 'failOn', 'scopes'] as const;
const KNOWN_KEYS = CONFIG_KEYS;
type Key = (typeof KNOWN_KEYS)[number];

/**
 * Parses and validates the config file. A JSON syntax error or a non-object root discards the
 * whole file (defaults apply); otherwise each broken entry is dropped on its own (an unknown
 * rule, a bad severity, a wrong-typed key) and the rest still applies. Every problem is returned.
 */
export function parseConfig(text: string, fileName: string): { config: ProjectConfig; errors: ConfigError[] } {
  const lines = new LineIndex(text);
  const errors: ConfigError[] = [];
  const error = (offset: number, message: string) => {
    const position = lines.position(offset);
    errors.push({ file: fileName, line: position.line + 1, column: position.character + 1, message });
  };
  const config = defaults();
  if (text.trim() === '') return { config, errors }; // an empty file: the defaults

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  for (const syntax of syntaxErrors) error(syntax.offset, `invalid JSON: ${describeSyntaxError(syntax)}`);
  if (syntaxErrors.length > 0) return { config: defaults(), errors };
  if (!root) return { config, errors };
  if (root.type !== 'object') {
    error(root.offset, 'the config must be a JSON object');
    return { config, errors };
  }

  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      const hint = didYouMean(key, KNOWN_KEYS) || ` (known options: ${KNOWN_KEYS.slice(1).join(', ')})`;
      error(keyNode.offset, `unknown option '${key}'${hint}`);
      continue;
    }
    readOption(key as Key, valueNode, config, error);
  }
  return { config, errors };
}

type Report = (offset: number, message: string) => void;

function readOption(key: Key, node: Node, config: ProjectConfig, error: Report): void {
  switch (key) {
    case '$schema':
      return;
    case 'rules':
      config.rules = readRules(node, error);
      return;
    case 'ignore':
    case 'allowedValues': {
      const strings = readStrings(node, key, error);
      if (strings) config[key] = strings;
      return;
    }
    case 'maxFileSize':
      if (typeof node.value === 'number' && Number.isInteger(node.value) && node.value > 0) config.maxFileSize = node.value;
      else error(node.offset, 'maxFileSize must be a positive whole number of bytes');
      return;
    case 'scopes':
      config.scopes = readScopes(node, error);
      return;
    case 'failOn':
      if (node.type === 'string' && (SEVERITIES as readonly string[]).includes(node.value)) config.failOn = node.value as Severity;
      else error(node.offset, `failOn must be one of ${SEVERITIES.join(', ')}`);
      return;
  }
}

function readRules(node: Node, error: Report): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (node.type !== 'object') {
    error(node.offset, `rules must be an object mapping rule ids to ${SEVERITY_SETTINGS.join(' | ')}`);
    return rules;
  }
  const ids = RULES.map((rule) => rule.meta.id);
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const id = String(keyNode.value);
    if (!ids.includes(id)) {
      error(keyNode.offset, `unknown rule '${id}'${didYouMean(id, ids)}`);
    } else if (valueNode.type !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(valueNode.value)) {
      error(valueNode.offset, `severity of '${id}' must be one of ${SEVERITY_SETTINGS.join(', ')}`);
    } else {
      rules[id] = valueNode.value as SeveritySetting;
    }
  }
  return rules;
}

function readScopes(node: Node, error: Report): Partial<Record<FileScope, string[]>> {
  const scopes: Partial<Record<FileScope, string[]>> = {};
  if (node.type !== 'object') {
    error(node.offset, `scopes must be an object mapping ${FILE_SCOPES.join(' | ')} to arrays of globs`);
    return scopes;
  }
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const scope = String(keyNode.value);
    if (!(FILE_SCOPES as readonly string[]).includes(scope)) {
      error(keyNode.offset, `unknown scope '${scope}'${didYouMean(scope, FILE_SCOPES)} (scopes: ${FILE_SCOPES.join(', ')})`);
      continue;
    }
    const globs = readStrings(valueNode, `scopes.${scope}`, error);
    if (globs) scopes[scope as FileScope] = globs;
  }
  return scopes;
}

function readStrings(node: Node, key: string, error: Report): string[] | undefined {
  const items = node.type === 'array' ? (node.children ?? []) : undefined;
  const bad = items ? items.find((item) => item.type !== 'string' || item.value === '') : node;
  if (!items || bad) {
    error((bad ?? node).offset, `${key} must be an array of non-empty strings`);
    return undefined;
  }
  return items.map((item) => String(item.value));
}

export function toScanOptions(config: ProjectConfig): ScanOptions {
  const scopes = Object.keys(config.scopes).length > 0 ? { scopes: structuredClone(config.scopes) } : {};
  return { rules: { ...config.rules }, allowedValues: [...config.allowedValues], ...scopes };
}

function defaults(): ProjectConfig {
  return { ...DEFAULT_CONFIG, rules: {}, ignore: [], allowedValues: [], scopes: {} };
}

function describeSyntaxError(error: ParseError): string {
  // 'PropertyNameExpected' -> 'property name expected'
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
