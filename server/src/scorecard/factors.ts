// What the scorecard says of each factor: its name, the methodology's one-line rule, and what a
// person checks by hand where code cannot tell.
import type { Factor } from '../engine/types';
import { FACTOR_NAMES } from '../format/factors';

export interface FactorInfo {
  factor: Factor;
  name: string;
  /** The methodology's own summary of the factor. */
  principle: string;
  /** What to check by hand; shown when no enabled rule reads the factor from code. */
  manualCheck: string;
  url: string;
}

const PRINCIPLES: Readonly<Record<Factor, { slug: string; principle: string; manualCheck: string }>> = {
  I: {
    slug: 'codebase',
    principle: 'One codebase tracked in revision control, many deploys.',
    manualCheck: 'One repository (or monorepo package) per app, deployed many times; code shared between apps is a library dependency, not a copy.',
  },
  II: {
    slug: 'dependencies',
    principle: 'Explicitly declare and isolate dependencies.',
    manualCheck: 'Every package the app imports is declared in its manifest with a lock file; no system tool is assumed to exist.',
  },
  III: {
    slug: 'config',
    principle: 'Store config in the environment.',
    manualCheck: 'Credentials and per-deploy values come from environment variables, never from the code or committed config.',
  },
  IV: {
    slug: 'backing-services',
    principle: 'Treat backing services as attached resources.',
    manualCheck: 'Databases, caches, queues and mail services are reached through URLs from the environment, swappable without a code change.',
  },
  V: {
    slug: 'build-release-run',
    principle: 'Strictly separate build and run stages.',
    manualCheck: 'The start command only runs a release: no install, compile or bundle step at start-up.',
  },
  VI: {
    slug: 'processes',
    principle: 'Execute the app as one or more stateless processes.',
    manualCheck: 'Sessions and user state live in a backing service, not in process memory or on local disk.',
  },
  VII: {
    slug: 'port-binding',
    principle: 'Export services via port binding.',
    manualCheck: 'The app binds the port the platform gives it (PORT), not a literal one.',
  },
  VIII: {
    slug: 'concurrency',
    principle: 'Scale out via the process model.',
    manualCheck: 'Processes run in the foreground and are scaled by the platform; nothing daemonises itself.',
  },
  IX: {
    slug: 'disposability',
    principle: 'Maximize robustness with fast startup and graceful shutdown.',
    manualCheck: 'Servers stop accepting work and finish in-flight requests on SIGTERM; containers forward signals to the app.',
  },
  X: {
    slug: 'dev-prod-parity',
    principle: 'Keep development, staging, and production as similar as possible.',
    manualCheck: 'Development uses the same kinds of backing services as production (no SQLite in dev with Postgres in prod).',
  },
  XI: {
    slug: 'logs',
    principle: 'Treat logs as event streams.',
    manualCheck: 'The app writes logs to stdout unbuffered and leaves routing and storage to the platform.',
  },
  XII: {
    slug: 'admin-processes',
    principle: 'Run admin/management tasks as one-off processes.',
    manualCheck: 'Migrations and other admin tasks run as one-off processes against a release, never on every start.',
  },
};

/** The twelve factors in the methodology's order. */
export const FACTORS: readonly FactorInfo[] = (Object.keys(FACTOR_NAMES) as Factor[]).map((factor) => ({
  factor,
  name: FACTOR_NAMES[factor],
  principle: PRINCIPLES[factor].principle,
  manualCheck: PRINCIPLES[factor].manualCheck,
  url: `https://12factor.net/${PRINCIPLES[factor].slug}`,
}));
