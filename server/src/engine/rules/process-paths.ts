// Files that are not the app's long-running server process, by where they live or what they are
// called: tests, one-off scripts, CLIs, tools, docs, fixtures and build-tool configs. The port,
// backing-service and shutdown rules stay silent there: a test server on port 4000 or a seed
// script that connects to localhost is not the deployed app. Example apps are apps: they stay in.
import { fileNameWords } from './startup-migration/javascript-paths';

const NON_SERVER_FOLDERS = new Set([
  'test', 'tests', 'testing', 'spec', 'specs', 'e2e', 'mocks', 'fixtures', 'fixture', '__fixtures__',
  'scripts', 'script', 'bin', 'cli', 'tools', 'tool', 'bench', 'benchmarks', 'benchmark', 'docs', 'doc',
  'migrations', 'seeds', 'seeders',
  'cypress', 'playwright', 'storybook', 'stories',
]);
const TEST_WORDS = new Set(['test', 'tests', 'spec', 'specs', 'e2e', 'mock', 'mocks', 'fixture', 'fixtures', 'stories', 'story']);
/** Build and dev-tool configs: `vite.config.ts`, `webpack.dev.js`, `gulpfile.js`, `jest.setup.ts`. */
const TOOL_WORDS = new Set(['webpack', 'vite', 'rollup', 'gulpfile', 'gruntfile', 'jest', 'vitest', 'karma', 'mocha', 'nodemon', 'playwright', 'cypress', 'storybook', 'esbuild', 'tsup', 'babel', 'eslint', 'prettier']);

/** Whether the file (forward-slash path) is test, tool or one-off code rather than the app's server. */
export function isNonServerPath(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const fileName = segments.pop() ?? '';
  if (segments.flatMap(fileNameWords).some((word) => NON_SERVER_FOLDERS.has(word))) return true;
  if (segments.some((segment) => NON_SERVER_FOLDERS.has(segment.toLowerCase()))) return true;
  const words = fileNameWords(fileName);
  if (words.some((word) => TEST_WORDS.has(word) || TOOL_WORDS.has(word))) return true;
  // `conftest.py`; `test_app.py`, `app_test.go` and `setupTests.js` have a test word already.
  return words.includes('conftest');
}
