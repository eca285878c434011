// Platform manifests' web processes (config-platforms.ts), answered as a Procfile's `web:` is.
import type { Examples } from '../../rule';

export const platformExamples: Examples = {
  valid: [
    { name: 'App Engine binding $PORT', path: 'app.yaml', code: 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n' },
    {
      name: "heroku.yml: a process other than web is not routed to",
      path: 'heroku.yml',
      code: 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: node dist/server.js\n  metrics:\n    command:\n      - node dist/metrics.js --port 9464\n',
    },
    {
      name: 'a Cloud Foundry application with no route',
      path: 'manifest.yml',
      code: 'applications:\n  - name: worker\n    no-route: true\n    command: node worker.js --port 9000\n',
    },
    {
      name: 'App Runner and Kamal declare the port the app binds (network.port, proxy.app_port)',
      path: 'apprunner.yaml',
      code: 'version: 1.0\nruntime: nodejs18\nrun:\n  command: node server.js --port 8080\n  network:\n    port: 8080\n',
    },
  ],
  invalid: [
    {
      name: 'App Engine entrypoint',
      path: 'app.yaml',
      code: 'runtime: python312\nentrypoint: gunicorn -b :⟦8080⟧ main:app\n',
      messageIncludes: ['8080', '$PORT'],
      output: 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n',
    },
    {
      name: "heroku.yml's web process",
      path: 'heroku.yml',
      code: 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: node dist/server.js --port ⟦3000⟧\n',
      output: 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: node dist/server.js --port $PORT\n',
    },
    {
      name: 'a routed Cloud Foundry application',
      path: 'manifest.yml',
      code: 'applications:\n  - name: tickets\n    command: node server.js -p ⟦8080⟧\n',
    },
    {
      name: 'Platform.sh web start command',
      path: '.platform.app.yaml',
      code: 'type: "python:3.12"\nweb:\n  commands:\n    start: gunicorn -b 0.0.0.0:⟦8888⟧ app.wsgi\n',
    },
  ],
};
