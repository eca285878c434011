import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads beside the file: the Django project's `run` command migrates, then serves; `prepare_db` only migrates. */
const DJANGO_COMMANDS: ScanOptions = {
  importedMigrations: [
    { module: 'manage.py', name: 'run', label: "call_command('migrate')", path: 'shop/management/commands/run.py', range: { start: { line: 8, character: 8 }, end: { line: 8, character: 31 } }, starts: true },
    { module: 'manage.py', name: 'prepare_db', label: "call_command('migrate')", path: 'shop/management/commands/prepare_db.py', range: { start: { line: 6, character: 8 }, end: { line: 6, character: 31 } } },
  ],
};

export const yamlExamples: Examples = {
  valid: [
    {
      name: "a one-off compose service runs the app's command that only migrates",
      path: 'docker-compose.yml',
      code: 'services:\n  prepare:\n    build: .\n    command: python manage.py prepare_db\n  web:\n    build: .\n    command: gunicorn shop.wsgi\n',
      options: DJANGO_COMMANDS,
    },
    {
      name: 'a one-off migrate service next to the app',
      path: 'docker-compose.yml',
      code: [
        'services:',
        '  migrate:',
        '    image: shop/api:1.4.2',
        '    command: npm run migrate',
        '    profiles: [tools]',
        '  seed:',
        '    image: shop/api:1.4.2',
        '    command: ["sh", "-c", "knex migrate:latest && knex seed:run"]',
        '  api:',
        '    image: shop/api:1.4.2',
        '    command: npm start',
        '',
      ].join('\n'),
    },
    {
      name: 'a Kubernetes Job is the admin process',
      path: 'k8s/migrate-job.yaml',
      code: [
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata: { name: migrate }',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: migrate',
        '          image: shop/api:1.4.2',
        '          command: ["sh", "-c", "npx prisma migrate deploy && node scripts/notify.js"]',
        '',
      ].join('\n'),
    },
    {
      name: 'an initContainer migrates; the app container only starts',
      path: 'k8s/deployment.yaml',
      code: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: api }',
        'spec:',
        '  template:',
        '    spec:',
        '      initContainers:',
        '        - name: migrate',
        '          image: shop/api:1.4.2',
        '          command: ["sh", "-c", "npm run migrate && echo migrated"]',
        '      containers:',
        '        - name: api',
        '          image: shop/api:1.4.2',
        '          args: ["node", "dist/main.js"]',
        '',
      ].join('\n'),
    },
    {
      name: 'render.yaml with a pre-deploy migration; a CI step that migrates a test database',
      path: 'render.yaml',
      code: [
        'services:',
        '  - type: web',
        '    name: api',
        '    preDeployCommand: npm run migrate',
        '    startCommand: npm start',
        'steps:',
        '  - run: npm run migrate && npm test',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "a compose service runs the Django project's own command, which migrates and then serves",
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    build: .\n    command: ⟦python manage.py run⟧\n',
      options: DJANGO_COMMANDS,
      messageIncludes: ['its `run` command runs', 'shop/management/commands/run.py'],
      relatedFiles: ['shop/management/commands/run.py'],
    },
    {
      name: 'compose command string through sh -c',
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: .\n    command: sh -c "⟦npm run migrate⟧ && npm start"\n',
      messageIncludes: ['XII', 'one-off'],
    },
    {
      name: 'compose exec-form command',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: shop/api:1.4.2\n    command: ["sh", "-c", "⟦knex migrate:latest⟧ && node index.js"]\n',
    },
    {
      name: 'Kubernetes command + args',
      path: 'k8s/deployment.yaml',
      code: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: api }',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: api',
        '          image: shop/api:1.4.2',
        '          command: ["/bin/sh", "-c"]',
        '          args:',
        "            - '⟦npx prisma migrate deploy⟧ && node dist/main.js'",
        '',
      ].join('\n'),
    },
    {
      name: 'a platform start command',
      path: 'render.yaml',
      code: 'services:\n  - type: web\n    name: shop\n    startCommand: ⟦python manage.py migrate --noinput⟧ && gunicorn shop.wsgi\n',
    },
  ],
};
