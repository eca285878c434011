// Compose services and Kubernetes containers whose command is a `sh -c` list: must report the marked ranges.
import type { Examples } from '../../rule';

export const containerShellExamples: Examples = {
  valid: [
    {
      name: "`exec` before the app, `bash -c` (bash execs a list's last command), compose's init (tini forwards the signal), a lone command",
      path: 'docker-compose.yml',
      code: `services:\n  worker:\n    build: .\n    command: "sh -c 'sleep 2 && exec celery -A app worker'"\n  web:\n    build: .\n    command: bash -c "alembic upgrade head && gunicorn app.main:app"\n  api:\n    build: .\n    init: true\n    command: sh -c "npm run migrate && node server.js"\n  assets:\n    build: .\n    command: ["sh", "-c", "node build.js"]\n`,
    },
    {
      name: 'a dev-only compose file, and a list that ends by keeping the container alive or waiting',
      path: 'docker-compose.override.yml',
      code: `services:\n  web:\n    build: .\n    command: sh -c "npm install && npm run dev"\n`,
    },
    {
      name: "one-off processes end by themselves: a Kubernetes Job and an init container",
      path: 'k8s/app.yaml',
      code: `apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: backfill\n          image: ghcr.io/acme/app:1.2\n          command: ["sh", "-c", "npm run build && node dist/backfill.js"]\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          image: ghcr.io/acme/app:1.2\n          command: ["sh", "-c", "npx knex migrate:latest && echo done"]\n      containers:\n        - name: web\n          image: ghcr.io/acme/app:1.2\n          command: ["node", "dist/main.js"]\n`,
    },
    {
      name: "compose's init containers end by themselves: a service others wait for (service_completed_successfully), and one never restarted that serves nothing",
      path: 'docker-compose.prod.yml',
      code: `services:\n  createbuckets:\n    image: minio/mc:RELEASE.2024-10-02T08-27-28Z\n    command: sh -c "mc alias set store http://minio:9000 $$MINIO_USER $$MINIO_PASSWORD && mc mb -p store/uploads"\n  warm-cache:\n    build: .\n    restart: "no"\n    command: sh -c "sleep 5 && node dist/warm-cache.js"\n  web:\n    build: .\n    command: ["node", "dist/main.js"]\n    depends_on:\n      createbuckets:\n        condition: service_completed_successfully\n`,
    },
    {
      name: 'every branch execs its process',
      path: 'compose.yaml',
      code: `services:\n  web:\n    build: .\n    command: sh -c 'if [ "$$DEBUG" = 1 ]; then exec flask run; else exec gunicorn app:app; fi'\n`,
    },
  ],
  invalid: [
    {
      name: "a compose command's `sh -c` list: sh stays PID 1 and gunicorn never gets SIGTERM (probe22 N)",
      path: 'docker-compose.yml',
      code: `services:\n  api:\n    image: example/api:latest\n    command: ⟦"sh -c 'alembic upgrade head && gunicorn -k uvicorn.workers.UvicornWorker app.main:app --bind 0.0.0.0:8000'"⟧\n`,
      messageIncludes: ['stays PID 1'],
    },
    {
      name: "a Kubernetes container whose command is the shell and whose args are the list",
      path: 'k8s/deployment.yaml',
      code: `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/app:1.2\n          command: ⟦["/bin/sh", "-c"]⟧\n          args: ["npx prisma migrate deploy && node dist/main.js"]\n`,
    },
  ],
};
