// `npm run eval`: precision, recall and F1 of every rule on the labelled corpus in test/eval,
// per factor and per language. `--verbose` lists each false positive and false negative by
// location (never the text: the corpus holds generated secrets); `--apps a,b` measures only those apps;
// `--severities` counts every finding (info included) by app, severity and scope.
import { evaluate, score, scoreBy, type Outcome, type Scores } from '../test/eval/evaluate';

/** The original non-credential factors (logs, sessions, admin processes), which the issue also measures per language. */
const PROCESS_FACTORS = new Set(['XI', 'VI', 'XII']);

function row(name: string, scores: Scores): string {
  const figure = (value: number) => value.toFixed(2).padStart(9);
  const counts = `${scores.tp}`.padStart(5) + `${scores.fp}`.padStart(5) + `${scores.fn}`.padStart(5);
  return `${name.padEnd(26)}${figure(scores.precision)}${figure(scores.recall)}${figure(scores.f1)}${counts}`;
}

function table(title: string, scores: Map<string, Scores>): string[] {
  const header = `${title.padEnd(26)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}`;
  return [header, ...[...scores].sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => row(name, value)), ''];
}

async function main(): Promise<void> {
  const severities = new Map<string, number>();
  const outcomes = onlyApps(
    await evaluate(undefined, (file, finding) => {
      const key = `${file.split('/')[0]} ${finding.severity} ${finding.scope}`;
      severities.set(key, (severities.get(key) ?? 0) + 1);
    }),
  );
  const credentials = outcomes.filter((outcome) => outcome.rule === 'hardcoded-credential');
  const lines = [
    ...table('factor', scoreBy(outcomes, (outcome) => `${outcome.factor} ${outcome.rule}`)),
    ...table('language (all rules)', scoreBy(outcomes, (outcome) => outcome.group)),
    ...table('credentials by language', scoreBy(credentials, (outcome) => outcome.group)),
    ...table('XI, VI, XII by language', scoreBy(outcomes.filter((outcome) => PROCESS_FACTORS.has(outcome.factor)), (outcome) => `${outcome.factor} ${outcome.group}`)),
    row('overall', score(outcomes)),
  ];
  if (process.argv.includes('--severities')) lines.push('', 'findings by app, severity and scope (every severity)', ...severityRows(severities));
  if (process.argv.includes('--verbose')) lines.push('', ...outcomes.filter((o) => o.kind !== 'tp').map(describe));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `--severities`: how many findings each app gets at each severity in each scope (within `--apps`, when given). */
function severityRows(counts: ReadonlyMap<string, number>): string[] {
  const index = process.argv.indexOf('--apps');
  const apps = index < 0 ? undefined : new Set((process.argv[index + 1] ?? '').split(','));
  return [...counts]
    .filter(([key]) => !apps || apps.has(key.split(' ')[0]!))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `${key.padEnd(50)}${`${count}`.padStart(5)}`);
}

/** `--apps a,b`: measure only those corpus apps (a batch written together), to report it on its own. */
function onlyApps(outcomes: Outcome[]): Outcome[] {
  const index = process.argv.indexOf('--apps');
  if (index < 0) return outcomes;
  const apps = new Set((process.argv[index + 1] ?? '').split(','));
  return outcomes.filter((outcome) => apps.has(outcome.file.split('/')[0]!));
}

function describe(outcome: Outcome): string {
  return `${outcome.kind.toUpperCase()} ${outcome.file}:${outcome.line} ${outcome.rule}`;
}

void main();
