// Files that are not the app's long-running server process, by what they are: one-off scripts,
// CLIs, tools, benchmarks, migrations, storybooks and build-tool configs, or a file named as a test
// or mock helper. The port, backing-service and shutdown rules stay silent there: a seed script that
// connects to localhost is not the deployed app. Tests, fixtures, seeds and docs by folder are the
// engine's file scope (scope/), where no rule about the deployed app runs at all. Example apps are
// apps: they stay in, as information.
import { fileNameWords } from './startup-migration/javascript-paths';

const NON_SERVER_FOLDERS = new Set([
  'scripts', 'script', 'bin', 'cli', 'tools', 'tool', 'bench', 'benchmarks', 'benchmark', 'migrations', 'storybook', 'stories',
]);
const TEST_WORDS = new Set(['test', 'tests', 'spec', 'specs', 'e2e', 'mock', 'mocks', 'fixture', 'fixtures', 'stories', 'story']);
/**
 * Build and dev-tool configs: `vite.config.ts`, `webpack.dev.js`, `gulpfile.js`, `jest.setup.ts`, and Gradle's
 * `build.gradle.kts` (a jOOQ or Flyway plugin's database is the build's, for code generation, not the app's).
 */
const TOOL_WORDS = new Set(['webpack', 'vite', 'rollup', 'gulpfile', 'gruntfile', 'jest', 'vitest', 'karma', 'mocha', 'nodemon', 'playwright', 'cypress', 'storybook', 'esbuild', 'tsup', 'babel', 'eslint', 'prettier', 'gradle']);
/**
 * Those tools read JS/TS configs (and Gradle its scripts): elsewhere the word is the app's own
 * (a Go worker in `rollup.go`, Python's Babel i18n in `babel.py`).
 */
const TOOL_CONFIG_FILE = /\.(?:[cm]?[jt]sx?|gradle|kts)$/i;

/** Whether the file (forward-slash path) is tool or one-off code, or named as a test helper, rather than the app's server. */
export function isNonServerPath(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const fileName = segments.pop() ?? '';
  if (segments.flatMap(fileNameWords).some((word) => NON_SERVER_FOLDERS.has(word))) return true;
  if (segments.some((segment) => NON_SERVER_FOLDERS.has(segment.toLowerCase()))) return true;
  const words = fileNameWords(fileName);
  if (words.some((word) => TEST_WORDS.has(word))) return true;
  if (TOOL_CONFIG_FILE.test(fileName) && words.some((word) => TOOL_WORDS.has(word))) return true;
  // `conftest.py`; `test_app.py`, `app_test.go` and `setupTests.js` have a test word already.
  return words.includes('conftest');
}

/**
 * gunicorn's config module: `gunicorn.conf.py` (its default name), `gunicorn_config.py`, `deploy/gunicorn-prod.py`,
 * `conf/prod_gunicorn.py`: a Python file whose name has gunicorn as a word.
 */
export function isGunicornConfig(path: string): boolean {
  // `gunicorn.conf`: gunicorn's default name before 19.x, still passed with `-c` (a Python module without the suffix).
  return /(?:^|[/._-])gunicorn[\w.-]*\.py$/i.test(path) || /(?:^|\/)gunicorn\.conf$/i.test(path);
}

/**
 * gunicorn's config module under the names its docs give (`gunicorn.conf.py`, `gunicorn_config.py`, `gunicorn.py`, and
 * `gunicorn.conf`, the default before 19.x that supervisor and systemd units still pass with `-c`): where hardcoded-port
 * reads `bind`. A loopback bind there is the app's port as it is in a Procfile's `-b 127.0.0.1:8000` or puma's `bind`. A
 * per-stage name (`deploy/gunicorn_local.py`, with `reload = True`) is a developer's, as `Procfile.local` is.
 */
export function isDefaultGunicornConfig(path: string): boolean {
  return /(?:^|\/)gunicorn(?:(?:[._-]conf(?:ig)?)?\.py|\.conf)$/.test(path);
}

/** Sidekiq's config files: `config/sidekiq.yml`, `config/sidekiq_production.yml`, `sidekiq-worker.yaml`. */
export function isSidekiqConfig(path: string): boolean {
  return /(?:^|[/._-])sidekiq[\w.-]*\.ya?ml$/i.test(path);
}

/** Puma's config files: `config/puma.rb`, `config/puma/<environment>.rb`, a `puma.rb` elsewhere. */
export function isPumaConfig(path: string): boolean {
  return /(?:^|\/)(?:config\/)?puma(?:\/[\w-]+)?\.rb$/.test(path);
}
