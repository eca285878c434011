import type { Examples } from '../../rule';

export const dockerfileExamples: Examples = {
  valid: [
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
