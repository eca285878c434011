// Which compose files run the app for local development only, by the names compose's own
// conventions give them: `docker compose up` merges docker-compose.override.yml on a laptop, and
// teams name their dev stacks `.dev`/`.local`. A plain docker-compose.yml may be either.
import { baseName } from '../languages/detect';

const DEV_ONLY = /^(?:docker-)?compose[.-](?:override|dev|development|local)\.ya?ml$/;
const PLAIN = /^(?:docker-)?compose\.ya?ml$/;
/** Dockerfiles named for a developer's machine: `Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile-local`, `Dockerfile_dev`. */
const DEV_DOCKERFILE = /^(?:dockerfile[._-](?:dev|development|local|debug)|(?:dev|development|local|debug)\.dockerfile)$/;
/** Build stages named for development (`FROM base AS dev`): built with `--target dev` on a laptop. */
const DEV_STAGE = /^(?:dev|development|develop|local|debug|devcontainer)(?:[-_].*)?$/;

/** A Dockerfile, or a stage of one, that only runs on a developer's machine. */
export function isDevOnlyImage(path: string, stage: string | undefined): boolean {
  return DEV_DOCKERFILE.test(baseName(path).toLowerCase()) || (stage !== undefined && DEV_STAGE.test(stage));
}

/** An override or dev stack: never the release's run stage. */
export function isDevOnlyComposeFile(path: string): boolean {
  return DEV_ONLY.test(baseName(path).toLowerCase());
}

/** A compose file developers run locally: a dev-only one, or the plain one (not `.prod`, `.test`, `.ci`). */
export function isLocalComposeFile(path: string): boolean {
  return isDevOnlyComposeFile(path) || PLAIN.test(baseName(path).toLowerCase());
}
