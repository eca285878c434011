// Entry point VS Code loads through extensionTestsPath: runs every *.e2e.js next to this file
// with mocha, and resolves only when all passed (a rejection makes the host exit non-zero).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface TestEvent { title: string; fullTitle(): string; duration?: number; err?: Error }
interface Runner { on(event: string, listener: (test: TestEvent, err?: Error) => void): Runner }
interface MochaInstance { addFile(path: string): void; run(done: (failures: number) => void): Runner }
type MochaConstructor = new (options: Record<string, unknown>) => MochaInstance;

// The cache's mocha when the runner says where it is; a plain require otherwise.
function loadMocha(): MochaConstructor {
  const modulePath = process.env.TWELVE_FACTOR_E2E_MOCHA || 'mocha';
  return require(modulePath) as MochaConstructor;
}

interface Outcome { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }

function recordOutcomes(runner: Runner): Outcome[] {
  const outcomes: Outcome[] = [];
  runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
  runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'pending' }));
  runner.on('fail', (t, err) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: err?.stack ?? String(err) }));
  return outcomes;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const grep = process.env.TWELVE_FACTOR_E2E_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const name of readdirSync(__dirname).sort()) {
    if (name.endsWith('.e2e.js')) mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    let outcomes: Outcome[] = [];
    const runner = mocha.run((failures) => {
      const resultsFile = process.env.TWELVE_FACTOR_E2E_RESULTS;
      if (resultsFile) writeFileSync(resultsFile, `${JSON.stringify(outcomes, null, 2)}\n`);
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    outcomes = recordOutcomes(runner);
  });
}
