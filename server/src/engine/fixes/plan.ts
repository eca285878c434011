import { DOTENV_DIALECTS, LANGUAGES } from '../languages/catalogue';
import { envReadName, walk } from '../languages/ts-ast';
import { parseTypeScript } from '../languages/typescript';
import type { FixData, LanguageId, MoveToEnvFix, MoveToScriptFix, OffsetEdit, ReplaceFix } from '../types';
import { applyEdits, minimalEdit } from './apply';
import { readEnvFile } from '../languages/dotenv';
import { addExampleVar, upsertEnvVar } from './envFile';
import { resolveEnvName } from './envName';
import { envReadEdits } from './envReadLanguages';
import { ensureIgnored } from './gitignore';
import { addNpmScript } from './packageScripts';

export { ignoreLineEdit } from './ignoreLine';

/** The files next to the app a fix may touch; each is its text, or undefined when it does not exist. */
export interface FixNeighbours {
  env?: string;
  envExample?: string;
  gitignore?: string;
  packageJson?: string;
}

export type NeighbourFile = keyof FixNeighbours;

export interface PlanInput {
  fix: FixData;
  language: LanguageId;
  documentText: string;
  /** Tells .tsx from .ts (JSX attributes need braces); without it TypeScript is parsed as .ts. */
  relativePathOfDocumentFromAppRoot?: string;
  neighbours: FixNeighbours;
}

export interface FileChange {
  file: NeighbourFile;
  /** The file does not exist yet. */
  create: boolean;
  /** The whole new content. */
  text: string;
}

export interface FixPlan {
  title: string;
  isPreferred: boolean;
  documentEdits: OffsetEdit[];
  files: FileChange[];
}

/** Why a fix is not offered, in words fit for the editor: names only, never a value. */
export interface Refusal {
  refused: string;
}

/** Concrete edits for a finding's fix, or undefined when it cannot be done without losing data. */
export function planFix(input: PlanInput): FixPlan | undefined {
  const planned = planFixOrRefusal(input);
  return planned && 'refused' in planned ? undefined : planned;
}

/** planFix, saying why where the refusal is something the user can act on (a clash in .env, a loader that cannot read the value). */
export function planFixOrRefusal(input: PlanInput): FixPlan | Refusal | undefined {
  const { fix } = input;
  if (fix.kind === 'move-to-env') return planMoveToEnv(input, fix);
  if (!editsApply(input.documentText, fix.edits)) return undefined;
  if (fix.kind === 'replace') return planReplace(fix);
  return planMoveToScript(input, fix);
}

function editsApply(text: string, edits: readonly OffsetEdit[]): boolean {
  try {
    applyEdits(text, edits);
    return true;
  } catch {
    return false;
  }
}

function change(file: NeighbourFile, neighbours: FixNeighbours, text: string): FileChange {
  return { file, create: neighbours[file] === undefined, text };
}

/** Env names the document already reads (`process.env.X`, `process.env['X']`, ...). */
function namesReadIn(input: PlanInput): Set<string> {
  const names = new Set<string>();
  if (input.language !== 'javascript' && input.language !== 'typescript') return names;
  const source = parseTypeScript(input.relativePathOfDocumentFromAppRoot ?? '', input.documentText, input.language);
  walk(source, (node) => {
    const name = envReadName(node);
    if (name !== undefined) names.add(name);
  });
  return names;
}

function planMoveToEnv(input: PlanInput, fix: MoveToEnvFix): FixPlan | Refusal | undefined {
  const { documentText, language, neighbours } = input;
  if (fix.span.start < 0 || fix.span.end > documentText.length || fix.span.start > fix.span.end) return undefined;
  const documentEdits = (name: string) => envReadEdits(documentText, fix.span, name, language, input.relativePathOfDocumentFromAppRoot);
  if (!documentEdits(fix.existingEnvName ?? fix.envName)) return undefined;
  const existing = readEnvFile(neighbours.env ?? '');
  const files: FileChange[] = [];
  // A fallback keeps the name the code reads. If .env already sets it to another value, removing
  // the literal would lose it (the code cannot read two values under one name): no fix.
  const name = fix.existingEnvName ?? resolveEnvName(fix.envName, fix.value, existing, namesReadIn(input));
  if (fix.existingEnvName !== undefined && existing.has(name) && existing.get(name) !== fix.value) {
    return { refused: `.env already sets ${name} to another value, and the code reads ${name}: moving this fallback there would lose one of the two values. Keep one of them, or give the other a name of its own.` };
  }
  if (!(fix.existingEnvName !== undefined && existing.has(name))) {
    const dialect = LANGUAGES[language].dotenvDialect;
    const env = upsertEnvVar(neighbours.env, name, fix.value, dialect);
    if (env.status === 'unwritable') return { refused: `${DOTENV_DIALECTS[dialect].loader}, which loads .env for ${LANGUAGES[language].name}, cannot read this value back exactly from any quoting: move it by hand, or to your platform's secret store.` };
    if (env.status === 'clash') return undefined;
    if (env.status === 'added') files.push(change('env', neighbours, env.text));
  }
  const example = addExampleVar(neighbours.envExample, name);
  if (example?.changed) files.push(change('envExample', neighbours, example.text));
  const gitignore = ensureIgnored(neighbours.gitignore, '.env');
  if (gitignore.changed) files.push(change('gitignore', neighbours, gitignore.text));
  return {
    title: `Move to environment variable ${name}`,
    // The fix for a hardcoded secret. An app that does not load .env yet needs dotenv or
    // `node --env-file=.env`; the rule's page says so.
    isPreferred: true,
    documentEdits: documentEdits(name)!,
    files,
  };
}

function planReplace(fix: ReplaceFix): FixPlan {
  // A self-contained rewrite is the canonical fix for its finding.
  return { title: fix.title, isPreferred: true, documentEdits: [...fix.edits], files: [] };
}

function planMoveToScript(input: PlanInput, fix: MoveToScriptFix): FixPlan | undefined {
  // In package.json itself (`"start": "knex migrate:latest && node server.js"`), the script goes into
  // the edited text: two edits of one file, computed apart, would overwrite each other.
  const inPackageJson = isPackageJson(input.relativePathOfDocumentFromAppRoot);
  const packageJson = inPackageJson ? applyEdits(input.documentText, fix.edits) : input.neighbours.packageJson;
  if (packageJson === undefined) return undefined;
  const script = addNpmScript(packageJson, fix.scriptName, fix.command);
  if ('error' in script) return undefined;
  const title = script.name === fix.scriptName ? fix.title : renameScript(fix.title, fix.scriptName, script.name);
  // Someone must now run the script on deploy: a change to review, not to apply blindly.
  if (inPackageJson) return { title, isPreferred: false, documentEdits: [minimalEdit(input.documentText, script.text)], files: [] };
  return { title, isPreferred: false, documentEdits: [...fix.edits], files: script.changed ? [change('packageJson', input.neighbours, script.text)] : [] };
}

function isPackageJson(path: string | undefined): boolean {
  return path !== undefined && /(^|[\\/])package\.json$/.test(path);
}
/** `Move to npm script migrate` -> `... migrate:knex`, without touching `migrations` or `db:migrate`. */
function renameScript(title: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`(^|[^\\w:-])${escaped}(?![\\w:-])`, 'g'), (_match, before: string) => before + to);
}
