// Platform manifests' own start commands (commands/platform-starts.ts, nomad-starts.ts): each migrates at every start
// of every instance when it runs the migration before the server; their release steps do not.
import type { Examples } from '../../rule';

export const platformExamples: Examples = {
  valid: [
    { name: "an AWS Copilot Scheduled Job migrates on its schedule (a one-off); the service only serves", path: "copilot/nightly-migrate/manifest.yml", code: "name: nightly-migrate\ntype: Scheduled Job\non:\n  schedule: \"@daily\"\nimage:\n  build: Dockerfile\ncommand: sh -c \"npx prisma migrate deploy && node dist/jobs/prune.js\"\n" },
    {
      name: 'App Engine: the entrypoint only serves; a worker service runs celery',
      path: 'app.yaml',
      code: 'runtime: python312\nentrypoint: gunicorn -b :$PORT library.wsgi\n',
    },
    {
      name: "heroku.yml's release command migrates (the release phase); run only serves",
      path: 'heroku.yml',
      code: 'build:\n  docker:\n    web: Dockerfile\nrelease:\n  image: web\n  command:\n    - bundle exec rake db:migrate\nrun:\n  web: bundle exec puma -p $PORT\n',
    },
    {
      name: "Platform.sh migrates in its deploy hook (once per deploy); the worker only works",
      path: '.platform.app.yaml',
      code: 'type: "php:8.3"\nhooks:\n  deploy: |\n    php artisan migrate --force\nworkers:\n  queue:\n    commands:\n      start: php artisan queue:work\n',
    },
    {
      name: 'a Kamal role that only serves, and a role named for migrating (admin work)',
      path: 'config/deploy.yml',
      code: 'service: parcels\nservers:\n  web:\n    cmd: bundle exec puma\n  migrate:\n    cmd: bundle exec hanami db migrate && sleep infinity\n',
    },
    {
      name: "App Runner's build commands are the build stage; App Runner is no heroku.yml",
      path: 'apprunner.yaml',
      code: 'version: 1.0\nruntime: python311\nbuild:\n  commands:\n    build:\n      - pip install -r requirements.txt\nrun:\n  command: uvicorn app.main:app --host 0.0.0.0\n',
    },
  ],
  invalid: [
    { name: "a container whose entrypoint is cleared (`entrypoint: \"\"`): its command is what runs", path: "docker-compose.yml", code: "services:\n  web:\n    image: registry.internal/events:1.4\n    entrypoint: \"\"\n    command: sh -c \"⟦python manage.py migrate⟧ && gunicorn events.wsgi\"\n" },
    { name: "an AWS Copilot service's command, and an environment's override of it", path: "copilot/api/manifest.yml", code: "name: api\ntype: Load Balanced Web Service\nimage:\n  build: Dockerfile\n  port: 8080\ncommand: sh -c \"⟦npx prisma migrate deploy⟧ && node dist/server.js\"\nenvironments:\n  staging:\n    command: [\"sh\", \"-c\", \"⟦npx prisma migrate deploy⟧ && node dist/server.js\"]\n  prod:\n    count: 3\n" },
    {
      name: 'App Engine entrypoint',
      path: 'app.yaml',
      code: "runtime: python312\nentrypoint: bash -c '⟦python manage.py migrate --noinput⟧ && gunicorn -b :$PORT library.wsgi'\n",
    },
    {
      name: 'a Cloud Foundry application command',
      path: 'manifest.yml',
      code: 'applications:\n  - name: timesheets\n    command: ⟦bundle exec rake db:migrate⟧ && bundle exec puma\n  - name: timesheets-worker\n    command: bundle exec sidekiq\n',
    },
    {
      name: "App Runner's run command",
      path: 'apprunner.yaml',
      code: 'version: 1.0\nruntime: python311\nrun:\n  command: sh -c "⟦alembic upgrade head⟧ && uvicorn app.main:app"\n',
    },
    {
      name: 'heroku.yml run processes, as a line and as a command list',
      path: 'heroku.yml',
      code: 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: ⟦bundle exec rake db:migrate⟧ && bundle exec puma\n  worker:\n    command:\n      - ⟦bundle exec rake db:migrate⟧ && bundle exec sidekiq\n',
    },
    {
      name: 'a Kamal role cmd',
      path: 'config/deploy.yml',
      code: 'service: parcels\nimage: depotline/parcels\nservers:\n  web:\n    hosts: [192.0.2.21]\n    cmd: sh -c "⟦bundle exec hanami db migrate⟧ && bundle exec puma"\n',
    },
    {
      name: 'Platform.sh and Upsun start commands',
      path: '.upsun/config.yaml',
      code: 'applications:\n  app:\n    type: "python:3.12"\n    web:\n      commands:\n        start: ⟦python manage.py migrate⟧ && gunicorn app.wsgi\n',
    },
    {
      name: 'CloudFormation ECS container definitions',
      path: 'infra/service.yaml',
      code: 'Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: web\n          Image: orders:1.2\n          EntryPoint: ["sh", "-c"]\n          Command: ["⟦npx prisma migrate deploy⟧ && node dist/server.js"]\n',
    },
  ],
};

/** The same in an ECS task definition written as JSON. */
export const platformJsonExamples: Examples = {
  valid: [
    {
      name: 'an ECS task definition that only migrates (run once with `aws ecs run-task`)',
      path: 'ecs/orders-migrate.json',
      code: '{ "family": "orders-migrate", "containerDefinitions": [{ "name": "task", "image": "orders:1.2", "command": ["npx", "prisma", "migrate", "deploy"] }] }\n',
    },
  ],
  invalid: [
    {
      name: 'an ECS task definition whose container migrates, then serves',
      path: 'ecs/orders-web.json',
      code: '{\n  "containerDefinitions": [\n    { "name": "web", "image": "orders:1.2", "command": ["sh", "-c", "⟦npx prisma migrate deploy⟧ && node dist/server.js"] }\n  ]\n}\n',
    },
  ],
};

/** HashiCorp Nomad job files (commands/nomad-starts.ts). */
export const nomadExamples: Examples = {
  valid: [
    {
      name: 'a prestart lifecycle task migrates (an init step), a batch job migrates (a one-off); the service tasks only serve',
      path: 'deploy/nomad/dispatch.nomad.hcl',
      code: `job "dispatch" {\n  type = "service"\n  group "web" {\n    task "schema" {\n      lifecycle {\n        hook = "prestart"\n      }\n      driver = "docker"\n      config {\n        command = "bundle"\n        args    = ["exec", "rails", "db:migrate"]\n      }\n    }\n    task "web" {\n      driver = "docker"\n      config {\n        command = "bundle"\n        args    = ["exec", "puma", "-C", "config/puma.rb"]\n      }\n    }\n  }\n}\n`,
    },
    {
      name: 'a periodic batch job',
      path: 'deploy/nightly.nomad',
      code: `job "nightly" {\n  type = "batch"\n  periodic {\n    cron = "0 4 * * *"\n  }\n  group "nightly" {\n    task "rollup" {\n      driver = "exec"\n      config {\n        command = "/bin/sh"\n        args    = ["-c", "bundle exec rails db:migrate && bundle exec rails dispatch:rollup"]\n      }\n    }\n  }\n}\n`,
    },
    {
      name: 'a template script the task does not run (a health check), and an env template',
      path: 'deploy/nomad/ledger.nomad.hcl',
      code: `job "ledger" {\n  group "web" {\n    task "web" {\n      driver = "docker"\n      config {\n        command = "/local/start.sh"\n      }\n      template {\n        destination = "local/check.sh"\n        data        = <<EOH\n#!/bin/sh\npython manage.py migrate --noinput\nEOH\n      }\n      template {\n        destination = "local/start.sh"\n        data        = <<EOH\n#!/bin/sh\nexec gunicorn ledger.wsgi\nEOH\n      }\n      template {\n        destination = "secrets/app.env"\n        env         = true\n        data        = <<EOH\nDB_HOST={{ key "ledger/db_host" }}\nEOH\n      }\n    }\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a service task's command and args, which run at every start of every allocation",
      path: 'deploy/nomad/dispatch.nomad.hcl',
      code: `job "dispatch" {\n  group "web" {\n    task "web" {\n      driver = "docker"\n      config {\n        image   = "registry.internal/dispatch:1.8"\n        command = "bash"\n        args    = ["-c", "⟦bundle exec rails db:migrate⟧ && exec bundle exec puma -C config/puma.rb"]\n      }\n    }\n  }\n}\n`,
    },
    {
      name: 'the start script a template writes and the task runs (an indented <<- heredoc)',
      path: 'deploy/nomad/ledger.nomad.hcl',
      code: `job "ledger" {\n  group "web" {\n    task "web" {\n      driver = "docker"\n      config {\n        command = "/local/start.sh"\n      }\n      template {\n        destination = "local/start.sh"\n        perms       = "755"\n        data        = <<-EOT\n          #!/bin/sh\n          set -e\n          ⟦python manage.py migrate --noinput⟧\n          exec gunicorn ledger.wsgi --bind 0.0.0.0:8000\n        EOT\n      }\n    }\n  }\n}\n`,
    },
  ],
};
