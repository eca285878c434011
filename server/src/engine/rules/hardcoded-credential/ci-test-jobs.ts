// CI jobs that run the test suite: a GitHub Actions or CircleCI `jobs.<id>`, a GitLab job, with
// service containers (a database for the tests) or a test runner in its commands, and nothing that
// deploys or publishes. Their env holds what the tests need (`JWT_SECRET: ci-jwt-secret`), read by
// nothing that runs in production: config of the test suite, as a test profile is.
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import { credentialConfidence, isHexDigest, isUuid } from '../../secrets';

/** Runners whose name alone says tests: `pytest`, `npx jest`, `bundle exec rspec`. */
const RUNNERS = new Set(['pytest', 'tox', 'nox', 'rspec', 'phpunit', 'pest', 'jest', 'vitest', 'mocha', 'cypress', 'playwright', 'behat', 'codecept']);
/** Tools whose task or script names the tests: `npm test`, `go test`, `./gradlew check`, `nx affected -t test`. */
const TASK_TOOLS = new Set(['npm', 'yarn', 'pnpm', 'bun', 'go', 'cargo', 'dotnet', 'rails', 'rake', 'make', 'mvn', 'mvnw', 'gradle', 'gradlew', 'nx', 'turbo', 'artisan', 'mix', 'sbt']);
const TEST_TASK = /^(?:test|tests|spec|specs|verify|check|e2e)(?::[\w:-]+)?$/;
/** Words that ship something: a job doing any of them is a deploy job, whose env is production's. */
const SHIPPING_WORDS = new Set(['deploy', 'publish', 'release', 'upgrade', 'apply', 'push', 'rollout', 'upload']);
/** Keys that hold a job's commands: GitHub's `run`, GitLab's `script`, CircleCI's `run: { command }`. */
const COMMAND_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands']);

/**
 * The job maps of a CI file that run the tests and ship nothing; and the file's own env (GitHub's workflow-level
 * `env:`, GitLab's top-level `variables:`) when every job of it is such a job: Saleor's `pytest.yml` sets
 * `SECRET_KEY: ci-test` for the whole workflow, whose one job runs pytest.
 */
export function testJobs(root: YamlNode | undefined): Set<YamlNode> {
  const jobs = new Set<YamlNode>();
  const maps = jobMaps(root);
  for (const { job, id } of maps) if (isTestJob(job, id)) jobs.add(job);
  if (maps.length > 0 && jobs.size === maps.length && maps.every(({ job }) => job !== root)) {
    for (const key of WORKFLOW_ENV_KEYS) {
      const env = yamlGet(root, key);
      if (env?.kind === 'map') jobs.add(env);
    }
  }
  return jobs;
}

/** Where a whole workflow's environment is set: GitHub Actions' `env`, GitLab's `variables`. */
const WORKFLOW_ENV_KEYS = ['env', 'variables'];

/**
 * `jobs.<id>` (GitHub Actions, CircleCI), else the top-level maps with a `script` (GitLab); a document
 * that is one pipeline's steps (Drone's and Woodpecker's `steps:`, each `---` document of a `.drone.yml`
 * its own pipeline) is one job.
 */
function jobMaps(root: YamlNode | undefined): { job: YamlNode; id: string }[] {
  const jobs = yamlGet(root, 'jobs');
  if (!jobs && root?.kind === 'map' && yamlGet(root, 'steps') !== undefined) return [{ job: root, id: '' }];
  const holder = jobs?.kind === 'map' ? jobs : root;
  if (holder?.kind !== 'map') return [];
  const maps = holder.pairs.flatMap((pair) => (pair.value?.kind === 'map' ? [{ job: pair.value, id: String(pair.key?.value ?? '') }] : []));
  return holder === root ? maps.filter(({ job }) => yamlGet(job, 'script') !== undefined) : maps;
}

function isTestJob(job: YamlNode, id: string): boolean {
  const words = [...commandTexts(job), ...actionNames(job)].flatMap((text) => text.split(/[\s;&|()"'`]+/)).filter((word) => word.length > 0);
  if (words.some((word, at) => isShippingWord(word, words[at - 1]))) return false;
  return yamlGet(job, 'services') !== undefined || runsTests(words) || namesTests(id, yamlString(yamlGet(job, 'name')));
}

/** `helm upgrade`, `deploy`, `npm publish`; not a test database's migration (`alembic upgrade head`, `flask db upgrade`). */
function isShippingWord(word: string, previous: string | undefined): boolean {
  if (word.toLowerCase() === 'upgrade' && previous !== undefined && MIGRATION_TOOLS.has(previous.toLowerCase())) return false;
  return SHIPPING_WORDS.has(word.toLowerCase()) || /(?:^|[/-])(?:deploy|publish|release)(?:[@/-]|$)/i.test(word);
}

/** Tools whose `upgrade` migrates a database: `alembic upgrade head`, `flask db upgrade`, `aerich upgrade`. */
const MIGRATION_TOOLS = new Set(['alembic', 'db', 'aerich']);

/** A job whose id or name says it tests (`docker-smoke-test`, `name: Test Backend`, `e2e`) and ships nothing. */
function namesTests(id: string, name: string | undefined): boolean {
  return [id, name ?? ''].some((text) => /(?:^|[^a-z])(?:tests?|smoke|e2e|integration)(?:[^a-z]|$)/i.test(text));
}

function runsTests(words: readonly string[]): boolean {
  const tools = words.map((word) => word.slice(word.lastIndexOf('/') + 1));
  for (let i = 0; i < tools.length; i++) {
    if (RUNNERS.has(tools[i]!)) return true;
    if (TASK_TOOLS.has(tools[i]!) && tools.slice(i + 1, i + 6).some((word) => TEST_TASK.test(word))) return true;
  }
  return false;
}

/** Every command string under the job (steps' `run`, `script` lines, CircleCI's `command`). */
function commandTexts(node: YamlNode | undefined, underCommand = false): string[] {
  if (!node) return [];
  if (node.kind === 'scalar') return underCommand && typeof node.value === 'string' ? [node.value] : [];
  if (node.kind === 'seq') return node.items.flatMap((item) => commandTexts(item, underCommand));
  if (node.kind !== 'map') return [];
  return node.pairs.flatMap((pair) => commandTexts(pair.value, underCommand || COMMAND_KEYS.has(String(pair.key?.value))));
}

/** The actions a GitHub job's steps use: `azure/k8s-deploy@v4`, `actions/setup-node@v4`. */
function actionNames(job: YamlNode): string[] {
  const steps = yamlGet(job, 'steps');
  if (steps?.kind !== 'seq') return [];
  return steps.items.flatMap((step) => {
    const uses = yamlString(yamlGet(step, 'uses'));
    return uses === undefined ? [] : [uses];
  });
}

/**
 * What a test job's env holds that is more than the tests' own dummy: a random-looking value is a
 * token some service issued (a Codecov upload token, a UUID, a hex digest), unless it is a phrase of words a person
 * wrote (`ci-jwt-secret-at-least-32-characters-long`).
 */
export function isIssuedCredential(secret: string): boolean {
  if (isUuid(secret) || isHexDigest(secret)) return true;
  return credentialConfidence(secret) === 'name-and-entropy' && !/^[a-z]+(?:[-_.](?:[a-z]+|\d+))+$/.test(secret);
}
