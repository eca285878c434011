import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads beside the file: the Django project's `run` command migrates, then serves; `prepare_db` only migrates. */
const DJANGO_COMMANDS: ScanOptions = {
  importedMigrations: [
    { module: 'manage.py', name: 'run', label: "call_command('migrate')", path: 'shop/management/commands/run.py', range: { start: { line: 8, character: 8 }, end: { line: 8, character: 31 } }, starts: true },
    { module: 'manage.py', name: 'prepare_db', label: "call_command('migrate')", path: 'shop/management/commands/prepare_db.py', range: { start: { line: 6, character: 8 }, end: { line: 6, character: 31 } } },
  ],
};

/** What the node layer reads in the package.json beside the Dockerfile: its `setup` script migrates. */
const SETUP_MIGRATES: ScanOptions = {
  importedMigrations: [{ module: 'package.json', name: 'setup', label: 'the "setup" script', path: 'package.json', range: { start: { line: 6, character: 14 }, end: { line: 6, character: 35 } } }],
};

export const dockerfileExamples: Examples = {
  valid: [
    {
      name: 'a migrate script the Dockerfile writes for the release job, while CMD starts the server: not run at start',
      path: 'Dockerfile',
      code: "FROM python:3.12-slim\nWORKDIR /app\nRUN echo '#!/bin/sh' > /app/release.sh && echo 'flask db upgrade' >> /app/release.sh\nCMD [\"gunicorn\", \"wsgi:app\"]\n",
    },
    {
      name: "an image whose process is the app's command that only migrates (a one-off container)",
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCOPY . .\nCMD ["python", "manage.py", "prepare_db"]\n',
      options: DJANGO_COMMANDS,
    },
    {
      name: "a setup script whose definition does not migrate (it is not among the node layer's facts)",
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nCOPY . .\nCMD ["sh", "-c", "npm run check-env && exec node src/server.js"]\n',
      options: SETUP_MIGRATES,
    },
    {
      name: 'generate at build time, start only',
      path: 'Dockerfile',
      code: [
        'FROM node:20-slim',
        'COPY . .',
        'RUN npx prisma generate && npm run build',
        'RUN npm run migrate:check || true',
        'CMD ["node", "dist/main.js"]',
        '',
      ].join('\n'),
    },
    {
      name: 'an image whose command only migrates (run as a one-off)',
      path: 'migrate.Dockerfile',
      code: 'FROM shop/api:1.4.2\nENTRYPOINT ["npx", "knex", "migrate:latest"]\n',
    },
    {
      name: 'an entrypoint script we cannot see into',
      path: 'Dockerfile',
      code: 'FROM python:3.12\nCOPY docker-entrypoint.sh /\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["gunicorn", "shop.wsgi"]\n',
    },
    {
      name: "a framework console's commands that only read or write migration files",
      path: 'Dockerfile',
      code: 'FROM php:8.3-cli\nCOPY . .\nRUN php app.php migrate:status\nCMD ["sh", "-c", "php spark migrate:make seed_admins; php app.php migrate:status; exec rr serve"]\n',
    },
  ],
  invalid: [
    {
      name: 'a start script written by `RUN echo "…\\n" …` and run by CMD migrates: read as a committed start script',
      path: 'Dockerfile',
      code: 'FROM php:8.2\nWORKDIR /srv\nRUN echo "#!/bin/sh\\n" \\\n  "⟦php artisan migrate --force⟧\\n" \\\n  "php artisan serve --host 0.0.0.0 --port \\$PORT" > /srv/start.sh\nCMD ["/srv/start.sh"]\n',
      messageIncludes: ['start script this Dockerfile writes'],
    },
    {
      name: 'a start script written to /usr/local/bin and run by its bare name (Docker finds it on PATH)',
      path: 'Dockerfile',
      code: "FROM node:20-slim\nWORKDIR /app\nRUN printf '#!/bin/sh\\nset -e\\n⟦npx prisma migrate deploy⟧\\nexec node dist/main.js\\n' > /usr/local/bin/docker-entrypoint.sh && chmod +x /usr/local/bin/docker-entrypoint.sh\nENTRYPOINT [\"docker-entrypoint.sh\"]\n",
    },
    {
      name: 'a heredoc start script (`RUN cat <<EOF > start.sh`, BuildKit `COPY <<EOF`) that migrates, run by ENTRYPOINT or CMD',
      path: 'Dockerfile',
      code: "# syntax=docker/dockerfile:1.6\nFROM ruby:3.3\nWORKDIR /rails\nCOPY --chmod=755 <<EOF /rails/bin/boot\n#!/bin/bash\nset -e\n⟦bin/rails db:migrate⟧\nexec bin/rails server -b 0.0.0.0\nEOF\nCMD [\"./bin/boot\"]\n",
    },
    {
      name: "the image's process is the Django project's own command, which migrates and then serves",
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nCOPY . .\nCMD [⟦"python", "manage.py", "run"⟧]\n',
      options: DJANGO_COMMANDS,
      messageIncludes: ['its `run` command runs'],
      relatedFiles: ['shop/management/commands/run.py'],
    },
    {
      name: "the package's setup script, which migrates (package.json beside the Dockerfile), before the server",
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nCOPY . .\nCMD ["sh", "-c", "⟦npm run setup⟧ && node dist/server.js"]\n',
      options: SETUP_MIGRATES,
      messageIncludes: ['(the "setup" script, in package.json)'],
      relatedFiles: ['package.json'],
    },
    {
      name: 'shell form',
      path: 'Dockerfile',
      code: 'FROM node:20\nCMD ⟦npx prisma migrate deploy⟧ && node server.js\n',
      messageIncludes: ['CMD', 'one-off'],
    },
    {
      name: 'exec form through sh -c',
      path: 'Dockerfile',
      code: 'FROM node:20\nCMD ["sh", "-c", "⟦knex migrate:latest⟧ && node index.js"]\n',
    },
    {
      name: 'a continued ENTRYPOINT',
      path: 'api.Dockerfile',
      code: 'FROM python:3.12\nENTRYPOINT ⟦python manage.py migrate⟧ \\\n  && exec gunicorn shop.wsgi\n',
    },
    {
      name: "a framework's console script given its migrate command (Spiral's app.php, CodeIgniter's spark, Adonis' ace)",
      path: 'Dockerfile',
      code: 'FROM php:8.3-cli\nCMD ["sh", "-c", "⟦php app.php migrate --force⟧ && exec rr serve -c .rr.yaml"]\n',
    },
    {
      name: "CodeIgniter's spark",
      path: 'Dockerfile',
      code: 'FROM php:8.3-apache\nCMD ⟦php spark migrate⟧ && apache2-foreground\n',
    },
    {
      name: "Adonis' ace",
      path: 'Dockerfile',
      code: 'FROM node:20\nCMD ["sh", "-c", "⟦node ace migration:run --force⟧ && node bin/server.js"]\n',
    },
  ],
};
