// Code only a CI run or a test run takes: `if os.environ.get("GITHUB_WORKFLOW"):`, `if "CI" in os.environ:`, and
// whether a file may declare a settings class named for tests (rules/python-config-classes.ts reads the class).
// Django settings give the CI job its own database there (the service container on 127.0.0.1, its stock password);
// the deployed app never runs the block, as it never runs a test settings file.
import type { SyntaxNode } from './treeSitter';

/**
 * A read of a variable CI systems set on every job (GitHub Actions, GitLab, Travis, CircleCI, Jenkins, Buildkite, Azure,
 * Bitbucket, Drone): `os.environ.get("CI")`, `os.getenv('CI') == "true"`, `os.environ["CI"]`, `"CI" in os.environ`,
 * `env.bool("CI")`. Literals, one list in each (regex-linear checks every literal).
 */
const CI_CONDITION =
  /^(?:(?:os\.environ\.get|os\.getenv|env(?:\.bool|\.str)?)\(\s*["'](?:CI|GITHUB_ACTIONS|GITHUB_WORKFLOW|GITLAB_CI|TRAVIS|CIRCLECI|JENKINS_URL|BUILDKITE|TF_BUILD|BITBUCKET_BUILD_NUMBER|DRONE)["'][^)]*\)|os\.environ\[["'](?:CI|GITHUB_ACTIONS|GITHUB_WORKFLOW|GITLAB_CI|TRAVIS|CIRCLECI|JENKINS_URL|BUILDKITE|TF_BUILD|BITBUCKET_BUILD_NUMBER|DRONE)["']\]|["'](?:CI|GITHUB_ACTIONS|GITHUB_WORKFLOW|GITLAB_CI|TRAVIS|CIRCLECI|JENKINS_URL|BUILDKITE|TF_BUILD|BITBUCKET_BUILD_NUMBER|DRONE)["'] in os\.environ)(?:\s*==\s*["'](?:true|1)["'])?$/;

/** Whether the file names a CI variable in quotes at all: climbing from every literal is for those files only. */
export function mayHaveCiBranch(text: string): boolean {
  return CI_NAMED.test(text);
}

const CI_NAMED = /["'](?:CI|GITHUB_ACTIONS|GITHUB_WORKFLOW|GITLAB_CI|TRAVIS|CIRCLECI|JENKINS_URL|BUILDKITE|TF_BUILD|BITBUCKET_BUILD_NUMBER|DRONE)["']/;

/** Whether `node` sits in the body of an `if` whose condition is a CI variable (not its `else`). */
export function isCiOnly(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== 'if_statement' || parent.childForFieldName('consequence')?.id !== child.id) continue;
    const condition = parent.childForFieldName('condition')?.text.replace(/\s+/g, ' ').trim() ?? '';
    if (CI_CONDITION.test(condition)) return true;
  }
  return false;
}

/** Whether the file may declare a class named for tests (`class TestingConfig`, `class TestSettings`). */
export function mayHaveTestClass(text: string): boolean {
  return /\bclass\s+\w*Test/.test(text);
}
