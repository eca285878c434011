// Every rule's examples, for the tests and the docs. Nothing the bundles import reaches this
// file: the rule objects (rules/index.ts) do not import their examples.
import type { ExampleSet, RuleExamples } from '../rule';
import type { LanguageId } from '../types';
import { fileLoggerExamples } from './file-logger/examples';
import { hardcodedCredentialExamples } from './hardcoded-credential/examples';
import { memorySessionStoreExamples } from './memory-session-store/examples';
import { perProcessSecretExamples } from './per-process-secret/examples';
import { startupMigrationExamples } from './startup-migration/examples';
import { runtimeBuildStepExamples } from './runtime-build-step/examples';
import { daemonizedProcessExamples } from './daemonized-process/examples';
import { hardcodedPortExamples } from './hardcoded-port/examples';
import { undeclaredDependencyExamples } from './undeclared-dependency/examples';
import { hardcodedBackingServiceExamples } from './hardcoded-backing-service/examples';
import { noGracefulShutdownExamples } from './no-graceful-shutdown/examples';
import { devProdDivergenceExamples } from './dev-prod-divergence/examples';
import { dependencyOutsideCodebaseExamples } from './dependency-outside-codebase/examples';

/** In the order of RULES. */
export const RULE_EXAMPLES: readonly RuleExamples[] = [
  dependencyOutsideCodebaseExamples,
  undeclaredDependencyExamples,
  hardcodedCredentialExamples,
  fileLoggerExamples,
  memorySessionStoreExamples,
  perProcessSecretExamples,
  startupMigrationExamples,
  runtimeBuildStepExamples,
  daemonizedProcessExamples,
  hardcodedPortExamples,
  hardcodedBackingServiceExamples,
  noGracefulShutdownExamples,
  devProdDivergenceExamples,
];

/** The example sets of one rule (every rule when undefined), optionally only those for `language`. */
export function exampleSets(ruleId?: string, language?: LanguageId): ExampleSet[] {
  return RULE_EXAMPLES.filter((rule) => ruleId === undefined || rule.ruleId === ruleId)
    .flatMap((rule) => rule.sets)
    .filter((set) => language === undefined || set.languages.includes(language));
}
