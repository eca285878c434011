// Examples of migrations in the start commands of process supervisors and platforms: systemd units,
// supervisord programs, railway.json/railway.toml, nixpacks.toml, fly.toml processes.
import type { Examples } from '../../rule';

export const servicesExamples: Examples = {
  valid: [
    {
      name: 'a oneshot unit that only migrates (the deploy starts it once per release), and a web unit that only serves',
      path: 'deploy/systemd/library-migrate.service',
      code: '[Unit]\nDescription=apply pending migrations\n\n[Service]\nType=oneshot\nUser=library\nExecStart=/usr/local/bin/bundle exec rails db:migrate\n',
    },
    {
      name: "a unit whose ExecStartPre checks the config, not the schema; a migration in ExecStopPost's place is not a start",
      path: 'deploy/shop.service',
      code: '[Service]\nExecStartPre=/srv/shop/venv/bin/python -m shop.check_config\nExecStart=/srv/shop/venv/bin/gunicorn shop.wsgi\n',
    },
    {
      name: 'scripts whose names only mention migrations: a connection check, a migration generator, a dry run',
      path: 'deploy/reports.service',
      code: '[Service]\nExecStartPre=/usr/bin/node dist/db/check-connection.js\nExecStartPre=/usr/bin/node scripts/migration-template.js\nExecStartPre=/usr/bin/python3 scripts/migrate.py --dry-run\nExecStart=/usr/bin/node dist/reports/worker.js\n',
    },
    {
      name: 'supervisord programs that start a server and a worker; a program named for migrating is admin work',
      path: 'docker/supervisord.conf',
      code: '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=gunicorn shop.wsgi --bind 0.0.0.0:8000\n\n[program:migrate]\ncommand=sh -c "python manage.py migrate --noinput && touch /tmp/migrated"\nautorestart=false\n',
    },
    {
      name: "fly.toml's release_command is the release phase; its processes only serve",
      path: 'fly.toml',
      code: 'app = "tours"\n\n[deploy]\n  release_command = "bin/rails db:migrate"\n\n[processes]\n  app = "bin/rails server -b 0.0.0.0"\n  worker = "bundle exec sidekiq"\n',
    },
    {
      name: "railway.toml's preDeployCommand runs once per deploy; the start command only serves",
      path: 'railway.toml',
      code: '[deploy]\npreDeployCommand = "npx prisma migrate deploy"\nstartCommand = "node dist/server.js"\n',
    },
    {
      name: "a JSON file that is not railway.json with a startCommand key (a tool's own settings)",
      path: 'config/launcher.json',
      code: '{ "deploy": { "startCommand": "npx prisma migrate deploy && node server.js" } }\n',
    },
  ],
  invalid: [
    {
      name: "the app's own migration script run by node in ExecStartPre; the same script asked for its status is silent",
      path: 'deploy/invoicer.service',
      code: '[Service]\nExecStartPre=⟦/usr/bin/node /srv/invoicer/dist/db/migrate.js⟧\nExecStartPre=/usr/bin/node /srv/invoicer/dist/db/migrate.js status\nExecStart=/usr/bin/node /srv/invoicer/dist/server.js\n',
      messageIncludes: ['this unit'],
    },
    {
      name: "a systemd unit's ExecStartPre migrates before ExecStart starts the server: every start and restart migrates",
      path: 'deploy/greenhouse.service',
      code: '[Service]\nUser=greenhouse\nExecStartPre=⟦/srv/greenhouse/venv/bin/flask db upgrade⟧\nExecStart=/srv/greenhouse/venv/bin/gunicorn wsgi:app\nRestart=on-failure\n',
      messageIncludes: ['this unit'],
    },
    {
      name: "Flyway's options before its command, with systemd's `-` prefix (a failure ignored)",
      path: 'packaging/payslips.service',
      code: '[Service]\nExecStartPre=-⟦/opt/flyway/flyway -configFiles=/etc/payslips/flyway.conf migrate⟧\nExecStart=/usr/bin/java -jar /opt/payslips/payslips.jar\n',
    },
    {
      name: 'a supervisord program that migrates and then execs the server',
      path: 'docker/supervisord.conf',
      code: '[program:web]\ncommand=sh -c "⟦python manage.py migrate --noinput⟧ && exec daphne -b 0.0.0.0 -p 8000 tickets.asgi:application"\nautorestart=true\n',
      messageIncludes: ['"web" program'],
    },
    {
      name: "railway.toml's startCommand migrates before it serves",
      path: 'railway.toml',
      code: '[deploy]\nstartCommand = "⟦php artisan migrate --force⟧ && php artisan serve --host=0.0.0.0 --port=$PORT"\n',
    },
    {
      name: "railway.json's deploy.startCommand",
      path: 'railway.json',
      code: '{\n  "deploy": {\n    "startCommand": "⟦npx prisma migrate deploy⟧ && node src/server.js"\n  }\n}\n',
    },
    {
      name: "nixpacks.toml's start command migrates first",
      path: 'nixpacks.toml',
      code: '[start]\ncmd = "⟦python manage.py migrate⟧ && gunicorn shop.wsgi"\n',
    },
    {
      name: 'a fly.toml process that migrates before the server',
      path: 'fly.toml',
      code: '[processes]\n  app = "⟦bin/rails db:migrate⟧ && bin/rails server"\n',
    },
  ],
};
