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
  ],
  invalid: [
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
  valid: [{ name: 'the image builds with make; its command runs no migrating target', path: 'Dockerfile', code: 'FROM python:3.12\nRUN make assets\nCMD ["make", "serve"]\n', options: MAKE_TARGETS }],
  invalid: [
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
