// Start commands that run a Makefile target (makefile-targets.ts): the node layer hands over the targets that migrate.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

const line = (n: number) => ({ start: { line: n, character: 1 }, end: { line: n, character: 22 } });

/** The Makefile beside the file: `upgrade_db` migrates; `run` migrates (its `db` prerequisite) and then serves. */
const MAKE_TARGETS: ScanOptions = {
  importedMigrations: [
    { module: 'Makefile', name: 'upgrade_db', label: 'the `upgrade_db` target', path: 'Makefile', range: line(1) },
    { module: 'Makefile', name: 'run', label: 'the `run` target', path: 'Makefile', range: line(4), starts: true },
  ],
};

/** A Makefile whose default goal migrates (`start: migrate` first), and a target from an included `mk/db.mk`. */
const MAKE_DEFAULT_GOAL: ScanOptions = {
  importedMigrations: [
    { module: 'Makefile', name: 'start', label: 'the `start` target', path: 'Makefile', range: line(4), starts: true },
    { module: 'Makefile', name: '.DEFAULT_GOAL', label: 'the default goal (`start`)', path: 'Makefile', range: line(4), starts: true },
    { module: 'Makefile', name: 'db-upgrade', label: 'the `db-upgrade` target', path: 'mk/db.mk', range: line(2) },
  ],
};

export const makeYamlExamples: Examples = {
  valid: [
    {
      name: 'a compose service runs a target that does not migrate (`make worker`), another runs the migrating one alone',
      path: 'docker-compose.yml',
      code: 'services:\n  worker:\n    build: .\n    command: ["make", "worker"]\n  migrate:\n    build: .\n    command: make upgrade_db\n    profiles: [tools]\n',
      options: MAKE_TARGETS,
    },
    {
      name: "another folder's Makefile (`make -C tools upgrade_db`) is not the one read",
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: .\n    command: sh -c "make -C tools upgrade_db && uvicorn app.main:app"\n',
      options: MAKE_TARGETS,
    },
    {
      name: 'a bare `make` whose default goal does not migrate (no default-goal fact) is not read as migrating',
      path: 'Procfile',
      code: 'web: make\nworker: make worker\n',
      options: MAKE_TARGETS,
    },
  ],
  invalid: [
    {
      name: 'a target defined in a file the Makefile includes (`include mk/db.mk`), related there',
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: .\n    command: sh -c "⟦make db-upgrade⟧ && make serve"\n',
      options: MAKE_DEFAULT_GOAL,
      messageIncludes: ['`db-upgrade` target'],
      relatedFiles: ['mk/db.mk'],
    },
    {
      name: "a Procfile's bare `make` runs the default goal, which migrates",
      path: 'Procfile',
      code: 'web: ⟦make⟧\n',
      options: MAKE_DEFAULT_GOAL,
      messageIncludes: ['default goal'],
      relatedFiles: ['Makefile'],
    },
    {
      name: 'a make target that migrates, then the server (probe28 item 10)',
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: .\n    command:\n    - /bin/bash\n    - -c\n    - |\n      sleep 2\n      ⟦make upgrade_db⟧ &&\n      uvicorn app.main:app --host 0.0.0.0\n',
      options: MAKE_TARGETS,
      messageIncludes: ['`upgrade_db` target', 'Makefile'],
      relatedFiles: ['Makefile'],
    },
  ],
};

export const makeDockerfileExamples: Examples = {
  valid: [
    { name: 'the image builds with make; its command runs no migrating target', path: 'Dockerfile', code: 'FROM python:3.12\nRUN make assets\nCMD ["make", "serve"]\n', options: MAKE_TARGETS },
    { name: "a bare `make` at build time (RUN) is no start-up, whatever its default goal", path: 'Dockerfile', code: 'FROM python:3.12\nRUN make\nCMD ["gunicorn", "app:app"]\n', options: MAKE_DEFAULT_GOAL },
  ],
  invalid: [
    {
      name: "the command is a bare `make`: make's default goal (the first target) migrates and starts the app",
      path: 'Dockerfile',
      code: 'FROM python:3.12\nCOPY . .\nCMD ⟦make⟧\n',
      options: MAKE_DEFAULT_GOAL,
      messageIncludes: ['default goal'],
      relatedFiles: ['Makefile'],
    },
    {
      name: 'the command is a target that migrates and then starts the app',
      path: 'Dockerfile',
      code: 'FROM python:3.12\nCOPY . .\nCMD ⟦make run⟧\n',
      options: MAKE_TARGETS,
      messageIncludes: ['`run` target'],
      relatedFiles: ['Makefile'],
    },
  ],
};
