import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads beside a package.json: the Dockerfile there runs `npm start` as the container's process. */
const IMAGE_RUNS_START: ScanOptions = { dependencies: { systemPackages: [], packageStartRunBy: 'Dockerfile' } };
/** Nothing beside the package.json or above it names another process (no Dockerfile, Procfile, platform config): hosts run `npm start`. */
const START_ALONE: ScanOptions = { dependencies: { systemPackages: [], packageStartAlone: true } };

/** The node layer's fact: a Dockerfile of the project runs `docker-point.sh` as the container's process (`CMD ["/app/docker-point.sh"]`). */
const IMAGE_RUNS_SCRIPT: ScanOptions = { dependencies: { systemPackages: [], containerScripts: ['docker-point.sh'] } };
/** The same script run only by a development image (`Dockerfile.dev`). */
const DEV_IMAGE_RUNS_SCRIPT: ScanOptions = { dependencies: { systemPackages: [], containerScripts: ['docker-point.sh'], devImageScripts: ['docker-point.sh'] } };

const pkg = (scripts: string): string => `{\n  "name": "shop",\n  "scripts": {\n${scripts}\n  }\n}\n`;

export const configExamples: Examples = {
  valid: [
    {
      name: 'a dev container that installs and then idles (`tail -f /dev/null`): developers exec into it, no app starts after the install',
      path: 'docker-compose.yml',
      code: 'services:\n  workspace:\n    build: .\n    entrypoint: ["/bin/sh", "-c"]\n    command:\n      - |\n        bundle install\n        yarn install\n        rm -f tmp/pids/server.pid\n        tail -f /dev/null\n',
    },
    {
      name: 'the same box kept up by `sleep infinity` in a CMD, or by a loop that only sleeps in an entrypoint script',
      path: 'Dockerfile',
      code: 'FROM node:20\nWORKDIR /workspace\nCMD ["sh", "-c", "npm install && sleep infinity"]\n',
    },
    {
      name: 'an entrypoint that installs, then loops on sleep: idle',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\npip install -r requirements.txt\nwhile :; do\n  sleep 60\ndone\n',
    },
    {
      name: "a script only a development image runs (`Dockerfile.dev`'s CMD, the node layer's fact) serves with artisan: the laptop's",
      path: 'docker-point.sh',
      code: '#!/bin/sh\nphp artisan config:cache\nphp artisan serve --host=0.0.0.0 --port="$PORT"\n',
      options: DEV_IMAGE_RUNS_SCRIPT,
    },
    {
      name: 'a helper script no deploy file runs, without a start name or an exec: not the start',
      path: 'tools/preview.sh',
      code: '#!/bin/sh\nphp -S 127.0.0.1:8099 -t public/docs\n',
    },
    {
      name: "watchers' own set-up verbs start nothing (`air init`), and `cargo run`/`dotnet run` are no watchers",
      path: 'Procfile',
      code: 'setup: air init\napi: cargo run --release\nworker: dotnet run --project Worker\n',
    },
    {
      name: 'pm2 without --watch runs the app under a process manager, no reloader',
      path: 'Dockerfile',
      code: 'FROM node:20-slim\nCOPY . .\nCMD pm2-runtime start ecosystem.config.js\n',
    },
    {
      name: "a debug switch's branch (CTFd's entrypoint): `$DEBUG = true` runs gunicorn --reload, the else branch production's gunicorn",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/bash\nDEBUG=${DEBUG:-false}\nif [ "$DEBUG" = "true" ]; then\n    exec gunicorn \'app:create_app()\' --bind 0.0.0.0:8000 --reload\nelse\n    exec gunicorn \'app:create_app()\' --bind 0.0.0.0:8000\nfi\n',
    },
    {
      name: 'a `case` arm only development environments take (`dev|local)`): uvicorn --reload there, gunicorn for every other',
      path: 'scripts/start.sh',
      code: '#!/bin/sh\ncase "$APP_ENV" in\n  dev|development|local)\n    exec uvicorn app.main:app --reload ;;\n  *)\n    exec gunicorn app.main:app -k uvicorn.workers.UvicornWorker ;;\nesac\n',
    },
    {
      name: "a Dockerfile's `sh -c` that picks the dev server only when NODE_ENV is development",
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nCMD ["sh", "-c", "if [ \\"$NODE_ENV\\" = \\"development\\" ]; then exec npm run dev; else exec node dist/server.js; fi"]\n',
    },
    {
      name: "the development image's entrypoint, by its folder (BookStack's dev/docker/; docker/dev/ too): installs there are a laptop's",
      path: 'dev/docker/entrypoint.app.sh',
      code: '#!/bin/bash\nset -e\ncomposer install\nphp artisan migrate --database=mysql\nexec php-fpm\n',
    },
    {
      name: "case patterns named for package managers (`yarn)`, `npm|pnpm)`) choose how to start; they install nothing",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/bash\ncase "$PACKAGE_MANAGER" in\n  yarn)\n    exec yarn start --no-daemon\n    ;;\n  npm|pnpm) exec npm start ;;\n  *) exec node app.js ;;\nesac\n',
    },
    {
      name: 'a development server in a dev stage of a multi-stage Dockerfile (built with --target dev); production starts node',
      path: 'Dockerfile',
      code: 'FROM node:20 AS dev\nCMD ["npm", "run", "dev"]\n\nFROM node:20-slim AS production\nCMD ["node", "src/server.js"]\n',
    },
    {
      name: "a Dockerfile named for development runs the framework's development server",
      path: 'Dockerfile.dev',
      code: 'FROM python:3.12\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n',
    },
    {
      name: 'the plain docker-compose.yml and a dev compose stack run watchers: the laptop stack',
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    build: .\n    command: uvicorn app.main:app --host 0.0.0.0 --reload\n  api:\n    build: .\n    command: npm run start:dev\n',
    },
    {
      name: 'production servers, a flask CLI command that is no server, and npm test in a test image',
      path: 'Procfile',
      code: 'web: gunicorn "wiki:create_app()"\nrelease: flask --app wiki db upgrade\napi: uvicorn app.main:app --workers 2\nnext: next start -p $PORT\nrails: bin/rails server -e production\n',
    },
    {
      name: "nixpacks.toml's build phase collects static files (the build stage); its start command only serves",
      path: 'nixpacks.toml',
      code: '[phases.build]\ncmds = ["python manage.py collectstatic --noinput"]\n\n[start]\ncmd = "gunicorn shop.wsgi --bind 0.0.0.0:$PORT"\n',
    },
    {
      name: 'a systemd unit whose ExecStartPre checks the config; a supervisord program that only starts',
      path: 'deploy/nginx.service',
      code: '[Service]\nType=forking\nExecStartPre=/usr/sbin/nginx -t\nExecStart=/usr/sbin/nginx\n',
    },
    {
      name: "Nest's generated scripts where nothing beside the package runs npm start: start is the developer's, start:prod runs the build",
      path: 'package.json',
      code: pkg('    "build": "nest build",\n    "start": "nest start",\n    "start:dev": "nest start --watch",\n    "start:prod": "node dist/main"'),
    },
    {
      name: 'an image that builds with nest build and runs the compiled dist',
      path: 'Dockerfile',
      code: 'FROM node:20 AS build\nRUN npm ci && npx nest build\n\nFROM node:20-slim\nCMD ["node", "dist/main"]\n',
    },
    {
      name: 'builds in build scripts and install hooks; start runs the release',
      path: 'package.json',
      code: pkg(
        [
          '    "build": "tsc -p . && webpack --mode production",',
          '    "postinstall": "prisma generate",',
          '    "heroku-postbuild": "npm run build",',
          '    "prepare": "husky install",',
          '    "start": "node dist/server.js",',
          '    "start:dev": "tsc && node dist/server.js",',
          '    "dev": "npm install && nodemon src/index.ts",',
          '    "test": "tsc --noEmit && jest",',
          '    "typecheck": "tsc --noEmit"',
        ].join('\n'),
      ),
    },
    {
      name: 'a type-check or watch mode is not a build of the release',
      path: 'package.json',
      code: pkg('    "start": "tsc --noEmit && node dist/server.js",\n    "serve": "webpack serve --mode development"'),
    },
    {
      name: "nodemon as package.json's start, with nothing known of what runs it, and as the dev script of an app whose image runs npm start",
      path: 'package.json',
      code: pkg('    "start": "nodemon src/server.js",\n    "dev": "nodemon src/server.js"'),
    },
    {
      name: 'the image runs npm start, and start is the production server; the dev script watches',
      path: 'package.json',
      code: pkg('    "start": "node src/server.js",\n    "dev": "nodemon src/server.js",\n    "start:dev": "ts-node-dev src/server.ts"'),
      options: IMAGE_RUNS_START,
    },
    {
      name: 'a start script that only builds starts nothing after it',
      path: 'package.json',
      code: pkg('    "start": "npm run build"'),
    },
    {
      name: 'only package.json scripts are npm scripts',
      path: 'config/tasks.json',
      code: '{ "start": "npm install && node server.js" }\n',
    },
    {
      name: 'the image build installs and compiles; CMD runs the result',
      path: 'Dockerfile',
      code: [
        'FROM node:20 AS build',
        'WORKDIR /app',
        'COPY package*.json ./',
        'RUN npm ci',
        'COPY . .',
        'RUN npm run build && npm prune --omit=dev',
        'FROM node:20-slim',
        'COPY --from=build /app /app',
        'CMD ["node", "dist/server.js"]',
        '',
      ].join('\n'),
    },
    {
      name: 'Python image: pip at build time, gunicorn at run time',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD gunicorn app:app --bind 0.0.0.0:$PORT\n',
    },
    {
      name: 'Procfile: a release process may do release work; web only starts',
      path: 'Procfile',
      code: 'release: python manage.py migrate\nweb: gunicorn shop.wsgi\n',
    },
    {
      name: "Python project managers install in the image's RUN steps; the start command only runs (pdm run, uv run --frozen, hatch's prod env)",
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nRUN pip install pdm uv hatch\nCOPY . .\nRUN pdm sync --prod && rye sync --no-dev && hatch env create prod && uv pip sync requirements.lock\nCMD ["sh", "-c", "pdm run gunicorn app:app || uv run --frozen gunicorn app:app || hatch run prod:gunicorn app:app"]\n',
    },
    {
      name: 'a dev-only compose override installs into the mounted checkout on a laptop: not a release',
      path: 'docker-compose.override.yml',
      code: 'services:\n  worker:\n    build: .\n    volumes:\n      - .:/app\n    command: sh -c "npm install && node src/worker.js"\n',
    },
    {
      name: 'compose: installs in a Kubernetes Job or initContainer are not the run stage',
      path: 'k8s/deploy.yaml',
      code: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'spec:',
        '  template:',
        '    spec:',
        '      initContainers:',
        '        - name: assets',
        '          image: shop:1.2.0',
        '          command: ["sh", "-c", "npm run build && cp -r dist /shared"]',
        '      containers:',
        '        - name: web',
        '          image: shop:1.2.0',
        '          command: ["node", "dist/server.js"]',
        '',
      ].join('\n'),
    },
    {
      name: 'a start script that only caches config and execs the server',
      path: 'docker/entrypoint.sh',
      code: '#!/usr/bin/env bash\nset -euo pipefail\nphp artisan config:cache\nexec php-fpm\n',
    },
    {
      name: "a dev container's install outside production (Symfony Docker's entrypoint)",
      path: 'docker/php/docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nif [ "$APP_ENV" != \'prod\' ]; then\n  composer install --prefer-dist --no-progress --no-interaction\nfi\nexec docker-php-entrypoint "$@"\n',
    },
    {
      name: "installs taken only when the image shipped no dependencies (a checkout bind-mounted in development): Symfony Docker's vendor check, node_modules, autoload.php",
      path: 'docker/docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nif [ -z "$(ls -A \'vendor/\' 2>/dev/null)" ]; then\n  composer install --prefer-dist --no-progress --no-interaction\nfi\nif [ ! -d node_modules ]; then\n  npm ci\nfi\nif [ ! -f vendor/autoload.php ]; then\n  composer install\nfi\nexec docker-php-entrypoint "$@"\n',
    },
    {
      name: 'an install script and a developer\'s start script',
      path: 'scripts/start-local.sh',
      code: '#!/bin/sh\nnpm install\nexec npm run dev\n',
    },
    {
      name: "a CI job's script, named run and read by its #! line: CI builds and tests, it starts no release",
      path: '.ci/run',
      code: '#!/usr/bin/env bash\nset -euo pipefail\nnpm ci --no-audit\nnpm test\nexec npm run test:e2e\n',
    },
    {
      name: "nodemon as start with nothing naming another process, beside a start:prod script the deploy runs",
      path: 'package.json',
      code: pkg('    "start": "nodemon --exec babel-node src/index.js",\n    "start:prod": "node dist/index.js"'),
      options: START_ALONE,
    },
    {
      name: "a front end's dev server as start with nothing naming another process: served from its build in production",
      path: 'client/package.json',
      code: pkg('    "start": "react-scripts start",\n    "build": "react-scripts build"'),
      options: START_ALONE,
    },
    {
      name: 'a prestart that checks the environment; a predev hook that builds docs for the dev script only',
      path: 'package.json',
      code: pkg('    "prestart": "node scripts/check-env.js",\n    "start": "node server.js",\n    "predev": "apidoc -i routes -o docs",\n    "dev": "nodemon server.js"'),
      options: START_ALONE,
    },
    {
      name: 'a prestart running a script of the package that only lints',
      path: 'package.json',
      code: pkg('    "prestart": "npm run lint",\n    "start": "node server.js",\n    "lint": "eslint src"'),
    },
    {
      name: 'typedoc in watch mode is no build',
      path: 'package.json',
      code: pkg('    "prestart": "typedoc --watch src/index.ts",\n    "start": "node dist/index.js"'),
    },
  ],
  invalid: [
    {
      name: 'a start script the Dockerfile writes line by line (`echo … >> /entry.sh`) compiles with `go run`, read as a committed entrypoint',
      path: 'Dockerfile',
      code: "FROM golang:1.22\nWORKDIR /src\nRUN echo '#!/bin/sh' > /entry.sh \\\n && echo '⟦exec go run ./main.go⟧' >> /entry.sh\nENTRYPOINT [\"/entry.sh\"]\n",
      messageIncludes: ['start script this Dockerfile writes'],
    },
    {
      name: "a script the image runs whatever its name (`CMD [\"/app/docker-point.sh\"]`, the node layer's fact, as no-graceful-shutdown reads it) ends in php artisan serve",
      path: 'docker-point.sh',
      code: '#!/bin/sh\nsed -i "s/^DB_HOST.*$/DB_HOST=${DB_HOST}/" /app/.env\n⟦php artisan serve --host=0.0.0.0 --port="$PORT"⟧\n',
      options: IMAGE_RUNS_SCRIPT,
      messageIncludes: ['php artisan serve'],
    },
    {
      name: "Ruby's rerun restarting puma on changes, in an entrypoint (probe29: taimai)",
      path: 'entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦exec rerun --dir app -- bundle exec puma -C config/puma.rb⟧\n',
      messageIncludes: ['development server (rerun)'],
    },
    {
      name: 'rerun through bundle exec, and shotgun (a fork per request) as a Procfile process',
      path: 'Procfile',
      code: 'web: ⟦bundle exec rerun --background -- rackup -p $PORT⟧\nadmin: ⟦bundle exec shotgun admin.ru -p 9393⟧\n',
    },
    {
      name: "Go's watchers as the image's process: air, CompileDaemon, reflex, gin (codegangsta), fresh",
      path: 'Dockerfile',
      code: 'FROM golang:1.22\nCOPY . .\nCMD ⟦air -c .air.toml⟧\n',
      messageIncludes: ['development server (air)'],
    },
    {
      name: 'CompileDaemon, reflex and watchexec in a release compose file',
      path: 'docker-compose.prod.yml',
      code: 'services:\n  feeds:\n    image: acme/feeds:1.4.2\n    command: ⟦CompileDaemon -command="./feeds"⟧\n  api:\n    image: acme/api:2.0.0\n    command: ⟦reflex -r "\\.go$" -s -- go run .⟧\n  portal:\n    image: acme/portal:3.1.0\n    command: ⟦watchexec --restart -e py -- gunicorn portal.wsgi⟧\n',
    },
    {
      name: "Rust's cargo watch and .NET's dotnet watch as start commands",
      path: 'Procfile',
      code: 'api: ⟦cargo watch -x run⟧\nworker: ⟦dotnet watch run --no-launch-profile⟧\n',
      messageIncludes: ['development server (', 'watch)'],
    },
    {
      name: 'entr restarting the server on changes, and pm2 start --watch',
      path: 'start.sh',
      code: '#!/bin/sh\nls app/*.rb | ⟦entr -r ruby app/server.rb⟧\n',
    },
    {
      name: "pm2's watch mode restarts the app on every file change",
      path: 'Procfile',
      code: 'web: ⟦pm2 start server.js --no-daemon --watch⟧\n',
    },
    {
      name: 'manage.py reached through a path variable, as startup-migration reads it: collectstatic on every start',
      path: 'compose/django/start.sh',
      code: '#!/bin/sh\nAPP_HOME=/srv/app\n⟦python $APP_HOME/manage.py collectstatic --noinput⟧\nexec gunicorn config.wsgi --chdir=$APP_HOME\n',
      // The message names the step, not the interpreter (probe25, probe26: it said "builds the app (python)").
      messageIncludes: ['builds the app (manage.py collectstatic)'],
    },
    {
      name: 'the generated `./manage.py` run directly',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\n⟦./manage.py compress --force⟧\nexec gunicorn config.wsgi\n',
    },
    {
      name: 'a development server after a debug block, outside it: every start runs it',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\nif [ "$DEBUG" != "true" ]; then\n  echo production\nfi\n⟦exec flask run --host 0.0.0.0⟧\n',
    },
    {
      name: 'a `case` on something other than the environment (`$1`): its arms are roles, each one a start',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\ncase "$1" in\n  web) ⟦exec flask run --host 0.0.0.0⟧ ;;\n  *) exec "$@" ;;\nesac\n',
    },
    {
      name: "PHP's built-in server as the image's process: named for what it is (single-threaded, for development), not a watcher",
      path: 'Dockerfile',
      code: 'FROM php:8.3-cli\nWORKDIR /app\nCOPY . .\nCMD ⟦php -S 0.0.0.0:8000 -t public⟧\n',
      messageIncludes: ["PHP's built-in web server, single-threaded"],
    },
    {
      name: "package.json's start is nodemon and the Dockerfile beside it runs npm start (the node layer's fact): the deploy runs the dev server",
      path: 'package.json',
      code: pkg('    "start": "⟦nodemon src/server.js⟧",\n    "dev": "nodemon --inspect src/server.js"'),
      options: IMAGE_RUNS_START,
      messageIncludes: ['development server (nodemon), and Dockerfile runs it as the deployed process'],
    },
    {
      name: 'a watcher as the production CMD of a multi-stage Dockerfile',
      path: 'Dockerfile',
      code: 'FROM node:20 AS build\nRUN npm ci\n\nFROM node:20-slim AS production\nCMD [⟦"nodemon", "src/server.js"⟧]\n',
    },
    {
      name: "Nest's start script (nest start compiles the TypeScript, then runs it) when the image beside it runs npm start",
      path: 'package.json',
      code: pkg('    "build": "nest build",\n    "start": "⟦nest start⟧",\n    "start:prod": "node dist/main"'),
      options: IMAGE_RUNS_START,
      messageIncludes: ['development server (nest start), and Dockerfile runs it as the deployed process'],
    },
    {
      name: 'nest start as the container process',
      path: 'Dockerfile',
      code: 'FROM node:20-slim\nRUN npm ci\nCMD [⟦"npx", "nest", "start"⟧]\n',
    },
    {
      name: "the project's dev script as the image's start (npm run start:dev runs nest start --watch)",
      path: 'Dockerfile',
      code: 'FROM node:20\nCMD [⟦"npm", "run", "start:dev"⟧]\n',
    },
    {
      name: "Flask's development server with --debug, Django's runserver and go run in Procfile processes",
      path: 'Procfile',
      code: 'web: ⟦flask --app wiki run --host 0.0.0.0 --port $PORT --debug⟧\nadmin: ⟦python manage.py runserver 0.0.0.0:$PORT⟧\napi: ⟦go run ./cmd/api⟧\n',
    },
    {
      name: 'uvicorn --reload in a production compose file',
      path: 'docker-compose.prod.yml',
      code: 'services:\n  web:\n    image: registry.example.com/api\n    command: ⟦uvicorn app.main:app --host 0.0.0.0 --reload⟧\n',
    },
    {
      name: "Laravel's artisan serve after the migration in a railway start command; PHP's built-in server",
      path: 'railway.toml',
      code: '[deploy]\nstartCommand = "php artisan migrate --force && ⟦php artisan serve --host=0.0.0.0 --port=$PORT⟧"\n',
    },
    {
      name: "Rails in the development environment, and Spring Boot's bootRun, as container starts",
      path: 'k8s/deployment.yaml',
      code: 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: shop\n          command: [⟦"bin/rails", "server", "-e", "development"⟧]\n        - name: api\n          image: api\n          command: [⟦"./gradlew", "bootRun"⟧]\n',
    },
    { name: "a Nomad task runs the start script its template writes, which installs packages first", path: "ops/kiosk.nomad", code: "job \"kiosk\" {\n  group \"api\" {\n    task \"api\" {\n      driver = \"exec\"\n      config {\n        command = \"local/run.sh\"\n      }\n      template {\n        data        = <<EOT\n#!/bin/bash\n⟦npm ci --omit=dev⟧\nexec node dist/server.js\nEOT\n        destination = \"local/run.sh\"\n      }\n    }\n  }\n}\n" },
    { name: "a Nomad task installs the gems before every start of the server", path: "deploy/nomad/reports.nomad", code: "job \"reports\" {\n  group \"reports\" {\n    task \"reports\" {\n      driver = \"exec\"\n      config {\n        command = \"/bin/sh\"\n        args    = [\"-c\", \"⟦bundle install⟧ && bundle exec puma -C config/puma.rb\"]\n      }\n    }\n  }\n}\n" },
    {
      name: "a systemd unit installs dependencies in ExecStartPre before every start",
      path: 'deploy/kiosk.service',
      code: '[Service]\nUser=kiosk\nExecStartPre=⟦/usr/bin/npm ci --omit=dev⟧\nExecStart=/usr/bin/node src/server.js\n',
    },
    {
      name: 'a supervisord program that installs and builds, then execs the server: one finding',
      path: 'deploy/supervisord.conf',
      code: '[program:web]\ncommand=sh -c "⟦npm ci⟧ && ⟪npm run build⟫ && exec node dist/server.js"\n',
    },
    {
      name: "fly.toml's app process precompiles assets before puma; nixpacks.toml's start installs",
      path: 'fly.toml',
      code: '[deploy]\n  release_command = "bin/rails db:migrate"\n\n[processes]\n  app = "⟦bundle exec rails assets:precompile⟧ && bundle exec puma"\n',
    },
    {
      name: 'tsc before node in start',
      path: 'package.json',
      code: pkg('    "start": "⟦tsc⟧ && node dist/index.js"'),
      output: pkg('    "start": "node dist/index.js"'),
      messageIncludes: ['the "start" script builds the app (tsc)', 'build stage'],
      fix: { kind: 'move-to-script', title: 'Move the build to a "build" script', scriptName: 'build', command: 'tsc' },
    },
    {
      name: "a guard that is not about the dependencies' folder installs on every start (the cache folder is always empty in a fresh container)",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nif [ ! -d /tmp/cache ]; then\n  ⟦composer install --no-dev⟧\nfi\nexec php-fpm\n',
    },
    {
      name: 'npm install before the server',
      path: 'package.json',
      code: pkg('    "build": "tsc",\n    "start": "⟦npm install⟧ && node server.js"'),
      output: pkg('    "build": "tsc",\n    "start": "node server.js"'),
      messageIncludes: ['installs dependencies (npm install)'],
      fix: { kind: 'replace', title: 'Remove the install from the "start" script' },
    },
    {
      name: 'the build script run by start, through yarn and pnpm too',
      path: 'package.json',
      code: pkg('    "build": "next build",\n    "start": "⟦yarn build⟧ && next start",\n    "start:prod": "⟦pnpm run build⟧; node dist/main.js"'),
      messageIncludes: ['builds the app'],
    },
    {
      name: 'next build with no build script: moved to one',
      path: 'package.json',
      code: pkg('    "start": "⟦next build⟧ && next start -p $PORT"'),
      output: pkg('    "start": "next start -p $PORT"'),
      fix: { scriptName: 'build', command: 'next build' },
    },
    {
      name: "nodemon as start, and nothing beside the package names another process: hosts run npm start",
      path: 'package.json',
      code: pkg('    "start": "⟦nodemon index.js⟧"'),
      options: START_ALONE,
      messageIncludes: ['development server (nodemon)', '`npm start` is what hosts run'],
    },
    {
      name: 'ts-node-dev and node --watch as start, with nothing naming another process',
      path: 'api/package.json',
      code: pkg('    "start": "⟦ts-node-dev --respawn --transpile-only src/index.ts⟧"'),
      options: START_ALONE,
    },
    {
      name: 'node --watch as start',
      path: 'package.json',
      code: pkg('    "start": "⟦node --watch --env-file=.env src/app.js⟧"'),
      options: START_ALONE,
    },
    {
      name: 'apidoc in prestart: documentation generated before every start',
      path: 'package.json',
      code: pkg('    "prestart": "⟦apidoc -i src -o public/docs⟧",\n    "start": "node index.js"'),
      messageIncludes: ['generates its documentation (apidoc)'],
    },
    {
      name: "prestart running the package's docs script, which runs apidoc (followed one level)",
      path: 'package.json',
      code: pkg('    "prestart": "⟦yarn docs⟧",\n    "start": "node ./src/index.js",\n    "docs": "apidoc -i src -o docs"'),
      messageIncludes: ['the "docs" script', 'documentation'],
    },
    {
      name: 'prestart runs on every npm start',
      path: 'package.json',
      code: pkg('    "prestart": "⟦npm run build⟧",\n    "start": "node dist/server.js"'),
    },
    {
      name: 'Dockerfile CMD that installs, then starts: the install moves to a RUN',
      path: 'Dockerfile',
      code: 'FROM node:20\nCOPY . .\nCMD ⟦npm ci⟧ && node server.js\n',
      output: 'FROM node:20\nCOPY . .\nRUN npm ci\nCMD node server.js\n',
      messageIncludes: ['this CMD installs dependencies (npm ci)'],
    },
    {
      name: 'exec-form shell running pip install and gunicorn',
      path: 'Dockerfile',
      code: 'FROM python:3.12\nCOPY . .\nCMD ["sh", "-c", "⟦pip install -r requirements.txt⟧ && gunicorn app:app"]\n',
    },
    {
      name: 'Procfile web that bundles with webpack first',
      path: 'Procfile',
      code: 'web: ⟦webpack --mode production⟧ && node server.js\n',
      messageIncludes: ['the "web" process builds the app (webpack'],
    },
    {
      name: 'a restart loop runs the app after the install (`while true; do node server.js; sleep 1; done`): not an idle box',
      path: 'docker-compose.prod.yml',
      code: 'services:\n  api:\n    image: node:20\n    command: sh -c "⟦npm ci⟧ && while true; do node server.js; sleep 1; done"\n',
    },
    {
      name: 'Rails assets and bundle install in a compose command: one start command, one finding, the build related',
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    image: shop\n    command: sh -c "⟦bundle install⟧ && ⟪bundle exec rails assets:precompile⟫ && bundle exec puma"\n',
    },
    {
      name: 'Kubernetes container that compiles Go at start',
      path: 'k8s/api.yaml',
      code: 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: golang:1.22\n          command: ["sh", "-c", "⟦go build -o /bin/api ./cmd/api⟧ && /bin/api"]\n',
    },
    {
      name: 'render.yaml start command that installs',
      path: 'render.yaml',
      code: 'services:\n  - type: web\n    name: shop\n    startCommand: ⟦pip install -r requirements.txt⟧ && gunicorn shop.wsgi\n',
    },
    {
      name: 'an entrypoint that installs dependencies before it execs the server',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦composer install --no-dev⟧\nexec php-fpm\n',
    },
    {
      name: "Python project managers' installs at start: pdm sync/install, rye sync, uv pip sync, a hatch env created",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦pdm sync --prod --clean⟧\nexec pdm run gunicorn app:app\n',
    },
    {
      name: "rye's sync before the server, in a fly.toml process",
      path: 'fly.toml',
      code: '[processes]\n  app = "sh -c \'⟦rye sync --no-dev⟧ && exec rye run hypercorn app:app\'"\n',
    },
    {
      name: "a hatch env created, then uv's pip sync, in a Procfile web process: one start command, one finding",
      path: 'Procfile',
      code: 'web: ⟦hatch env create prod⟧ && ⟪uv pip sync requirements.lock⟫ && hatch run prod:gunicorn app:app\n',
    },
    {
      name: "a case statement's arms: the pattern (`yarn)`) is no command, the install beside a pattern is one (probe19: NodeBB's entrypoint)",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/bash\nset -e\ncase "$PACKAGE_MANAGER" in\n  yarn)\n    ⟦yarn install --frozen-lockfile⟧ || exit 1\n    ;;\n  npm) ⟪npm ci⟫ || { echo "install failed"; exit 1; } ;;\n  pnpm|cnpm) echo unsupported; exit 1 ;;\nesac\nexec npm start\n',
    },
    {
      name: 'a boot script that builds the assets at every start',
      path: 'bin/boot.sh',
      code: '#!/bin/sh\n⟦bundle exec rails assets:precompile⟧\nexec bundle exec puma -C config/puma.rb\n',
    },
    {
      name: "Flask-Assets' build after a continued line (one finding for the script: its first build step, the others related locations)",
      path: 'boot.sh',
      code: '#!/bin/sh\necho "building" && \\\n  ⟦flask assets build⟧ && \\\n  ⟪flask digest compile⟫\nexec gunicorn -b :5000 app:app\n',
    },
    {
      name: "django-compressor's offline compression at start",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\n⟦python manage.py compress --force⟧\nexec gunicorn shop.wsgi -b 0.0.0.0:8000\n',
    },
  ],
};
