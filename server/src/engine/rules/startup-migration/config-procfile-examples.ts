import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads beside the file: the Django project's `run` command migrates, then serves; `prepare_db` only migrates. */
const DJANGO_COMMANDS: ScanOptions = {
  importedMigrations: [
    { module: 'manage.py', name: 'run', label: "call_command('migrate')", path: 'shop/management/commands/run.py', range: { start: { line: 8, character: 8 }, end: { line: 8, character: 31 } }, starts: true },
    { module: 'manage.py', name: 'prepare_db', label: "call_command('migrate')", path: 'shop/management/commands/prepare_db.py', range: { start: { line: 6, character: 8 }, end: { line: 6, character: 31 } } },
  ],
};

export const procfileExamples: Examples = {
  valid: [
    {
      name: "the app's migrating command run by the release process; a command the node layer did not find migrating",
      path: 'Procfile',
      code: 'release: python manage.py run --migrate-only\nweb: python manage.py runworker && gunicorn shop.wsgi\n',
      options: DJANGO_COMMANDS,
    },
    {
      name: "Rails' schema load and seed in the release phase, once per release",
      path: 'Procfile',
      code: 'release: bundle exec rake db:schema:load db:seed\nweb: bundle exec puma -C config/puma.rb\n',
    },
    {
      name: 'the release phase migrates',
      path: 'Procfile',
      code: '# Heroku\nrelease: npm run migrate\nweb: npm start\nworker: node worker.js\n',
    },
    {
      name: 'Django release phase',
      path: 'Procfile',
      code: 'release: python manage.py migrate --noinput\r\nweb: gunicorn shop.wsgi\r\n',
    },
    {
      name: "Sequel's CLI in the release phase; a Sequel console, dbmate's status and sqitch's plan read nothing into the schema",
      path: 'Procfile',
      code: 'release: bundle exec sequel -m db/migrations $DATABASE_URL\nweb: bundle exec puma -p $PORT\nconsole: bundle exec sequel $DATABASE_URL\nops: dbmate status && sqitch plan\n',
    },
    {
      name: "Python's CLIs that only read or print the schema change: Django's migrate --plan/--check, Alembic's --sql, an app module told --dry-run",
      path: 'Procfile',
      code: 'web: python src/manage.py migrate --check && ./manage.py migrate --plan && gunicorn shop.wsgi\npreview: python -m alembic -c alembic.ini upgrade head --sql && python -m app.db.migrate --dry-run && uvicorn app.main:app\nworker: python -m celery -A app.tasks worker\n',
    },
    {
      name: "Python project managers' run in the release phase, and commands that only read or write migration files (yoyo new/list, a hatch test env, uv's --with)",
      path: 'Procfile',
      code: 'release: uv run --frozen --no-dev alembic upgrade head\nweb: pdm run uvicorn app.main:app\nops: hatch run yoyo list --database $DATABASE_URL ./migrations && hatch run yoyo new -m add-index ./migrations && hatch run test:pytest\nsync: uv run --with alembic python -m app.sync\n',
    },
    {
      name: "other frameworks' migration commands in the release phase, and their commands that only read or write files",
      path: 'Procfile',
      code: 'release: npx medusa db:migrate && php craft up --interactive=0 && drush deploy -y && /app/bin/shop eval "Shop.Release.migrate"\nweb: npx medusa db:generate brand && php craft project-config/diff && drush cr && aerich history && java -jar app.jar db status config.yml && bundle exec ridgepole -c config/database.yml --apply --dry-run && /app/bin/shop eval "Shop.Release.status" && npm start\n',
    },
  ],
  invalid: [
    {
      name: "web runs the Django project's own command, whose handle() migrates and then serves",
      path: 'Procfile',
      code: 'release: python manage.py collectstatic --noinput\nweb: ⟦python manage.py run --workers 4⟧\n',
      options: DJANGO_COMMANDS,
      messageIncludes: ["its `run` command runs `call_command('migrate')`", 'shop/management/commands/run.py'],
      relatedFiles: ['shop/management/commands/run.py'],
    },
    {
      name: 'web migrates then starts',
      path: 'Procfile',
      code: 'web: ⟦npm run migrate⟧ && npm start\n',
      messageIncludes: ['"web"', 'release:'],
    },
    {
      name: 'Django, CRLF line endings',
      path: 'Procfile',
      code: 'worker: celery -A shop worker\r\nweb: ⟦python manage.py migrate⟧ && gunicorn shop.wsgi\r\n',
    },
    {
      name: 'Python CLIs run as modules, by another interpreter name or with their global options first',
      path: 'Procfile',
      code: "web: ⟦python -m flask --app pantry db upgrade⟧ && gunicorn 'pantry:create_app()'\napi: ⟦flask -A pantry db upgrade⟧ && gunicorn pantry.wsgi\nadmin: ⟦python3.12 -u src/manage.py migrate --noinput⟧ && gunicorn config.wsgi\nshop: ⟦./manage.py migrate --noinput⟧ && gunicorn shop.wsgi\nops: ⟦python -m django migrate --settings=ops.settings⟧ && gunicorn ops.wsgi\nledger: ⟦python -m alembic -c alembic.ini upgrade head⟧ && uvicorn ledger.main:app\nreports: ⟦alembic --config alembic.ini -x tenant=all upgrade head⟧ && uvicorn reports.main:app\nparcels: ⟦python -m parcels.apply_migrations⟧ && litestar run\n",
    },
    {
      name: 'any non-release process',
      path: 'Procfile.production',
      code: 'clock: ⟦bundle exec rake db:migrate⟧ && bundle exec clockwork clock.rb\n',
    },
    {
      name: "other migration CLIs before the server: Sequel's -m (Roda, Hanami 1), dbmate up, sqitch deploy",
      path: 'Procfile',
      code: 'web: ⟦bundle exec sequel -m db/migrations $DATABASE_URL⟧ && bundle exec puma -p $PORT config.ru\nworker: ⟦dbmate up⟧ && ./bin/worker\nclock: ⟦sqitch deploy⟧ && ./bin/clock\n',
    },
    {
      name: "Python project managers' run before the command, their options and hatch's env: first; yoyo's apply by its CLI or as a module",
      path: 'Procfile',
      code: 'web: ⟦pdm run alembic upgrade head⟧ && pdm run uvicorn app.main:app\napi: ⟦uv run --frozen --no-dev --env-file .env alembic upgrade head⟧ && uv run gunicorn app:app\nadmin: ⟦hatch run prod:yoyo apply --batch --database $DATABASE_URL ./migrations⟧ && hatch run prod:uvicorn admin:app\nshop: ⟦rye run python manage.py migrate --noinput⟧ && rye run gunicorn shop.wsgi\nclock: ⟦python -m yoyo apply --batch ./migrations⟧ && python clock.py\n',
    },
    {
      name: "other frameworks' migration commands before the server: Medusa 2, kysely-ctl, Directus, Aerich, Ridgepole, Drush, Atlas, Craft, Dropwizard, an Elixir release",
      path: 'Procfile',
      code: 'a: ⟦npx medusa db:migrate⟧ && npm run start\nb: ⟦npx kysely migrate:latest⟧ && node dist/index.js\nc: ⟦npx directus bootstrap⟧ && pm2-runtime start ecosystem.config.cjs\nd: ⟦aerich upgrade⟧ && uvicorn app.main:app\ne: ⟦bundle exec ridgepole -c config/database.yml -E production --apply⟧ && bundle exec puma\nf: ⟦drush updb -y⟧ && php-fpm\ng: ⟦atlas schema apply --auto-approve -u $DATABASE_URL --to file://schema.hcl⟧ && ./server\nh: ⟦php craft migrate/all --interactive=0⟧ && php-fpm\ni: ⟦java -jar target/ledger.jar db migrate config.yml⟧ && java -jar target/ledger.jar server config.yml\nj: ⟦/app/bin/shop eval "Shop.Release.migrate"⟧ && /app/bin/shop start\nk: ⟦npx mikro-orm-esm migration:up⟧ && node dist/server.js\n',
    },
  ],
};
