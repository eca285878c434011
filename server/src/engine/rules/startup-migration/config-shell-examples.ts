// Start-script examples: must report exactly the marked ranges (⟪ ⟫: related locations).
import type { Examples } from '../../rule';
import type { ImportedMigration, ScanOptions } from '../../types';

/** What the node layer reads from the project's Dockerfiles: the scripts an ENTRYPOINT or CMD starts. */
const startedByImage = (...containerScripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], containerScripts } });
/** What it reads from the project's Procfile: the scripts a process other than `release` runs. */
const startedByProcfile = (...procfileScripts: string[]): ScanOptions => ({ dependencies: { systemPackages: [], procfileScripts } });

/** What the node layer reads in the manage.py and package.json beside a start script: the app's commands that migrate. */
const line = (at: number): ImportedMigration['range'] => ({ start: { line: at, character: 4 }, end: { line: at, character: 19 } });
const APP_COMMANDS: ScanOptions = {
  importedMigrations: [
    { module: 'manage.py', name: 'create_db', label: 'db.drop_all()', path: 'services/web/manage.py', range: line(10) },
    { module: 'manage.py', name: 'create-db', label: 'db.drop_all()', path: 'services/web/manage.py', range: line(10) },
    { module: 'package.json', name: 'setup', label: 'the "setup" script', path: 'services/web/package.json', range: line(5) },
  ],
};

/** What the node layer reads in the shell scripts beside a start script: the one that migrates (paperless-ngx's prepare script). */
const PREPARE_SCRIPT: ScanOptions = {
  importedMigrations: [{ module: 'shell script', name: 'docker-prepare.sh', label: 'the script docker-prepare.sh', path: 'docker/docker-prepare.sh', range: line(6) }],
};

/** What the node layer reads in the app the script belongs to: a Laravel Artisan command and a Django management command that migrate. */
const FRAMEWORK_COMMANDS: ScanOptions = {
  importedMigrations: [
    { module: 'artisan', name: 'crm:update', label: "call('migrate')", path: 'app/Console/Commands/UpdateCrm.php', range: line(15) },
    { module: 'manage.py', name: 'setup_clinic', label: "call_command('migrate')", path: 'clinic/management/commands/setup_clinic.py', range: line(9) },
  ],
};

export const shellExamples: Examples = {
  valid: [
    {
      name: "a case-dispatch entrypoint's admin role (`create_db`), which the operator runs once, and `manage.py db migrate` (writes a migration file, applies nothing)",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash\nset -e\ncreate_db() {\n  exec /app/manage.py database create_tables\n}\ncase "$1" in\n  create_db) shift; create_db ;;\n  revision) exec /app/manage.py db migrate ;;\n  server) exec gunicorn app.wsgi:app ;;\nesac\n',
    },
    {
      name: 'schema commands that only print or check: `doctrine:schema:update --dump-sql`, `doctrine:schema:validate`, `mikro-orm schema:create --dump`, `flask db init` (writes the migrations folder)',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nphp bin/console doctrine:schema:update --dump-sql\nphp bin/console doctrine:schema:validate\nnpx mikro-orm schema:create --dump\nflask db init\nexec php-fpm\n',
    },
    {
      name: 'a variable only printed, quoted (one word the shell would not split), or set from another expansion',
      path: 'scripts/start.sh',
      code: '#!/bin/sh\nMIGRATE="npx knex migrate:latest"\necho "run $MIGRATE by hand"\n"$MIGRATE"\nRUN="$(command -v npx) knex migrate:latest"\n$RUN\nexec node dist/server.js\n',
    },
    {
      name: "package managers' upgrades in a start script, by name and by path: packages, not the app's database",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\napt-get upgrade -y\n/usr/bin/apt-get upgrade -y\n/opt/venv/bin/pip install --upgrade pip\n/opt/venv/bin/pip upgrade\nexec /app/server serve\n',
    },
    {
      name: "the app's own commands whose definitions beside the script do not migrate, and one run from another folder's manage.py",
      path: 'services/web/entrypoint.sh',
      code: '#!/bin/sh\npython manage.py show_config\npython manage.py seed_db\npython tools/manage.py create_db\nnpm run check-env\nexec "$@"\n',
      options: APP_COMMANDS,
    },
    {
      name: "scripts beside the start script that do not migrate, a command named like the migrating script but on the PATH, and the migrating script only mentioned",
      path: 'docker/docker-entrypoint.sh',
      code: '#!/bin/bash\nset -e\n/sbin/wait-for-redis.sh "$REDIS_URL"\ndocker-prepare\necho "see docker-prepare.sh"\nexec "$@"\n',
      options: PREPARE_SCRIPT,
    },
    {
      name: "the app's Artisan and management commands that do not migrate; an Artisan command of another name",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nARTISAN="php /var/www/app/artisan"\n${ARTISAN} crm:warm-cache\nphp artisan crm:updates\npython manage.py check --deploy\nexec "$@"\n',
      options: FRAMEWORK_COMMANDS,
    },
    {
      name: 'a setup command with nothing to follow (no definition read beside the script)',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\npython manage.py create_db\nnpm run setup\nexec "$@"\n',
    },
    {
      name: 'a script no Dockerfile starts, named for neither a start nor a one-off: a developer\'s reset',
      path: 'scripts/refresh.sh',
      code: '#!/usr/bin/env bash\nphp artisan migrate:fresh --seed\nphp artisan serve\n',
      options: startedByImage('app.sh'),
    },
    {
      name: "the release phase's script (`release: bash scripts/release.sh`): once per deploy, where a migration belongs",
      path: 'scripts/release.sh',
      code: '#!/bin/sh\nset -e\npython manage.py migrate --noinput\npython manage.py collectstatic --noinput\n',
      options: startedByProcfile('serve.sh'),
    },
    {
      name: "the project's migrator asked only for its status before the server starts",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\n/usr/local/bin/bookmarks-migrate status\nexec /usr/local/bin/bookmarks\n',
    },
    {
      name: "a tool's migrate subcommands that only read or write files: status, list, generate",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nmedusa migrations show\nsqlx migrate info\ndiesel migration generate add_users\nexec medusa start\n',
    },
    {
      name: "seeds on every start (idempotent by convention) and Django's loaddata: data, not the schema; flush only asked for its help",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nbin/rails db:seed\npython manage.py loaddata demo_screens\npython manage.py flush --help\nexec "$@"\n',
    },
    {
      name: 'a migrate script run as a one-off process',
      path: 'scripts/migrate.sh',
      code: '#!/bin/sh\nset -e\nflask db upgrade\necho "migrated"\n',
    },
    {
      name: 'an entrypoint that waits for the database and starts the server, no migration',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nuntil pg_isready -h "$DB_HOST"; do sleep 1; done\nexec gunicorn app:app --bind 0.0.0.0:8000\n',
    },
    {
      name: 'a deploy script: migrating at release time is what Factor XII asks for',
      path: 'bin/deploy.sh',
      code: '#!/bin/bash\ngit pull\nbundle exec rails db:migrate\nsystemctl restart shop\n',
    },
    {
      name: 'a boot script that migrates only when asked to, and only migrates',
      path: 'boot.sh',
      code: '#!/bin/sh\nif [ "$1" = "migrate" ]; then\n  exec alembic upgrade head\nfi\n',
    },
    {
      name: "Piccolo's migration commands that change no schema: check and new",
      path: 'docker/start.sh',
      code: '#!/bin/sh\npiccolo migrations check\npiccolo migrations new helpdesk --auto\nexec python -m helpdesk.server\n',
    },
    {
      name: 'Symfony console commands that change no schema: a dry run of schema:update and a cache warm-up',
      path: 'docker/start.sh',
      code: '#!/bin/sh\nphp bin/console doctrine:schema:update --dump-sql\nphp bin/console cache:warmup\nexec php-fpm\n',
    },
    {
      name: "a dev container's set-up outside production (Symfony's environments are dev, test and prod), and the else of a production test",
      path: 'docker/php/docker-entrypoint.sh',
      code:
        '#!/bin/sh\nset -e\nif [ "$1" = php-fpm ] || [ "$1" = bin/console ]; then\n  if [ "$APP_ENV" != \'prod\' ]; then\n    composer install --prefer-dist --no-interaction\n    bin/console doctrine:migrations:migrate --no-interaction\n  fi\nfi\n' +
        'if [ "${RAILS_ENV}" = production ]; then\n  echo "release phase migrates"\nelse\n  bin/rails db:prepare\nfi\nexec docker-php-entrypoint "$@"\n',
    },
    {
      name: "a supervisor's service that only drops privileges and starts a worker",
      path: 'root/etc/s6-overlay/s6-rc.d/svc-worker/run',
      code: '#!/command/with-contenv bash\ncd /app || exit 1\nexec s6-setuidgid abc bundle exec sidekiq -e production\n',
    },
    {
      name: 'a privilege wrapper around a status check, not a migration',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\ngosu app ./shop migrate status\nexec gosu app ./shop serve\n',
    },
  ],
  invalid: [
    {
      name: "a Flask app's manage.py (`manage.py db upgrade`, Flask-Migrate under Flask-Script) in the server role's function of a case-dispatch entrypoint (redash's)",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash\nset -e\nserver() {\n  ⟦/app/manage.py db upgrade⟧\n  exec gunicorn -b "[::]:5000" app.wsgi:app\n}\nworker() {\n  exec rq worker\n}\ncase "$1" in\n  server) shift; server ;;\n  worker) shift; worker ;;\n  *) exec "$@" ;;\nesac\n',
    },
    {
      name: "Doctrine's schema tool builds every table (kimai's startup.sh): `-n doctrine:schema:create`, after a global option",
      path: '.docker/startup.sh',
      code: '#!/bin/bash\nif [ "$?" != 0 ]; then\n    ⟦/var/www/html/bin/console -n doctrine:schema:create⟧\nfi\nexec php-fpm\n',
    },
    {
      name: 'the short forms `d:s:u --force` and a global `--env` before it',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\n⟦php bin/console --env prod d:s:u --force⟧\nexec php-fpm\n',
    },
    {
      name: "Django before 1.9: `manage.py syncdb` creates every model's table",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/bash\n⟦python manage.py syncdb --noinput⟧\nexec gunicorn wiki.wsgi\n',
    },
    {
      name: "MikroORM's `schema:create --run` and Airflow's `db init`",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\n⟦npx mikro-orm schema:create --run⟧\n⟪airflow db init⟫\nexec node dist/main.js\n',
    },
    {
      name: 'the command behind a variable the script set: ${ARTISAN} migrate, $PY manage.py migrate',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nARTISAN="php /var/www/app/artisan"\nif expr "$1" : "apache" >/dev/null; then\n  ⟦${ARTISAN} migrate --force⟧\nfi\nexec "$@"\n',
    },
    {
      name: 'a single-word variable holding the interpreter',
      path: 'bin/run.sh',
      code: '#!/bin/bash\nPY=/opt/venv/bin/python\n⟦$PY manage.py migrate --noinput⟧\nexec gunicorn shop.wsgi\n',
    },
    {
      name: "the app's own executable, by its path, upgraded before the start (NodeBB's `./nodebb upgrade`: schema upgrades, then a build), and a CLI's `db upgrade`",
      path: 'install/docker/entrypoint.sh',
      code: '#!/bin/bash\nset -e\n⟦/usr/src/app/forum upgrade --config="$CONFIG"⟧\n⟪superset db upgrade⟫\nexec /usr/src/app/forum start --config="$CONFIG"\n',
      messageIncludes: ['Factor XII'],
    },
    {
      name: "FlaskGroup's create_db (drop_all, create_all in manage.py beside the script) before exec \"$@\"",
      path: 'services/web/entrypoint.sh',
      code: '#!/bin/sh\nwhile ! nc -z "$SQL_HOST" "$SQL_PORT"; do sleep 0.1; done\n⟦python manage.py create_db⟧\nexec "$@"\n',
      options: APP_COMMANDS,
      messageIncludes: ['its `create_db` command runs `db.drop_all()`, in services/web/manage.py'],
      relatedFiles: ['services/web/manage.py'],
    },
    {
      name: "an Artisan command behind a variable whose class calls migrate (Monica's `${ARTISAN} monica:update --force`)",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\nARTISAN="php /var/www/app/artisan"\nif expr "$1" : "apache" 1>/dev/null; then\n    ⟦${ARTISAN} crm:update --force⟧\nfi\nexec "$@"\n',
      options: FRAMEWORK_COMMANDS,
      messageIncludes: ["its `crm:update` command runs `call('migrate')`, in app/Console/Commands/UpdateCrm.php"],
      relatedFiles: ['app/Console/Commands/UpdateCrm.php'],
    },
    {
      name: 'a Django management command whose handle() calls call_command("migrate")',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦python manage.py setup_clinic⟧\nexec gunicorn clinic.wsgi:application\n',
      options: FRAMEWORK_COMMANDS,
      relatedFiles: ['clinic/management/commands/setup_clinic.py'],
    },
    {
      name: "a script beside the entrypoint that migrates (in a function, under flock), run by its path in the image from an initialize function (probe22 O: paperless-ngx)",
      path: 'docker/docker-entrypoint.sh',
      code: '#!/bin/bash\nset -e\ninitialize() {\n  ⟦/sbin/docker-prepare.sh⟧\n}\nif [[ "$1" != "/bin/"* ]]; then\n  initialize\nfi\nexec "$@"\n',
      options: PREPARE_SCRIPT,
      messageIncludes: ['it runs the script docker-prepare.sh, which migrates, in docker/docker-prepare.sh'],
      relatedFiles: ['docker/docker-prepare.sh'],
    },
    {
      name: "the same script run through bash, from a start script that execs the server",
      path: 'docker/start.sh',
      code: '#!/bin/sh\n⟦bash ./docker-prepare.sh⟧\nexec gunicorn app.wsgi\n',
      options: PREPARE_SCRIPT,
      relatedFiles: ['docker/docker-prepare.sh'],
    },
    {
      name: "click's dashed name of the command, and the package's setup script that migrates",
      path: 'services/web/start.sh',
      code: '#!/bin/sh\nset -e\n⟦./manage.py create-db⟧\n⟪npm run setup⟫\nexec gunicorn app:app\n',
      options: APP_COMMANDS,
      relatedFiles: ['services/web/manage.py'],
    },
    {
      name: 'a migration run in a command substitution, its output kept for the error message, then the server',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/bash\nset -e\nif ! out="$(⟦flask db upgrade 2>&1⟧)"; then\n  echo "migration failed: $out" >&2\n  exit 1\nfi\nexec gunicorn "app:create_app()" --workers "$(nproc)"\n',
    },
    {
      name: "a script the project's Dockerfile starts (ENTRYPOINT [\"./develop.sh\"]): a start script whatever its name",
      path: 'develop.sh',
      code: '#!/bin/bash\n⟦medusa migrations run⟧\n\nmedusa start\n',
      options: startedByImage('develop.sh'),
      messageIncludes: ['Factor XII'],
    },
    {
      name: "a script the Procfile's web process runs (`web: bash Procfile.sh`): every dyno start migrates",
      path: 'Procfile.sh',
      code: '#!/bin/bash\nset -e\n\n⟦python manage.py migrate --noinput⟧\n\ngunicorn shop.wsgi:application --log-file -\n',
      options: startedByProcfile('Procfile.sh'),
      messageIncludes: ['Factor XII'],
    },
    {
      name: "the project's own migration program, built beside the server, run before it at every start",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦/usr/local/bin/bookmarks-migrate⟧\nexec /usr/local/bin/bookmarks --bind "0.0.0.0:${PORT}"\n',
    },
    {
      name: "commands that empty every table before the server: Rails' db:seed:replant and db:truncate_all, Django's flush and django-extensions' reset_db",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash -e\n⟦./bin/rails db:seed:replant⟧\n⟪bin/rails db:truncate_all⟫\n⟪python manage.py flush --no-input⟫\n⟪./manage.py reset_db --noinput⟫\nexec "${@}"\n',
    },
    {
      name: "Rails' schema loads before the server (db:schema:load, db:structure:load, db:setup): the tables rebuilt at every start",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash -e\nif [ "${1}" == "./bin/rails" ] && [ "${2}" == "server" ]; then\n  ⟦./bin/rails db:schema:load⟧\nfi\n⟪bundle exec rails db:structure:load⟫\n⟪bundle exec rake db:setup⟫\nexec "${@}"\n',
    },
    {
      name: "the app's migration scripts run by their interpreter before the server (python, ruby under bundle exec, tsx)",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦python scripts/migrate.py⟧\n⟪bundle exec ruby db/migrate.rb⟫\n⟪npx tsx src/db/run-migrations.ts⟫\nexec gunicorn app:app\n',
    },
    {
      name: 'a migration in a production-only branch, or under a test that lets staging through, still runs at every start',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nif [ "$APP_ENV" = prod ]; then\n  ⟦bin/console doctrine:migrations:migrate -n⟧\nfi\nif [ "$LARAVEL_ENV" != local ]; then\n  ⟪php artisan migrate --force⟫\nfi\nexec php-fpm\n',
    },
    {
      name: "any tool's own migrate subcommand before the server: medusa migrations run, sqlx migrate run",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦npx medusa migrations run⟧\n⟪sqlx migrate run⟫\nexec medusa start\n',
    },
    {
      name: "Piccolo ORM's migrations run forwards before the server starts",
      path: 'docker/start.sh',
      code: '#!/bin/sh\nset -e\n⟦piccolo migrations forwards all⟧\nexec python -m helpdesk.server\n',
    },
    {
      name: "Doctrine Migrations' standalone CLI, Phinx and the ORM's schema tool in a start script",
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦vendor/bin/doctrine-migrations migrate --no-interaction --allow-no-migration⟧\n⟪vendor/bin/phinx migrate -e production⟫\n⟪php vendor/bin/doctrine orm:schema-tool:update --force⟫\nexec php-fpm -F\n',
    },
    {
      name: "Symfony's doctrine:migrations:migrate, Yii's migrate and CakePHP's migrations migrate in start scripts",
      path: 'docker/start.sh',
      code: '#!/bin/sh\nset -e\n⟦php bin/console doctrine:migrations:migrate --no-interaction⟧\n⟪./yii migrate --interactive=0⟫\n⟪bin/cake migrations migrate⟫\nexec php-fpm\n',
    },
    {
      name: "Rails 7.1's generated bin/docker-entrypoint (no suffix): db:prepare before the server starts",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash -e\n\nif [ "${1}" == "./bin/rails" ] && [ "${2}" == "server" ]; then\n  ⟦./bin/rails db:prepare⟧\nfi\n\nexec "${@}"\n',
    },
    {
      name: "the Flask mega-tutorial's boot.sh: flask db upgrade, then exec gunicorn",
      path: 'boot.sh',
      code: '#!/bin/bash\nsource venv/bin/activate\n⟦flask db upgrade⟧\nflask translate compile\nexec gunicorn -b :5000 --access-logfile - --error-logfile - microblog:app\n',
      messageIncludes: ['Factor XII', 'start script'],
    },
    {
      name: 'a docker-entrypoint.sh that migrates, collects static files and execs the CMD',
      path: 'docker/docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦python manage.py migrate --noinput⟧\npython manage.py collectstatic --noinput\nexec "$@"\n',
    },
    {
      name: 'several migrations in one entrypoint: one finding, the others related',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\n⟦npx prisma migrate deploy⟧\n⟪npx knex migrate:latest⟫\n⟪alembic upgrade head⟫\nexec node dist/server.js\n',
      messageIncludes: ['start script'],
    },
    {
      name: 'rails db:migrate before puma in a start script',
      path: 'bin/start.sh',
      code: '#!/usr/bin/env bash\n⟦bundle exec rails db:migrate⟧ && bundle exec puma -C config/puma.rb\n',
    },
    {
      name: "an s6-overlay service's run file (`#!/command/with-contenv bash`) migrates as the unprivileged user, then execs the server",
      path: 'root/etc/s6-overlay/s6-rc.d/svc-web/run',
      code: '#!/command/with-contenv bash\ncd /app || exit 1\n⟦s6-setuidgid abc bundle exec rails db:migrate⟧\nexec s6-setuidgid abc bundle exec puma -C config/puma.rb\n',
    },
    {
      name: "a runit run file: the app's own migrate subcommand under chpst, then the server",
      path: 'etc/service/pasteboard/run',
      code: '#!/bin/sh\nexec 2>&1\n⟦chpst -u app:app -e /etc/pasteboard/env /usr/local/bin/pasteboard migrate⟧\nexec chpst -u app /usr/local/bin/pasteboard serve\n',
    },
    {
      name: 'an entrypoint that migrates as the app user with gosu, su-exec or sudo, then starts',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦gosu app python manage.py migrate --noinput⟧\n⟪su-exec app alembic upgrade head⟫\n⟪sudo -Eu app flask db upgrade⟫\nexec gosu app gunicorn app:app\n',
    },
  ],
};
