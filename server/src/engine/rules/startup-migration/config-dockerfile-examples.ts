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
  ],
};
