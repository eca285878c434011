import type { Rule } from '../rule';
import { hardcodedCredential } from './hardcoded-credential';
import { fileLogger } from './file-logger';
import { memorySessionStore } from './memory-session-store';
import { perProcessSecret } from './per-process-secret';
import { startupMigration } from './startup-migration';
import { runtimeBuildStep } from './runtime-build-step';
import { daemonizedProcess } from './daemonized-process';
import { undeclaredDependency } from './undeclared-dependency';
import { hardcodedPort } from './hardcoded-port';
import { hardcodedBackingService } from './hardcoded-backing-service';
import { noGracefulShutdown } from './no-graceful-shutdown';
import { devProdDivergence } from './dev-prod-divergence';
import { dependencyOutsideCodebase } from './dependency-outside-codebase';

/** Every rule, in the order the docs list them. */
export const RULES: readonly Rule[] = [dependencyOutsideCodebase, undeclaredDependency, hardcodedCredential, fileLogger, memorySessionStore, perProcessSecret, startupMigration, runtimeBuildStep, daemonizedProcess, hardcodedPort, hardcodedBackingService, noGracefulShutdown, devProdDivergence];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
