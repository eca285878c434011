// Scans the labelled evaluation corpus with every rule and measures precision and recall per
// factor and per language. Each folder under corpus/ is one app: paths (and so file scopes) are
// relative to it. A finding counts as reported when it fails CI by default (error or warning);
// `info` findings in tests and fixtures are what the scopes promise, so they count as silent.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DependencyFacts, readsDependencies } from '../../server/src/dependencyFacts';
import { Grammars } from '../../server/src/grammars';
import { importedFactOptions, MigrationFacts } from '../../server/src/migrationFacts';
import { ProductionFacts } from '../../server/src/productionFacts';
import { SessionFacts } from '../../server/src/sessionFacts';
import { SinkKeyFacts } from '../../server/src/sinkKeyFacts';
import { SettingsLoadFacts } from '../../server/src/settingsLoadFacts';
import { DocsFolderFacts } from '../../server/src/docsFolderFacts';
import { HEAD_CHARACTERS, languageOfScript } from '../../server/src/engine/languages/detect';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import type { Factor, Finding, LanguageId } from '../../server/src/engine/types';
import { jsonLabels, markerLabels, type Label } from './labels';

export const CORPUS = join(__dirname, 'corpus');
const LABELS_FILE = join(__dirname, 'labels.json');

/** Languages as the targets count them. */
export type LanguageGroup = 'js-ts' | 'python' | 'go' | 'java-kotlin' | 'ruby' | 'php' | 'config';

export function languageGroup(language: LanguageId): LanguageGroup {
  if (language === 'javascript' || language === 'typescript' || language === 'component') return 'js-ts';
  if (language === 'java' || language === 'kotlin' || language === 'jsp') return 'java-kotlin';
  if (language === 'jupyter') return 'python'; // a notebook's cells are Python
  if (language === 'python' || language === 'go' || language === 'ruby' || language === 'php') return language;
  return 'config';
}

/** One line's verdict for one rule. */
export interface Outcome {
  file: string;
  line: number;
  rule: string;
  factor: Factor;
  group: LanguageGroup;
  kind: 'tp' | 'fp' | 'fn';
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

const FACTOR_OF = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.factor]));

/** Every finding of the corpus, whatever its severity, with the corpus file it is in (for counts by severity and scope). */
export type FindingSink = (file: string, finding: Finding) => void;

export async function evaluate(corpus = CORPUS, everyFinding?: FindingSink): Promise<Outcome[]> {
  const grammars = new Grammars();
  const labels = [...jsonLabels(JSON.parse(readFileSync(LABELS_FILE, 'utf8')))];
  const reported: Omit<Outcome, 'kind'>[] = [];
  const groups = new Map<string, LanguageGroup>();
  // Facts from beside each file, read as the CLI and the editor read them: manifests (Factor II), production configs (X),
  // where sessions are kept (VI), the migrations of the modules a Python file imports (XII), the ports of imported modules
  // (VII) and the names other files hand to a secret-taking API (III).
  const dependencies = new DependencyFacts();
  const production = new ProductionFacts(grammars);
  const sessions = new SessionFacts(grammars);
  const migrations = new MigrationFacts(grammars);
  const sinkKeys = new SinkKeyFacts(grammars);
  const settingsLoads = new SettingsLoadFacts();
  const docsFolders = new DocsFolderFacts();
  for (const app of readdirSync(corpus).sort()) {
    const appRoot = join(corpus, app);
    for (const absolute of filesUnder(appRoot)) {
      const file = relative(corpus, absolute).replace(/\\/g, '/');
      const path = relative(join(corpus, app), absolute).replace(/\\/g, '/');
      const language = languageOfScript(path, readFileSync(absolute, 'latin1').slice(0, HEAD_CHARACTERS));
      const text = readFileSync(absolute, 'utf8');
      labels.push(...markerLabels(file, text));
      // A file the engine does not read still counts: its labelled lines are misses.
      if (!language) {
        groups.set(file, 'config');
        continue;
      }
      groups.set(file, languageGroup(language));
      await grammars.ensure(language);
      const importedQuestions = MigrationFacts.questionsFor(path);
      // The corpus stands for what a repository commits: a .env in it is tracked by git.
      const facts = {
        ...(readsDependencies(language, path) ? { dependencies: await dependencies.forFile(absolute, appRoot, appRoot) } : {}),
        ...(ProductionFacts.wants(path) ? { production: await production.forFile(absolute, appRoot, appRoot) } : {}),
        ...importedFactOptions(importedQuestions && (await migrations.factsForFile(absolute, appRoot, appRoot, importedQuestions, text))),
        ...(SinkKeyFacts.wants(path) ? { sinkKeyUses: await sinkKeys.forFile(absolute, appRoot, appRoot, text) } : {}),
        ...(SettingsLoadFacts.wants(path) ? { settingsLoad: await settingsLoads.forFile(absolute, appRoot) } : {}),
        ...(DocsFolderFacts.wants(path) ? { appFolders: await docsFolders.forFile(path, appRoot) } : {}),
      };
      const sessionsInCache = SessionFacts.wants(path) ? await sessions.forFile(absolute, path, appRoot, appRoot) : undefined;
      // Each app stands for one repository: its folder is the codebase Factor I judges paths against.
      const options = { treeSitter: grammars, repositoryPath: path, ...facts, ...(sessionsInCache ? { sessionsInCache } : {}), ...(language === 'dotenv' ? { gitIgnored: false } : {}) };
      for (const finding of scan({ path, scopePath: path, language }, text, options)) {
        everyFinding?.(file, finding);
        if (finding.severity !== 'error' && finding.severity !== 'warning') continue;
        reported.push({ file, line: finding.range.start.line + 1, rule: finding.ruleId, factor: finding.factor, group: languageGroup(language) });
      }
    }
  }
  return compare(labels, reported, groups);
}

function compare(labels: readonly Label[], reported: readonly Omit<Outcome, 'kind'>[], groups: ReadonlyMap<string, LanguageGroup>): Outcome[] {
  const key = (item: { file: string; line: number; rule: string }) => `${item.file}:${item.line}:${item.rule}`;
  const expected = new Map(labels.filter((label) => label.expected).map((label) => [key(label), label]));
  const seen = new Set<string>();
  const outcomes: Outcome[] = [];
  for (const finding of reported) {
    if (seen.has(key(finding))) continue; // one line, one verdict per rule
    seen.add(key(finding));
    outcomes.push({ ...finding, kind: expected.has(key(finding)) ? 'tp' : 'fp' });
  }
  for (const label of expected.values()) {
    if (seen.has(key(label))) continue;
    const factor = FACTOR_OF.get(label.rule);
    const group = groups.get(label.file);
    if (!factor || !group) throw new Error(`label for an unknown rule or file: ${key(label)}`);
    outcomes.push({ file: label.file, line: label.line, rule: label.rule, factor, group, kind: 'fn' });
  }
  return outcomes;
}

export function score(outcomes: readonly Outcome[]): Scores {
  const count = (kind: Outcome['kind']) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const [tp, fp, fn] = [count('tp'), count('fp'), count('fn')];
  // No prediction at all is perfect precision; nothing to find is perfect recall.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores per value of `by`, in first-seen order. */
export function scoreBy<K extends string>(outcomes: readonly Outcome[], by: (outcome: Outcome) => K): Map<K, Scores> {
  const buckets = new Map<K, Outcome[]>();
  for (const outcome of outcomes) buckets.set(by(outcome), [...(buckets.get(by(outcome)) ?? []), outcome]);
  return new Map([...buckets].map(([name, bucket]) => [name, score(bucket)]));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}
