import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** The node layer's fact: a Procfile beside the script runs it as a process (`web: bash bin/start.sh`). */
const procfileRuns = (...scripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], procfileScripts: scripts } });
/** A Dockerfile's `CMD ["./docker-point.sh"]` runs it: the image's port. */
const imageRuns = (...scripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], containerScripts: scripts } });

export const shellExamples: Examples = {
  valid: [
    {
      name: 'the port from $PORT (braced with a default, quoted), and ports the script dials while it waits for its services',
      path: 'bin/start.sh',
      code: '#!/bin/sh\nuntil pg_isready -h "$DB_HOST" -p 5432; do sleep 1; done\nredis-cli -h "$REDIS_HOST" -p 6379 ping\nexec gunicorn shop.wsgi -b "0.0.0.0:${PORT:-8000}" --workers 3\n',
      options: procfileRuns('start.sh'),
    },
    {
      name: "a script only the image runs (`CMD [\"/app/docker-point.sh\"]`): the image's fixed port, mapped by the platform, as a CMD's is",
      path: 'docker-point.sh',
      code: '#!/bin/sh\nexec gunicorn notes.wsgi -b 0.0.0.0:8181\n',
      options: imageRuns('docker-point.sh'),
    },
    {
      name: "a script named for a developer's machine, even if a Procfile names it, and a start script no deploy file runs",
      path: 'scripts/start-dev.sh',
      code: '#!/bin/sh\nexec uvicorn app.main:app --reload --port 8000\n',
      options: procfileRuns('start-dev.sh', 'other.sh'),
    },
  ],
  invalid: [
    {
      name: "gunicorn's -b in the script a Procfile runs (`web: bash bin/start.sh`)",
      path: 'bin/start.sh',
      code: '#!/usr/bin/env bash\nset -e\nexec gunicorn shop.wsgi:application -b 0.0.0.0:⟦8000⟧ --workers 3\n',
      options: procfileRuns('start.sh'),
      messageIncludes: ['Procfile runs', '$PORT'],
      output: '#!/usr/bin/env bash\nset -e\nexec gunicorn shop.wsgi:application -b 0.0.0.0:$PORT --workers 3\n',
    },
    {
      name: "uvicorn's --port= through python -m, puma's --bind URL, and node's --port",
      path: 'heroku/web.sh',
      code: '#!/bin/sh\nif [ "$ROLE" = api ]; then\n  exec bundle exec puma --bind tcp://0.0.0.0:⟦9292⟧\nfi\npython -m uvicorn panel.main:app --host 0.0.0.0 --port=⟦8181⟧ &\nexec node server.js --port ⟦3000⟧\n',
      options: procfileRuns('web.sh'),
    },
  ],
};
